import BerkasCore

/// Rule 7: commit times never go backwards along the history, and (in the
/// server hook) are not in the future. The standard-time report rests on them.
public struct CommitTimeRule: AuditRule {
    public let name = "waktu"
    /// When set, times later than this (seconds since 1970) are refused.
    public let notAfter: Int64?
    public init(notAfter: Int64? = nil) { self.notAfter = notAfter }

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        if let parent = f.parentCommitterTime, f.committerTime < parent {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu commit (\(f.committerTime)) lebih awal dari induknya (\(parent))",
                                                                      "the commit time (\(f.committerTime)) is earlier than its parent's (\(parent))")))
        }
        if f.authorTime > f.committerTime {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu penulis lebih akhir dari waktu commit", "the author time is later than the commit time")))
        }
        if let limit = notAfter, f.committerTime > limit {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu commit ada di masa depan", "the commit time is in the future")))
        }
        return out
    }
}
