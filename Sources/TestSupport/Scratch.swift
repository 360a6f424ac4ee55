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
