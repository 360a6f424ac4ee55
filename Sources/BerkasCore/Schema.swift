import Yams

/// The kinds of field berkas knows how to check. Rules (required, …) are data in
/// `schema.yml`; the types are code.
public enum FieldType: String, Sendable, Codable, CaseIterable {
    case id, jenis, status, nip, phone, email, date, golongan, `enum`, bool, text, attachment
}

/// One field of a record type, from `schema.yml`.
public struct FieldSpec: Sendable, Equatable {
    public let key: String
    public let type: FieldType
    public let label: String
    public let help: String?
    public let required: Bool
    /// Required when every listed field has the listed value (e.g. `perubahan_data: "true"`).
    public let requiredWhen: [String: String]
    /// Required once the record has reached this state (see `Workflow.statesFrom`).
    public let requiredFrom: Status?
    public let values: [String]
    public let minLength: Int?
    public let maxLength: Int?
    /// For dates: not after today.
    public let notFuture: Bool
    /// Whether the field may be a list (attachments).
    public let list: Bool
    /// Set by berkas itself (id, jenis, status), never by `--set`.
    public var isSystem: Bool { type == .id || type == .jenis || type == .status }
}

/// `schema.yml`: the fields of one record type, in order.
public struct Schema: Sendable, Equatable {
    public let type: String
    public let title: String
    public let prefix: String
    public let fields: [FieldSpec]
    /// Where each key is in `fields` (the first, if written twice).
    private let positions: [String: Int]

    public init(type: String, title: String, prefix: String, fields: [FieldSpec]) {
        self.type = type
        self.title = title
        self.prefix = prefix
        self.fields = fields
        var positions: [String: Int] = [:]
        for (i, f) in fields.enumerated() where positions[f.key] == nil { positions[f.key] = i }
        self.positions = positions
    }

    public func field(_ key: String) -> FieldSpec? { positions[key].map { fields[$0] } }
    public var keys: [String] { fields.map(\.key) }
}

extension Schema {
    private struct Raw: Decodable {
        let jenis: String
        let judul: String?
        let prefix: String
        let fields: OrderedMap<RawField>
    }

    private struct RawField: Decodable {
        let type: FieldType
        let label: String?
        let help: String?
        let required: Bool?
        let required_when: [String: String]?
        let required_from: String?
        let values: [String]?
        let min_length: Int?
        let max_length: Int?
        let not_future: Bool?
        let list: Bool?
    }

    /// Parses `schema.yml`. Errors name the file and the problem.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Schema {
        let raw: Raw = try ConfigDecoding.decode(Raw.self, from: text, file: file)
        var fields: [FieldSpec] = []
        for (key, f) in raw.fields.pairs {
            if f.type == .enum && (f.values ?? []).isEmpty {
                throw ConfigError(file: file, message: L("kolom \(key) bertipe enum tetapi tidak punya `values`", "field \(key) is an enum without `values`"))
            }
            fields.append(FieldSpec(key: key, type: f.type, label: f.label ?? key, help: f.help, required: f.required ?? false,
                                    requiredWhen: f.required_when ?? [:], requiredFrom: f.required_from.map(Status.init(rawValue:)),
                                    values: f.values ?? [], minLength: f.min_length, maxLength: f.max_length,
                                    notFuture: f.not_future ?? false, list: f.list ?? false))
        }
        for required in ["id", "jenis", "status"] where !fields.contains(where: { $0.key == required }) {
            throw ConfigError(file: file, message: L("kolom wajib `\(required)` tidak ada di skema", "the schema lacks the `\(required)` field"))
        }
        return Schema(type: raw.jenis, title: raw.judul ?? raw.jenis, prefix: raw.prefix, fields: fields)
    }
}
