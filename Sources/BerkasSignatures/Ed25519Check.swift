internal import CSodium

/// One Ed25519 signature check, by libsodium (`crypto_sign_ed25519_verify_detached`).
/// It is faster here than BoringSSL's (swift-crypto; BENCHMARKS.md), and a full
/// `verify` spends much of its time here. It is also the stricter of the two:
/// besides a canonical S it refuses small-order keys and R values, which would
/// otherwise let the neutral point "sign" any commit (see the tests).
enum Ed25519Check {
    /// libsodium asks for `sodium_init` first. It fails only when a mutex cannot
    /// be taken, and the Ed25519 check uses nothing it sets up (no CPU dispatch,
    /// no randomness), so the check runs either way.
    static let started: Int32 = sodium_init()

    static func isValid(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, publicKey.count == 32 else { return false }
        _ = started
        return signature.withUnsafeBufferPointer { s in
            message.withUnsafeBufferPointer { m in
                publicKey.withUnsafeBufferPointer { k in
                    crypto_sign_ed25519_verify_detached(s.baseAddress!, m.baseAddress, UInt64(m.count), k.baseAddress!)
                        == 0
                }
            }
        }
    }
}
