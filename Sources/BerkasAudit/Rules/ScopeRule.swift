import BerkasCore

/// One commit changes one record (with its attachments), or only the archive's
/// rules; nothing outside the places the archive knows.
public struct ScopeRule: AuditRule {
    public let name = "cakupan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        switch change {
        case .mixed(let reasons):
            if reasons.isEmpty, let p = f.rulesProblem {
                return [Violation(commit: f.id, rule: name, message: L("pengaturan arsip pada induk tidak dapat dibaca: \(p)", "the parent's archive rules cannot be read: \(p)"))]
            }
            return reasons.map { Violation(commit: f.id, rule: name, message: $0) }
        case .empty:
            return [Violation(commit: f.id, rule: name, message: L("commit tanpa perubahan", "a commit that changes nothing"))]
        default:
            return []
        }
    }
}
