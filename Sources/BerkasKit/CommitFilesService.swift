import BerkasAudit
import BerkasCore
import BerkasGit
import Foundation

/// `berkas commit [PATH...]`: records changed by hand in a text editor are
/// checked and committed, one signed commit per record, under the same rules
/// as `berkas edit` (the status changes only through `berkas act`).
public struct CommitFilesService {
    public struct Committed {
        public let id: String
        public let fields: [String]
        public let commit: ObjectID
    }

    public init() {}

    /// The paths a person named, relative to the archive (nil: none named, so all).
    public static func named(_ paths: [String], archive: Archive, currentDirectory: String) throws -> Set<String>? {
        guard !paths.isEmpty else { return nil }
        let rootPath = URL(fileURLWithPath: archive.root).standardizedFileURL.path
        return Set(
            try paths.map { p -> String in
                let full = URL(fileURLWithPath: p.hasPrefix("/") ? p : currentDirectory + "/" + p)
                    .standardizedFileURL.path
                guard full.hasPrefix(rootPath + "/") else {
                    throw BerkasError.user(.usage, KitText.outsideArchive(p))
                }
                return String(full.dropFirst(rootPath.count + 1))
            })
    }

    /// - Parameter named: the paths named (nil: every changed record); settings and
    ///   documentation among them are `SettingsService`'s.
    public func run(archive: Archive, named: Set<String>?, keyFlag: String?) throws -> [Committed] {
        // The records that differ from the last commit (all of them, or the named ones).
        var targets: [String] = []
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        for type in rules.types {
            try NoFollow.check(root: archive.root, path: type.name)
            for year in (try? FileManager.default.contentsOfDirectory(atPath: archive.root + type.name)) ?? [] {
                try NoFollow.check(root: archive.root, path: type.name + "/" + year)
                for file
                    in (try? FileManager.default.contentsOfDirectory(atPath: archive.root + type.name + "/" + year))
                    ?? [] where file.hasSuffix(".md")
                {
                    let rel = "\(type.name)/\(year)/\(file)"
                    if let named, !named.contains(rel) { continue }
                    if try !archive.repo.isPathClean(rel) { targets.append(rel) }
                }
            }
        }
        if let named {
            for n in named.sorted() where !targets.contains(n) && !Self.isSettingsOrDocumentation(n) {
                guard RecordPath.parse(n) != nil else {
                    throw BerkasError.user(.usage, KitText.recordTypeYearIdMd(n))
                }
            }
        }
        var done: [Committed] = []
        for rel in targets.sorted() {
            guard let (_, id) = RecordPath.parse(rel) else { continue }
            guard let data = try NoFollow.read(root: archive.root, path: rel), let text = UTF8Text.decode(data) else {
                throw BerkasError.user(.invalid, KitText.readUtfText(rel))
            }
            guard let committed = try archive.repo.file(at: rel, in: try archive.head()) else {
                throw BerkasError.user(.invalid, KitText.recordedYetNewRecordsMade(rel))
            }
            // Saved by an editor that writes a byte-order mark or CRLF (Notepad): stored as the
            // archive stored it, so that the commit shows only the lines the clerk changed.
            let r = try EditRecordService().run(
                archive: archive, idText: id.description,
                replacement: UTF8Text.likeCommitted(text, committed: committed),
                keyFlag: keyFlag)
            if let commit = r.commit { done.append(Committed(id: r.id, fields: r.fields, commit: commit)) }
        }
        return done
    }

    /// `.berkas` or a path in it, or the archive's documentation: `SettingsService`'s.
    static func isSettingsOrDocumentation(_ path: String) -> Bool {
        path == ".berkas" || path.hasPrefix(".berkas/") || ClassifiedChange.documentationFiles.contains(path)
    }
}
