import Foundation

/// Work-tree files read and written without ever following a symbolic link:
/// each folder of the path is opened with `openat(…, O_NOFOLLOW | O_DIRECTORY)`
/// from the one before, starting at the archive's root, and the file itself
/// with `O_NOFOLLOW`. A year folder or record replaced by a link to somewhere
/// else is an error naming it, never a write or read outside the archive.
public enum NoFollow {
    /// A part of the path that is a symbolic link, or is not a folder where one is needed.
    public struct LinkInPath: Error, Sendable, Equatable {
        /// The path up to and including that part, relative to the root.
        public let path: String
        public let isLink: Bool
    }

    /// An open folder, closed when dropped.
    final class Folder {
        let fd: Int32
        init(_ fd: Int32) { self.fd = fd }
        deinit { close(fd) }
    }

    /// The folder `components` under `root`, or nil when a part is missing and `create` is false.
    static func folder(root: String, _ components: [Substring], create: Bool) throws -> Folder? {
        let top = open(root.isEmpty ? "." : root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard top >= 0 else { throw GitError(function: "open", message: "cannot open \(root)") }
        var current = Folder(top)
        for (i, c) in components.enumerated() {
            let name = String(c)
            var fd = openat(current.fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if fd < 0 && errno == ENOENT {
                guard create else { return nil }
                if mkdirat(current.fd, name, 0o755) != 0 && errno != EEXIST {
                    throw GitError(
                        function: "mkdirat", message: "cannot make \(components[...i].joined(separator: "/"))")
                }
                fd = openat(current.fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            if fd < 0 {
                var st = stat()
                let isLink =
                    fstatat(current.fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
                throw LinkInPath(path: components[...i].joined(separator: "/"), isLink: isLink)
            }
            current = Folder(fd)
        }
        return current
    }

    static func split(_ path: String) -> (folders: [Substring], name: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return (Array(parts.dropLast()), parts.last.map(String.init) ?? "")
    }

    /// Throws `LinkInPath` when a part of `path` that exists is a link (or a file where a folder is needed).
    public static func check(root: String, path: String) throws {
        let (folders, name) = split(path)
        guard let dir = try folder(root: root, folders, create: false) else { return }
        var st = stat()
        if fstatat(dir.fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
            throw LinkInPath(path: path, isLink: true)
        }
    }

    /// The bytes of the regular file at `path`, nil when it is missing.
    public static func read(root: String, path: String) throws -> Data? {
        let (folders, name) = split(path)
        guard let dir = try folder(root: root, folders, create: false) else { return nil }
        let fd = openat(dir.fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            var st = stat()
            let isLink = fstatat(dir.fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
            throw LinkInPath(path: path, isLink: isLink)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw LinkInPath(path: path, isLink: false) }
        var out = Data(count: Int(st.st_size))
        var offset = 0
        try out.withUnsafeMutableBytes { (b: UnsafeMutableRawBufferPointer) throws in
            while offset < b.count {
                let n = Glibc.read(fd, b.baseAddress! + offset, b.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw GitError(function: "read", message: "cannot read \(path)") }
                offset += n
            }
        }
        return out
    }

    /// Writes `data` to `path` through a temporary file renamed into place (folders made when
    /// missing); returns the new file's status.
    public static func write(root: String, path: String, data: Data, temporaryPrefix: String) throws -> stat {
        let (folders, name) = split(path)
        guard let dir = try folder(root: root, folders, create: true) else {
            throw LinkInPath(path: path, isLink: false)
        }
        var st = stat()
        if fstatat(dir.fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
            throw LinkInPath(path: path, isLink: true)
        }
        let tmp = temporaryPrefix + "\(getpid())-" + name
        unlinkat(dir.fd, tmp, 0)
        let fd = openat(dir.fd, tmp, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GitError(function: "write", message: "cannot write \(path)") }
        let written = data.withUnsafeBytes { GitRepository.writeAll(fd, $0) }
        close(fd)
        guard written, renameat(dir.fd, tmp, dir.fd, name) == 0, fstatat(dir.fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0
        else {
            unlinkat(dir.fd, tmp, 0)
            throw GitError(function: "write", message: "cannot write \(path)")
        }
        return st
    }

    /// Removes the file at `path` (nothing when it or a folder of it is missing).
    static func remove(root: String, path: String) throws {
        let (folders, name) = split(path)
        guard let dir = try folder(root: root, folders, create: false) else { return }
        unlinkat(dir.fd, name, 0)
    }
}
