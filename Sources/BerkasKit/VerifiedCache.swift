import BerkasGit
import Crypto
import Foundation

/// `.git/berkas/verified`: the tips this user fully verified on this machine,
/// so that a repeated `verify` judges only the commits since, and the root
/// they start from. Each line is `tip COMMIT MAC` or `root COMMIT MAC`, the
/// MAC an HMAC-SHA256 of `berkas verified KIND COMMIT` under a key kept
/// outside the repository, in the user's own state folder
/// (`$XDG_STATE_HOME/berkas/verify-key`, else `~/.local/state/berkas/verify-key`,
/// made on first use, readable by the user only). A folder copied from
/// elsewhere (a zip, a USB disk, a backup) carries lines this user's key did
/// not make: they are ignored and the history is verified in full.
struct VerifiedCache {
    let path: String
    init(gitDir: String) { path = (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "berkas/verified" }

    /// The user's key, made when missing; nil when it cannot be (then nothing is trusted or kept).
    static var key: SymmetricKey? { keyBytes.map { SymmetricKey(data: $0) } }
    private static let keyBytes: Data? = {
        let env = ProcessInfo.processInfo.environment
        guard
            let base = env["XDG_STATE_HOME"].flatMap({ $0.isEmpty ? nil : $0 })
                ?? env["HOME"].map({ $0 + "/.local/state" })
        else { return nil }
        let dir = base + "/berkas"
        let file = dir + "/verify-key"
        if let d = FileManager.default.contents(atPath: file), d.count == 32 { return d }
        guard
            (try? FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        guard getentropy(&bytes, 32) == 0 else { return nil }
        // Written once, by whoever gets there first (O_EXCL); the winner's key is read back.
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd >= 0 {
            let ok = write(fd, bytes, 32) == 32
            close(fd)
            if !ok {
                unlink(file)
                return nil
            }
        }
        guard let d = FileManager.default.contents(atPath: file), d.count == 32 else { return nil }
        return d
    }()

    static func mac(_ kind: String, _ id: ObjectID, key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data("berkas verified \(kind) \(id.hex)".utf8), using: key).map {
            String(format: "%02x", $0)
        }.joined()
    }

    /// `(kind, id)` of each line whose MAC is this user's: kind `tip` or `root`.
    private func lines() -> [(String, ObjectID)] {
        guard let key = Self.key, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0] == "tip" || parts[0] == "root", let id = ObjectID(hex: String(parts[1])),
                Self.mac(String(parts[0]), id, key: key) == parts[2]
            else { return nil }
            return (String(parts[0]), id)
        }
    }

    func load() -> [ObjectID] { lines().filter { $0.0 == "tip" }.map(\.1) }

    /// The root of the history the tips belong to.
    func root() -> ObjectID? { lines().first { $0.0 == "root" }?.1 }

    func add(_ id: ObjectID, root: ObjectID) {
        guard let key = Self.key else { return }
        var ids = self.root() == root ? load().filter { $0 != id } : []
        ids.append(id)
        let kept =
            (["root \(root.hex) \(Self.mac("root", root, key: key))"]
            + ids.suffix(20).map { "tip \($0.hex) \(Self.mac("tip", $0, key: key))" })
            .joined(separator: "\n") + "\n"
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = path + ".tmp-\(getpid())"
        guard (try? Data(kept.utf8).write(to: URL(fileURLWithPath: tmp))) != nil else { return }
        rename(tmp, path)
    }
}
