import Testing

@testable import BerkasCore

/// Jakarta: +0700, Monday–Friday, with listed holidays.
func jakarta(_ holidays: [String] = []) -> WorkingCalendar {
    WorkingCalendar(
        workingWeekdays: [1, 2, 3, 4, 5], holidays: Set(holidays.compactMap(CalendarDate.init(iso:))),
        offsetSeconds: 7 * 3600)
}

/// Seconds since 1970 of a Jakarta wall-clock time.
func wib(_ date: String, _ hour: Int, _ minute: Int = 0) -> Int64 {
    Int64(CalendarDate(iso: date)!.daysSinceEpoch) * 86400 + Int64(hour * 3600 + minute * 60) - 7 * 3600
}

@Suite("Working calendar")
struct WorkingCalendarTests {
    @Test func weekdaysAreRight() {
        #expect(CalendarDate(iso: "2026-11-27")!.isoWeekday == 5) // Friday
        #expect(CalendarDate(iso: "2026-11-29")!.isoWeekday == 7) // Sunday
        #expect(CalendarDate(iso: "1970-01-01")!.isoWeekday == 4)
        #expect(CalendarDate(iso: "2000-02-29")!.adding(days: 1) == CalendarDate(iso: "2000-03-01"))
        #expect(
            CalendarDate(daysSinceEpoch: CalendarDate(iso: "2026-12-31")!.daysSinceEpoch)
                == CalendarDate(iso: "2026-12-31"))
    }

    @Test func fridayAfternoonToMonday() {
        let cal = jakarta()
        let start = wib("2026-11-27", 15) // Friday 15:00
        #expect(cal.deadline(from: start, workingDays: 1) == wib("2026-11-30", 15)) // Monday 15:00
        #expect(wib("2026-11-30", 9) <= cal.deadline(from: start, workingDays: 1)) // disposed Monday 09:00: on time
        #expect(wib("2026-12-01", 16) > cal.deadline(from: start, workingDays: 1)) // Tuesday 16:00: deviation
        #expect(cal.workingSeconds(from: start, to: wib("2026-11-30", 9)) == 18 * 3600)
    }

    @Test func aHolidayInBetweenIsNotCounted() {
        let cal = jakarta(["2026-11-30"]) // Monday off
        let start = wib("2026-11-27", 15)
        #expect(cal.deadline(from: start, workingDays: 1) == wib("2026-12-01", 15))
        #expect(cal.workingSeconds(from: start, to: wib("2026-12-01", 9)) == 18 * 3600)
    }

    @Test func aStepSpanningTheYearEnd() {
        let cal = jakarta(["2026-12-25", "2027-01-01"])
        let start = wib("2026-12-31", 10) // Thursday, 1 January is a holiday, then a weekend
        #expect(cal.deadline(from: start, workingDays: 1) == wib("2027-01-04", 10))
        #expect(cal.deadline(from: start, workingDays: 2) == wib("2027-01-05", 10))
    }

    @Test func aStartOnAWeekendCountsFromMonday() {
        let cal = jakarta()
        #expect(cal.deadline(from: wib("2026-11-28", 10), workingDays: 1) == wib("2026-12-01", 0))
        #expect(cal.workingSeconds(from: wib("2026-11-28", 10), to: wib("2026-11-29", 23)) == 0)
    }

    @Test func timeZonesMoveTheDayBoundary() {
        // Friday 23:30 in Jakarta is Friday 16:30 UTC: the same instant, but a
        // calendar in UTC+9 (Jayapura) already sees Saturday.
        let instant = wib("2026-11-27", 23, 30)
        let wit = WorkingCalendar(workingWeekdays: [1, 2, 3, 4, 5], holidays: [], offsetSeconds: 9 * 3600)
        #expect(jakarta().deadline(from: instant, workingDays: 1) == wib("2026-11-30", 23, 30))
        let mondayMidnightWIT = Int64(CalendarDate(iso: "2026-12-01")!.daysSinceEpoch) * 86400 - 9 * 3600
        #expect(wit.deadline(from: instant, workingDays: 1) == mondayMidnightWIT)
    }

    @Test func stepsFromEvents() throws {
        let wf = try TemplateRules.resetType.workflow
        let events = [
            StepEvent(
                time: wib("2026-11-27", 15), offsetMinutes: 420, action: "buat", from: nil, to: "diterima",
                role: "staf-ukpbj", actor: "Siti", commit: "a"),
            StepEvent(
                time: wib("2026-12-01", 16), offsetMinutes: 420, action: "disposisi", from: "diterima",
                to: "didisposisi", role: "kepala-ukpbj", actor: "Ahmad", commit: "b")
        ]
        let steps = StepAnalysis.steps(
            record: "RA-2026-0001", events: events, workflow: wf, calendar: jakarta(), now: wib("2026-12-03", 9))
        #expect(steps.count == 2)
        #expect(steps[0].action == "disposisi" && steps[0].onTime == false && steps[0].actor == "Ahmad")
        #expect(steps[1].action == "perintah" && steps[1].isPending && steps[1].onTime == false)
        #expect(StepAnalysis.median([5, 1, 3]) == 3 && StepAnalysis.median([4, 1, 3, 2]) == 2)
    }
}

@Suite("Working calendar arithmetic")
struct WorkingCalendarArithmeticTests {
    /// The O(1) count agrees with walking day by day, holidays included.
    @Test func countingMatchesWalking() {
        let cal = jakarta(["2026-01-01", "2026-03-20", "2026-08-17", "2026-12-25", "2027-01-01", "2026-11-28"])
        let start = CalendarDate(iso: "2025-12-20")!
        for span in [0, 1, 2, 5, 6, 7, 8, 13, 30, 200, 400] {
            for shift in 0..<7 {
                let a = start.adding(days: shift)
                let b = a.adding(days: span)
                var walked = 0
                var d = a.adding(days: 1)
                while d < b {
                    if cal.isWorkingDay(d) { walked += 1 }
                    d = d.adding(days: 1)
                }
                #expect(cal.workingDays(after: a, before: b) == walked, "\(a) → \(b)")
            }
        }
    }
}
