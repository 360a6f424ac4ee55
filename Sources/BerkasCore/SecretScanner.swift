/// Finds what looks like a password written into a record. Git history cannot
/// forget, so a secret must never get in: keys named like secrets, and text
/// that gives a secret a value ("password: abc", "kata sandi baru = 1234").
/// Merely mentioning the word ("password dikirim lewat WhatsApp") is fine.
/// Works on bytes: it runs on every line of every commit `verify` reads.
public enum SecretScanner {
    /// Words that name a secret, lower case, as whole words.
    public static let words = [
        "password", "passwd", "pwd", "kata sandi", "katasandi", "kata_sandi", "kata-sandi", "sandi", "pin", "otp",
        "passcode", "secret", "rahasia"
    ]
    static let wordBytes = words.map { Array($0.utf8) }
    static let assignMarkers: [[UInt8]] = [Array("adalah ".utf8), Array("is ".utf8)]
    /// Whether a byte (either case) begins one of the words.
    static let startsAWord: [Bool] = (0..<256).map { b in wordBytes.contains { $0[0] == lower(UInt8(b)) } }
    /// Whether the bytes at `p` read `word` (lower case) in either case; the caller checks the length.
    @inline(__always) static func matches(_ p: UnsafePointer<UInt8>, _ word: [UInt8]) -> Bool {
        var k = 0
        while k < word.count {
            if lower(p[k]) != word[k] { return false }
            k += 1
        }
        return true
    }
    /// An ASCII letter in lower case; any other byte as it is.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    /// The words by their first byte.
    static let wordsByFirstByte: [[[UInt8]]] = (0..<256).map { b in wordBytes.filter { $0[0] == UInt8(b) } }

    /// Bytes read in lower case (ASCII letters), indexed like the buffer.
    struct LowerCased {
        let u: UnsafeBufferPointer<UInt8>
        init(_ u: UnsafeBufferPointer<UInt8>) { self.u = u }
        subscript(i: Int) -> UInt8 { lower(u[i]) }
        subscript(r: Range<Int>) -> LazyMapSequence<Slice<UnsafeBufferPointer<UInt8>>, UInt8> {
            u[r].lazy.map(lower)
        }
        subscript(r: PartialRangeFrom<Int>) -> LazyMapSequence<Slice<UnsafeBufferPointer<UInt8>>, UInt8> {
            self[r.lowerBound..<u.count]
        }
    }
    static let fillers = ["baru", "akun", "spse", "sementara", "awal", "new"].map { Array($0.utf8) }
    static let keyWords: Set<String> = [
        "password", "passwd", "pwd", "katasandi", "sandi", "pin", "otp", "passcode", "secret", "rahasia"
    ]

    /// True when a front-matter key names a secret (`kata_sandi`, `password_baru`, `pin`).
    public static func isSecretKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { isSecretKey(bytes: $0) }
    }

    /// `isSecretKey` on UTF-8 bytes: ASCII keys (all of berkas's own) are read
    /// without building strings.
    public static func isSecretKey(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        let ascii: Bool? = { () -> Bool? in
            guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            while start < u.count {
                var end = start
                while end < u.count, u[end] != 0x5F, u[end] != 0x2D, u[end] != 0x20 { end += 1 }
                if end > start {
                    let token = UnsafeBufferPointer(rebasing: u[start..<end])
                    for word in keyWordBytes where word.count == token.count {
                        if zip(token, word).allSatisfy({ lower($0) == $1 }) { return true }
                    }
                }
                start = end + 1
            }
            return false
        }()
        return ascii ?? isSecretKeyInUnicode(String(decoding: u, as: UTF8.self))
    }
    static let keyWordBytes = keyWords.map { Array($0.utf8) }

    static func isSecretKeyInUnicode(_ key: String) -> Bool {
        var tokens: [String] = []
        var current = ""
        for ch in key.unicodeScalars {
            if ch == "_" || ch == "-" || ch == " " {
                if !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
            } else {
                current.unicodeScalars.append(ch.properties.lowercaseMapping.unicodeScalars.first ?? ch)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        if tokens.contains(where: keyWords.contains) { return true }
        return zip(tokens, tokens.dropFirst()).contains { $0 == "kata" && $1 == "sandi" }
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
    }

    /// True when text assigns a value to a secret word: the word, then up to
    /// three filler words ("baru", "akun", …, or "-nya"), then either `:` or `=`
    /// followed by anything that is not blank, or "adalah"/"is" followed by one
    /// word (the rest of the line, without quotes and a closing "." or ",", has
    /// no space: "kata sandi adalah Spse#2026", not "… adalah tanggung jawab pemohon").
    public static func assignsSecret(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { assignsSecret(bytes: $0) }
    }

    /// `assignsSecret` on UTF-8 bytes (a line of a file or message, not copied).
    // long-function: one scanner over a text's bytes, its states in order; split, they would be passed around.
    public static func assignsSecret(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = u.count
        guard n > 0, let p = u.baseAddress else { return false }
        // Nothing is given a value without ":", "=", "adalah" or "is": most
        // text (every field value of every record `verify` reads) stops here.
        var mayAssign = false
        scan: for i in 0..<n {
            switch p[i] | 0x20 {
            case 0x3A, 0x3D: // ":" and "=" (0x1A, 0x1D | 0x20 are not letters: checked below)
                if p[i] == 0x3A || p[i] == 0x3D {
                    mayAssign = true
                    break scan
                }
            case 0x61: // "adalah "
                if i + 7 <= n, matches(p + i, assignMarkers[0]) {
                    mayAssign = true
                    break scan
                }
            case 0x69: // "is "
                if i + 3 <= n, matches(p + i, assignMarkers[1]) {
                    mayAssign = true
                    break scan
                }
            default:
                break
            }
        }
        guard mayAssign else { return false }
        // Compared in lower case, byte by byte, without a copy.
        let s = LowerCased(u)
        let starts = startsAWord
        let byFirst = wordsByFirstByte
        // One pass over the text; at each byte only the words starting with it are tried.
        // Words start where a word starts: not after a letter, digit or "_".
        for i in 0..<n where starts[Int(p[i])] && (i == 0 || !isWordByte(s[i - 1])) {
            for word in byFirst[Int(lower(p[i]))] {
                let w = word.count
                guard i + w <= n, matches(p + i, word) else { continue }
                var j = i + w
                if j + 3 <= n && s[j] == 0x6E && s[j + 1] == 0x79 && s[j + 2] == 0x61 { j += 3 } // -nya
                if j < n && isWordByte(s[j]) { continue }
                for _ in 0..<3 {
                    var k = j
                    while k < n && s[k] == 0x20 { k += 1 }
                    guard
                        let f = fillers.first(where: { f in
                            k + f.count <= n && matches(p + k, f)
                                && (k + f.count == n || !isWordByte(s[k + f.count]))
                        })
                    else { break }
                    j = k + f.count
                }
                while j < n && s[j] == 0x20 { j += 1 }
                var valueStart = -1
                var inWords = false
                if j < n && (s[j] == 0x3A || s[j] == 0x3D) {
                    valueStart = j + 1
                } else if j + 7 <= n && matches(p + j, assignMarkers[0]) {
                    valueStart = j + 7
                    inWords = true
                } else if j + 3 <= n && matches(p + j, assignMarkers[1]) {
                    valueStart = j + 3
                    inWords = true
                }
                guard valueStart >= 0 else { continue }
                if !inWords {
                    if s[valueStart...].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x22 && $0 != 0x27 }) {
                        return true
                    }
                    continue
                }
                // After "adalah"/"is" a value is one word: the rest of the line without spaces,
                // quotes and a closing "." or ","; a sentence ("adalah tanggung jawab pemohon") is not.
                var a = valueStart
                var b = n
                func blank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x22 || c == 0x27 || c == 0x0D }
                while a < b && blank(s[a]) { a += 1 }
                while b > a && (blank(s[b - 1]) || s[b - 1] == 0x2E || s[b - 1] == 0x2C) { b -= 1 }
                if a < b && !s[a..<b].contains(where: { $0 == 0x20 || $0 == 0x09 }) { return true }
            }
        }
        return false
    }
}
