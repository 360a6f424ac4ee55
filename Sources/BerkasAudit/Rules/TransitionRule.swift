import BerkasCore
import Foundation

/// Rule 3: a status change is exactly one legal action; the record is valid for
/// its new state under the schema in force; final records never change; no
/// record is deleted.
public struct TransitionRule: AuditRule {
    public let name = "alur"
    public init() {}

    // long-function: the clauses of the rule book's transition rule (§8), one after another in its order.
    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard case .record(let r) = change, f.rules != nil else { return [] }
        var out: [Violation] = []
        func add(_ m: Localized) {
            out.append(Violation(commit: f.id, rule: name, record: r.id.description, file: r.path, message: m))
        }
        let wf = r.type.workflow
        guard r.afterData != nil else {
            add(AuditText.recordDeletedRecordsNeverDeleted(r.id))
            return out
        }
        for d in r.parseProblems { add(Localized(id: d.formatted(.id), en: d.formatted(.en))) }
        guard let after = r.after else { return out }
        if let b = r.beforeStatus, wf.isFinal(b) {
            add(AuditText.recordAlreadyFinalButChanged(r.id, b))
            return out
        }
        if let before = r.before {
            for key in ["id", "jenis"] where before.scalar(key) != after.scalar(key) {
                add(AuditText.fieldChanged(key))
            }
        }
        let changed = r.type.schema.keys.filter { $0 != "status" && r.before?.value($0) != after.value($0) }
        switch (r.beforeStatus, r.afterStatus) {
        case (nil, let a?):
            if a != wf.initial { add(AuditText.newRecordMustStart(wf.initial, a)) }
        case (let b?, let a?) where b == a:
            if !wf.editRules.contains(where: { $0.states.contains(b) }) {
                add(AuditText.fieldsWereChangedStateWhere(b))
            }
        case (let b?, let a?):
            let matching = wf.actions.filter { $0.from.contains(b) && $0.to == a }
            guard let action = matching.first(where: { $0.name.rawValue == f.trailer(.action) }) ?? matching.first
            else {
                add(AuditText.statusWentWhichOneLegal(b, a))
                break
            }
            if action.note == .required && (f.note ?? "").isEmpty {
                add(AuditText.actionNeedsNoteCommitMessage(action.name))
            }
            for field in action.fields where after.value(field)?.isEmpty ?? true {
                add(AuditText.actionRequires(action.name, field))
            }
            for (field, expected) in action.requires.sorted(by: { $0.key < $1.key })
            where after.scalar(field) != expected {
                add(AuditText.mustAction(field, expected, action.name))
            }
            let settable = Set(action.fields + action.optionalFields)
            for field in changed where !settable.contains(field) {
                add(AuditText.actionAlsoChangedWhichSet(action.name, field))
            }
            // Nothing else of the text: not the body, comments or other lines.
            if changed.allSatisfy(settable.contains), let b = r.beforeData, let a = r.afterData,
                !FieldLines.equalWithout(settable.union(["status"]), b, a)
            {
                add(AuditText.actionAlsoChangedRecordS(action.name))
            }
        default:
            add(AuditText.recordSStatusRead())
        }
        let ctx = FieldValidator.Context(
            today: f.date, recordID: r.id.description, fileExists: f.existsInCommit, workflow: wf,
            typeName: r.type.name,
            memo: f.fieldMemo)
        // Passwords are the secret rule's (in the lines this commit changes), not reported twice.
        for d in RecordValidator.validate(after, file: r.path, type: r.type, context: ctx, bodySecrets: false)
        where d.code != "rahasia" {
            add(Localized(id: d.formatted(.id), en: d.formatted(.en)))
        }
        return out
    }
}
