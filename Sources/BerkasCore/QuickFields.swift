import Foundation

/// Reads a few top-level scalars of a record without a full YAML parse (for
/// queues and reports: thousands of records). The lines berkas writes are read
/// directly (plain, double- and single-quoted values, a byte-order mark, CRLF);
/// when a wanted field is not found that way (a `>` block, say), the record is
/// read by the same reader `validate` uses, so no command sees a record
/// differently from another.
public enum QuickFields {
    public static func read(_ data: Data, keys: Set<String>) -> [String: String] {
        let quick = direct(data, keys: keys)
        if quick.count == keys.count { return quick }
        guard case .success(let doc) = FrontMatterParser.parse(data, file: "") else { return quick }
        var out: [String: String] = [:]
        for k in keys { if let v = doc.scalar(k) { out[k] = v } }
        return out
    }

    static func direct(_ data: Data, keys: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        guard var text = UTF8Text.decode(data) else { return out }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() } // Notepad's byte-order mark
        // Lines are found on bytes; only the lines of the wanted keys become strings.
        let wanted = keys.map { (key: $0, bytes: Array($0.utf8)) }
        let bytes = Array(text.utf8)
        var start = 0
        var first = true
        while start <= bytes.count, out.count < wanted.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var e = end
            if e > start, bytes[e - 1] == 0x0D { e -= 1 }
            var t = e
            while t > start, bytes[t - 1] == 0x20 || bytes[t - 1] == 0x09 { t -= 1 }
            let isFence = t - start == 3 && bytes[start] == 0x2D && bytes[start + 1] == 0x2D && bytes[start + 2] == 0x2D
            if first {
                first = false
                if !isFence { return out }
            } else if isFence {
                break
            } else if let w = wanted.first(where: { w in
                e - start > w.bytes.count && bytes[start + w.bytes.count] == 0x3A
                    && bytes[start..<(start + w.bytes.count)].elementsEqual(w.bytes)
            }), !continues(bytes, after: end) {
                let line = String(decoding: bytes[start..<e], as: UTF8.self)
                out[w.key] = value(line[line.index(line.startIndex, offsetBy: w.key.count + 1)...])
            }
            start = end + 1
        }
        return out
    }

    /// Whether the line after the one ending at `end` continues its value (an indented
    /// line that is not blank: YAML folds it into the value): then the full reader reads it.
    static func continues(_ bytes: [UInt8], after end: Int) -> Bool {
        var i = end + 1
        guard i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 else { return false }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < bytes.count && bytes[i] != 0x0A && bytes[i] != 0x0D
    }

    static func value(_ rest: Substring) -> String {
        var v = rest.drop(while: { $0 == " " })
        if v.first == "\"" {
            var s = ""
            var escaped = false
            for ch in v.dropFirst() {
                if escaped {
                    switch ch {
                    case "n": s += "\n"
                    case "t": s += "\t"
                    default: s.append(ch)
                    }
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == "\"" {
                    break
                } else {
                    s.append(ch)
                }
            }
            return s
        } else if v.first == "'" {
            return String(v.dropFirst().prefix { $0 != "'" })
        } else {
            if let hash = v.range(of: " #") { v = v[..<hash.lowerBound] }
            return String(v.trimmingTrailingSpaces())
        }
    }
}
