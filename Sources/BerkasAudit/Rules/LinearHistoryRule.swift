import BerkasCore

/// Rule 6: history is linear; work is shared with `berkas sync`, never merged.
public struct LinearHistoryRule: AuditRule {
    public let name = "linear"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard f.parents.count > 1 else { return [] }
        return [Violation(commit: f.id, rule: name, message: L("commit gabungan (merge) dengan \(f.parents.count) induk; riwayat arsip harus lurus — bagikan pekerjaan dengan `berkas sync`",
                                                                "a merge commit with \(f.parents.count) parents; the archive's history must be linear — share work with `berkas sync`"))]
    }
}
