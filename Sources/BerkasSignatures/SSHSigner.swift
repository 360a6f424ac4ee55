import Crypto

/// Makes git's SSH signatures in-process with an Ed25519 key: the archive
/// generator, and berkas for an unencrypted ed25519 key file (the bytes are
/// exactly ssh-keygen's); other keys (agent, hardware, passphrase) are signed
/// through ssh-keygen, as git does.
public struct SSHSigner {
    let key: Curve25519.Signing.PrivateKey

    /// From the 32-byte seed of an OpenSSH ed25519 private key.
    public init(seed: [UInt8]) throws {
        key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// Reads an unencrypted OpenSSH private key file (`-----BEGIN OPENSSH PRIVATE KEY-----`).
    public init(openSSHPrivateKey text: String) throws {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("-----") }
        guard let bytes = Base64.decode(lines.joined()) else { throw SSHSignature.ParseError.base64 }
        var r = WireReader(bytes)
        guard try r.raw(15) == Array("openssh-key-v1\0".utf8) else { throw SSHSignature.ParseError.magic }
        // encrypted keys are not read here
        guard try r.string() == Array("none".utf8) else { throw SSHSignature.ParseError.version }
        _ = try r.string()
        _ = try r.string()
        guard try r.uint32() == 1 else { throw SSHSignature.ParseError.truncated }
        _ = try r.string()
        var p = WireReader(try r.string())
        _ = try p.uint32()
        _ = try p.uint32()
        guard try p.string() == Array("ssh-ed25519".utf8) else { throw SSHSignature.ParseError.magic }
        _ = try p.string()
        let priv = try p.string()
        guard priv.count == 64 else { throw SSHSignature.ParseError.truncated }
        try self.init(seed: Array(priv.prefix(32)))
    }

    /// `ssh-ed25519 AAAA…`
    public var publicKeyLine: String { "ssh-ed25519 " + Base64.encode(publicKeyBlob) }

    var publicKeyBlob: [UInt8] {
        var w = WireWriter()
        w.string(Array("ssh-ed25519".utf8))
        w.string(Array(key.publicKey.rawRepresentation))
        return w.bytes
    }

    /// The armored SSHSIG over `message`, namespace `git`, sha512, as ssh-keygen writes it.
    public func sign(_ message: [UInt8]) throws -> String {
        let sig = SSHSignature(
            publicKeyBlob: publicKeyBlob, namespace: "git", hashAlgorithm: "sha512", signatureAlgorithm: "ssh-ed25519",
            signatureBlob: [])
        let signed = sig.signedData(messageHash: Array(SHA512.hash(data: message)))
        return Self.armor(publicKeyBlob: publicKeyBlob, rawSignature: Array(try key.signature(for: signed)))
    }

    /// The armored SSHSIG (namespace `git`, sha512) holding an Ed25519 signature made by the key in `publicKeyBlob`.
    static func armor(publicKeyBlob: [UInt8], rawSignature raw: [UInt8]) -> String {
        var blob = WireWriter()
        blob.string(Array("ssh-ed25519".utf8))
        blob.string(raw)
        var w = WireWriter()
        w.raw(Array("SSHSIG".utf8))
        w.raw([0, 0, 0, 1])
        w.string(publicKeyBlob)
        w.string(Array("git".utf8))
        w.string([])
        w.string(Array("sha512".utf8))
        w.string(blob.bytes)
        let b64 = Array(Base64.encode(w.bytes))
        var out = "-----BEGIN SSH SIGNATURE-----\n"
        var i = 0
        while i < b64.count {
            out += String(b64[i..<min(i + 70, b64.count)]) + "\n"
            i += 70
        }
        return out + "-----END SSH SIGNATURE-----\n"
    }
}
