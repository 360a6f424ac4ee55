import BerkasCore

/// Rule 7: commit times lie where berkas can place them, never go backwards
/// along the history, and (in the server hook) are not in the future. The
/// standard-time report rests on them.
public struct CommitTimeRule: AuditRule {
    public let name = "waktu"
    /// When set, times later than this (seconds since 1970: the server's clock plus 5 minutes) are refused.
    public let notAfter: Int64?
    public init(notAfter: Int64? = nil) { self.notAfter = notAfter }

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        let zone = f.zone
        func long(_ t: Int64) -> Localized { LocalTime.long(t, zone: zone) }
        // Out of range: nothing else about the time can be judged.
        for (who, seconds, offset) in [
            ("commit", f.committerTime, f.committerOffsetMinutes), ("penulis", f.authorTime, Int32(0))
        ] {
            let problem: Localized?
            if seconds < Moment.range.lowerBound {
                problem = AuditText.beforeJanuary()
            } else if seconds > Moment.range.upperBound {
                problem = AuditText.afterYear()
            } else if !Moment.isValidOffset(offset) {
                let o = LocalTime.offsetText(offset, language: .id)
                let oe = LocalTime.offsetText(offset, language: .en)
                problem = AuditText.zoneNoPlaceHas(Localized(id: o, en: oe))
            } else {
                problem = nil
            }
            if let problem {
                let en = who == "commit" ? "commit" : "author"
                out.append(
                    Violation(
                        commit: f.id, rule: name,
                        message: AuditText.timeCannotBePlaced(Localized(id: who, en: en), problem)))
            }
        }
        guard out.isEmpty else { return out }
        if let parent = f.parentCommitterTime, Moment.range.contains(parent), f.committerTime < parent {
            out.append(
                Violation(
                    commit: f.id, rule: name,
                    message: AuditText.commitTimeEarlierThanParent(
                        long(f.committerTime),
                        long(parent))))
        }
        if f.authorTime > f.committerTime {
            out.append(
                Violation(
                    commit: f.id, rule: name,
                    message: AuditText.authorTimeLaterThanCommit(
                        long(f.authorTime),
                        long(f.committerTime))))
        }
        if let limit = notAfter, f.committerTime > limit {
            out.append(
                Violation(
                    commit: f.id, rule: name,
                    message: AuditText.commitTimeFutureAfterServer(
                        long(f.committerTime),
                        long(limit))))
        }
        return out
    }
}
