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

/// A YAML mapping decoded with its key order kept (Swift dictionaries forget it).
public struct OrderedMap<Value: Decodable>: Decodable {
    public let pairs: [(String, Value)]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        pairs = try c.allKeys.map { ($0.stringValue, try c.decode(Value.self, forKey: $0)) }
    }
}

enum ConfigDecoding {
    static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws(ConfigError) -> T {
        if text.utf8.count > 1024 * 1024 {
            throw ConfigError(file: file, message: L("berkas konfigurasi terlalu besar", "configuration file too large"))
        }
        for (i, line) in RawLines(text).contents.enumerated() where YAMLGuard.check(line: line) != nil {
            throw ConfigError(file: file, message: L("baris \(i + 1): jangkar, alias atau tag YAML tidak diperbolehkan",
                                                     "line \(i + 1): YAML anchors, aliases and tags are not allowed"))
        }
        do {
            // Composed with the basic resolver: YAMLDecoder's own would compile a
            // regular expression for merge keys, which the guard above refuses anyway
            // (~1 ms of every command that reads the rules). Scalars decode the same.
            let node = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node("")
            return try YAMLDecoder().decode(T.self, from: node)
        } catch let error as DecodingError {
            throw ConfigError(file: file, message: describe(error))
        } catch {
            throw ConfigError(file: file, message: L("tidak dapat dibaca: \(error)", "cannot be read: \(error)"))
        }
    }

    private static func describe(_ error: DecodingError) -> Localized {
        func path(_ c: [CodingKey]) -> String { c.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let ctx):
            let where_ = path(ctx.codingPath + [key])
            return L("kunci `\(where_)` tidak ada", "key `\(where_)` is missing")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            let where_ = path(ctx.codingPath)
            return L("nilai `\(where_)` tidak sah (\(ctx.debugDescription))", "value `\(where_)` is not valid (\(ctx.debugDescription))")
        @unknown default:
            return L("tidak dapat dibaca", "cannot be read")
        }
    }
}
