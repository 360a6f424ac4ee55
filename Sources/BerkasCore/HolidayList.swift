import Foundation

/// The holiday list (`hari-libur.yml`: `YYYY-MM-DD: "name"` per line) as the
/// pengelola keeps it each year from the government's SKB on national holidays
/// and collective leave (cuti bersama), and the lines of that SKB as published.
public enum HolidayList {
    /// The national holidays whose date never moves (1 January, 1 May, 1 June,
    /// 17 August, 25 December): every other holiday of a year is movable.
    public static let fixedDates: Set<[Int]> = [[1, 1], [5, 1], [6, 1], [8, 17], [12, 25]]

    /// Whether a year has a movable holiday (Idul Fitri, Nyepi, Waisak, cuti bersama, …) entered.
    public static func hasMovable(_ holidays: [CalendarDate: String], year: Int) -> Bool {
        holidays.keys.contains { $0.year == year && !fixedDates.contains([$0.month, $0.day]) }
    }

    /// The prefix that marks collective leave in a holiday's name.
    public static let collectiveLeave = "Cuti bersama"

    /// Why a holiday's name cannot be written: 1–100 characters, no control or invisible character.
    public static func nameProblem(_ name: String) -> Localized? {
        TextRules.isShortLabel(name) ? nil : CoreText.holidayName()
    }

    /// The file's text with `entries` as its holidays: the comment and blank lines
    /// before its first entry kept, then one line per holiday in date order.
    public static func text(keepingHeaderOf old: String, entries: [CalendarDate: String]) -> String {
        var header: [Substring] = []
        // "\r\n" is one Character: lines are split after it is made "\n".
        for line in old.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.isEmpty || t.hasPrefix("#") else { break }
            header.append(line)
        }
        while let last = header.last, last.trimmingCharacters(in: .whitespaces).isEmpty { header.removeLast() }
        var out = header.map { String($0) + "\n" }.joined()
        for (day, name) in entries.sorted(by: { $0.key < $1.key }) {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            out += "\(day.text()): \"\(quoted)\"\n"
        }
        return out
    }

    /// One holiday read from a published list.
    public struct Entry: Equatable, Sendable {
        public let date: CalendarDate
        public let name: String
        public init(date: CalendarDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// The holidays of a list as the SKB publishes it, or a CSV: one holiday per
    /// line, its date as `2027-03-10`, `10/03/2027`, `10 Maret 2027` (a range
    /// `9–10 Maret 2027` gives each day), with its name; numbering (`1.`),
    /// weekday names and the separators `| , ; tab` are dropped. Lines without a
    /// digit are headings and skipped; a line with a digit but no date is refused.
    public static func parsePublished(_ text: String, file: String) throws(ConfigError) -> [Entry] {
        var out: [Entry] = []
        var body = text.replacingOccurrences(of: "\r\n", with: "\n")
        if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
        for (i, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r"))
            guard line.contains(where: \.isASCIIDigit) else { continue }
            guard let (dates, rest) = dates(in: line) else {
                throw ConfigError(file: file, message: at(i + 1, CoreText.holidayLineHasNoDate(line)))
            }
            let name = cleanName(rest)
            if let problem = nameProblem(name) {
                throw ConfigError(file: file, message: at(i + 1, problem))
            }
            out += dates.map { Entry(date: $0, name: name) }
        }
        return out
    }

    private static func at(_ line: Int, _ m: Localized) -> Localized {
        let l = CoreText.line(line)
        return Localized(id: l.id + m.id, en: l.en + m.en)
    }

    private static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in (LocalTime.monthsID + LocalTime.monthsEN).enumerated() { m[name.lowercased()] = i % 12 + 1 }
        for (name, n) in [("agt", 8), ("agu", 8), ("ags", 8), ("nop", 11), ("des", 12), ("okt", 10), ("mei", 5)] {
            m[name] = n
        }
        for (i, name) in LocalTime.monthsEN.enumerated() { m[String(name.prefix(3)).lowercased()] = i + 1 }
        return m
    }()

    /// The date (or dates, for a range of days) a line gives, and the rest of the line.
    private static func dates(in line: String) -> ([CalendarDate], String)? {
        let patterns = [
            #"(\d{4})-(\d{2})-(\d{2})"#, #"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#,
            #"\b(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s+([A-Za-z]+)\.?\s+(\d{4})\b"#
        ]
        for (n, pattern) in patterns.enumerated() {
            guard let re = try? NSRegularExpression(pattern: pattern),
                let m = re.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            else { continue }
            func group(_ g: Int) -> String? {
                Range(m.range(at: g), in: line).map { String(line[$0]) }
            }
            var days: [CalendarDate] = []
            switch n {
            case 0:
                guard let d = CalendarDate(iso: group(0)!) else { return nil }
                days = [d]
            case 1:
                guard let d = CalendarDate(year: Int(group(3)!)!, month: Int(group(2)!)!, day: Int(group(1)!)!)
                else { return nil }
                days = [d]
            default:
                guard let month = months[group(3)!.lowercased()], let year = Int(group(4)!) else { continue }
                let first = Int(group(1)!)!
                let last = group(2).flatMap { Int($0) } ?? first
                guard last >= first, last - first < 31 else { return nil }
                for day in first...last {
                    guard let d = CalendarDate(year: year, month: month, day: day) else { return nil }
                    days.append(d)
                }
            }
            let rest = line.replacingCharacters(in: Range(m.range, in: line)!, with: " ")
            return (days, rest)
        }
        return nil
    }

    private static let weekdays: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday"
    ]

    /// The name left when numbering, weekday names, separators and quotes are taken away.
    private static func cleanName(_ rest: String) -> String {
        let parts = rest.components(separatedBy: CharacterSet(charactersIn: "|,;\t\""))
        let words = parts.joined(separator: " ").split(separator: " ").map(String.init)
        var kept: [String] = []
        for (i, w) in words.enumerated() {
            let bare = w.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:-–—"))
            if bare.isEmpty { continue }
            if i == 0 && kept.isEmpty && w.dropLast().allSatisfy(\.isASCIIDigit)
                && (w.hasSuffix(".") || w.hasSuffix(")"))
            {
                continue // numbering: "1." or "1)"
            }
            if kept.isEmpty && w.allSatisfy(\.isASCIIDigit) { continue }
            if bare.split(whereSeparator: { "-–—/".contains($0) }).allSatisfy({ weekdays.contains(String($0)) }) {
                continue
            }
            kept.append(w)
        }
        return kept.joined(separator: " ")
    }
}
