internal import CLibgit2

/// A failed libgit2 call: which function, its code and libgit2's own message.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public let function: String
    public let code: Int32
    public let message: String

    /// The reference moved since it was read (compare-and-swap lost).
    public var isModified: Bool { code == GIT_EMODIFIED.rawValue }
    /// A lock file is held by another process.
    public var isLocked: Bool { code == GIT_ELOCKED.rawValue }
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
    public var isExists: Bool { code == GIT_EEXISTS.rawValue }

    public var description: String { "\(function) failed (\(code)): \(message)" }

    init(function: String, code: Int32) {
        self.function = function
        self.code = code
        // Read right after the failing call: the error is per thread and may be NULL.
        if let e = git_error_last(), let m = e.pointee.message {
            message = String(cString: m)
        } else {
            message = "unknown error"
        }
    }

    public init(function: String, message: String) {
        self.function = function
        self.code = -1
        self.message = message
    }
}

/// Calls a libgit2 function and throws `GitError` on a negative return.
@discardableResult
func check(_ function: String, _ code: Int32) throws(GitError) -> Int32 {
    if code < 0 { throw GitError(function: function, code: code) }
    return code
}
