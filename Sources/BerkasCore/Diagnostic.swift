/// One problem found in a file, meant for office staff: where it is, which field,
/// what is wrong and what to do. Plain data; printing happens at the edge.
public struct Diagnostic: Sendable, Equatable {
    /// A stable code for scripts and tests, e.g. `nip.tanggal-lahir`.
    public let code: String
    /// Path as the user should see it (relative to the repository root where possible).
    public var file: String
    /// 1-based line in the file; 0 when the problem is not on one line.
    public var line: Int
    /// The field (front-matter key), or nil for a problem of the whole file.
    public let field: String?
    public let message: Localized
    public let hint: Localized

    public init(code: String, file: String, line: Int, field: String?, message: Localized, hint: Localized) {
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `FILE:LINE: field: what is wrong — what to do`
    public func formatted(_ language: Language) -> String {
        var out = file
        if line > 0 { out += ":\(line)" }
        out += ": "
        if let field { out += "\(TerminalSafe.escape(field)): " }
        out += message.text(language)
        let hintText = hint.text(language)
        if !hintText.isEmpty { out += " — " + hintText }
        return out
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, then line, so output reads top to bottom.
    public func sortedForDisplay() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            return a.offset < b.offset
        }.map(\.element)
    }
}
