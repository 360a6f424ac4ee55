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
/// conformance in the binary, on every command (BENCHMARKS.md).
struct ConfigNode {
    let node: Node
    /// Key path from the document root, e.g. `fields.nama.type` or `anggota[2].email`.
    let path: String
    let file: String

    /// Parses one `.berkas` file: size limit, no anchors/aliases/tags, YAML
    /// syntax (duplicate keys refused by the parser), a mapping at the top.
    static func document(_ written: String, file: String) throws(ConfigError) -> ConfigNode {
        // Notepad starts a file it saves as UTF-8 with a byte-order mark: not part of the text.
        let text = written.unicodeScalars.first == "\u{FEFF}" ? String(written.unicodeScalars.dropFirst()) : written
        if text.utf8.count > 1024 * 1024 {
            throw ConfigError(file: file, message: CoreText.configurationFileTooLarge())
        }
        for (i, line) in RawLines(text).contents.enumerated() where YAMLGuard.check(line: line) != nil {
            throw ConfigError(file: file, message: CoreText.lineYamlAnchorsAliasesTags(i + 1))
        }
        let node: Node
        do {
            // The basic resolver: scalars keep their text and style, and are read
            // below; the default one compiles a regular expression per rule.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node("")
        } catch {
            throw ConfigError(file: file, message: CoreText.read(error))
        }
        let root = ConfigNode(node: node, path: "", file: file)
        _ = try root.mappingPairs()
        return root
    }

    // MARK: - Errors

    func fail(_ message: Localized) -> ConfigError {
        let at = node.mark.map { CoreText.line($0.line) } ?? Localized(verbatim: "")
        let key = path.isEmpty ? Localized(verbatim: "") : CoreText.keyPrefix(path)
        return ConfigError(
            file: file, message: Localized(id: at.id + key.id + message.id, en: at.en + key.en + message.en))
    }

    private func expected(_ what: Localized) -> ConfigError {
        fail(CoreText.mustBe(what))
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
        guard let s = scalar else { throw expected(CoreText.textListMapping()) }
        return s.string
    }

    /// A whole number written plainly (`3`, `-1`, `+2`).
    func int() throws(ConfigError) -> Int {
        guard let s = scalar, s.style == .plain || s.style == .any else {
            throw expected(CoreText.wholeNumberWithoutQuotes())
        }
        var text = Substring(s.string)
        if text.first == "+" { text = text.dropFirst() }
        guard let n = Int(text), !text.isEmpty, text.first != "+" else {
            throw expected(CoreText.wholeNumber(s.string))
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
        throw expected(CoreText.trueFalse())
    }

    /// A name from a fixed list (a field type, a note rule).
    func choice<T: RawRepresentable>(_ type: T.Type, among all: [T]) throws(ConfigError) -> T
    where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let list = all.map(\.rawValue).joined(separator: ", ")
            throw fail(CoreText.unknownChooseOne(text, list))
        }
        return value
    }

    func name<Kind>(_ kind: Kind.Type = Kind.self) throws(ConfigError) -> Name<Kind> { Name(rawValue: try string()) }

    // MARK: - Collections

    func list() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let seq) = node else { throw expected(CoreText.listLines()) }
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
        guard case .mapping(let mapping) = node else { throw expected(CoreText.mappingLinesKeyValue()) }
        var out: [(key: String, value: ConfigNode)] = []
        out.reserveCapacity(mapping.count)
        for (k, v) in mapping {
            guard case .scalar(let key) = k else {
                throw ConfigNode(node: k, path: path, file: file).fail(CoreText.keysMustText())
            }
            out.append(
                (key.string, ConfigNode(node: v, path: path.isEmpty ? key.string : "\(path).\(key.string)", file: file))
            )
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
            throw ConfigNode(node: node, path: "", file: file).fail(CoreText.keyMissing(full))
        }
        return v
    }

    /// The value under `key`, or nil when the key is absent or null.
    func optional(_ key: String) throws(ConfigError) -> ConfigNode? {
        guard let v = try entry(key), !v.isNull else { return nil }
        return v
    }

    private func entry(_ key: String) throws(ConfigError) -> ConfigNode? {
        guard case .mapping(let mapping) = node else { throw expected(CoreText.mappingLinesKeyValue()) }
        for (k, v) in mapping {
            if case .scalar(let s) = k, s.string == key {
                return ConfigNode(node: v, path: path.isEmpty ? key : "\(path).\(key)", file: file)
            }
        }
        return nil
    }
}
