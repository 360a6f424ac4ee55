import BerkasCore
import Foundation

/// Things a command wants the person to know besides its answer (a record
/// it could not place in time, say): collected while it works, printed by
/// the command line on standard error after its output.
public enum Notices {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [Localized] = []

    public static func add(_ notice: Localized) {
        lock.lock()
        defer { lock.unlock() }
        if !pending.contains(notice) { pending.append(notice) }
    }

    /// The notices so far, in order; the list is emptied.
    public static func drain() -> [Localized] {
        lock.lock()
        defer { lock.unlock() }
        defer { pending = [] }
        return pending
    }
}
