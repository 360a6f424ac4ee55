internal import CLibgit2
import Foundation

/// An open git repository. Owns its libgit2 handle and frees it in `deinit`.
/// Not Sendable: use it from one thread.
public final class GitRepository {
    let handle: OpaquePointer
    /// How it was opened, so another thread can open its own handle (`reopen`).
    private var origin: String? = nil
    /// The index as last read by `isPathClean` (reused while the file is unchanged).
    var lastIndex: IndexFile? = nil

    private init(handle: OpaquePointer, origin: String? = nil) {
        self.handle = handle
        self.origin = origin
    }

    /// A second handle on the same repository, for use on another thread
    /// (a libgit2 repository object must not be shared between threads).
    public func reopen() throws(GitError) -> GitRepository {
        if let origin { return try GitRepository.open(at: origin) }
        return try GitRepository.openFromEnvironment()
    }

    deinit { git_repository_free(handle) }

    /// Opens the repository containing `path` (searching upwards, as git does).
    public static func discover(from path: String) throws(GitError) -> GitRepository {
        try startLibgit2()
        var buf = git_buf()
        defer { git_buf_dispose(&buf) }
        try check("git_repository_discover", git_repository_discover(&buf, path, 0, nil))
        let found = String(cString: buf.ptr)
        return try open(at: found)
    }

    /// Opens the repository at exactly `path` (a work tree or a `.git` folder).
    public static func open(at path: String) throws(GitError) -> GitRepository {
        try startLibgit2()
        var repo: OpaquePointer?
        try check(
            "git_repository_open_ext", git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil)
        )
        return GitRepository(handle: repo!, origin: path)
    }

    /// Opens the repository named by git's environment (`GIT_DIR`, and the
    /// quarantine object directories during a push): for server hooks.
    public static func openFromEnvironment() throws(GitError) -> GitRepository {
        try startLibgit2()
        var repo: OpaquePointer?
        try check(
            "git_repository_open_ext", git_repository_open_ext(&repo, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil))
        return GitRepository(handle: repo!)
    }

    /// Creates a new repository with a work tree whose HEAD points at `branch`.
    public static func create(at path: String, initialBranch: String) throws(GitError) -> GitRepository {
        try startLibgit2()
        var opts = git_repository_init_options()
        try check(
            "git_repository_init_options_init",
            git_repository_init_options_init(&opts, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)))
        opts.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        var repo: OpaquePointer?
        let code = initialBranch.withCString { branch -> Int32 in
            opts.initial_head = branch
            return git_repository_init_ext(&repo, path, &opts)
        }
        try check("git_repository_init_ext", code)
        return GitRepository(handle: repo!, origin: path)
    }

    /// The work tree folder (with a trailing slash), or nil for a bare repository.
    public var workdir: String? {
        git_repository_workdir(handle).map { String(cString: $0) }
    }

    /// The `.git` folder (with a trailing slash).
    public var gitDir: String { String(cString: git_repository_path(handle)) }

    public var isBare: Bool { git_repository_is_bare(handle) == 1 }
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }
}
