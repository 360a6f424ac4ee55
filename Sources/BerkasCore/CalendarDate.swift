/// A date on the calendar (no time, no zone), checked for existence.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the date exists (29 February only in leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String { text() }

    /// `YYYY-MM-DD`, and ` HH:MM` when `secondOfDay` (0..<86400) is given,
    /// written as bytes into one string (listings write three for each of
    /// 20,000 records; pieces joined cost an allocation each).
    public func text(secondOfDay: Int? = nil) -> String {
        let count = secondOfDay == nil ? 10 : 16
        return String(unsafeUninitializedCapacity: count) { b in
            DigitText.put(year, into: b, at: 0, width: 4)
            b[4] = 0x2D
            DigitText.put(month, into: b, at: 5, width: 2)
            b[7] = 0x2D
            DigitText.put(day, into: b, at: 8, width: 2)
            if let s = secondOfDay {
                b[10] = 0x20
                DigitText.put(s / 3600, into: b, at: 11, width: 2)
                b[13] = 0x3A
                DigitText.put(s % 3600 / 60, into: b, at: 14, width: 2)
            }
            return count
        }
    }
}

/// Decimal digits written into a byte buffer.
public enum DigitText {
    /// `value` (0 or more) in exactly `width` digits, zero-padded, at `at`;
    /// only its last `width` digits if it has more.
    public static func put(_ value: Int, into b: UnsafeMutableBufferPointer<UInt8>, at: Int, width: Int) {
        var v = value
        for i in stride(from: at + width - 1, through: at, by: -1) {
            b[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        }
    }
}

extension Character {
    /// One of `0`…`9` alone: a digit with a combining mark (`0̚`) sorts between "0" and "9"
    /// as a Character, but is no digit (found by the fuzzer).
    var isASCIIDigit: Bool { utf8.count == 1 && ("0"..."9").contains(self) }
}

extension String {
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
    init(format4 n: Int) { self = zeroPadded(n, 4) }
}

/// `7` → `"07"` for width 2.
public func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = "\(n)"
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
