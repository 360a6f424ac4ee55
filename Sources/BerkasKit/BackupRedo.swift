import BerkasCore
import BerkasGit
import Foundation

/// `berkas backups --redo NAME`: the steps a backup holds that main does not
/// have, done again on the record as it stands now, each as a new signed commit
/// by you. A step is redone field by field: a field the step changed is set
/// when the record still has the value the step found, left when it already
/// has the step's value, and the step is stopped when someone changed that
/// field in between — nothing is overwritten. The backup is removed once all
/// of its steps are in main.
extension BackupService {
    public struct RedoResult: Sendable {
        /// Steps done again: subject and new commit.
        public var redone: [(subject: String, commit: ObjectID)] = []
        /// Steps whose changes main already has.
        public var alreadyThere: [String] = []
        /// The step that could not be redone, and why (the steps after it are left too).
        public var stopped: (subject: String, why: Localized)? = nil
        /// Whether the backup was removed (every step is in main now).
        public var dropped = false
    }

    public func redo(archive: Archive, name: String, keyFlag: String?) throws -> RedoResult {
        let ref = try backupRef(archive: archive, name: name)
        guard let tip = try archive.repo.resolve(ref) else {
            throw BerkasError.user(.usage, KitText.backupBerkasBackupsListsThem(TerminalSafe.escape(name)))
        }
        var result = RedoResult()
        for step in try archive.repo.history(from: tip, hiding: [try archive.head()]) {
            let info = try archive.repo.commit(step)
            let subject = TerminalSafe.escape(info.message.split(separator: "\n").first.map(String.init) ?? "")
            switch try redoOne(step, info: info, archive: archive, keyFlag: keyFlag) {
            case .redone(let commit): result.redone.append((subject, commit))
            case .alreadyThere: result.alreadyThere.append(subject)
            case .stopped(let why):
                result.stopped = (subject, why)
                return result
            }
        }
        try drop(archive: archive, name: name)
        result.dropped = true
        return result
    }

    private enum StepOutcome {
        case redone(ObjectID)
        case alreadyThere
        case stopped(Localized)
    }

    /// One step of the backup, done again on main's record.
    private func redoOne(_ step: ObjectID, info: CommitInfo, archive: Archive, keyFlag: String?) throws -> StepOutcome {
        let trailers = StepTrailers(message: info.message)
        guard let parent = info.parents.first, let action = trailers.action, trailers.record != nil,
            let changed = try archive.repo.changedFiles(fromCommit: parent, toCommit: step).first(where: {
                RecordPath.parse($0.path) != nil
            })
        else { return .stopped(KitText.backupStepNotARecordStep()) }
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        let path = changed.path
        guard let (typeName, id) = RecordPath.parse(path), let type = session.rules.type(named: typeName),
            let afterText = try changed.newBlob.flatMap({ UTF8Text.decode(try archive.repo.blob($0)) }),
            let currentText = try archive.repo.file(at: path, in: session.base).flatMap(UTF8Text.decode)
        else { return .stopped(KitText.backupStepRecordGone(path)) }
        let beforeText = try changed.oldBlob.flatMap { UTF8Text.decode(try archive.repo.blob($0)) } ?? ""
        let parse = { (text: String) in try? FrontMatterParser.parse(Data(text.utf8), file: path).get() }
        guard let after = parse(afterText), let current = parse(currentText) else {
            return .stopped(KitText.backupStepRecordGone(path))
        }
        let before = parse(beforeText)
        var draft = RecordDraft(text: currentText, path: path, type: type)
        var fields: [String] = []
        for key in type.schema.keys where before?.value(key) != after.value(key) {
            let now = current.value(key)
            if now == after.value(key) { continue }
            guard now == before?.value(key), let value = after.scalar(key) else {
                return .stopped(
                    KitText.backupFieldChangedMeanwhile(key, TerminalSafe.escape(current.scalar(key) ?? "-")))
            }
            try draft.set(key, value)
            fields.append(key)
        }
        if fields.isEmpty { return .alreadyThere }
        let from = Status(rawValue: current.scalar("status") ?? "")
        let to = Status(rawValue: after.scalar("status") ?? "")
        guard let role = try allowedRole(action: action, from: from, to: to, type: type, session: session) else {
            return .stopped(KitText.backupStepNotYoursNow(action))
        }
        let problems = draft.problems(
            rules: session.rules, id: id, today: session.today, fileExists: session.fileExists())
        if !problems.isEmpty { throw BerkasError.invalidRecords(problems) }
        let paragraphs = info.message.components(separatedBy: "\n\n")
        let note = paragraphs.count >= 3 ? paragraphs[1].trimmingCharacters(in: .whitespacesAndNewlines) : nil
        let message = CommitMessage.recordStep(
            id: id.description, action: action, from: from, to: to, note: note, role: role, actor: session.actor,
            fields: fields.filter { $0 != "status" })
        return .redone(try session.commit(files: [(path, Data(draft.text.utf8))], message: message))
    }

    /// The role you take the step in, when the workflow lets you take it now.
    private func allowedRole(action: String, from: Status, to: Status, type: RecordType, session: WriteSession) throws
        -> Role?
    {
        if from == to {
            guard type.workflow.mayEdit(in: from, roles: session.memberRoles) else { return nil }
            return session.role(among: type.workflow.editRules.filter { $0.states.contains(from) }.flatMap(\.roles))
        }
        if case .allowed(let a, let role) = type.workflow.decide(
            action: ActionName(rawValue: action), in: from, roles: session.memberRoles), a.to == to
        {
            return role
        }
        return nil
    }

    func backupRef(archive: Archive, name: String) throws -> String {
        guard RecordPath.isSafeRelative(name), !name.contains("/") else {
            throw BerkasError.user(.usage, KitText.backupBerkasBackupsListsThem(TerminalSafe.escape(name)))
        }
        return BackupService.prefix + name
    }
}
