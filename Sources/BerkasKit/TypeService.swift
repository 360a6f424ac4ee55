import BerkasCore
import BerkasGit
import Foundation

/// `berkas jenis`: the archive's record types, and a new one made from an
/// existing one for the pengelola to edit and then `berkas commit`.
public struct TypeService {
    /// One type as `berkas jenis daftar` shows it.
    public struct Summary {
        public let name: String
        public let prefix: String
        public let title: String
        public let steps: [String]
    }

    public init() {}

    public func list(archive: Archive) throws -> [Summary] {
        try archive.rules(at: try archive.head()).types.map { t in
            Summary(
                name: t.name, prefix: t.schema.prefix, title: t.schema.title,
                steps: t.workflow.actions.map(\.name.rawValue))
        }
    }

    /// The types as a table: name, prefix, title, steps in order.
    public func table(archive: Archive, language: Language) throws -> String {
        let head = KitText.typeColumns().text(language).components(separatedBy: "|")
        let rows = try list(archive: archive).map { t in
            [t.name, t.prefix, TerminalSafe.escape(t.title), t.steps.joined(separator: " → ")]
        }
        return Table.render([head] + rows)
    }

    /// Copies `from`'s folder (as the last commit holds it) to a new type's folder with the
    /// new name, prefix and title, and lists the type in `config.yml`; nothing is committed.
    /// Returns the files written.
    public func make(archive: Archive, name: String, from: String, prefix: String, title: String) throws -> [String] {
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        guard RecordPath.isSafeSegment(name) else {
            throw BerkasError.user(.usage, KitText.typeNameInvalid(TerminalSafe.escape(name)))
        }
        guard rules.type(named: from) != nil else {
            let names = rules.types.map(\.name).joined(separator: ", ")
            throw BerkasError.user(.usage, KitText.recordTypeTypes(TerminalSafe.escape(from), names))
        }
        let folder = RulesLoader.typeFolder(name)
        guard rules.type(named: name) == nil, !FileManager.default.fileExists(atPath: archive.root + folder) else {
            throw BerkasError.user(.invalid, KitText.typeExists(name, folder))
        }
        guard (1...8).contains(prefix.utf8.count), prefix.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            throw BerkasError.user(.usage, KitText.typePrefixInvalid(TerminalSafe.escape(prefix)))
        }
        if let other = rules.type(forPrefix: prefix) {
            throw BerkasError.user(.invalid, KitText.typePrefixTaken(prefix, other.name))
        }
        let cleanTitle = title.trimmingCharacters(in: .whitespaces)
        guard TextRules.isShortLabel(cleanTitle), !cleanTitle.contains("\"") else {
            throw BerkasError.user(.usage, KitText.typeTitleInvalid())
        }
        try archive.requireClean(RulesLoader.configPath)
        var files: [(String, Data)] = []
        let source = RulesLoader.typeFolder(from)
        for entry in try archive.repo.list(source, in: head) where entry.isBlob {
            guard var text = UTF8Text.decode(try archive.repo.blob(entry.id)) else { continue }
            switch entry.name {
            case "schema.yml":
                text = Self.replacingTopLevel(
                    in: text, ["jenis": name, "judul": "\"\(cleanTitle)\"", "prefix": prefix])
            case "template.md":
                text = Self.replacingTopLevel(in: text, ["jenis": name, "id": "\(prefix)-0000-0000"])
            default: break
            }
            files.append((folder + "/" + entry.name, Data(text.utf8)))
        }
        guard let config = try archive.repo.file(at: RulesLoader.configPath, in: head).flatMap(UTF8Text.decode),
            let listed = Self.addingType(name, to: config)
        else { throw BerkasError.user(.invalid, KitText.typeConfigListNotFound()) }
        files.append((RulesLoader.configPath, Data(listed.utf8)))
        for (path, data) in files {
            _ = try NoFollow.write(root: archive.root, path: path, data: data, temporaryPrefix: ".berkas-jenis-")
        }
        return files.map(\.0)
    }

    /// The text with each named top-level key's value replaced (the line `key: …`, kept otherwise).
    static func replacingTopLevel(in text: String, _ values: [String: String]) -> String {
        var lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            for (key, value) in values where line.hasPrefix(key + ":") {
                let cr = line.hasSuffix("\r") ? "\r" : ""
                lines[i] = "\(key): \(value)" + cr
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `config.yml` with `name` added as the last item of its `jenis:` list, or nil when the list is not found.
    static func addingType(_ name: String, to config: String) -> String? {
        var lines = config.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("jenis:") }) else { return nil }
        var last = start
        var i = start + 1
        while i < lines.count {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("- ") {
                last = i
            } else if !t.isEmpty && !t.hasPrefix("#") {
                break // the next key
            }
            i += 1
        }
        guard last > start else { return nil }
        let indent = String(lines[last].prefix { $0 == " " })
        lines.insert(indent + "- " + name, at: last + 1)
        return lines.joined(separator: "\n")
    }
}
