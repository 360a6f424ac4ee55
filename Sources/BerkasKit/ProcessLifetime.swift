import Foundation

/// Values kept until the process exits instead of being freed, piece by
/// piece, just before it does: a timeline of 20,000 records is ~100,000
/// strings and arrays, ~7 ms to free one by one at the end of a `list`. Only
/// the command line turns it on (`enabled`, before any work starts); a
/// program that goes on after a command, such as the tests, frees as usual.
public enum ProcessLifetime {
    nonisolated(unsafe) public static var enabled = false
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        guard enabled else { return }
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
