import Foundation
import TestSupport
import Testing

@testable import BerkasCore

/// IDs, dates and times written as bytes read as the formatted text they replace.
@Suite("Numbers written as text")
struct DigitTextTests {
    @Test func recordIDsAsWrittenBefore() {
        var g = Seeded(state: 4242)
        var numbers = [1, 9, 10, 999, 1000, 9999, 10000, 99999, 100000, 123456, 999999, 1_000_000]
        for _ in 0..<2000 { numbers.append(1 + g.below(2_000_000)) }
        for n in numbers {
            for (prefix, year) in [("RA", 2026), ("ABCDEFGH", 1), ("X", 9999), ("É", 2025)] {
                let id = RecordID(prefix: prefix, year: year, number: n)
                let digits = String(n)
                let old =
                    "\(prefix)-\(String(format: "%04d", year))-"
                    + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                #expect(id.description == old)
                if prefix != "É", n <= 999_999 { #expect(RecordID(id.description) == id) } // parsed up to six digits
            }
        }
    }

    @Test func datesAndTimesAsFormatted() {
        var g = Seeded(state: 99)
        for _ in 0..<5000 {
            let d = CalendarDate(daysSinceEpoch: g.below(3_000_000) - 719_000)
            #expect(d.text() == String(format: "%04d-%02d-%02d", d.year, d.month, d.day))
            #expect(d.description == d.text())
            let s = g.below(86400)
            #expect(
                d.text(secondOfDay: s)
                    == String(format: "%04d-%02d-%02d %02d:%02d", d.year, d.month, d.day, s / 3600, s % 3600 / 60))
        }
    }
}
