import BerkasCore

/// Rule 6: history is linear; work is shared with `berkas sync`, never merged.
public struct LinearHistoryRule: AuditRule {
    public let name = "linear"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard f.parents.count > 1 else { return [] }
        return [Violation(commit: f.id, rule: name, message: AuditText.mergeCommitParentsArchiveS(f.parents.count))]
    }
}
