import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// The key that signs commits: `--key PATH`, else `$BERKAS_KEY`, else git's
/// `user.signingkey`. A private key file signs directly; a `.pub` file (or a
/// `key::` literal) signs through ssh-agent, as with git.
public struct SigningKey: Sendable {
    /// What ssh-keygen is given with `-f`.
    public let path: String
    public let publicKey: SSHPublicKey
    /// Where the key came from, for `whoami`.
    public let source: String

    /// Finds the key, or fails with exit 77 saying how to name one.
    public static func resolve(flag: String?, repository: GitRepository?) throws -> SigningKey {
        let env = ProcessInfo.processInfo.environment
        var candidate: (String, String)? = nil
        if let flag, !flag.isEmpty {
            candidate = (flag, "--key")
        } else if let e = env["BERKAS_KEY"], !e.isEmpty {
            candidate = (e, "$BERKAS_KEY")
        } else {
            let configured =
                try?
                (repository.map { try $0.configValue("user.signingkey") } ?? GitConfig.defaultValue("user.signingkey"))
            if let c = configured ?? nil, !c.isEmpty { candidate = (c, "git config user.signingkey") }
        }
        guard let (raw, source) = candidate else {
            throw BerkasError.user(.notAllowed, KitText.signingKeyUseKeyKeyfile())
        }
        if raw.hasPrefix("key::") || raw.hasPrefix("ssh-") {
            let line = raw.hasPrefix("key::") ? String(raw.dropFirst(5)) : raw
            guard let key = SSHPublicKey(line: line) else { throw invalid(raw) }
            // Sign through the agent: ssh-keygen needs the public key in a file.
            let file = NSTemporaryDirectory() + "berkas-key-\(getpid()).pub"
            try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: file))
            return SigningKey(path: file, publicKey: key, source: source)
        }
        let path = UserPath.resolve(raw)
        guard FileManager.default.fileExists(atPath: path) else {
            throw BerkasError.user(.notAllowed, KitText.keyFileExist(path, source))
        }
        let pubPath = path.hasSuffix(".pub") ? path : path + ".pub"
        if let data = FileManager.default.contents(atPath: pubPath), let line = String(data: data, encoding: .utf8) {
            guard let key = SSHPublicKey(line: line) else { throw invalid(pubPath) }
            return SigningKey(path: path, publicKey: key, source: source)
        }
        let out = try ProcessRunner.run(["ssh-keygen", "-y", "-f", path])
        guard out.status == 0, let line = String(data: out.stdout, encoding: .utf8), let key = SSHPublicKey(line: line)
        else {
            throw BerkasError.user(.notAllowed, KitText.readPublicKeyPutPub(path))
        }
        return SigningKey(path: path, publicKey: key, source: source)
    }

    private static func invalid(_ what: String) -> BerkasError {
        .user(.notAllowed, KitText.knownSshKeyUseEd25519(what))
    }

    /// Signs a commit buffer the way git does: `ssh-keygen -Y sign -n git`.
    public func sign(_ buffer: String) throws -> String {
        if let signer = inProcessSigner() { return try signer.sign(Array(buffer.utf8)) }
        var st = stat()
        if !path.hasSuffix(".pub"), stat(path, &st) == 0, st.st_mode & 0o077 != 0 {
            let mode = String(st.st_mode & 0o777, radix: 8)
            throw BerkasError.user(.notAllowed, KitText.keyReadOtherUsersMode(path, mode))
        }
        let out = try ProcessRunner.run(["ssh-keygen", "-Y", "sign", "-n", "git", "-f", path], input: Data(buffer.utf8))
        guard out.status == 0, let sig = String(data: out.stdout, encoding: .utf8),
            sig.hasPrefix("-----BEGIN SSH SIGNATURE-----")
        else {
            let why = String(data: out.stderr, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw BerkasError.user(.notAllowed, KitText.signKeyPassphraseRunSsh(path, why))
        }
        return sig
    }

    /// An unencrypted ed25519 key file that only its owner can read, matching
    /// the public key: signed in-process (Ed25519 is deterministic, so the
    /// signature is byte for byte what ssh-keygen writes, tested; this saves
    /// starting ssh-keygen on every commit). Anything else — a passphrase,
    /// ssh-agent, a hardware key, ECDSA, a file others can read (ssh-keygen
    /// refuses those) — goes through ssh-keygen as git does.
    func inProcessSigner() -> SSHSigner? {
        guard !path.hasSuffix(".pub"), publicKey.algorithm == "ssh-ed25519" else { return nil }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 == 0, st.st_size < 64 << 10,
            let text = try? String(contentsOfFile: path, encoding: .utf8),
            text.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----"),
            let signer = try? SSHSigner(openSSHPrivateKey: text), signer.publicKeyLine == publicKey.identity
        else { return nil }
        return signer
    }

    /// `SHA256:…` fingerprint, as ssh-keygen prints it.
    public func fingerprint() -> String {
        let tmp = NSTemporaryDirectory() + "berkas-fp-\(getpid()).pub"
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        guard (try? Data((publicKey.identity + "\n").utf8).write(to: URL(fileURLWithPath: tmp))) != nil,
            let out = try? ProcessRunner.run(["ssh-keygen", "-l", "-f", tmp]), out.status == 0,
            let text = String(data: out.stdout, encoding: .utf8)
        else { return publicKey.algorithm }
        let parts = text.split(separator: " ")
        return parts.count > 1 ? String(parts[1]) : text
    }
}
