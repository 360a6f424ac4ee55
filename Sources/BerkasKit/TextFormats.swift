import BerkasCore
import BerkasGit
import Foundation

/// RFC 4180: fields with a comma, semicolon, quote or line break are quoted, quotes doubled;
/// CRLF between rows. A byte-order mark first (unless asked not to): without it a
/// spreadsheet reads UTF-8 names as its own code page and garbles them.
enum CSV {
    /// The separators a spreadsheet reads: `,` (RFC 4180) and `;` (what a
    /// spreadsheet in an Indonesian locale, with its decimal comma, expects).
    static let separators: [Character] = [",", ";"]

    /// Characters that make a spreadsheet read a cell as a formula when it begins with them.
    static let formulaStarts: Set<Character> = [
        "=", "+", "-", "@", "\t", "\r", "\r\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"
    ]

    /// One cell: a cell a spreadsheet would run as a formula gets a leading `'` (OWASP's advice
    /// for CSV injection: shown as text, never run), then RFC 4180 quoting.
    static func field(_ raw: String, separator: Character = ",") -> String {
        let s = raw.first.map(formulaStarts.contains) == true ? "'" + raw : raw
        return s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A number with two decimals: a decimal comma when the separator is `;`.
    static func number(_ v: Double, separator: Character) -> String {
        let s = String(format: "%.2f", v)
        return separator == ";" ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    static func render(_ rows: [[String]], separator: Character = ",", byteOrderMark: Bool = true) -> String {
        (byteOrderMark ? "\u{FEFF}" : "")
            + rows.map { $0.map { field($0, separator: separator) }.joined(separator: String(separator)) }.joined(
                separator: "\r\n") + "\r\n"
    }
}

/// JSON output for scripts: keys sorted, two-space indentation. Written by
/// hand: JSONSerialization spends seconds bridging a 100,000-row report.
public enum JSONText {
    public static func render(_ object: Any) -> String {
        var out = ""
        write(object, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: Any, indent: Int, into out: inout String) {
        switch value {
        case let s as String: string(s, into: &out)
        case let b as Bool: out += b ? "true" : "false"
        case let i as Int: out += String(i)
        case let i as Int64: out += String(i)
        case let i as Int32: out += String(i)
        case is NSNull: out += "null"
        case let a as [Any]:
            if a.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            for (k, v) in a.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(v, indent: indent + 2, into: &out)
                out += k == a.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case let d as [String: Any]:
            if d.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = d.keys.sorted()
            for (k, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                string(key, into: &out)
                out += " : "
                write(d[key]!, indent: indent + 2, into: &out)
                out += k == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            string(String(describing: value), into: &out)
        }
    }

    /// A scalar for `object(_:)`.
    enum Scalar {
        case s(String)
        case i(Int64)
        case b(Bool)
        case null
        case list([String])
        init(_ v: String?) { self = v.map { .s($0) } ?? .null }
        init(_ v: Int64?) { self = v.map { .i($0) } ?? .null }
        init(_ v: Int?) { self = v.map { .i(Int64($0)) } ?? .null }
        init(_ v: Bool?) { self = v.map { .b($0) } ?? .null }
    }

    /// Writes one flat object (keys sorted) straight into `out`, for long arrays
    /// of rows: no dictionaries are built.
    static func object(_ pairs: [(String, Scalar)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        out += "{\n"
        let sorted = pairs.sorted { $0.0 < $1.0 }
        for (k, (key, value)) in sorted.enumerated() {
            out += pad
            string(key, into: &out)
            out += " : "
            switch value {
            case .s(let v): string(v, into: &out)
            case .i(let v): out += String(v)
            case .b(let v): out += v ? "true" : "false"
            case .null: out += "null"
            case .list(let items):
                out += "["
                for (n, item) in items.enumerated() {
                    if n > 0 { out += ", " }
                    string(item, into: &out)
                }
                out += "]"
            }
            out += k == sorted.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: " ", count: indent) + "}"
    }

    /// An array of flat objects.
    static func array(_ rows: [[(String, Scalar)]], indent: Int, into out: inout String) {
        if rows.isEmpty {
            out += "[]"
            return
        }
        out += "[\n"
        let pad = String(repeating: " ", count: indent + 2)
        for (k, r) in rows.enumerated() {
            out += pad
            object(r, indent: indent + 2, into: &out)
            out += k == rows.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: " ", count: indent) + "]"
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    out += "\\u00" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

/// Escapes text for HTML.
func htmlEscape(_ s: String) -> String {
    var out = ""
    for ch in s {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}

/// `2026-11-27 15:00` in the office's zone (no Foundation calendar: it runs for every row).
func formatLocal(_ t: Int64, calendar: WorkingCalendar) -> String {
    let (d, second) = localTime(t, offsetSeconds: calendar.offsetSeconds)
    return d.text(secondOfDay: second)
}

/// Formats working seconds as working days and hours: `0 hk 18 j` / `0 wd 18 h`.
func formatWorking(_ seconds: Int64, _ language: Language) -> String {
    let days = seconds / 86400
    let hours = (seconds % 86400) / 3600
    let minutes = (seconds % 3600) / 60
    let (d, h, m) = language == .en ? WorkingTimeUnits.en : WorkingTimeUnits.id
    if days == 0 && hours == 0 { return "\(minutes) \(m)" }
    return days > 0 ? "\(days) \(d) \(hours) \(h)" : "\(hours) \(h) \(minutes) \(m)"
}

/// The abbreviations of working days, hours and minutes, read from the catalog
/// once (they are written in every row of a report).
enum WorkingTimeUnits {
    static let id = units(.id)
    static let en = units(.en)

    private static func units(_ language: Language) -> (String, String, String) {
        let parts = KitText.workingTimeUnits().text(language).components(separatedBy: "|")
        return (parts[0], parts[1], parts[2])
    }
}
