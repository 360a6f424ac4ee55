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
            add(L("commit membawa kepala tanda tangan tambahan `\(h)` (git biasa mengabaikannya dan tetap berkata \"Good\")",
                  "the commit carries an extra signature header `\(h)` (stock git ignores it and still says \"Good\")"))
        }
        if f.signed.gpgsigCount > 1 { add(L("commit membawa lebih dari satu kepala gpgsig", "the commit carries more than one gpgsig header")) }
        if f.signed.signatureBlocks > 1 { add(L("tanda tangan berisi lebih dari satu blok", "the signature holds more than one block")) }
        switch f.signature {
        case .success: break
        case .failure(let failure):
            switch failure {
            case .unsigned: add(L("commit tidak ditandatangani", "the commit is not signed"))
            case .malformed: add(L("tanda tangan rusak atau bukan tanda tangan SSH", "the signature is damaged or not an SSH signature"))
            case .namespace(let ns): add(L("tanda tangan dibuat untuk namespace `\(ns)`, bukan `git`", "the signature was made for namespace `\(ns)`, not `git`"))
            case .hashAlgorithm(let h): add(L("tanda tangan memakai hash \(h), bukan sha512", "the signature uses hash \(h), not sha512"))
            case .unsupportedKey(let k): add(L("jenis kunci \(k) tidak diterima (pakai ed25519)", "key type \(k) is not accepted (use ed25519)"))
            case .keyMismatch, .badSignature:
                add(L("tanda tangan tidak cocok dengan isi commit (diubah setelah ditandatangani?)", "the signature does not match the commit's content (changed after signing?)"))
            }
        }
        return out
    }
}
