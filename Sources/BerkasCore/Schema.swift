/// The kinds of field berkas knows how to check. Rules (required, …) are data in
/// `schema.yml`; the types are code.
public enum FieldType: String, Sendable, Codable, CaseIterable {
    case id, jenis, status, nip, phone, email, date, golongan, `enum`, bool, text, attachment
}

/// One field of a record type, from `schema.yml`.
///
/// A class (immutable): `verify` checks every field of a record in each commit
/// it reads, and a copy of this value as a struct retained its seven texts,
/// lists and maps one by one; a reference is retained once.
public final class FieldSpec: Sendable, Equatable {
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

    public init(
        key: String, type: FieldType, label: String, help: String?, required: Bool, requiredWhen: [String: String],
        requiredFrom: Status?, values: [String], minLength: Int?, maxLength: Int?, notFuture: Bool, list: Bool
    ) {
        self.key = key
        self.type = type
        self.label = label
        self.help = help
        self.required = required
        self.requiredWhen = requiredWhen
        self.requiredFrom = requiredFrom
        self.values = values
        self.minLength = minLength
        self.maxLength = maxLength
        self.notFuture = notFuture
        self.list = list
    }

    /// Every stored property (the rules cache's round-trip tests rely on it).
    public static func == (a: FieldSpec, b: FieldSpec) -> Bool {
        a === b
            || (a.key == b.key && a.type == b.type && a.label == b.label && a.help == b.help && a.required == b.required
                && a.requiredWhen == b.requiredWhen && a.requiredFrom == b.requiredFrom && a.values == b.values
                && a.minLength == b.minLength && a.maxLength == b.maxLength && a.notFuture == b.notFuture
                && a.list == b.list)
    }
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
    /// Parses `schema.yml`. Errors name the file and the problem.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Schema {
        let root = try ConfigNode.document(text, file: file)
        let type = try root.required("jenis").string()
        let title = try root.optional("judul")?.string() ?? type
        let prefix = try root.required("prefix").string()
        var fields: [FieldSpec] = []
        for (key, f) in try root.required("fields").mappingPairs() {
            let fieldType = try f.required("type").choice(FieldType.self, among: FieldType.allCases)
            let values = try f.optional("values")?.strings() ?? []
            if fieldType == .enum && values.isEmpty {
                throw ConfigError(file: file, message: CoreText.fieldEnumWithoutValues(key))
            }
            fields.append(
                FieldSpec(
                    key: key, type: fieldType, label: try f.optional("label")?.string() ?? key,
                    help: try f.optional("help")?.string(),
                    required: try f.optional("required")?.bool() ?? false,
                    requiredWhen: try f.optional("required_when")?.stringMap() ?? [:],
                    requiredFrom: try f.optional("required_from")?.name(StatusKind.self),
                    values: values, minLength: try f.optional("min_length")?.int(),
                    maxLength: try f.optional("max_length")?.int(),
                    notFuture: try f.optional("not_future")?.bool() ?? false,
                    list: try f.optional("list")?.bool() ?? false))
        }
        for required in ["id", "jenis", "status"] where !fields.contains(where: { $0.key == required }) {
            throw ConfigError(file: file, message: CoreText.schemaLacksField(required))
        }
        return Schema(type: type, title: title, prefix: prefix, fields: fields)
    }
}
