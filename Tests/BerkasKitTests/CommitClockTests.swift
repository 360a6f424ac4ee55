@testable import BerkasKit
import BerkasCore
import Foundation
import Testing
import TestSupport

/// Dates and times of commits worked out by arithmetic agree with Foundation's calendar.
@Suite("Commit times")
struct CommitClockTests {
    static func foundation(_ seconds: Int64, _ offsetMinutes: Int32) -> DateComponents {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: Int(offsetMinutes) * 60)!
        return cal.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test func datesAndTimesAgreeWithFoundation() {
        var g = Seeded(state: 0xC10C_2026)
        let offsets: [Int32] = [0, 420, 480, 540, -300, -570, 345, 825, -720, 840, 1]
        var seconds: [Int64] = [0, -1, 86399, 86400, -86400, -86401, 951_782_400, 1_709_164_800, 1_764_000_000, 4_102_444_799, -2_208_988_800]
        for _ in 0..<3000 { seconds.append(Int64(g.next() % 8_000_000_000) - 2_500_000_000) }
        for s in seconds {
            for off in offsets {
                let c = Self.foundation(s, off)
                let clock = CommitClock(seconds: s, offsetMinutes: off)
                #expect(clock.date == CalendarDate(year: c.year!, month: c.month!, day: c.day!), "\(s) \(off)")
                let sign = off < 0 ? "-" : "+"
                let expected = String(format: "%04d-%02d-%02d %02d:%02d %@%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!,
                                      sign, abs(Int(off)) / 60, abs(Int(off)) % 60)
                #expect(formatTime(s, offsetMinutes: off) == expected)
            }
        }
    }
}
