import BerkasCore
import BerkasGit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Crash safety for the two moments a commit is not one atomic step: the
/// branch moving (git's ref lock file) and the work tree catching up (the index
/// lock, the files). Before the branch moves, berkas writes
/// `.git/berkas/journal` (old tip, new tip, paths); after the work tree is
/// updated, it removes it. The next berkas command, holding the repository
/// lock, finishes or undoes what a killed one left: the branch is at the old
/// or the new commit, and the work tree and index follow it.
///
/// What it guards against is a process that stops (killed, interrupted), as
/// git's own lock files do. The journal is not synced to the disk: neither are
/// the objects, the branch or the index, by libgit2 or by git with its default
/// `core.fsync`, so a sync of the journal alone (a cost on every step) would
/// not make a step survive a power cut. A journal lost or empty after one is
/// read as no journal.
struct CommitJournal {
    let path: String
    let gitDir: String

    init(gitDir: String) {
        self.gitDir = gitDir.hasSuffix("/") ? gitDir : gitDir + "/"
        path = self.gitDir + "berkas/journal"
    }

    func write(ref: String, old: ObjectID?, new: ObjectID, paths: [String]) throws {
        try FileManager.default.createDirectory(atPath: gitDir + "berkas", withIntermediateDirectories: true)
        let text = ([ref, old?.hex ?? "-", new.hex] + paths).joined(separator: "\n") + "\n"
        let tmp = path + ".tmp"
        let fd = open(tmp, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BerkasError.internalFailure("open \(tmp)") }
        _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
        guard rename(tmp, path) == 0 else { throw BerkasError.internalFailure("rename \(tmp)") }
    }

    func clear() { unlink(path) }

    /// Finishes or undoes an interrupted commit. Call while holding the repository lock.
    func recover(repo: GitRepository) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 3, let new = ObjectID(hex: lines[2]) else {
            clear()
            return
        }
        let ref = lines[0]
        let old = ObjectID(hex: lines[1])
        let paths = Array(lines.dropFirst(3))
        let current = try repo.resolve(ref)
        // Temporary files a killed work-tree update left next to the files it was writing.
        if let root = repo.workdir {
            for dir in Set(paths.map { (root + $0 as NSString).deletingLastPathComponent }) {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                where name.hasPrefix(GitRepository.temporaryPrefix) {
                    unlink(dir + "/" + name)
                }
            }
        }
        // Lock files our killed process held: nobody else writes while we hold the repository lock.
        if current == new {
            unlink(gitDir + "index.lock")
            try repo.syncPaths(paths, to: new)
        } else if current == old {
            unlink(gitDir + ref + ".lock")
        }
        clear()
    }
}
