/// Reads the `Key: value` trailers of a commit message (its last paragraph).
public enum Trailers {
    public static func parse(_ message: String) -> [(key: String, value: String)] {
        var text = Substring(message)
        while let last = text.last, last == "\n" || last == "\r" || last == " " { text.removeLast() }
        // The last paragraph starts after the last blank line.
        guard let start = lastBlankLine(in: text) else { return [] }
        var out: [(String, String)] = []
        for l in text[start...].split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            guard let colon = l.firstIndex(of: ":") else { return [] }
            let key = l[..<colon]
            guard !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return [] }
            var value = l[l.index(after: colon)...]
            while value.first == " " { value.removeFirst() }
            while value.last == " " { value.removeLast() }
            out.append((String(key), String(value)))
        }
        return out
    }

    static func lastBlankLine(in text: Substring) -> Substring.Index? {
        var i = text.endIndex
        var sawNewline = false
        while i > text.startIndex {
            let prev = text.index(before: i)
            let c = text[prev]
            if c == "\n" || c == "\r\n" {
                if sawNewline { return i }
                sawNewline = true
            } else if c != "\r" {
                sawNewline = false
            }
            i = prev
        }
        return nil
    }

    public static func value(_ key: String, in message: String) -> String? {
        parse(message).first { $0.key == key }?.value
    }
}
