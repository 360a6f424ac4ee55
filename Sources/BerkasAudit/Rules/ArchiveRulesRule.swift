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
        func add(_ m: Localized, file: String? = nil) {
            out.append(Violation(commit: f.id, rule: name, file: file, message: m))
        }
        if case .root = change {
            for c in f.changes where RecordPath.parse(c.path) != nil {
                add(AuditText.firstCommitAlreadyHoldsRecord(c.path), file: c.path)
            }
        }
        guard let rules = f.newRules else {
            add(AuditText.archiveRulesRead(f.newRulesProblem ?? "?"))
            return out
        }
        if !rules.policy.members.contains(where: { $0.roles.contains(.pengelola) }) {
            add(AuditText.policyYmlPengelolaLeft(), file: RulesLoader.policyPath)
        }
        let expected = rules.policy.allowedSigners()
        let actual = f.fileInCommit(RulesLoader.allowedSignersPath).flatMap(UTF8Text.decode)
        if actual != expected {
            add(
                AuditText.berkasAllowedSignersDiffersOne(),
                file: RulesLoader.allowedSignersPath)
        }
        return out
    }
}
