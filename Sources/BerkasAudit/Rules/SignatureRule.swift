import BerkasCore
import BerkasSignatures

/// Rule 1: exactly one valid SSH signature over the commit's exact content,
/// namespace `git`, sha512; no other signature-like header, no second block.
public struct SignatureRule: AuditRule {
    public let name = "tanda-tangan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        func add(_ m: Localized) { out.append(Violation(commit: f.id, rule: name, message: m)) }
        for h in f.signed.extraSignatureHeaders {
            add(AuditText.commitCarriesExtraSignatureHeader(h))
        }
        if f.signed.gpgsigCount > 1 { add(AuditText.commitCarriesMoreThanOne()) }
        if f.signed.signatureBlocks > 1 { add(AuditText.signatureHoldsMoreThanOne()) }
        switch f.signature {
        case .success: break
        case .failure(let failure):
            switch failure {
            case .unsigned: add(AuditText.commitSigned())
            case .malformed: add(AuditText.signatureDamagedSshSignature())
            case .namespace(let ns): add(AuditText.signatureMadeNamespaceGit(ns))
            case .hashAlgorithm(let h): add(AuditText.signatureUsesHashSha512(h))
            case .unsupportedKey(let k): add(AuditText.keyTypeAcceptedUseEd25519(k))
            case .keyMismatch, .badSignature:
                add(AuditText.signatureMatchCommitSContent())
            }
        }
        return out
    }
}
