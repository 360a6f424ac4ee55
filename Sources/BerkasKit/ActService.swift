import BerkasCore
import BerkasGit
import Foundation

/// `berkas act ID ACTION`: one step of the procedure as one signed commit whose
/// diff is the status line plus the fields the step sets.
public struct ActService {
    public struct Result {
        public let id: String
        public let action: ActionName
        public let from: Status
        public let to: Status
        public let role: Role
        public let commit: ObjectID
        /// The same step was already the last commit (a rerun after an interruption): nothing new was written.
        public var alreadyDone = false
    }

    public init() {}

    public func run(
        archive: Archive, idText: String, action actionText: String, note: String?, assignments: [(String, String)],
        keyFlag: String?
    ) throws -> Result {
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        let record = try session.openRecord(idText)
        Trace.mark("act: record read")
        let (type, id, path, original) = (record.type, record.id, record.path, record.text)
        var draft = RecordDraft(text: original, path: path, type: type)
        let before = try draft.parsed()
        let status = Status(rawValue: before.scalar("status") ?? "")
        let workflow = type.workflow
        let action: Workflow.Action
        let role: Role
        let decision = workflow.decide(action: ActionName(rawValue: actionText), in: status, roles: session.memberRoles)
        switch decision {
        case .final, .illegal:
            if let done = try alreadyDone(
                session: session, id: id, action: actionText, note: note, assignments: assignments, document: before)
            {
                return done
            }
        default: break
        }
        switch decision {
        case .final(let s):
            throw BerkasError.user(.invalid, KitText.finalStateNeverChangesAgain(id, s))
        case .illegal(let allowed):
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            throw BerkasError.user(
                .invalid, KitText.actionTakenStatePossibleActions(TerminalSafe.escape(actionText), status, list))
        case .wrongRole(let roles):
            throw session.notAllowed(KitText.actionOn(actionText, id), allowed: roles)
        case .allowed(let a, let r):
            action = a
            role = r
        }
        let trimmedNote = try Self.checkedNote(note, for: action)
        let settable = Set(action.fields + action.optionalFields)
        for (key, _) in assignments where !settable.contains(key) {
            let list = settable.isEmpty ? "-" : (action.fields + action.optionalFields).joined(separator: ", ")
            throw BerkasError.user(.invalid, KitText.actionSetSetsOtherFields(action.name, key, list))
        }
        draft.text = try Self.stepText(original, type: type, path: path, action: action, assignments: assignments)
        let after = try draft.parsed()
        Trace.mark("act: record changed")
        let problems =
            draft.problems(rules: session.rules, id: id, today: session.today, fileExists: session.fileExists())
            + Self.actionProblems(action, after: after, type: type, id: id, path: path)
        if !problems.isEmpty { throw BerkasError.invalidRecords(problems) }
        Trace.mark("act: record validated")
        let changed = type.schema.keys.filter { $0 != "status" && before.value($0) != after.value($0) }
        let message = CommitMessage.recordStep(
            id: id.description, action: action.name.rawValue, from: status, to: action.to,
            note: trimmedNote, role: role, actor: session.actor, fields: changed)
        let commit = try session.commit(files: [(path, Data(draft.text.utf8))], message: message)
        return Result(id: id.description, action: action.name, from: status, to: action.to, role: role, commit: commit)
    }

    /// A record's text after a step, as `act` writes it: the values given, then
    /// the new state (the archive generator of the benchmarks writes through this too).
    public static func stepText(
        _ text: String, type: RecordType, path: String, action: Workflow.Action, assignments: [(String, String)]
    ) throws -> String {
        var draft = RecordDraft(text: text, path: path, type: type)
        try draft.apply(assignments.map { .init(key: $0.0, value: $0.1) }, allowSystem: false)
        try draft.set("status", action.to.rawValue)
        return draft.text
    }

    /// The step's note, trimmed: present when the action needs one, absent when it
    /// takes none, and never a password or control characters.
    static func checkedNote(_ note: String?, for action: Workflow.Action) throws -> String? {
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let n = trimmed, let p = TextRules.inputProblem(n, multiline: true) {
            throw BerkasError.user(.invalid, KitText.noteOption(p))
        }
        if action.note == .required && (trimmed ?? "").isEmpty {
            throw BerkasError.user(.invalid, KitText.actionNeedsNoteAddNote(action.name, action.label))
        }
        if action.note == .none && !(trimmed ?? "").isEmpty {
            throw BerkasError.user(.usage, KitText.actionTakesNoteDropNote(action.name))
        }
        if let n = trimmed {
            if SecretScanner.assignsSecret(n) {
                throw BerkasError.user(.invalid, KitText.noteLooksLikeHoldsPassword())
            }
            if n.unicodeScalars.contains(where: { $0 != "\n" && TerminalSafe.isUnsafe($0) }) {
                throw BerkasError.user(.invalid, KitText.noteHoldsControlCharactersRetype())
            }
        }
        return trimmed
    }

    /// What the action itself asks of the record after it: the fields it must
    /// fill, and the values it requires (e.g. the identity checked before a reset).
    static func actionProblems(
        _ action: Workflow.Action, after: FrontMatterDocument, type: RecordType, id: RecordID, path: String
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let settable = Set(action.fields + action.optionalFields)
        for field in action.fields where after.value(field)?.isEmpty ?? true {
            let label = type.schema.field(field)?.label ?? field
            problems.append(
                Diagnostic(
                    code: "aksi.kolom-wajib", file: path, line: after.entry(field)?.line ?? after.closingLine,
                    field: field,
                    message: KitText.requiredAction(label, action.name),
                    hint: KitText.addSet(field)))
        }
        for (field, expected) in action.requires.sorted(by: { $0.key < $1.key }) where after.scalar(field) != expected {
            let label = type.schema.field(field)?.label ?? field
            problems.append(
                Diagnostic(
                    code: "aksi.syarat", file: path, line: after.entry(field)?.line ?? after.closingLine, field: field,
                    message: KitText.mustBefore(label, expected, action.name),
                    hint: settable.contains(field)
                        ? KitText.addSetOnceTrue(field, expected)
                        : KitText.changeBerkasEditSet(id, field, expected)))
        }
        return problems
    }

    /// When the last commit is exactly this step by this member (the command
    /// ran before and was interrupted, or is repeated), report it instead of failing.
    private func alreadyDone(
        session: WriteSession, id: RecordID, action: String, note: String?, assignments: [(String, String)],
        document: FrontMatterDocument
    ) throws -> Result? {
        let info = try session.archive.repo.commit(session.base)
        let step = StepTrailers(message: info.message)
        guard step.record == id.description, step.action == action, step.actor == session.actor,
            let from = step.from, let to = step.to, let role = step.role,
            document.scalar("status") == to
        else { return nil }
        let paragraphs = info.message.components(separatedBy: "\n\n")
        let recordedNote = paragraphs.count >= 3 ? paragraphs[1].trimmingCharacters(in: .whitespacesAndNewlines) : nil
        guard
            recordedNote == note?.trimmingCharacters(in: .whitespacesAndNewlines)
                || (recordedNote == nil && (note ?? "").isEmpty)
        else { return nil }
        for (key, value) in assignments where document.scalar(key) != value { return nil }
        return Result(
            id: id.description, action: ActionName(rawValue: action), from: Status(rawValue: from),
            to: Status(rawValue: to),
            role: Role(rawValue: role), commit: session.base, alreadyDone: true)
    }
}
