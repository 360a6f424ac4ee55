import BerkasCore
import Foundation

/// The time a commit records: the clock, or `GIT_COMMITTER_DATE` /
/// `GIT_AUTHOR_DATE` as git reads them (for imports and tests).
public struct CommitClock: Sendable {
    public let seconds: Int64
    public let offsetMinutes: Int32

    /// `@1764000000 +0700`, `1764000000 +0700`, or ISO 8601 with an offset.
    public static func now(timeZone: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CommitClock {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Jakarta")!
        for name in ["GIT_COMMITTER_DATE", "GIT_AUTHOR_DATE"] {
            if let raw = environment[name], !raw.isEmpty {
                guard let parsed = parse(raw) else {
                    throw BerkasError.user(.usage, L("\(name) tidak dapat dibaca: \(raw) — pakai \"@DETIK +0700\" atau \"2026-11-24T09:00:00+07:00\"",
                                                     "\(name) cannot be read: \(raw) — use \"@SECONDS +0700\" or \"2026-11-24T09:00:00+07:00\""))
                }
                return parsed
            }
        }
        let now = Date()
        return CommitClock(seconds: Int64(now.timeIntervalSince1970.rounded(.down)),
                           offsetMinutes: Int32(zone.secondsFromGMT(for: now) / 60))
    }

    static func parse(_ raw: String) -> CommitClock? {
        let parts = raw.split(separator: " ")
        if parts.count == 2, let secs = Int64(parts[0].hasPrefix("@") ? parts[0].dropFirst() : parts[0]), let off = offset(String(parts[1])) {
            return CommitClock(seconds: secs, offsetMinutes: off)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let d = formatter.date(from: raw) {
            // Keep the written offset.
            let tail = raw.suffix(6)
            let off = offset(String(tail).replacingOccurrences(of: ":", with: "")) ?? 0
            return CommitClock(seconds: Int64(d.timeIntervalSince1970), offsetMinutes: raw.hasSuffix("Z") ? 0 : off)
        }
        return nil
    }

    private static func offset(_ s: String) -> Int32? {
        guard s.count == 5, let sign = s.first, sign == "+" || sign == "-", let hhmm = Int32(s.dropFirst()) else { return nil }
        let minutes = (hhmm / 100) * 60 + hhmm % 100
        return sign == "-" ? -minutes : minutes
    }

    /// The calendar date in the commit's own zone (by arithmetic: Foundation's
    /// Calendar cost ~0.4 ms the first time it was asked, in every step).
    public var date: CalendarDate { localTime(seconds, offsetSeconds: Int64(offsetMinutes) * 60).date }
}

/// A moment as a date and the seconds since midnight, in a zone `offsetSeconds` from UTC.
func localTime(_ seconds: Int64, offsetSeconds: Int64) -> (date: CalendarDate, secondOfDay: Int) {
    let local = seconds + offsetSeconds
    var day = local / 86400, second = local % 86400
    if second < 0 { day -= 1; second += 86400 }   // before 1970: rounded down
    return (CalendarDate(daysSinceEpoch: Int(day)), Int(second))
}
