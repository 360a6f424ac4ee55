import BerkasCore
import Foundation

/// berkas's "now": the machine's clock, or `BERKAS_NOW` when set (tests,
/// reproducible reports). Out-of-range or unreadable values exit 64.
public enum MachineClock {
    public static func now(zone: OfficeZone = .jakarta, lookup: (String) -> String? = Environment.value) throws -> Int64 {
        if let raw = lookup("BERKAS_NOW"), !raw.isEmpty {
            return try read("BERKAS_NOW", raw, zone: zone).seconds
        }
        let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
        guard Moment.range.contains(seconds) else {
            throw BerkasError.user(.invalid, L("jam komputer ini tidak masuk akal (di luar tahun 1970–9999); setel tanggal dan jam komputer dengan benar",
                                               "this computer's clock makes no sense (outside the years 1970–9999); set the computer's date and time correctly"))
        }
        return seconds
    }

    /// A date from the environment variable `name`, as git reads it.
    static func read(_ name: String, _ raw: String, zone: OfficeZone) throws -> Moment {
        switch GitDate.parse(raw, zone: zone) {
        case .success(let m): return m
        case .failure(.outOfRange):
            throw BerkasError.user(.usage, L("\(name) di luar jangkauan: \(TerminalSafe.escape(raw)) — tanggal harus antara tahun 1970 dan 9999, dengan zona antara -1200 dan +1400",
                                             "\(name) is out of range: \(TerminalSafe.escape(raw)) — the date must lie between the years 1970 and 9999, with a zone between -1200 and +1400"))
        case .failure(.unreadable):
            throw BerkasError.user(.usage, L("\(name) tidak dapat dibaca: \(TerminalSafe.escape(raw)) — tulis misalnya \"2026-11-24T09:00:00+07:00\", \"2026-11-24 09:00 +0700\", \"Tue, 24 Nov 2026 09:00:00 +0700\" atau \"@1764000000 +0700\"",
                                             "\(name) cannot be read: \(TerminalSafe.escape(raw)) — write e.g. \"2026-11-24T09:00:00+07:00\", \"2026-11-24 09:00 +0700\", \"Tue, 24 Nov 2026 09:00:00 +0700\" or \"@1764000000 +0700\""))
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

    public init(seconds: Int64, offsetMinutes: Int32, zone: OfficeZone = .jakarta, setBy: String? = nil, machine: Int64? = nil) {
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
                return CommitClock(seconds: m.seconds, offsetMinutes: m.offsetMinutes, zone: zone, setBy: name, machine: machine)
            }
        }
        return CommitClock(seconds: machine, offsetMinutes: Int32(zone.offsetSeconds(at: machine) / 60), zone: zone, machine: machine)
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
        func long(_ t: Int64, _ l: Language) -> String { LocalTime.long(t, zone: zone, language: l) }
        if let setBy, seconds > machine + Self.allowedLead {
            throw BerkasError.user(.usage, L("""
                waktu dari \(setBy) (\(long(seconds, .id))) lebih dari 5 menit di depan jam komputer ini (\(long(machine, .id))); tidak ada yang disimpan.
                Hapus \(setBy) atau isi dengan waktu yang sudah lewat.
                """, """
                the time from \(setBy) (\(long(seconds, .en))) is more than 5 minutes ahead of this computer's clock (\(long(machine, .en))); nothing was saved.
                Unset \(setBy) or give it a time that has passed.
                """))
        }
        guard let parent, seconds < parent else { return }
        let by = parentActor.map { " oleh \($0)" } ?? ""
        let byEN = parentActor.map { " by \($0)" } ?? ""
        if let setBy {
            throw BerkasError.user(.usage, L("""
                waktu dari \(setBy) (\(long(seconds, .id))) lebih awal dari langkah terakhir di arsip (\(long(parent, .id))\(by)); tidak ada yang disimpan.
                Waktu dalam riwayat arsip tidak boleh mundur: hapus \(setBy) atau isi dengan waktu sesudah langkah terakhir.
                """, """
                the time from \(setBy) (\(long(seconds, .en))) is earlier than the last step in the archive (\(long(parent, .en))\(byEN)); nothing was saved.
                Times in the archive's history never go backwards: unset \(setBy) or give it a time after the last step.
                """))
        }
        throw BerkasError.user(.invalid, L("""
            jam komputer ini (\(long(seconds, .id))) lebih awal dari langkah terakhir di arsip (\(long(parent, .id))\(by)): jam komputer ini terlambat. Tidak ada yang disimpan.
            Setel tanggal, jam dan zona waktu komputer ini dengan benar (Windows: Pengaturan → Waktu & bahasa → "Setel waktu secara otomatis"), lalu ulangi perintah ini.
            """, """
            this computer's clock (\(long(seconds, .en))) is earlier than the last step in the archive (\(long(parent, .en))\(byEN)): this computer's clock is behind. Nothing was saved.
            Set this computer's date, time and time zone correctly (Windows: Settings → Time & language → "Set time automatically"), then run the command again.
            """))
    }
}

/// A moment as a date and the seconds since midnight, in a zone `offsetSeconds` from UTC.
func localTime(_ seconds: Int64, offsetSeconds: Int64) -> (date: CalendarDate, secondOfDay: Int) {
    let t = LocalTime(seconds, offsetSeconds: offsetSeconds)
    return (t.date, t.secondOfDay)
}
