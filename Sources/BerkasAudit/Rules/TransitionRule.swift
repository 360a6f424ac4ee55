import BerkasCore
import Foundation

/// Rule 3: a status change is exactly one legal action; the record is valid for
/// its new state under the schema in force; final records never change; no
/// record is deleted.
public struct TransitionRule: AuditRule {
    public let name = "alur"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard case .record(let r) = change, f.rules != nil else { return [] }
        var out: [Violation] = []
        func add(_ m: Localized) { out.append(Violation(commit: f.id, rule: name, record: r.id.description, file: r.path, message: m)) }
        let wf = r.type.workflow
        guard r.afterData != nil else {
            add(L("berkas \(r.id) dihapus; berkas arsip tidak pernah dihapus", "record \(r.id) was deleted; records are never deleted"))
            return out
        }
        for d in r.parseProblems { add(Localized(id: d.formatted(.id), en: d.formatted(.en))) }
        guard let after = r.after else { return out }
        if let b = r.beforeStatus, wf.isFinal(b) {
            add(L("berkas \(r.id) sudah berstatus akhir (\(b)) tetapi diubah", "record \(r.id) was already final (\(b)) but was changed"))
            return out
        }
        if let before = r.before {
            for key in ["id", "jenis"] where before.scalar(key) != after.scalar(key) {
                add(L("kolom \(key) diubah", "the field \(key) was changed"))
            }
        }
        let changed = r.type.schema.keys.filter { $0 != "status" && r.before?.value($0) != after.value($0) }
        switch (r.beforeStatus, r.afterStatus) {
        case (nil, let a?):
            if a != wf.initial { add(L("berkas baru harus berstatus \(wf.initial), bukan \(a)", "a new record must start as \(wf.initial), not \(a)")) }
        case (let b?, let a?) where b == a:
            if !wf.editRules.contains(where: { $0.states.contains(b) }) {
                add(L("isian diubah pada status \(b), yang tidak mengizinkan perubahan isian", "fields were changed in the state \(b), where fields may not change"))
            }
        case (let b?, let a?):
            let matching = wf.actions.filter { $0.from.contains(b) && $0.to == a }
            guard let action = matching.first(where: { $0.name.rawValue == f.trailer(.action) }) ?? matching.first else {
                add(L("status berubah dari \(b) ke \(a), yang bukan satu aksi yang sah", "the status went from \(b) to \(a), which is not one legal action"))
                break
            }
            if action.note == .required && (f.note ?? "").isEmpty {
                add(L("aksi \(action.name) memerlukan catatan di pesan commit", "the action \(action.name) needs a note in the commit message"))
            }
            for field in action.fields where after.value(field)?.isEmpty ?? true {
                add(L("aksi \(action.name) memerlukan \(field)", "the action \(action.name) requires \(field)"))
            }
            for (field, expected) in action.requires.sorted(by: { $0.key < $1.key }) where after.scalar(field) != expected {
                add(L("\(field) harus \(expected) untuk aksi \(action.name)", "\(field) must be \(expected) for the action \(action.name)"))
            }
            let settable = Set(action.fields + action.optionalFields)
            for field in changed where !settable.contains(field) {
                add(L("aksi \(action.name) juga mengubah \(field), yang bukan bagiannya", "the action \(action.name) also changed \(field), which it does not set"))
            }
            // Nothing else of the text: not the body, comments or other lines.
            if changed.allSatisfy(settable.contains), let b = r.beforeData, let a = r.afterData,
               !FieldLines.equalWithout(settable.union(["status"]), b, a) {
                add(L("aksi \(action.name) juga mengubah teks berkas di luar baris status dan isian aksinya",
                      "the action \(action.name) also changed the record's text outside its status line and the action's fields"))
            }
        default:
            add(L("status berkas tidak dapat dibaca", "the record's status cannot be read"))
        }
        let ctx = FieldValidator.Context(today: f.date, recordID: r.id.description, fileExists: f.existsInCommit, workflow: wf, typeName: r.type.name,
                                         memo: f.fieldMemo)
        // Passwords are the secret rule's (in the lines this commit changes), not reported twice.
        for d in RecordValidator.validate(after, file: r.path, type: r.type, context: ctx, bodySecrets: false) where d.code != "rahasia" {
            add(Localized(id: d.formatted(.id), en: d.formatted(.en)))
        }
        return out
    }
}
