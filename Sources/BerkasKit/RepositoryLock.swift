import BerkasCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One berkas process at a time per repository: `.git/berkas.lock`, made with
/// O_EXCL. A held lock is waited for briefly, then reported (exit 75); a lock
/// left by a killed process is reported with what to do, never removed silently.
final class RepositoryLock {
    let path: String

    private init(path: String) { self.path = path }

    static func acquire(gitDir: String, waitSeconds: Double? = nil) throws -> RepositoryLock {
        let path = gitDir.hasSuffix("/") ? gitDir + "berkas.lock" : gitDir + "/berkas.lock"
        let wait = waitSeconds ?? Double(ProcessInfo.processInfo.environment["BERKAS_LOCK_WAIT"] ?? "") ?? 3
        let deadline = Date().addingTimeInterval(wait)
        while true {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
            if fd >= 0 {
                let info = "\(getpid()) \(Int(Date().timeIntervalSince1970))\n"
                _ = info.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                LockCleanup.register(path)
                return RepositoryLock(path: path)
            }
            guard errno == EEXIST else {
                throw BerkasError.internalFailure("open \(path): \(String(cString: strerror(errno)))")
            }
            if Date() >= deadline { throw held(path) }
            usleep(50_000)
        }
    }

    private static func held(_ path: String) -> BerkasError {
        let content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let parts = content.split(separator: " ")
        let pid = parts.first.flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        if pid > 0 && kill(pid, 0) != 0 && errno == ESRCH {
            return .user(.tryAgain, L("arsip terkunci oleh proses \(pid) yang sudah tidak berjalan — jika yakin tidak ada berkas lain yang sedang bekerja, hapus \(path) lalu coba lagi",
                                      "the archive is locked by process \(pid), which is no longer running — if no other berkas is working, delete \(path) and try again"))
        }
        return .user(.tryAgain, L("arsip sedang dipakai perintah berkas lain (proses \(pid)) — tunggu sebentar lalu coba lagi",
                                  "the archive is in use by another berkas command (process \(pid)) — wait a moment and try again"))
    }

    private var released = false

    func release() {
        guard !released else { return }
        released = true
        unlink(path)
        LockCleanup.unregister()
    }

    deinit { release() }
}

/// Removes the lock if the process is interrupted (Ctrl-C, SIGTERM).
enum LockCleanup {
    nonisolated(unsafe) private static var lockPath: UnsafeMutablePointer<CChar>? = nil

    static func register(_ path: String) {
        lockPath = strdup(path)
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        signal(SIGHUP, handler)
    }

    static func unregister() {
        let p = lockPath
        lockPath = nil
        free(p)
    }

    private static let handler: @convention(c) (Int32) -> Void = { sig in
        if let p = LockCleanup.lockPath { unlink(p) }
        _exit(128 + sig)
    }
}
