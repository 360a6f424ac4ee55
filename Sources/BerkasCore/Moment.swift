import Foundation

/// A moment as git writes it in a commit: seconds since 1970 (UTC) and the
/// offset of the zone the writer chose, in minutes.
public struct Moment: Sendable, Equatable {
    public let seconds: Int64
    public let offsetMinutes: Int32

    public init(seconds: Int64, offsetMinutes: Int32) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
    }

    /// The moments berkas places in time: from 1970-01-01 00:00:00 UTC (git
    /// has no earlier dates) to 9999-12-31 23:59:59 UTC (a record ID's year has
    /// four digits). A commit dated outside breaks rule `waktu`.
    public static let range: ClosedRange<Int64> = 0...253_402_300_799
    /// Offsets of real time zones: UTC−12:00 to UTC+14:00, whole minutes under 60.
    public static let offsetRange: ClosedRange<Int32> = -720...840

    public static func isValidOffset(_ minutes: Int32) -> Bool { offsetRange.contains(minutes) }

    /// Inside `range` with a real zone offset.
    public var isPlaceable: Bool { Moment.range.contains(seconds) && Moment.isValidOffset(offsetMinutes) }
}

/// The archive's time zone (`zona_waktu` in `.berkas/config.yml`): a zone of
/// the tz database. Every date rule (the ID's year, "not in the future",
/// `berlaku_sampai`, the working-day clock) is judged in it.
public struct OfficeZone: Sendable, Equatable {
    public let identifier: String
    private let zone: TimeZone
    /// The offset of a zone that has had one offset since 1970 (Indonesia's): no Foundation call per moment.
    private let fixedOffset: Int64?

    /// Nil unless `identifier` names a zone of the tz database (`Asia/Jakarta`,
    /// `Asia/Makassar`, `Asia/Jayapura`, …), spelt exactly.
    public init?(_ identifier: String) {
        guard OfficeZone.known.contains(identifier), let z = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        zone = z
        let start = Date(timeIntervalSince1970: 0)
        let first = z.secondsFromGMT(for: start)
        let years: [Double] = [30, 56, 100]
        let later: [Int] = years.map { (y: Double) -> Int in
            z.secondsFromGMT(for: Date(timeIntervalSince1970: y * 365 * 86_400))
        }
        fixedOffset =
            z.nextDaylightSavingTimeTransition(after: start) == nil && later.allSatisfy({ $0 == first })
            ? Int64(first) : nil
    }

    public static let jakarta = OfficeZone("Asia/Jakarta")!

    /// The tz database's zone names, as Foundation knows them.
    static let known: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers + ["UTC"])

    /// Seconds from UTC at the moment `seconds` (zones with summer time change it).
    public func offsetSeconds(at seconds: Int64) -> Int64 {
        if let fixedOffset { return fixedOffset }
        let clamped = min(max(seconds, Moment.range.lowerBound), Moment.range.upperBound)
        return Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(clamped))))
    }

    /// The calendar date of a moment in this zone.
    public func date(at seconds: Int64) -> CalendarDate {
        LocalTime(seconds, offsetSeconds: offsetSeconds(at: seconds)).date
    }

    /// The name an Indonesian office uses for its zone (WIB, WITA, WIT), or `UTC+07.00`.
    public func abbreviation(at seconds: Int64, language: Language) -> String {
        switch identifier {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default: return LocalTime.offsetText(Int32(offsetSeconds(at: seconds) / 60), language: language)
        }
    }
}

/// A moment as a date and the seconds since midnight, in a zone `offsetSeconds`
/// from UTC (by arithmetic). A moment outside `Moment.range` is taken as its
/// nearest end: nothing here traps, whatever a commit says.
public struct LocalTime: Sendable, Equatable {
    public let date: CalendarDate
    public let secondOfDay: Int

    public init(_ seconds: Int64, offsetSeconds: Int64) {
        let s = min(max(seconds, LocalTime.first), Moment.range.upperBound + 86400)
        let o = min(max(offsetSeconds, -86400), 86400)
        let local = s + o
        var day = local / 86400
        var second = local % 86400
        if second < 0 {
            day -= 1
            second += 86400
        }
        date = CalendarDate(daysSinceEpoch: Int(day))
        secondOfDay = Int(second)
    }

    /// 0001-01-01 00:00:00 UTC, the first moment a date is written for.
    static let first: Int64 = -62_135_596_800

    static let daysID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    static let daysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthsID = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember"
    ]
    static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December"
    ]

    /// `Jumat, 4 Desember 2026 09.00 WIB` / `Friday, 4 December 2026 09:00 WIB`:
    /// a moment as a person reads it, in the archive's zone.
    /// The moment written out in both languages, for a message.
    public static func long(_ seconds: Int64, zone: OfficeZone) -> Localized {
        Localized(id: long(seconds, zone: zone, language: .id), en: long(seconds, zone: zone, language: .en))
    }

    public static func long(_ seconds: Int64, zone: OfficeZone, language: Language) -> String {
        let t = LocalTime(seconds, offsetSeconds: zone.offsetSeconds(at: seconds))
        let d = t.date
        let en = language == .en
        let day = (en ? daysEN : daysID)[d.isoWeekday - 1]
        let month = (en ? monthsEN : monthsID)[d.month - 1]
        let clock =
            zeroPadded(t.secondOfDay / 3600, 2) + (CoreText.listEnding().text(language))
            + zeroPadded(t.secondOfDay % 3600 / 60, 2)
        return "\(day), \(d.day) \(month) \(d.year) \(clock) \(zone.abbreviation(at: seconds, language: language))"
    }

    /// `2026-12-04-0900`: a moment in the archive's zone as a name a ref or file can carry.
    public static func backupName(_ seconds: Int64, zone: OfficeZone) -> String {
        let t = LocalTime(seconds, offsetSeconds: zone.offsetSeconds(at: seconds))
        return t.date.text() + "-" + zeroPadded(t.secondOfDay / 3600, 2) + zeroPadded(t.secondOfDay % 3600 / 60, 2)
    }

    /// `UTC+07.00` (Indonesian) / `UTC+07:00`.
    public static func offsetText(_ minutes: Int32, language: Language) -> String {
        let m = abs(Int(minutes))
        return "UTC" + (minutes < 0 ? "−" : "+") + zeroPadded(m / 60, 2) + (CoreText.listEnding().text(language))
            + zeroPadded(m % 60, 2)
    }
}

extension CalendarDate {
    /// `6 Desember 2026` / `6 December 2026`: a date as letters and reports print it.
    public func words(_ language: Language) -> String {
        "\(day) \((language == .en ? LocalTime.monthsEN : LocalTime.monthsID)[month - 1]) \(year)"
    }

    /// `Minggu, 6 Desember 2026` / `Sunday, 6 December 2026`: with its weekday, as the SKB lists holidays.
    public func wordsWithWeekday(_ language: Language) -> String {
        (language == .en ? LocalTime.daysEN : LocalTime.daysID)[isoWeekday - 1] + ", " + words(language)
    }

    /// `6 Desember 2026 09.30`: a date and time of day as printed in reports (no weekday, no zone).
    public func words(_ language: Language, secondOfDay: Int) -> String {
        words(language) + " " + zeroPadded(secondOfDay / 3600, 2) + CoreText.listEnding().text(language)
            + zeroPadded(secondOfDay % 3600 / 60, 2)
    }
}
