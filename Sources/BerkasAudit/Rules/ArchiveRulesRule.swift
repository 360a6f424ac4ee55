import BerkasCore
import Foundation

/// Changes to `.berkas/` leave rules that load, a pengelola, and an
/// allowed_signers file that is exactly the one generated from policy.yml.
/// The root commit holds no records.
public struct ArchiveRulesRule: AuditRule {
    public let name = "pengaturan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        switch change {
        case .root, .archive: break
        default: return []
        }
        var out: [Violation] = []
        func add(_ m: Localized, file: String? = nil) { out.append(Violation(commit: f.id, rule: name, file: file, message: m)) }
        if case .root = change {
            for c in f.changes where RecordPath.parse(c.path) != nil {
                add(L("commit pertama sudah berisi berkas \(c.path)", "the first commit already holds the record \(c.path)"), file: c.path)
            }
        }
        guard let rules = f.newRules else {
            add(L("pengaturan arsip tidak dapat dibaca: \(f.newRulesProblem ?? "?")", "the archive rules cannot be read: \(f.newRulesProblem ?? "?")"))
            return out
        }
        if !rules.policy.members.contains(where: { $0.roles.contains(.pengelola) }) {
            add(L("tidak ada lagi pengelola di policy.yml", "policy.yml has no pengelola left"), file: RulesLoader.policyPath)
        }
        let expected = rules.policy.allowedSigners()
        let actual = f.fileInCommit(RulesLoader.allowedSignersPath).flatMap(UTF8Text.decode)
        if actual != expected {
            add(L(".berkas/allowed_signers tidak sama dengan yang dibuat dari policy.yml", ".berkas/allowed_signers differs from the one generated from policy.yml"),
                file: RulesLoader.allowedSignersPath)
        }
        return out
    }
}
