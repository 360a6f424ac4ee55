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

    public func run(archive: Archive, paths: [String], currentDirectory: String, keyFlag: String?) throws -> [Committed]
    {
        // The records that differ from the last commit (all of them, or the named ones).
        var targets: [String] = []
        let rootPath = URL(fileURLWithPath: archive.root).standardizedFileURL.path
        var named: Set<String>? = nil
        if !paths.isEmpty {
            named = Set(
                try paths.map { p -> String in
                    let full = URL(fileURLWithPath: p.hasPrefix("/") ? p : currentDirectory + "/" + p)
                        .standardizedFileURL.path
                    guard full.hasPrefix(rootPath + "/") else {
                        throw BerkasError.user(.usage, KitText.outsideArchive(p))
                    }
                    return String(full.dropFirst(rootPath.count + 1))
                })
        }
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
            for n in named.sorted() where !targets.contains(n) {
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
}
