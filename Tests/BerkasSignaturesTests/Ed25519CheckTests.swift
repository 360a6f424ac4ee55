import Crypto
import TestSupport
import Testing

@testable import BerkasSignatures

/// libsodium does the Ed25519 checks; swift-crypto (BoringSSL) is the second opinion.
@Suite("Ed25519 check (libsodium) against swift-crypto")
struct Ed25519CheckTests {
    @Test func libsodiumStarts() {
        #expect(Ed25519Check.started >= 0)
    }

    /// swift-crypto's check, the second opinion.
    static func boringSSL(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// Good signatures pass both; any one bit changed in signature, message or key fails both.
    @Test func agreesWithBoringSSLOnGoodAndTamperedSignatures() throws {
        var rng = Seeded(state: 0xED25519)
        var good = 0
        var tampered = 0
        for round in 0..<600 {
            let seed = (0..<32).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            let publicKey = Array(key.publicKey.rawRepresentation)
            let message = (0..<rng.below(300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let signature = Array(try key.signature(for: message))
            #expect(Ed25519Check.isValid(signature: signature, message: message, publicKey: publicKey))
            #expect(Self.boringSSL(signature: signature, message: message, publicKey: publicKey))
            good += 1

            var (s, m, k) = (signature, message, publicKey)
            switch round % 3 {
            case 0: s[rng.below(64)] ^= 1 << UInt8(rng.below(8))
            case 1 where !m.isEmpty: m[rng.below(m.count)] ^= 1 << UInt8(rng.below(8))
            case 1: m = [0]
            default: k[rng.below(32)] ^= 1 << UInt8(rng.below(8))
            }
            let ours = Ed25519Check.isValid(signature: s, message: m, publicKey: k)
            #expect(!ours, "round \(round): a changed bit still passed")
            #expect(ours == Self.boringSSL(signature: s, message: m, publicKey: k))
            tampered += 1
        }
        #expect(good == 600 && tampered == 600)
    }

    @Test func wrongLengthsFail() throws {
        let key = Curve25519.Signing.PrivateKey()
        let sig = Array(try key.signature(for: [1, 2, 3]))
        let pub = Array(key.publicKey.rawRepresentation)
        #expect(Ed25519Check.isValid(signature: sig, message: [1, 2, 3], publicKey: pub))
        #expect(!Ed25519Check.isValid(signature: Array(sig.dropLast()), message: [1, 2, 3], publicKey: pub))
        #expect(!Ed25519Check.isValid(signature: sig + [0], message: [1, 2, 3], publicKey: pub))
        #expect(!Ed25519Check.isValid(signature: sig, message: [1, 2, 3], publicKey: Array(pub.dropLast())))
        #expect(!Ed25519Check.isValid(signature: sig, message: [1, 2, 3], publicKey: []))
    }

    /// The neutral point as a "public key" with R = neutral point and S = 0 satisfies
    /// [S]B = R + [h]A for every message: a signature that fits anything. BoringSSL
    /// accepts it; libsodium refuses small-order keys and R values, and so does berkas.
    static let neutralPoint: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)

    @Test func smallOrderKeyForgeryIsRefused() {
        let forged = Self.neutralPoint + [UInt8](repeating: 0, count: 32)
        for message in [[UInt8](), Array("any commit at all".utf8)] {
            #expect(
                Self.boringSSL(signature: forged, message: message, publicKey: Self.neutralPoint),
                "the forgery fits BoringSSL's check, which is why libsodium's is used")
            #expect(!Ed25519Check.isValid(signature: forged, message: message, publicKey: Self.neutralPoint))
        }
    }

    @Test func smallOrderKeyForgeryInAnSSHSignatureIsRefused() {
        var keyBlob = WireWriter()
        keyBlob.string(Array("ssh-ed25519".utf8))
        keyBlob.string(Self.neutralPoint)
        let armored = SSHSigner.armor(
            publicKeyBlob: keyBlob.bytes,
            rawSignature: Self.neutralPoint + [UInt8](repeating: 0, count: 32))
        let payload = Array("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nforged\n".utf8)
        #expect(SSHSignatureVerifier.verify(payload: payload, signature: armored) == .failure(.badSignature))
    }
}
