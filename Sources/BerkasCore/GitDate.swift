/// The dates `GIT_COMMITTER_DATE`, `GIT_AUTHOR_DATE` and `BERKAS_NOW` take,
/// in the forms git's own date parser reads (git-commit(1), "DATE FORMATS"):
///
/// - git's internal form: `@1764000000 +0700`, `1764000000 +0700`, `@1764000000` (UTC);
/// - ISO 8601: `2026-11-24T09:00:00+07:00`, `2026-11-24 09:00:00 +0700`,
///   `2026-11-24 09:00`, with `Z`, `+07`, `+0700` or `+07:00`, fractions of a second ignored;
/// - RFC 2822: `Tue, 24 Nov 2026 09:00:00 +0700` (the weekday may be left out).
///
/// The offset written is kept, as git keeps it. A time written without an
/// offset is read in the archive's zone (git would use the machine's).
public enum GitDate {
    public enum Problem: Error, Equatable {
        /// Not one of the forms above, or no such day or time.
        case unreadable
        /// Readable, but before 1970 or after 9999, or an offset no zone has.
        case outOfRange
    }

    public static func parse(_ raw: String, zone: OfficeZone) -> Result<Moment, Problem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= 64 else { return .failure(.unreadable) }
        let parsed = internalForm(text) ?? iso8601(text, zone: zone) ?? rfc2822(text, zone: zone)
        guard let (seconds, offset) = parsed else { return .failure(.unreadable) }
        guard let s = seconds, Moment.range.contains(s), Moment.isValidOffset(offset) else {
            return .failure(.outOfRange)
        }
        return .success(Moment(seconds: s, offsetMinutes: offset))
    }

    /// Seconds (nil when too large to count) and offset in minutes.
    typealias Parsed = (Int64?, Int32)

    static func internalForm(_ text: String) -> Parsed? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count <= 2, var digits = parts.first.map(Substring.init) else { return nil }
        let at = digits.hasPrefix("@")
        if at { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        // git reads a bare number of 8 or fewer digits as a date, not seconds: only `@…` or `… +ZZZZ` here.
        guard at || parts.count == 2 else { return nil }
        var offset: Int32 = 0
        if parts.count == 2 {
            guard let o = zoneOffset(parts[1]) else { return nil }
            offset = o
        }
        return (digits.count > 18 ? nil : Int64(digits), offset)
    }

    /// `+0700`, `+07:00`, `+07`, `Z`, `UTC`, `GMT`, `UT`: minutes east of UTC.
    static func zoneOffset(_ s: Substring) -> Int32? {
        if ["Z", "UTC", "GMT", "UT"].contains(s) { return 0 }
        guard let sign = s.first, sign == "+" || sign == "-" else { return nil }
        let body = Array(s.dropFirst())
        let digits: [Character]
        switch body.count {
        case 2, 4: digits = body // +07, +0700
        case 5 where body[2] == ":": digits = Array(body[0..<2] + body[3..<5]) // +07:00
        default: return nil
        }
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        guard let hh = Int32(String(digits[0..<2])), let mm = digits.count == 4 ? Int32(String(digits[2..<4])) : 0,
            mm < 60
        else { return nil }
        return sign == "+" ? hh * 60 + mm : -(hh * 60 + mm)
    }

    /// `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][ ][zone]`.
    static func iso8601(_ text: String, zone: OfficeZone) -> Parsed? {
        let chars = Array(text)
        guard chars.count >= 16, chars[4] == "-", chars[7] == "-",
            chars[10] == "T" || chars[10] == " " || chars[10] == "t"
        else { return nil }
        guard let date = CalendarDate(iso: String(chars[0..<10])) else { return nil }
        var rest = Substring(String(chars[11...]))
        // The time: HH:MM, then :SS, then a fraction.
        let timeEnd = rest.firstIndex(where: { !($0.isASCIIDigit || $0 == ":" || $0 == ".") }) ?? rest.endIndex
        let time = rest[..<timeEnd]
        rest = rest[timeEnd...].drop(while: { $0 == " " })
        guard let second = clock(time.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        else { return nil }
        let fraction = time.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
        if let fraction, fraction.isEmpty || !fraction.allSatisfy(\.isASCIIDigit) { return nil }
        return place(date: date, second: second, zoneText: rest, zone: zone)
    }

    /// `[Ddd, ]DD Mmm YYYY HH:MM[:SS] zone`.
    static func rfc2822(_ text: String, zone: OfficeZone) -> Parsed? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        if let first = words.first, first.hasSuffix(",") {
            guard days.contains(first.dropLast().lowercased()) else { return nil }
            words.removeFirst()
        }
        guard words.count == 4 || words.count == 5,
            words[0].count <= 2, words[0].allSatisfy(\.isASCIIDigit), let day = Int(words[0]),
            let month = months.firstIndex(of: words[1].lowercased()),
            words[2].count == 4, words[2].allSatisfy(\.isASCIIDigit), let year = Int(words[2]),
            let date = CalendarDate(year: year, month: month + 1, day: day),
            let second = clock(words[3])
        else { return nil }
        return place(date: date, second: second, zoneText: words.count == 5 ? words[4] : "", zone: zone)
    }

    static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `HH:MM` or `HH:MM:SS` as seconds since midnight.
    static func clock(_ s: Substring) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        guard let h = Int(parts[0]), let m = Int(parts[1]), let sec = parts.count == 3 ? Int(parts[2]) : 0,
            h < 24, m < 60, sec < 61
        else { return nil }
        return h * 3600 + m * 60 + min(sec, 59)
    }

    static func place(date: CalendarDate, second: Int, zoneText: Substring, zone: OfficeZone) -> Parsed? {
        let wall = Int64(date.daysSinceEpoch) * 86400 + Int64(second)
        if zoneText.isEmpty {
            // In the archive's zone: its offset at that wall-clock time.
            let offset = zone.offsetSeconds(at: wall - zone.offsetSeconds(at: wall))
            return (wall - offset, Int32(offset / 60))
        }
        guard let offset = zoneOffset(zoneText) else { return nil }
        return (wall - Int64(offset) * 60, offset)
    }
}
