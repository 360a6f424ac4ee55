import Foundation

/// The two languages berkas speaks to people.
public enum Language: String, Sendable, CaseIterable {
    /// Bahasa Indonesia, the default.
    case id
    /// English.
    case en
}

/// A piece of user-facing text in both languages, chosen when it is printed.
/// Sentences come from a message catalog (`MessageCatalog`) and carry its code;
/// names, numbers and paths are `verbatim`.
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    /// The catalog code of the sentence (nil for verbatim text and compositions).
    public let code: String?
    public let id: String
    public let en: String

    public init(code: String? = nil, id: String, en: String) {
        self.code = code
        self.id = id
        self.en = en
    }

    /// The same text in both languages (names, numbers, paths).
    public init(verbatim: String) {
        self.init(id: verbatim, en: verbatim)
    }

    public func text(_ language: Language) -> String {
        language == .en ? en : id
    }

    public var description: String { id }
}

/// A message catalog: one case per sentence, its raw value the sentence's
/// stable code, `texts` its Indonesian and English wording with `{1}`, `{2}`, …
/// where the values go. Each layer has one (`CoreText`, `AuditText`, `KitText`,
/// `CommandText`).
public protocol MessageCatalog: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    var texts: (id: String, en: String) { get }
}

extension MessageCatalog {
    /// The sentence with `values` in its places: a `Localized` value goes in
    /// in each language, anything else as Swift writes it (`String(describing:)`).
    public func callAsFunction(_ values: Any...) -> Localized {
        let (id, en) = texts
        return Localized(
            code: rawValue, id: MessageTemplate.fill(id, values, .id), en: MessageTemplate.fill(en, values, .en))
    }
}

/// `{1}`, `{2}`, … in a catalog's wording.
public enum MessageTemplate {
    public static func fill(_ template: String, _ values: [Any], _ language: Language) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]), n >= 1,
                n <= values.count
            {
                out += text(values[n - 1], language)
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }

    /// The placeholders a wording uses (`{1}` → 1), for the completeness test.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) {
                found.insert(n)
            }
            rest = rest[afterOpen...]
        }
        return found
    }

    private static func text(_ value: Any, _ language: Language) -> String {
        if let localized = value as? Localized { return localized.text(language) }
        return String(describing: value)
    }
}

extension MessageCatalog {
    /// What is wrong with the catalog, for its completeness test: a wording
    /// missing in a language, placeholders that differ between the languages
    /// or skip a number, a code not written `layer.words-with-dashes`.
    public static func problems() -> [String] {
        var out: [String] = []
        for entry in allCases {
            let code = entry.rawValue
            let (id, en) = entry.texts
            if id.trimmingCharacters(in: .whitespaces).isEmpty { out.append("\(code): no Indonesian text") }
            if en.trimmingCharacters(in: .whitespaces).isEmpty { out.append("\(code): no English text") }
            let inID = MessageTemplate.placeholders(id)
            let inEN = MessageTemplate.placeholders(en)
            if inID != inEN { out.append("\(code): placeholders differ: id \(inID.sorted()), en \(inEN.sorted())") }
            if !inID.isEmpty && inID != Set(1...inID.count) {
                out.append("\(code): placeholders skip a number: \(inID.sorted())")
            }
            let parts = code.split(separator: ".", maxSplits: 1)
            if parts.count != 2
                || !parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
            {
                out.append("\(code): a code is written layer.words-with-dashes")
            }
        }
        return out
    }
}
