/// The front matter berkas writes itself, read without a YAML parser: LF line
/// endings, `---` lines exactly, and between them only `key: value` lines whose
/// key is lower-case ASCII and whose value is empty, plain (starting with a
/// letter or digit, no `:`, `#`, quote, `&`, `*` or `!`) or in double quotes
/// without escapes, each optionally followed by a comment (spaces, then `#` to
/// the end of the line, as the template's hints are written). Anything else —
/// whole-line comments, lists, escapes, single quotes,
/// a BOM, CR, tabs, characters YAML refuses or treats as line breaks, a
/// repeated key — is not read here (nil) and goes to Yams, which gives the
/// answer and the diagnostics. `verify` parses a record in every commit; this
/// is the common case made cheap. A differential test holds its results equal
/// to Yams' on random documents near every boundary named above.
enum FlatFrontMatter {
    static func parse(_ text: String) -> FrontMatterDocument? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes u: UnsafeBufferPointer<UInt8>) -> FrontMatterDocument? {
        let n = u.count
        guard n >= 4, u[0] == 0x2D, u[1] == 0x2D, u[2] == 0x2D, u[3] == 0x0A else { return nil }
        // A CR anywhere changes the line ending the document reports.
        guard u.firstIndex(of: 0x0D) == nil else { return nil }
        var entries: [FrontMatterDocument.Entry] = []
        entries.reserveCapacity(24)
        var i = 4
        var line = 2
        var size = 0
        while true {
            guard i < n else { return nil } // not closed: the parser reports it
            var e = i
            while e < n && u[e] != 0x0A { e += 1 }
            if e - i == 3 && u[i] == 0x2D && u[i + 1] == 0x2D && u[i + 2] == 0x2D {
                // The closing line; the body is what follows, less one final newline.
                var bodyEnd = n
                let bodyStart = min(e + 1, n)
                if bodyEnd > bodyStart && u[bodyEnd - 1] == 0x0A { bodyEnd -= 1 }
                let body =
                    bodyEnd > bodyStart
                    ? String(decoding: UnsafeBufferPointer(rebasing: u[bodyStart..<bodyEnd]), as: UTF8.self) : ""
                return FrontMatterDocument(
                    entries: entries, body: body, bodyStartLine: line + 1,
                    lineEnding: .lf, hasBOM: false, closingLine: line)
            }
            size += e - i + 1
            if size > FrontMatterParser.maxFrontMatterBytes { return nil }
            guard let entry = entry(u, from: i, to: e, line: line) else { return nil }
            for other in entries where other.key == entry.key { return nil }
            entries.append(entry)
            i = e + 1
            line += 1
        }
    }

    private static func entry(_ u: UnsafeBufferPointer<UInt8>, from s: Int, to e: Int, line: Int) -> FrontMatterDocument
        .Entry?
    {
        guard s < e, u[s] >= 0x61, u[s] <= 0x7A else { return nil }
        var k = s + 1
        while k < e, (u[k] >= 0x61 && u[k] <= 0x7A) || (u[k] >= 0x30 && u[k] <= 0x39) || u[k] == 0x5F { k += 1 }
        guard k < e, u[k] == 0x3A else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: u[s..<k]), as: UTF8.self)
        var v = k + 1
        if v < e && u[v] != 0x20 { return nil }
        while v < e && u[v] == 0x20 { v += 1 }
        if v == e { return .init(key: key, value: .scalar(""), line: line) }
        // `key:   # hint`: no value, a comment.
        if u[v] == 0x23 { return comment(u, from: v, to: e) ? .init(key: key, value: .scalar(""), line: line) : nil }
        if u[v] == 0x22 {
            // "text": no escapes, nothing after the closing quote but spaces.
            var q = v + 1
            while q < e, u[q] != 0x22 {
                guard u[q] != 0x5C, let next = allowed(u, q, e) else { return nil }
                q = next
            }
            guard q < e else { return nil }
            var t = q + 1
            while t < e && u[t] == 0x20 { t += 1 }
            guard t == e || (t > q + 1 && u[t] == 0x23 && comment(u, from: t, to: e)) else { return nil }
            return .init(
                key: key,
                value: .scalar(String(decoding: UnsafeBufferPointer(rebasing: u[(v + 1)..<q]), as: UTF8.self)),
                line: line)
        }
        let first = u[v]
        guard (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        else { return nil }
        var q = v
        var valueEnd = e
        while q < e {
            switch u[q] {
            case 0x23 where u[q - 1] == 0x20: // " #": a comment to the end of the line
                guard comment(u, from: q, to: e) else { return nil }
                valueEnd = q
                q = e
                continue
            case 0x3A, 0x23, 0x22, 0x27, 0x26, 0x2A, 0x21: return nil // : # " ' & * !
            default: break
            }
            guard let next = allowed(u, q, e) else { return nil }
            q = next
        }
        var end = valueEnd
        while u[end - 1] == 0x20 { end -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: u[v..<end]), as: UTF8.self)
        // A plain `null` means "no value", as the YAML path reads it.
        if text == "null" || text == "Null" || text == "NULL" { return .init(key: key, value: .scalar(""), line: line) }
        return .init(key: key, value: .scalar(text), line: line)
    }

    /// Whether `#…` from `start` to the line's end is a comment YAML reads as one:
    /// only characters it reads as ordinary text.
    private static func comment(_ u: UnsafeBufferPointer<UInt8>, from start: Int, to e: Int) -> Bool {
        var q = start
        while q < e {
            guard let next = allowed(u, q, e) else { return false }
            q = next
        }
        return true
    }

    /// The index after the character at `q` when it is printable ASCII or a
    /// character YAML reads as ordinary text (not C1 controls, line or
    /// paragraph separators, a byte-order mark or non-characters); else nil.
    @inline(__always)
    private static func allowed(_ u: UnsafeBufferPointer<UInt8>, _ q: Int, _ e: Int) -> Int? {
        let b = u[q]
        if b >= 0x20 && b <= 0x7E { return q + 1 }
        if b < 0xC2 { return nil }
        // The text is valid UTF-8 already: the lead byte gives the length.
        let len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard q + len <= e else { return nil }
        var scalar = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for j in 1..<len { scalar = scalar << 6 | UInt32(u[q + j] & 0x3F) }
        switch scalar {
        case 0xA0...0xD7FF where scalar != 0x2028 && scalar != 0x2029: return q + len
        case 0xE000...0xFFFD where scalar != 0xFEFF: return q + len
        case 0x10000...0x10FFFF: return q + len
        default: return nil
        }
    }
}
