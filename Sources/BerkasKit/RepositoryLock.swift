import BerkasCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One berkas command at a time per repository: an exclusive `flock` on
/// `.git/berkas.lock`. The kernel drops the lock when the process ends, however
/// it ends (even SIGKILL), so a killed berkas never leaves a stale lock behind.
/// A held lock is waited for briefly (`BERKAS_LOCK_WAIT`, default 3 s), then
/// reported with exit 75.
final class RepositoryLock {
    let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    static func acquire(gitDir: String, waitSeconds: Double? = nil) throws -> RepositoryLock {
        let path = gitDir.hasSuffix("/") ? gitDir + "berkas.lock" : gitDir + "/berkas.lock"
        let wait = waitSeconds ?? Double(Environment.value("BERKAS_LOCK_WAIT") ?? "") ?? 3
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BerkasError.internalFailure("open \(path): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(fd)
                throw BerkasError.internalFailure("flock \(path): \(String(cString: strerror(errno)))")
            }
            if Date() >= deadline {
                let holder =
                    (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: " ").first.map(String.init)
                    ?? "?"
                close(fd)
                throw BerkasError.user(.tryAgain, KitText.archiveUseAnotherBerkasCommand(holder))
            }
            usleep(20_000)
        }
        // Who holds it, for the message another process may print.
        let info = "\(getpid()) \(Int(Date().timeIntervalSince1970))\n"
        _ = ftruncate(fd, 0)
        _ = info.withCString { pwrite(fd, $0, strlen($0), 0) }
        return RepositoryLock(path: path, fd: fd)
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
