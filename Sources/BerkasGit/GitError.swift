import CLibgit2
import CLibgit2Start

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

/// libgit2 must be initialised once before any call.
let libgit2Initialised: Bool = {
    // Without parsing the system's CA certificates: see CLibgit2Start/start.c.
    berkas_libgit2_init()
    // Keep whole year folders (trees of thousands of entries) and records in the
    // object cache: reading the history touches the same trees commit after commit.
    _ = berkas_git_set_tree_cache_limit(8 << 20)
    _ = berkas_git_set_blob_cache_limit(64 << 10)
    _ = berkas_git_set_cache_max_size(16 << 20)
    // Pack files stay mapped only in part: a large archive's pack is 150 MB and more.
    // libgit2 maps a pack in windows of 1 GiB by default, so a whole archive's
    // pack stayed mapped (and counted as resident): 4 MiB windows let a limit
    // bite (BENCHMARKS.md; 16 or 32 MiB windows were slower, reading jumps
    // around the pack). 16 MiB mapped at most, except while verifying
    // (`withAuditReading`), which reads the whole pack and keeps 48 MiB.
    _ = berkas_git_set_mwindow_size(4 << 20)
    _ = berkas_git_set_mwindow_mapped_limit(16 << 20)
    return true
}()
