import BerkasCore
import BerkasGit
import Foundation

/// `berkas backups`: the histories `sync` kept when it set a step aside
/// (`refs/berkas/cadangan/<local date-time>`), with the steps in them that the
/// archive's main does not have; one is dropped once its steps are redone.
public struct BackupService {
    public struct Backup {
        public let name: String
        /// The kept steps main does not have: short id and subject, oldest first.
        public let steps: [(commit: String, subject: String)]
    }

    public init() {}

    static let prefix = "refs/berkas/cadangan/"

    public func list(archive: Archive) throws -> [Backup] {
        let out = try ProcessRunner.run([
            "git", "-C", archive.root, "for-each-ref", "--format=%(refname)", BackupService.prefix
        ])
        guard out.status == 0 else {
            throw BerkasError.internalFailure("git for-each-ref: \(String(decoding: out.stderr, as: UTF8.self))")
        }
        let main = try archive.head()
        return try String(decoding: out.stdout, as: UTF8.self).split(separator: "\n").compactMap { ref -> Backup? in
            guard let tip = try archive.repo.resolve(String(ref)) else { return nil }
            let steps = try archive.repo.history(from: tip, hiding: [main]).map { c in
                (
                    c.short,
                    TerminalSafe.escape(
                        try archive.repo.commit(c).message.split(separator: "\n").first.map(String.init) ?? "")
                )
            }
            return Backup(name: String(ref.dropFirst(BackupService.prefix.count)), steps: steps)
        }
    }

    /// Removes the backup `name` (as `list` names it).
    public func drop(archive: Archive, name: String) throws {
        let ref = try backupRef(archive: archive, name: name)
        guard try archive.repo.resolve(ref) != nil else {
            throw BerkasError.user(.usage, KitText.backupBerkasBackupsListsThem(TerminalSafe.escape(name)))
        }
        let out = try ProcessRunner.run(["git", "-C", archive.root, "update-ref", "-d", ref])
        guard out.status == 0 else {
            throw BerkasError.internalFailure("git update-ref -d: \(String(decoding: out.stderr, as: UTF8.self))")
        }
    }
}
