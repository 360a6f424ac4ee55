import BerkasCore
import Foundation

/// `berkas key new`: an ed25519 key made by ssh-keygen, which asks the
/// passphrase itself on the terminal (or takes `BERKAS_KEY_PASSPHRASE`, for scripts).
public struct KeyService {
    public init() {}

    /// Checks the key (it can be read; its public line is known) and records it as this
    /// clone's `user.signingkey` (an absolute path), which every command then uses.
    public func use(path: String, archive: Archive) throws -> (path: String, member: String?) {
        let full = URL(fileURLWithPath: UserPath.resolve(path)).standardizedFileURL.path
        let key = try SigningKey.resolve(flag: full, repository: archive.repo)
        try archive.repo.setLocalConfig("user.signingkey", full)
        let member = (try? archive.rules(at: try archive.head()))?.policy.member(for: key.publicKey)
        return (full, member.map { CommitMessage.actor(name: $0.name, nip: $0.nip) })
    }

    public func create(at path: String, comment: String?) throws -> String {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else {
            throw BerkasError.user(.usage, KitText.existsChooseAnotherNameFile(path))
        }
        try fm.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        var argv = ["ssh-keygen", "-q", "-t", "ed25519", "-f", path, "-C", comment ?? "berkas"]
        let status: Int32
        if let pass = Environment.value("BERKAS_KEY_PASSPHRASE") {
            argv += ["-N", pass]
            status = try ProcessRunner.run(argv).status
        } else {
            status = try ProcessRunner.runInteractive(argv)
        }
        guard status == 0, let data = fm.contents(atPath: path + ".pub"), let line = String(data: data, encoding: .utf8)
        else {
            throw BerkasError.user(.invalid, KitText.sshKeygenDidMakeKey(status))
        }
        return line.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
