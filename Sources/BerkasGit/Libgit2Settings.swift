internal import CLibgit2
internal import CLibgit2Start
import Foundation

/// libgit2 started once, before any call, with the process-wide limits berkas
/// reads archives with; every return code checked (`startLibgit2()` throws the
/// first that failed).
let libgit2Start: Result<Void, GitError> = {
    do throws(GitError) {
        // Without parsing the system's CA certificates: see CLibgit2Start/start.c.
        try check("git_libgit2_init", berkas_libgit2_init())
        // Keep whole year folders (trees of thousands of entries) and records in the
        // object cache: reading the history touches the same trees commit after commit.
        try check("git_libgit2_opts(CACHE_OBJECT_LIMIT, tree)", berkas_git_set_tree_cache_limit(8 << 20))
        try check("git_libgit2_opts(CACHE_OBJECT_LIMIT, blob)", berkas_git_set_blob_cache_limit(64 << 10))
        try check("git_libgit2_opts(CACHE_MAX_SIZE)", berkas_git_set_cache_max_size(16 << 20))
        // Pack files are mapped in windows of 4 MiB, 16 MiB at most (libgit2 maps 1 GiB
        // windows by default, so a whole archive's pack stayed resident); a full
        // verify maps more (`mapMoreOfThePacks`). BENCHMARKS.md has the figures.
        try check("git_libgit2_opts(MWINDOW_SIZE)", berkas_git_set_mwindow_size(4 << 20))
        try check("git_libgit2_opts(MWINDOW_MAPPED_LIMIT)", berkas_git_set_mwindow_mapped_limit(16 << 20))
        return .success(())
    } catch {
        return .failure(error)
    }
}()

/// Starts libgit2 (once); throws when it could not be started or set up.
func startLibgit2() throws(GitError) {
    try libgit2Start.get()
}

/// A process-wide setting switched off while anyone holds it: off when the
/// first holder enters, back on when the last one leaves, so a nested or
/// parallel holder can neither leave it off nor switch it on under another.
final class CountedSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var holders = 0
    private let switchOff: () -> Void
    private let switchOn: () -> Void

    init(off: @escaping () -> Void, on: @escaping () -> Void) {
        switchOff = off
        switchOn = on
    }

    func hold<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock {
            if holders == 0 { switchOff() }
            holders += 1
        }
        defer {
            lock.withLock {
                holders -= 1
                if holders == 0 { switchOn() }
            }
        }
        return try body()
    }

    var isHeld: Bool { lock.withLock { holders > 0 } }
}

extension GitRepository {
    /// libgit2's hash checks and object cache (see `withAuditReading`). Their
    /// return codes are not acted on: an option libgit2 refused leaves its
    /// default, which is slower but as safe (the audit hashes what it reads).
    static let auditReading = CountedSwitch(
        off: {
            _ = berkas_git_set_strict_hash_verification(0)
            _ = berkas_git_enable_caching(0)
        },
        on: {
            _ = berkas_git_set_strict_hash_verification(1)
            _ = berkas_git_enable_caching(1)
        })

    /// Runs `body` with libgit2's own re-hashing of every object read switched
    /// off (the audit's `CheckedObjectReader` hashes what it reads itself), and
    /// without libgit2's object cache (the reader keeps what it needs: each
    /// thread's cache was most of a full verify's memory). These are settings of
    /// the whole process, held through a `CountedSwitch`.
    public static func withAuditReading<T>(_ body: () throws -> T) rethrows -> T {
        _ = libgit2Start // a libgit2 that did not start fails when a repository is opened
        return try auditReading.hold(body)
    }

    /// Lets more of the pack files stay mapped (48 MiB instead of 16): a full
    /// verify reads every object of the history, and remapping windows slows it
    /// (BENCHMARKS.md).
    public static func mapMoreOfThePacks() {
        _ = libgit2Start
        // Refused, it leaves the smaller limit: slower, not wrong.
        _ = berkas_git_set_mwindow_mapped_limit(48 << 20)
    }
}

extension GitRepository {
    /// For a process that only reads a repository another user owns — cgit's filters run
    /// as the web server's user over the git user's repository: libgit2 then opens it
    /// without git's ownership check (`safe.directory`). Reading objects runs nothing of
    /// the repository's (no hooks, no configured programs), so the check protects nothing here.
    public static func readOtherUsersRepositories() throws(GitError) {
        try startLibgit2()
        try check("git_libgit2_opts(SET_OWNER_VALIDATION)", berkas_git_set_owner_validation(0))
    }
}
