/// Working days and time for the standard-time (mutu baku) check: the office's
/// working weekdays, its public holidays and collective leave, in its time zone.
/// Times are seconds since 1970 plus the zone's fixed offset.
public struct WorkingCalendar: Sendable, Equatable {
    /// ISO weekdays that are working days (1 = Monday … 7 = Sunday).
    public let workingWeekdays: Set<Int>
    public let holidays: Set<CalendarDate>
    /// Offset of the office's zone from UTC in seconds (Asia/Jakarta: +25200).
    public let offsetSeconds: Int64
    /// The holidays that fall on working weekdays, as sorted day numbers (for counting by search).
    private let workingHolidayDays: [Int]

    public init(workingWeekdays: Set<Int>, holidays: Set<CalendarDate>, offsetSeconds: Int64) {
        self.workingWeekdays = workingWeekdays
        self.holidays = holidays
        self.offsetSeconds = offsetSeconds
        workingHolidayDays = holidays.filter { workingWeekdays.contains($0.isoWeekday) }.map(\.daysSinceEpoch).sorted()
    }

    public static func == (a: WorkingCalendar, b: WorkingCalendar) -> Bool {
        a.workingWeekdays == b.workingWeekdays && a.holidays == b.holidays && a.offsetSeconds == b.offsetSeconds
    }

    /// Indonesian (and English) weekday names as written in config.yml.
    public static let weekdayNames: [String: Int] = [
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "sabtu": 6, "minggu": 7, "ahad": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7
    ]

    public func isWorkingDay(_ d: CalendarDate) -> Bool {
        workingWeekdays.contains(d.isoWeekday) && !holidays.contains(d)
    }

    /// The local date and seconds since local midnight of an instant.
    func local(_ t: Int64) -> (date: CalendarDate, second: Int64) {
        let l = t + offsetSeconds
        let day = Int64((Double(l) / 86400).rounded(.down))
        return (CalendarDate(daysSinceEpoch: Int(day)), l - day * 86400)
    }

    func instant(_ d: CalendarDate, _ second: Int64) -> Int64 {
        Int64(d.daysSinceEpoch) * 86400 + second - offsetSeconds
    }

    /// When `workingDays` working days after `start` end: the same clock time
    /// on the n-th next working day. A start outside working days counts from
    /// the beginning of the next working day.
    public func deadline(from start: Int64, workingDays n: Int) -> Int64 {
        var (date, second) = local(start)
        if !isWorkingDay(date) {
            date = nextWorkingDay(after: date)
            second = 0
        }
        for _ in 0..<n { date = nextWorkingDay(after: date) }
        return instant(date, second)
    }

    /// Working days strictly between two dates, in O(1) weeks plus the holidays.
    public func workingDays(after a: CalendarDate, before b: CalendarDate) -> Int {
        let first = a.daysSinceEpoch + 1
        let last = b.daysSinceEpoch - 1
        guard last >= first else { return 0 }
        let n = last - first + 1
        var count = (n / 7) * workingWeekdays.count
        var d = CalendarDate(daysSinceEpoch: first + (n / 7) * 7)
        for _ in 0..<(n % 7) {
            if workingWeekdays.contains(d.isoWeekday) { count += 1 }
            d = d.adding(days: 1)
        }
        return count
            - (Self.firstIndex(in: workingHolidayDays, notBefore: last + 1)
                - Self.firstIndex(in: workingHolidayDays, notBefore: first))
    }

    /// The position of the first element not less than `x` in a sorted array.
    private static func firstIndex(in sorted: [Int], notBefore x: Int) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    public func nextWorkingDay(after d: CalendarDate) -> CalendarDate {
        var next = d.adding(days: 1)
        var guardCount = 0
        while !isWorkingDay(next) && guardCount < 3660 {
            next = next.adding(days: 1)
            guardCount += 1
        }
        return next
    }

    /// Seconds between two instants that fall on working days (a working day
    /// counts whole, 24 hours, so "1 working day" is 86,400 working seconds).
    public func workingSeconds(from start: Int64, to end: Int64) -> Int64 {
        guard end > start else { return 0 }
        let (sd, ss) = local(start)
        let (ed, es) = local(end)
        if sd == ed { return isWorkingDay(sd) ? end - start : 0 }
        var total: Int64 = isWorkingDay(sd) ? 86400 - ss : 0
        total += 86400 * Int64(workingDays(after: sd, before: ed))
        if isWorkingDay(ed) { total += es }
        return total
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01; a day before 0001-01-01 or after
    /// 9999-12-31 is taken as that end (never a trap: commit times are anyone's).
    public init(daysSinceEpoch unclamped: Int) {
        let days = min(max(unclamped, -719_162), 2_932_896)
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    public func adding(days n: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch % 7 + 7) % 7 // 1970-01-01 was a Thursday (ISO 4)
        return (w + 3) % 7 + 1
    }
}
