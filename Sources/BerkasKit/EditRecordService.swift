import BerkasCore
import BerkasGit
import Foundation

/// `berkas edit ID`: change fields (by `--set` or in the editor) of a record
/// in a state where the workflow lets the signer's role edit, as one signed commit.
public struct EditRecordService {
    public struct Result {
        public let id: String
        public let path: String
        /// Nil when nothing changed (no commit made).
        public let commit: ObjectID?
        public let fields: [String]
    }

    public init() {}

    /// Commits a new text for a record, written by hand (`berkas commit`).
    public func run(archive: Archive, idText: String, replacement: String, keyFlag: String?) throws -> Result {
        try run(
            archive: archive, idText: idText, assignments: [], keyFlag: keyFlag, language: .id, replacement: replacement
        )
    }

    public func run(
        archive: Archive, idText: String, assignments: [(String, String)], keyFlag: String?, language: Language,
        replacement: String? = nil
    ) throws -> Result {
        // In the editor, the archive is only read while the clerk types; the lock is
        // taken for the commit, when the record must still be as it was.
        let inEditor = replacement == nil && assignments.isEmpty
        var session = try WriteSession(archive: archive, keyFlag: keyFlag, locked: !inEditor)
        let record = try session.openRecord(idText, workTreeMayDiffer: replacement != nil)
        let (type, id, path, original) = (record.type, record.id, record.path, record.text)
        var draft = RecordDraft(text: original, path: path, type: type)
        let before = try draft.parsed()
        let status = Status(rawValue: before.scalar("status") ?? "")
        try Self.requireEditable(id: id, status: status, workflow: type.workflow, session: session)
        let exists = session.fileExists()
        var draftPath: String? = nil
        let checkUnchangedSystemFields = { (d: RecordDraft) in Self.changedSystemFields(d, before: before, path: path) }
        if let replacement {
            draft.text = replacement
            let problems =
                draft.problems(rules: session.rules, id: id, today: session.today, fileExists: exists)
                + checkUnchangedSystemFields(draft)
            if !problems.isEmpty { throw BerkasError.invalidRecords(problems) }
        } else if inEditor {
            draftPath = archive.repo.gitDir + "berkas/draf/\(id).md"
            let reader = session
            draft.text = try Editor.loop(initial: original, draftPath: draftPath!, language: language) { text in
                var d = draft
                d.text = text
                return d.problems(rules: reader.rules, id: id, today: reader.today, fileExists: exists)
                    + checkUnchangedSystemFields(d)
            }
            session = try Self.lockedAgain(
                archive, keyFlag: keyFlag, idText: idText, original: original, draft: draftPath!)
        } else {
            try draft.apply(assignments.map { .init(key: $0.0, value: $0.1) }, allowSystem: false)
            let problems = draft.problems(rules: session.rules, id: id, today: session.today, fileExists: exists)
            if !problems.isEmpty { throw BerkasError.invalidRecords(problems) }
        }
        let after = try draft.parsed()
        let changed = type.schema.keys.filter { before.value($0) != after.value($0) }
        let attachments = try session.changedAttachments(draft.attachments())
        if draft.text == original && attachments.isEmpty {
            if let draftPath { Editor.done(draftPath) }
            return Result(id: id.description, path: path, commit: nil, fields: [])
        }
        guard
            let role = session.role(
                among: type.workflow.editRules.filter { $0.states.contains(status) }.flatMap(\.roles))
        else {
            throw BerkasError.internalFailure("role vanished")
        }
        let message = CommitMessage.recordStep(
            id: id.description, action: "ubah", from: status, to: status, note: nil, role: role,
            actor: session.actor, fields: changed)
        let commit = try session.commit(files: [(path, Data(draft.text.utf8))] + attachments, message: message)
        if let draftPath { Editor.done(draftPath) }
        return Result(id: id.description, path: path, commit: commit, fields: changed)
    }

    /// The session the edit is committed in, taken once the editor is closed: the
    /// record must still be as it was when the editor opened (the draft is kept if not).
    static func lockedAgain(_ archive: Archive, keyFlag: String?, idText: String, original: String, draft: String)
        throws -> WriteSession
    {
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        let now = try session.openRecord(idText)
        guard now.text == original else {
            Notices.add(KitText.yourDraftKeptSameCommand(draft))
            throw BerkasError.user(.tryAgain, KitText.recordChangedWhileEditing(now.id))
        }
        return session
    }

    /// A record may be edited only before a final state, by a role the workflow lets edit in its state.
    static func requireEditable(id: RecordID, status: Status, workflow: Workflow, session: WriteSession) throws {
        if workflow.isFinal(status) {
            throw BerkasError.user(.invalid, KitText.finalStateNeverChangesAgain(id, status))
        }
        guard workflow.mayEdit(in: status, roles: session.memberRoles) else {
            let allowed = workflow.editRules.filter { $0.states.contains(status) }.flatMap(\.roles)
            if allowed.isEmpty {
                throw BerkasError.user(.notAllowed, KitText.fieldsChangedState(id, status))
            }
            throw session.notAllowed(KitText.changingState(id, status), allowed: allowed)
        }
    }

    /// `id`, `jenis` and `status` changed by hand: only berkas's own steps change them.
    static func changedSystemFields(_ d: RecordDraft, before: FrontMatterDocument, path: String) -> [Diagnostic] {
        guard let doc = try? d.parsed() else { return [] }
        var out: [Diagnostic] = []
        for key in ["id", "jenis", "status"] where doc.scalar(key) != before.scalar(key) {
            out.append(
                Diagnostic(
                    code: "\(key).diubah", file: path, line: doc.line(of: key), field: key,
                    message: KitText.mayChangedHere(),
                    hint: KitText.putBackStatusChangesOnly(key, before.scalar(key) ?? "")))
        }
        return out
    }
}
