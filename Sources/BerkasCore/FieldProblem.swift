/// What is wrong with one value, before it is placed at a file and line.
public struct FieldProblem: Sendable, Equatable, Error {
    public let code: String
    public let message: Localized
    public let hint: Localized

    public init(_ code: String, _ message: Localized, _ hint: Localized) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    public func at(file: String, line: Int, field: String) -> Diagnostic {
        Diagnostic(code: code, file: file, line: line, field: field, message: message, hint: hint)
    }
}
