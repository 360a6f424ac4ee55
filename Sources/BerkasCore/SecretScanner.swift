/// Finds what looks like a password written into a record. Git history cannot
/// forget, so a secret must never get in: keys named like secrets, and text
/// that gives a secret a value ("password: abc", "kata sandi baru = 1234").
/// Merely mentioning the word ("password dikirim lewat WhatsApp") is fine.
public enum SecretScanner {
    /// Words that name a secret, lower case, as whole words.
    public static let words = ["password", "passwd", "pwd", "kata sandi", "katasandi", "kata_sandi", "kata-sandi", "sandi", "pin", "otp", "passcode", "secret", "rahasia"]

    /// True when a front-matter key names a secret (`kata_sandi`, `password_baru`, `pin`).
    public static func isSecretKey(_ key: String) -> Bool {
        let lower = key.lowercased()
        let tokens = lower.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map(String.init)
        let singleWords = Set(words.filter { !$0.contains(" ") && !$0.contains("_") && !$0.contains("-") })
        if tokens.contains(where: { singleWords.contains($0) }) { return true }
        let joined = tokens.joined(separator: " ")
        return joined.contains("kata sandi")
    }

    /// True when text assigns a value to a secret word: the word, then up to two
    /// filler words ("baru", "akun", "nya", "adalah"), then `:` or `=` or "adalah",
    /// then something that is not blank.
    public static func assignsSecret(_ text: String) -> Bool {
        let lower = text.lowercased()
        for word in words {
            var searchStart = lower.startIndex
            while let range = lower.range(of: word, range: searchStart..<lower.endIndex) {
                searchStart = range.upperBound
                if range.lowerBound > lower.startIndex, isWordChar(lower[lower.index(before: range.lowerBound)]) { continue }
                var rest = lower[range.upperBound...]
                if rest.hasPrefix("nya") { rest = rest.dropFirst(3) }
                if let next = rest.first, isWordChar(next) { continue }
                // skip filler words
                for _ in 0..<3 {
                    let trimmed = rest.drop(while: { $0 == " " })
                    if let filler = ["baru", "akun", "spse", "sementara", "awal", "new", "baru:"].first(where: { trimmed.hasPrefix($0 + " ") || trimmed.hasPrefix($0 + ":") || trimmed.hasPrefix($0 + "=") }) {
                        rest = trimmed.dropFirst(filler.count)
                    }
                }
                let afterSpace = rest.drop(while: { $0 == " " })
                var value: Substring? = nil
                if afterSpace.hasPrefix(":") || afterSpace.hasPrefix("=") {
                    value = afterSpace.dropFirst()
                } else if afterSpace.hasPrefix("adalah ") || afterSpace.hasPrefix("is ") {
                    value = afterSpace.drop(while: { $0 != " " })
                }
                if let v = value, v.contains(where: { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" }) { return true }
            }
        }
        return false
    }

    private static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
