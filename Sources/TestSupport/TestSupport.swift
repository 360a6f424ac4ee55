import Foundation

/// Scratch folders for tests, removed when the test process exits
/// (BERKAS_KEEP_TEST_DIRS=1 keeps them for a look after a failure).
public enum Scratch {
    nonisolated(unsafe) private static var made: [String] = []
    private static let lock = NSLock()
    private static let removeAtExit: Void = {
        atexit {
            guard ProcessInfo.processInfo.environment["BERKAS_KEEP_TEST_DIRS"] == nil else { return }
            Scratch.lock.lock()
            for path in Scratch.made { try? FileManager.default.removeItem(atPath: path) }
            Scratch.lock.unlock()
        }
    }()

    /// A new empty folder under the system's temporary directory.
    public static func folder(_ prefix: String) throws -> String {
        _ = removeAtExit
        let path = NSTemporaryDirectory() + prefix + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        lock.lock()
        made.append(path)
        lock.unlock()
        return path
    }
}

/// A small deterministic generator (xorshift64*), so a failing random case
/// can be replayed from its seed.
public struct Seeded: RandomNumberGenerator {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
