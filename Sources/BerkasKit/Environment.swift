import Foundation

/// One environment variable, read with `getenv` (Foundation's
/// `ProcessInfo.environment` builds a dictionary of all of them each time).
public enum Environment {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
