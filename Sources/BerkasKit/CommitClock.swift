import BerkasCore
import Foundation

/// berkas's "now": the machine's clock, or `BERKAS_NOW` when set (tests,
/// reproducible reports). Out-of-range or unreadable values exit 64.
public enum MachineClock {
    public static func now(zone: OfficeZone = .jakarta, lookup: (String) -> String? = Environment.value) throws -> Int64
    {
        if let raw = lookup("BERKAS_NOW"), !raw.isEmpty {
            return try read("BERKAS_NOW", raw, zone: zone).seconds
        }
        let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
        guard Moment.range.contains(seconds) else {
            throw BerkasError.user(.invalid, KitText.computerSClockMakesSense())
        }
        return seconds
    }

    /// A date from the environment variable `name`, as git reads it.
    static func read(_ name: String, _ raw: String, zone: OfficeZone) throws -> Moment {
        switch GitDate.parse(raw, zone: zone) {
        case .success(let m): return m
        case .failure(.outOfRange):
            throw BerkasError.user(.usage, KitText.outRangeDateMustLie(name, TerminalSafe.escape(raw)))
        case .failure(.unreadable):
            throw BerkasError.user(.usage, KitText.readWriteEGT09(name, TerminalSafe.escape(raw)))
        }
    }
}

/// The time a commit records: the clock in the archive's zone, or
/// `GIT_COMMITTER_DATE` / `GIT_AUTHOR_DATE` as git reads them (imports, tests),
/// with the offset written there.
public struct CommitClock: Sendable {
    public let seconds: Int64
    public let offsetMinutes: Int32
    /// The archive's zone: dates (the ID's year, "not in the future", memberships) are judged in it.
    public let zone: OfficeZone
    /// The variable the time was set by hand with, if it was.
    public let setBy: String?
    /// The machine's own clock (or `BERKAS_NOW`) when the command started.
    public let machine: Int64

    public init(
        seconds: Int64, offsetMinutes: Int32, zone: OfficeZone = .jakarta, setBy: String? = nil, machine: Int64? = nil
    ) {
        self.seconds = seconds
        self.offsetMinutes = offsetMinutes
        self.zone = zone
        self.setBy = setBy
        self.machine = machine ?? seconds
    }

    public static func now(zone: OfficeZone, lookup: (String) -> String? = Environment.value) throws -> CommitClock {
        let machine = try MachineClock.now(zone: zone, lookup: lookup)
        for name in ["GIT_COMMITTER_DATE", "GIT_AUTHOR_DATE"] {
            if let raw = lookup(name), !raw.isEmpty {
                let m = try MachineClock.read(name, raw, zone: zone)
                return CommitClock(
                    seconds: m.seconds, offsetMinutes: m.offsetMinutes, zone: zone, setBy: name, machine: machine)
            }
        }
        return CommitClock(
            seconds: machine, offsetMinutes: Int32(zone.offsetSeconds(at: machine) / 60), zone: zone, machine: machine)
    }

    /// The calendar date in the archive's zone.
    public var date: CalendarDate { zone.date(at: seconds) }

    /// How far a time set by hand may run ahead of the machine's clock (as the server allows).
    public static let allowedLead: Int64 = 300

    /// Refuses, before anything is signed, a commit time earlier than the
    /// commit it follows (`parent`, with who made it) or, when set by hand,
    /// more than five minutes ahead of the machine's clock: the central
    /// repository and `verify` would refuse the commit (rule `waktu`).
    public func check(after parent: Int64?, parentActor: String? = nil) throws {
        func long(_ t: Int64) -> Localized { LocalTime.long(t, zone: zone) }
        if let setBy, seconds > machine + Self.allowedLead {
            throw BerkasError.user(
                .usage,
                KitText.timeMoreThanMinutesAhead(
                    setBy, long(seconds),
                    long(machine)))
        }
        guard let parent, seconds < parent else { return }
        let byWhom = parentActor.map { KitText.byWhom($0) } ?? Localized(verbatim: "")
        let when = long(seconds)
        let last = long(parent)
        if let setBy {
            throw BerkasError.user(.usage, KitText.timeEarlierThanLastStep(setBy, when, last, byWhom))
        }
        throw BerkasError.user(.invalid, KitText.clockBehindLastStep(when, last, byWhom))
    }
}

/// A moment as a date and the seconds since midnight, in a zone `offsetSeconds` from UTC.
func localTime(_ seconds: Int64, offsetSeconds: Int64) -> (date: CalendarDate, secondOfDay: Int) {
    let t = LocalTime(seconds, offsetSeconds: offsetSeconds)
    return (t.date, t.secondOfDay)
}
