/// Record IDs (`RA-2026-0001`) and where records live (`<type>/<year>/<ID>.md`).
/// Everything is checked before use: no `..`, no absolute paths, no odd characters.
public struct RecordID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let prefix: String
    public let year: Int
    public let number: Int

    public init(prefix: String, year: Int, number: Int) {
        self.prefix = prefix
        self.year = year
        self.number = number
    }

    /// Parses `PREFIX-YYYY-NNNN` (the number has at least four digits).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...8).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
              parts[1].count == 4, parts[1].allSatisfy(\.isASCIIDigit),
              (4...6).contains(parts[2].count), parts[2].allSatisfy(\.isASCIIDigit),
              let y = Int(parts[1]), let n = Int(parts[2]), n > 0 else { return nil }
        let id = RecordID(prefix: String(parts[0]), year: y, number: n)
        guard id.description == text else { return nil }
        self = id
    }

    public var description: String {
        let digits = String(number)
        return "\(prefix)-\(String(format4: year))-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func < (a: RecordID, b: RecordID) -> Bool {
        (a.prefix, a.year, a.number) < (b.prefix, b.year, b.number)
    }
}

public enum RecordPath {
    /// `permintaan-reset-akun/2026/RA-2026-0001.md`
    public static func path(type: String, id: RecordID) -> String {
        "\(type)/\(String(format4: id.year))/\(id).md"
    }

    /// A path segment made only of lowercase letters, digits and dashes.
    public static func isSafeSegment(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && !s.hasPrefix("-") && !s.hasPrefix(".")
            && s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    /// Splits a repository path into (type, year, id) when it is a record's path.
    public static func parse(_ path: String) -> (type: String, id: RecordID)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, isSafeSegment(String(parts[0])), parts[2].hasSuffix(".md"),
              let id = RecordID(String(parts[2].dropLast(3))), String(format4: id.year) == parts[1] else { return nil }
        return (String(parts[0]), id)
    }

    /// Checks a path given by a user (relative to the repository root):
    /// no absolute path, `..`, backslash, NUL or control characters.
    public static func isSafeRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"),
              !path.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
