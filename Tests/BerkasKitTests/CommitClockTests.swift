import BerkasCore
import Foundation
import TestSupport
import Testing

@testable import BerkasKit

/// Dates and times of commits worked out by arithmetic agree with Foundation's calendar.
@Suite("Commit times")
struct CommitClockTests {
    static func foundation(_ seconds: Int64, _ offsetMinutes: Int32) -> DateComponents {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: Int(offsetMinutes) * 60)!
        return cal.dateComponents(
            [.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test func datesAndTimesAgreeWithFoundation() {
        var g = Seeded(state: 0xC10C_2026)
        let offsets: [Int32] = [0, 420, 480, 540, -300, -570, 345, 825, -720, 840, 1]
        var seconds: [Int64] = [
            0, -1, 86399, 86400, -86400, -86401, 951_782_400, 1_709_164_800, 1_764_000_000, 4_102_444_799,
            -2_208_988_800
        ]
        for _ in 0..<3000 { seconds.append(Int64(g.next() % 8_000_000_000) - 2_500_000_000) }
        for s in seconds {
            for off in offsets {
                let c = Self.foundation(s, off)
                #expect(
                    localTime(s, offsetSeconds: Int64(off) * 60).date
                        == CalendarDate(year: c.year!, month: c.month!, day: c.day!), "\(s) \(off)")
                let sign = off < 0 ? "-" : "+"
                let expected = String(
                    format: "%04d-%02d-%02d %02d:%02d %@%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!,
                    sign, abs(Int(off)) / 60, abs(Int(off)) % 60)
                #expect(formatTime(s, offsetMinutes: off) == expected)
            }
        }
    }

    // MARK: dates as git reads them

    static let wib = OfficeZone.jakarta
    /// 2026-11-24 09:00 WIB = 02:00 UTC.
    static let nine: Int64 = 1_795_485_600

    @Test(
        arguments: [
            ("2026-11-24T09:00:00+07:00", nine, 420), ("2026-11-24 09:00:00 +0700", nine, 420),
            ("2026-11-24 09:00:00+0700", nine, 420),
            ("2026-11-24T09:00+07:00", nine, 420), ("2026-11-24T02:00:00Z", nine, 0),
            ("2026-11-24 02:00:00 +0000", nine, 0),
            ("2026-11-24T09:00:00.250+07:00", nine, 420), ("2026-11-24T09:00:00+07", nine, 420),
            ("2026-11-24T10:00:00+08:00", nine, 480),
            ("2026-11-23T21:00:00-05:00", nine, -300), ("2026-11-24 09:00:00", nine, 420),
            ("2026-11-24T09:00", nine, 420),
            ("Tue, 24 Nov 2026 09:00:00 +0700", nine, 420), ("24 Nov 2026 09:00 +0700", nine, 420),
            ("Tue, 24 Nov 2026 02:00:00 GMT", nine, 0),
            ("@1795485600 +0700", nine, 420), ("1795485600 +0700", nine, 420), ("@1795485600", nine, 0),
            ("@1795485600 +07:00", nine, 420)
        ] as [(String, Int64, Int32)])
    func gitsDateFormsAreRead(raw: String, seconds: Int64, offset: Int32) throws {
        let m = try GitDate.parse(raw, zone: Self.wib).get()
        #expect(m == Moment(seconds: seconds, offsetMinutes: offset), "\(raw)")
    }

    @Test(arguments: [
        "", "kemarin", "2026-11-24", "2026-13-01T09:00:00+07:00", "2026-02-30T09:00:00+07:00",
        "2026-11-24T25:00:00+07:00",
        "2026-11-24T09:00:00+0760", "2026-11-24T09:00:00 WIB", "1795485600", "@17954x5600 +0700",
        "Tue, 24 Foo 2026 09:00:00 +0700",
        "Xyz, 24 Nov 2026 09:00:00 +0700", "2026-11-24T09:00:00+7:00", "@1795485600 0700", "2026/11/24 09:00:00 +0700",
        // Found by the fuzzer: a digit with a combining mark is one Character between "0" and "9".
        "Tue, 24 Nov 2026 09:00\u{31A}:00 +0700", "2026-11-24T09:0\u{31A}0:00+07:00", "2026-11-24T09:00:00+0\u{31A}700"
    ])
    func whatGitWouldNotReadIsRefused(raw: String) {
        #expect(GitDate.parse(raw, zone: Self.wib) == .failure(.unreadable), "\(raw)")
    }

    @Test(arguments: [
        "9999-12-31T23:59:59-00:01", "@253402300800 +0000", "@99999999999999999999 +0000", "1969-12-31T23:59:59Z",
        "2026-11-24T09:00:00+1500", "2026-11-24T09:00:00-1300", "@1795485600 +9959", "0001-01-01T00:00:00Z"
    ])
    func datesBerkasCannotPlaceAreOutOfRange(raw: String) {
        #expect(GitDate.parse(raw, zone: Self.wib) == .failure(.outOfRange), "\(raw)")
    }

    @Test func theEndsOfTheRangeAreRead() throws {
        #expect(try GitDate.parse("9999-12-31T23:59:59Z", zone: Self.wib).get().seconds == Moment.range.upperBound)
        #expect(try GitDate.parse("1970-01-01T00:00:00Z", zone: Self.wib).get().seconds == 0)
        #expect(try GitDate.parse("@0 +0000", zone: Self.wib).get().seconds == 0)
    }

    @Test func aTimeWithoutOffsetIsTheArchivesZone() throws {
        let wita = try #require(OfficeZone("Asia/Makassar"))
        #expect(
            try GitDate.parse("2026-11-24 10:00:00", zone: wita).get() == Moment(seconds: Self.nine, offsetMinutes: 480)
        )
    }

    @Test func onlyZonesOfTheTzDatabaseAreKnown() {
        for good in ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Pontianak", "UTC", "Europe/Amsterdam"] {
            #expect(OfficeZone(good) != nil, "\(good)")
        }
        for bad in ["Asia/Jakata", "asia/jakarta", "WIB", "GMT+7", "+0700", "", "Asia/Jakarta ", "../../etc/passwd"] {
            #expect(OfficeZone(bad) == nil, "\(bad)")
        }
    }

    @Test func momentsAreWrittenAsPeopleReadThem() throws {
        // Friday 4 December 2026, 09:00 WIB = 02:00 UTC.
        let friday: Int64 = 1_796_349_600
        #expect(LocalTime.long(friday, zone: Self.wib, language: .id) == "Jumat, 4 Desember 2026 09.00 WIB")
        #expect(LocalTime.long(friday, zone: Self.wib, language: .en) == "Friday, 4 December 2026 09:00 WIB")
        #expect(
            LocalTime.long(friday, zone: try #require(OfficeZone("Asia/Jayapura")), language: .id)
                == "Jumat, 4 Desember 2026 11.00 WIT")
        #expect(
            LocalTime.long(friday, zone: try #require(OfficeZone("UTC")), language: .id)
                == "Jumat, 4 Desember 2026 02.00 UTC+00.00")
    }

    /// No moment, however far off, traps: it is taken as the nearest end of the range.
    @Test func anyMomentHasADateWithoutATrap() {
        for s in [Int64.min, Int64.max, -1, 253_402_300_800, 999_999_999_999_999] {
            for off: Int64 in [Int64.min, -86_400 * 400, 0, 5_999 * 60, Int64.max] {
                let t = LocalTime(s, offsetSeconds: off)
                #expect((1...9999).contains(t.date.year) && (0..<86400).contains(t.secondOfDay))
            }
        }
        #expect(formatTime(253_402_300_800 * 10, offsetMinutes: 0).hasPrefix("9999-12-31"))
    }

    func clock(_ seconds: Int64, setBy: String? = nil, machine: Int64) -> CommitClock {
        CommitClock(seconds: seconds, offsetMinutes: 420, zone: Self.wib, setBy: setBy, machine: machine)
    }

    func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let e as BerkasError {
            return e.lines(.id, verbose: false).joined(separator: "\n") + "|"
                + e.lines(.en, verbose: false).joined(separator: "\n") + "|\(e.exitStatus.rawValue)"
        } catch { return "\(error)" }
    }

    @Test func aClockBehindTheLastStepIsRefusedInTheOfficesWords() throws {
        let friday: Int64 = 1_796_349_600
        #expect(
            message { try clock(friday, machine: friday).check(after: friday) } == nil,
            "the same second is not going backwards")
        #expect(message { try clock(friday + 1, machine: friday + 1).check(after: friday) } == nil)
        let behind = try #require(
            message {
                try clock(friday - 86_400, machine: friday - 86_400).check(
                    after: friday, parentActor: "Drs. Ahmad Fauzi")
            })
        #expect(
            behind.contains(
                "jam komputer ini (Kamis, 3 Desember 2026 09.00 WIB) lebih awal dari langkah terakhir di arsip (Jumat, 4 Desember 2026 09.00 WIB oleh Drs. Ahmad Fauzi)"
            ), "\(behind)")
        #expect(behind.contains("Setel tanggal, jam dan zona waktu komputer ini"))
        #expect(
            behind.contains("this computer's clock (Thursday, 3 December 2026 09:00 WIB) is earlier than the last step")
        )
        #expect(behind.hasSuffix("|1"))
        #expect(!behind.contains("176"), "never an epoch number")
    }

    @Test func aTimeSetByHandMustNotRunAheadOfTheMachine() throws {
        let friday: Int64 = 1_796_349_600
        #expect(
            message { try clock(friday + 300, setBy: "GIT_COMMITTER_DATE", machine: friday).check(after: nil) } == nil)
        let ahead = try #require(
            message { try clock(friday + 301, setBy: "GIT_COMMITTER_DATE", machine: friday).check(after: nil) })
        #expect(
            ahead.contains(
                "waktu dari GIT_COMMITTER_DATE (Jumat, 4 Desember 2026 09.05 WIB) lebih dari 5 menit di depan jam komputer ini (Jumat, 4 Desember 2026 09.00 WIB)"
            ), "\(ahead)")
        #expect(ahead.hasSuffix("|64"))
        let early = try #require(
            message { try clock(friday - 60, setBy: "GIT_AUTHOR_DATE", machine: friday).check(after: friday) })
        #expect(
            early.contains(
                "waktu dari GIT_AUTHOR_DATE (Jumat, 4 Desember 2026 08.59 WIB) lebih awal dari langkah terakhir"),
            "\(early)")
    }

    @Test func theEnvironmentSetsTheClock() throws {
        func env(_ vars: [String: String]) -> (String) -> String? { { vars[$0] } }
        let c = try CommitClock.now(zone: Self.wib, lookup: env(["BERKAS_NOW": "2026-12-31T23:30:00+07:00"]))
        #expect(c.date == CalendarDate(iso: "2026-12-31") && c.offsetMinutes == 420 && c.setBy == nil)
        // The year of a moment is its year in the archive's zone, whatever offset the commit was written with.
        let utc = try CommitClock.now(
            zone: Self.wib,
            lookup: env(["BERKAS_NOW": "2027-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-12-31T17:30:00+00:00"]))
        #expect(
            utc.date == CalendarDate(iso: "2027-01-01") && utc.offsetMinutes == 0 && utc.setBy == "GIT_COMMITTER_DATE")
        #expect(
            try CommitClock.now(zone: Self.wib, lookup: env(["GIT_AUTHOR_DATE": "@1795485600 +0700"])).seconds
                == Self.nine)
        for (name, value, code) in [
            ("BERKAS_NOW", "besok", Int32(64)), ("BERKAS_NOW", "@253402300800 +0000", 64),
            ("GIT_COMMITTER_DATE", "10000-01-01T00:00:00Z", 64),
            ("GIT_AUTHOR_DATE", "2026-11-24", 64)
        ] {
            let m = try #require(message { _ = try CommitClock.now(zone: Self.wib, lookup: env([name: value])) })
            #expect(m.contains(name) && m.hasSuffix("|\(code)"), "\(m)")
        }
    }
}
