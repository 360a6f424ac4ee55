import Foundation

/// Reads a few top-level scalars of a record written by berkas without a full
/// YAML parse (for queues and reports; records are validated when committed
/// and by `verify`). Handles plain, double- and single-quoted values.
public enum QuickFields {
    public static func read(_ data: Data, keys: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        guard let text = UTF8Text.decode(data) else { return out }
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if first { first = false; if l.trimmingTrailingSpaces() != "---" { return out }; continue }
            if l.trimmingTrailingSpaces() == "---" { break }
            guard let colon = l.firstIndex(of: ":") else { continue }
            let key = String(l[..<colon])
            guard keys.contains(key) else { continue }
            var v = l[l.index(after: colon)...].drop(while: { $0 == " " })
            if v.first == "\"" {
                var s = "", escaped = false
                for ch in v.dropFirst() {
                    if escaped {
                        switch ch { case "n": s += "\n"; case "t": s += "\t"; default: s.append(ch) }
                        escaped = false
                    } else if ch == "\\" { escaped = true } else if ch == "\"" { break } else { s.append(ch) }
                }
                out[key] = s
            } else if v.first == "'" {
                out[key] = String(v.dropFirst().prefix { $0 != "'" })
            } else {
                if let hash = v.range(of: " #") { v = v[..<hash.lowerBound] }
                out[key] = String(v.trimmingTrailingSpaces())
            }
        }
        return out
    }
}

