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
    /// Parses `PREFIX-YYYY-NNNN` (on bytes: it runs for every record of every listing).
    public init?(_ text: String) {
        let u = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
                n = n * 10 + Int(u[i] - 0x30)
            }
            return n
        }
        guard let dash = u.firstIndex(of: 0x2D), (1...8).contains(dash),
            u[..<dash].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
            u.count >= dash + 6, u[dash + 5] == 0x2D,
            let y = digits((dash + 1)..<(dash + 5))
        else { return nil }
        let numberStart = dash + 6
        // Four digits, zero-padded; or five or six without a leading zero (as `description` writes it).
        guard (4...6).contains(u.count - numberStart), u.count - numberStart == 4 || u[numberStart] != 0x30,
            let n = digits(numberStart..<u.count), n > 0
        else { return nil }
        self = RecordID(prefix: String(decoding: u[..<dash], as: UTF8.self), year: y, number: n)
    }

    /// `PREFIX-YYYY-NNNN` (more digits when the number needs them), written as bytes.
    public var description: String {
        guard number >= 0, (0...9999).contains(year) else { // never parsed so; written plainly
            return "\(prefix)-\(zeroPadded(year, 4))-\(zeroPadded(number, 4))"
        }
        var digits = 4
        while digits < 18, number >= Self.powers[digits] { digits += 1 }
        let p = prefix.utf8.count
        return String(unsafeUninitializedCapacity: p + 6 + digits) { b in
            _ = b.initialize(from: prefix.utf8)
            b[p] = 0x2D
            DigitText.put(year, into: b, at: p + 1, width: 4)
            b[p + 5] = 0x2D
            DigitText.put(number, into: b, at: p + 6, width: digits)
            return p + 6 + digits
        }
    }

    private static let powers: [Int] = (0...18).map { n in (0..<n).reduce(1) { r, _ in r * 10 } }

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
        // ASCII a-z, 0-9 and "-" only, so bytes are characters.
        let u = s.utf8
        return !u.isEmpty && u.count <= 64 && u.first != 0x2D
            && u.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Splits a repository path into (type, year, id) when it is a record's path.
    public static func parse(_ path: String) -> (type: String, id: RecordID)? {
        // Bytes: every part that can match is ASCII (it runs for each file of each commit).
        let u = path.utf8
        guard let s1 = u.firstIndex(of: 0x2F), let s2 = u[u.index(after: s1)...].firstIndex(of: 0x2F),
            !u[u.index(after: s2)...].contains(0x2F), u.count - u.distance(from: u.startIndex, to: s2) > 4,
            u.suffix(3).elementsEqual(".md".utf8)
        else { return nil }
        let type = String(path.utf8[..<s1])!
        let year = path.utf8[u.index(after: s1)..<s2]
        guard isSafeSegment(type),
            let id = RecordID(String(path.utf8[u.index(after: s2)..<u.index(u.endIndex, offsetBy: -3)])!),
            String(format4: id.year).utf8.elementsEqual(year)
        else { return nil }
        return (type, id)
    }

    /// Checks a path given by a user (relative to the repository root):
    /// no absolute path, `..`, backslash, NUL or control characters.
    public static func isSafeRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"),
            !path.unicodeScalars.contains(where: TerminalSafe.isUnsafe)
        else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains {
            $0 == ".." || $0 == "." || $0.isEmpty
        }
    }
}
