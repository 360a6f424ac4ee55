/// The two languages berkas speaks to people.
public enum Language: String, Sendable, CaseIterable {
    /// Bahasa Indonesia, the default.
    case id
    /// English.
    case en
}

/// A piece of user-facing text in both languages, chosen when it is printed.
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    public let id: String
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same text in both languages (names, numbers, paths).
    public init(verbatim: String) {
        self.id = verbatim
        self.en = verbatim
    }

    public func text(_ language: Language) -> String {
        language == .en ? en : id
    }

    public var description: String { id }
}

/// Shorthand for a two-language text.
@inline(__always)
public func L(_ id: String, _ en: String) -> Localized {
    Localized(id: id, en: en)
}
