import Crypto

/// Checks git's SSH commit signatures in-process: SSHSIG, namespace `git`,
/// sha512, Ed25519 or ECDSA P-256 keys.
public enum SSHSignatureVerifier {
    /// Why a signature is not good, in terms an auditor can act on.
    public enum Failure: Error, Sendable, Equatable {
        case unsigned
        case malformed(SSHSignature.ParseError)
        case namespace(String)
        case hashAlgorithm(String)
        case unsupportedKey(String)
        case keyMismatch
        case badSignature
    }

    /// Verifies `signature` over `payload`; returns the signer's key line.
    public static func verify(payload: [UInt8], signature armored: String?) -> Result<String, Failure> {
        guard let armored else { return .failure(.unsigned) }
        let sig: SSHSignature
        do { sig = try SSHSignature.parse(armored: armored) } catch { return .failure(.malformed(error)) }
        guard sig.namespace == "git" else { return .failure(.namespace(sig.namespace)) }
        guard sig.hashAlgorithm == "sha512" else { return .failure(.hashAlgorithm(sig.hashAlgorithm)) }
        guard let keyLine = sig.publicKeyLine else { return .failure(.malformed(.truncated)) }
        let digest = Array(SHA512.hash(data: payload))
        let signed = sig.signedData(messageHash: digest)
        var keyReader = WireReader(sig.publicKeyBlob)
        guard let keyType = try? keyReader.string() else { return .failure(.malformed(.truncated)) }
        switch String(decoding: keyType, as: UTF8.self) {
        case "ssh-ed25519":
            guard sig.signatureAlgorithm == "ssh-ed25519", let raw = try? keyReader.string(), keyReader.atEnd,
                raw.count == 32
            else { return .failure(.keyMismatch) }
            return Ed25519Check.isValid(signature: sig.signatureBlob, message: signed, publicKey: raw)
                ? .success(keyLine) : .failure(.badSignature)
        case "ecdsa-sha2-nistp256":
            guard sig.signatureAlgorithm == "ecdsa-sha2-nistp256", let curve = try? keyReader.string(),
                curve == Array("nistp256".utf8), let point = try? keyReader.string(), keyReader.atEnd,
                let key = try? P256.Signing.PublicKey(x963Representation: point)
            else { return .failure(.keyMismatch) }
            // The signature blob holds mpint r and mpint s.
            var r = WireReader(sig.signatureBlob)
            guard let rInt = try? r.string(), let sInt = try? r.string(), r.atEnd else {
                return .failure(.badSignature)
            }
            func fixed(_ b: [UInt8]) -> [UInt8]? {
                let trimmed = Array(b.drop(while: { $0 == 0 }))
                guard trimmed.count <= 32 else { return nil }
                return [UInt8](repeating: 0, count: 32 - trimmed.count) + trimmed
            }
            guard let rr = fixed(rInt), let ss = fixed(sInt),
                let ecdsa = try? P256.Signing.ECDSASignature(rawRepresentation: rr + ss)
            else {
                return .failure(.badSignature)
            }
            return key.isValidSignature(ecdsa, for: SHA256.hash(data: signed))
                ? .success(keyLine) : .failure(.badSignature)
        case let other:
            return .failure(.unsupportedKey(other))
        }
    }
}
