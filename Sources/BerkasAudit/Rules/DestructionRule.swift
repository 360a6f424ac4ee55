import BerkasCore

/// Rule book §7a: a destruction carries out a berita acara and removes only
/// records whose retention ended with the final disposition `musnah`, with
/// all their attachments. Who may make it (a pengelola) and what its trailers
/// say are the signer and trailer rules'.
public struct DestructionRule: AuditRule {
    public let name = "pemusnahan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard case .destruction(let d) = change, f.rules != nil else { return [] }
        var out: [Violation] = []
        func add(_ m: Localized, record: String? = nil, file: String? = nil) {
            out.append(Violation(commit: f.id, rule: name, record: record, file: file, message: m))
        }
        if let number = f.trailer(.minutes) {
            if let problem = Archival.minutesProblem(number) { add(problem) }
        } else {
            add(AuditText.destructionNamesNoMinutes())
        }
        // One walk back through the history for every record removed.
        let closedTimes = f.lastChanged(d.records.map(\.path))
        for r in d.records {
            let id = r.id.description
            func refuse(_ m: Localized) { add(m, record: id, file: r.path) }
            guard let status = r.statusBefore, r.type.workflow.isFinal(status) else {
                refuse(AuditText.destroyedRecordWasNotFinal(r.id, r.statusBefore?.rawValue ?? "—"))
                continue
            }
            guard let archival = r.type.archival else {
                refuse(AuditText.destroyedRecordTypeHasNoRetention(r.id, r.type.name))
                continue
            }
            guard archival.finalDisposition == .musnah else {
                refuse(AuditText.destroyedRecordIsNotToBeDestroyed(r.id, archival.finalDisposition.rawValue))
                continue
            }
            guard let closed = closedTimes[r.path] else {
                refuse(AuditText.destroyedRecordHistoryUnread(r.id))
                continue
            }
            let kept = archival.keptUntil(closedIn: f.zone.date(at: closed).year)
            if f.date <= kept {
                refuse(
                    AuditText.destroyedBeforeRetentionEnded(
                        r.id, words(f.zone.date(at: closed)), archival.retentionText, words(kept), words(f.date)))
            }
            let folder = "lampiran/" + id
            if let left = f.namesInCommit(folder), !left.isEmpty {
                refuse(AuditText.destroyedRecordAttachmentsRemain(r.id, folder + "/"))
            }
        }
        return out
    }

    private func words(_ d: CalendarDate) -> Localized { Localized(id: d.words(.id), en: d.words(.en)) }
}
