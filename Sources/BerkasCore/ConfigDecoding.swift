import Yams

/// A problem in one of the archive's own configuration files (`.berkas/…`).
public struct ConfigError: Error, Sendable, Equatable {
    public let file: String
    public let message: Localized
    public init(file: String, message: Localized) {
        self.file = file
        self.message = message
    }
}

/// One value of a `.berkas` YAML file, read straight from the parsed nodes: a
/// mapping's keys in their order, scalars as the YAML 1.1 core rules read them
/// (what `Codable` over Yams accepted), and every mistake reported with its
/// line and the key path that leads to it.
///
/// Not `Codable`: decoding the rules through `YAMLDecoder` went through the
/// runtime's generic casts, the first of each costing a scan of every protocol
/// conformance in the binary (~4 ms of every command, more than the rest of a
/// small `act`).
struct ConfigNode {
    let node: Node
    /// Key path from the document root, e.g. `fields.nama.type` or `anggota[2].email`.
    let path: String
    let file: String

    /// Parses one `.berkas` file: size limit, no anchors/aliases/tags, YAML
    /// syntax (duplicate keys refused by the parser), a mapping at the top.
    static func document(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
        if text.utf8.count > 1024 * 1024 {
            throw ConfigError(file: file, message: L("berkas konfigurasi terlalu besar", "configuration file too large"))
        }
        for (i, line) in RawLines(text).contents.enumerated() where YAMLGuard.check(line: line) != nil {
            throw ConfigError(file: file, message: L("baris \(i + 1): jangkar, alias atau tag YAML tidak diperbolehkan",
                                                     "line \(i + 1): YAML anchors, aliases and tags are not allowed"))
        }
        let node: Node
        do {
            // The basic resolver: scalars keep their text and style, and are read
            // below; the default one compiles a regular expression per rule.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node("")
        } catch {
            throw ConfigError(file: file, message: L("tidak dapat dibaca: \(error)", "cannot be read: \(error)"))
        }
        let root = ConfigNode(node: node, path: "", file: file)
        _ = try root.mappingPairs()
        return root
    }

    // MARK: - Errors

    func fail(_ message: Localized) -> ConfigError {
        let at = node.mark.map { L("baris \($0.line): ", "line \($0.line): ") } ?? L("", "")
        let key = path.isEmpty ? L("", "") : L("`\(path)`: ", "`\(path)`: ")
        return ConfigError(file: file, message: L(at.id + key.id + message.id, at.en + key.en + message.en))
    }

    private func expected(_ what: Localized) -> ConfigError {
        fail(L("harus \(what.id)", "must be \(what.en)"))
    }

    // MARK: - Scalars

    /// A plain `~`, `null` or nothing: what an optional key may hold to mean "not set".
    var isNull: Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    private var scalar: Node.Scalar? {
        if case .scalar(let s) = node { return s }
        return nil
    }

    /// Any scalar's text, as written (quoted or not).
    func string() throws(ConfigError) -> String {
        guard let s = scalar else { throw expected(L("teks, bukan daftar atau pemetaan", "text, not a list or a mapping")) }
        return s.string
    }

    /// A whole number written plainly (`3`, `-1`, `+2`).
    func int() throws(ConfigError) -> Int {
        guard let s = scalar, s.style == .plain || s.style == .any else { throw expected(L("bilangan bulat tanpa tanda kutip", "a whole number without quotes")) }
        var text = Substring(s.string)
        if text.first == "+" { text = text.dropFirst() }
        guard let n = Int(text), !text.isEmpty, text.first != "+" else {
            throw expected(L("bilangan bulat, bukan \"\(s.string)\"", "a whole number, not \"\(s.string)\""))
        }
        return n
    }

    /// `true`/`false` (also yes/no, on/off, any case), written plainly.
    func bool() throws(ConfigError) -> Bool {
        if let s = scalar, s.style == .plain || s.style == .any {
            switch s.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        throw expected(L("true atau false", "true or false"))
    }

    /// A name from a fixed list (a field type, a note rule).
    func choice<T: RawRepresentable>(_ type: T.Type, among all: [T]) throws(ConfigError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let list = all.map(\.rawValue).joined(separator: ", ")
            throw fail(L("\"\(text)\" tidak dikenal; pilih salah satu: \(list)", "\"\(text)\" is unknown; choose one of: \(list)"))
        }
        return value
    }

    func name<Kind>(_ kind: Kind.Type = Kind.self) throws(ConfigError) -> Name<Kind> { Name(rawValue: try string()) }

    // MARK: - Collections

    func list() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let seq) = node else { throw expected(L("daftar (baris-baris `- ...`)", "a list (lines `- ...`)")) }
        return seq.enumerated().map { ConfigNode(node: $0.element, path: "\(path)[\($0.offset)]", file: file) }
    }

    func strings() throws(ConfigError) -> [String] {
        var out: [String] = []
        for item in try list() { out.append(try item.string()) }
        return out
    }

    func names<Kind>(_ kind: Kind.Type = Kind.self) throws(ConfigError) -> [Name<Kind>] {
        try strings().map { Name(rawValue: $0) }
    }

    /// A mapping's entries in the order written; keys must be plain text.
    func mappingPairs() throws(ConfigError) -> [(key: String, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else { throw expected(L("pemetaan (baris-baris `kunci: nilai`)", "a mapping (lines `key: value`)")) }
        var out: [(key: String, value: ConfigNode)] = []
        out.reserveCapacity(mapping.count)
        for (k, v) in mapping {
            guard case .scalar(let key) = k else {
                throw ConfigNode(node: k, path: path, file: file).fail(L("kunci harus berupa teks", "keys must be text"))
            }
            out.append((key.string, ConfigNode(node: v, path: path.isEmpty ? key.string : "\(path).\(key.string)", file: file)))
        }
        return out
    }

    func stringMap() throws(ConfigError) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in try mappingPairs() { out[k] = try v.string() }
        return out
    }

    // MARK: - Keys

    /// The value under `key`, which must be there.
    func required(_ key: String) throws(ConfigError) -> ConfigNode {
        guard let v = try entry(key) else {
            let full = path.isEmpty ? key : "\(path).\(key)"
            throw ConfigNode(node: node, path: "", file: file).fail(L("kunci `\(full)` tidak ada", "key `\(full)` is missing"))
        }
        return v
    }

    /// The value under `key`, or nil when the key is absent or null.
    func optional(_ key: String) throws(ConfigError) -> ConfigNode? {
        guard let v = try entry(key), !v.isNull else { return nil }
        return v
    }

    private func entry(_ key: String) throws(ConfigError) -> ConfigNode? {
        guard case .mapping(let mapping) = node else { throw expected(L("pemetaan (baris-baris `kunci: nilai`)", "a mapping (lines `key: value`)")) }
        for (k, v) in mapping {
            if case .scalar(let s) = k, s.string == key { return ConfigNode(node: v, path: path.isEmpty ? key : "\(path).\(key)", file: file) }
        }
        return nil
    }
}
