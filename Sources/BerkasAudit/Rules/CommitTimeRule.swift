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
        func long(_ t: Int64, _ l: Language) -> String { LocalTime.long(t, zone: zone, language: l) }
        // Out of range: nothing else about the time can be judged.
        for (who, seconds, offset) in [("commit", f.committerTime, f.committerOffsetMinutes), ("penulis", f.authorTime, Int32(0))] {
            let problem: Localized?
            if seconds < Moment.range.lowerBound {
                problem = L("sebelum 1 Januari 1970", "before 1 January 1970")
            } else if seconds > Moment.range.upperBound {
                problem = L("sesudah tahun 9999", "after the year 9999")
            } else if !Moment.isValidOffset(offset) {
                let o = LocalTime.offsetText(offset, language: .id), oe = LocalTime.offsetText(offset, language: .en)
                problem = L("zona \(o), yang tidak dimiliki tempat mana pun (−12.00 s.d. +14.00)", "zone \(oe), which no place has (−12:00 to +14:00)")
            } else { problem = nil }
            if let problem {
                let en = who == "commit" ? "commit" : "author"
                out.append(Violation(commit: f.id, rule: name, message: L("waktu \(who) tidak dapat ditempatkan: \(problem.id)", "the \(en) time cannot be placed: \(problem.en)")))
            }
        }
        guard out.isEmpty else { return out }
        if let parent = f.parentCommitterTime, Moment.range.contains(parent), f.committerTime < parent {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu commit (\(long(f.committerTime, .id))) lebih awal dari induknya (\(long(parent, .id)))",
                                                                      "the commit time (\(long(f.committerTime, .en))) is earlier than its parent's (\(long(parent, .en)))")))
        }
        if f.authorTime > f.committerTime {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu penulis (\(long(f.authorTime, .id))) lebih akhir dari waktu commit (\(long(f.committerTime, .id)))",
                                                                      "the author time (\(long(f.authorTime, .en))) is later than the commit time (\(long(f.committerTime, .en)))")))
        }
        if let limit = notAfter, f.committerTime > limit {
            out.append(Violation(commit: f.id, rule: name, message: L("waktu commit (\(long(f.committerTime, .id))) ada di masa depan: sesudah \(long(limit, .id)), jam server ditambah 5 menit",
                                                                      "the commit time (\(long(f.committerTime, .en))) is in the future: after \(long(limit, .en)), the server's clock plus 5 minutes")))
        }
        return out
    }
}
