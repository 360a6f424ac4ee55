import BerkasCore
import BerkasGit
import Foundation

/// `berkas new`: a record from the type's template, with the next free ID,
/// checked, and committed as one signed commit.
public struct NewRecordService {
    public struct Result {
        public let id: String
        public let path: String
        public let commit: ObjectID
        /// The same request was the last commit (a rerun): nothing new was written.
        public var alreadyDone = false
    }

    public init() {}

    public func run(
        archive: Archive, typeName: String?, assignments: [(String, String)], openEditor: Bool, keyFlag: String?,
        language: Language
    ) throws -> Result {
        // With the editor, the archive is only read while the clerk types (no lock: a
        // `sync` or another step may run meanwhile); the lock is taken for the commit,
        // and the ID worked out again then.
        var session = try WriteSession(archive: archive, keyFlag: keyFlag, locked: !openEditor)
        let type = try Self.type(named: typeName, rules: session.rules)
        guard session.role(among: type.workflow.createRoles) != nil else {
            throw session.notAllowed(KitText.recordingNewRequest(), allowed: type.workflow.createRoles)
        }
        var id = try nextID(type: type, session: session)
        var draft = RecordDraft(text: type.template, path: RecordPath.path(type: type.name, id: id), type: type)
        draft.text = try Self.recordText(type: type, id: id, assignments: assignments)
        var draftPath: String? = nil
        if openEditor {
            (draft.text, draftPath) = try editInEditor(draft, id: id, session: session, language: language)
            session = try WriteSession(archive: archive, keyFlag: keyFlag)
            id = try nextID(type: type, session: session)
            draft = RecordDraft(text: draft.text, path: RecordPath.path(type: type.name, id: id), type: type)
            try draft.set("id", id.description)
        } else if let done = try alreadyRecorded(draft: draft, type: type, session: session) {
            return done
        }
        let path = draft.path
        if FileManager.default.fileExists(atPath: archive.root + path) {
            throw BerkasError.user(.tryAgain, KitText.existsWorkTreeButRecorded(path))
        }
        let problems = draft.problems(
            rules: session.rules, id: id, today: session.today, fileExists: session.fileExists())
        if !problems.isEmpty {
            if let draftPath { Editor.keep(draft.text, at: draftPath, problems: problems, language: language) }
            throw BerkasError.invalidRecords(problems)
        }
        guard let role = session.role(among: type.workflow.createRoles) else {
            throw session.notAllowed(KitText.recordingNewRequest(), allowed: type.workflow.createRoles)
        }
        let message = CommitMessage.recordStep(
            id: id.description, action: "buat", from: nil, to: type.workflow.initial,
            note: Self.creationNote(try draft.parsed()), role: role, actor: session.actor)
        let files = [(path, Optional(Data(draft.text.utf8)))] + (try session.changedAttachments(draft.attachments()))
        let commit: ObjectID
        do { commit = try session.commit(files: files, message: message) } catch {
            if let draftPath { Notices.add(KitText.yourDraftKeptSameCommand(draftPath)) }
            throw error
        }
        if let draftPath { Editor.done(draftPath) }
        return Result(id: id.description, path: path, commit: commit)
    }

    /// The type asked for, or the archive's first.
    static func type(named typeName: String?, rules: ArchiveRules) throws -> RecordType {
        if let typeName {
            guard let t = rules.type(named: typeName) else {
                let known = rules.types.map(\.name).joined(separator: ", ")
                throw BerkasError.user(.usage, KitText.recordTypeTypes(typeName, known))
            }
            return t
        }
        guard let t = rules.types.first else { throw BerkasError.user(.invalid, KitText.archiveRecordType()) }
        return t
    }

    /// `new --edit`: the clerk's editor loop over the draft (kept and offered again
    /// when interrupted), each save checked as `new` would check it.
    private func editInEditor(_ draft: RecordDraft, id: RecordID, session: WriteSession, language: Language) throws
        -> (text: String, draftPath: String)
    {
        let (type, path, rules, exists) = (draft.type, draft.path, session.rules, session.fileExists())
        // One kept draft per type: the ID it will get is worked out again when it is resumed.
        let draftPath = session.archive.repo.gitDir + "berkas/draf/baru-\(type.name).md"
        let resume: (String) -> String = { kept in
            var d = draft
            d.text = Editor.withoutNotes(kept)
            return (try? d.set("id", id.description)).map { d.text } ?? kept
        }
        let template = Data(draft.text.utf8)
        let edited = try Editor.loop(initial: draft.text, draftPath: draftPath, language: language, resume: resume) {
            text in
            var d = draft
            d.text = text
            var problems = d.problems(rules: rules, id: id, today: session.today, fileExists: exists)
            if let doc = try? d.parsed(), doc.scalar("status") != type.workflow.initial.rawValue {
                problems.append(
                    Diagnostic(
                        code: "status.diubah", file: path, line: doc.line(of: "status"), field: "status",
                        message: KitText.newRecordMustHaveStatus(type.workflow.initial),
                        hint: KitText.putBackStatus(type.workflow.initial)))
            }
            return problems
        }
        // Stored as berkas writes records (LF, no byte-order mark), whatever the editor saved.
        return (UTF8Text.likeCommitted(edited, committed: template), draftPath)
    }

    /// A new record's text as `new` writes it: the type's template with its ID,
    /// type and first state, and the values given (the archive generator of the
    /// benchmarks writes its records through this too).
    public static func recordText(type: RecordType, id: RecordID, assignments: [(String, String)]) throws -> String {
        let path = RecordPath.path(type: type.name, id: id)
        var draft = RecordDraft(text: type.template, path: path, type: type)
        try draft.set("id", id.description)
        try draft.set("jenis", type.name)
        try draft.set("status", type.workflow.initial.rawValue)
        try draft.apply(assignments.map { .init(key: $0.0, value: $0.1) }, allowSystem: false)
        return draft.text
    }

    /// The note of a new record's commit: the applicant's name, no personal data
    /// (a commit message is copied into every clone and log and can never be masked).
    public static func creationNote(_ doc: FrontMatterDocument) -> String? {
        doc.scalar("nama").map { "Surat permintaan dari \($0) dicatat." }
    }

    /// When the last commit created this very request (same member, same text
    /// but for the ID), a rerun reports it instead of recording a duplicate.
    private func alreadyRecorded(draft: RecordDraft, type: RecordType, session: WriteSession) throws -> Result? {
        let info = try session.archive.repo.commit(session.base)
        let step = StepTrailers(message: info.message)
        guard step.action == "buat", step.actor == session.actor, let idText = step.record, let id = RecordID(idText)
        else { return nil }
        let path = RecordPath.path(type: type.name, id: id)
        var same = RecordDraft(text: draft.text, path: path, type: type)
        try same.set("id", id.description)
        guard try session.archive.repo.file(at: path, in: session.base) == Data(same.text.utf8) else { return nil }
        return Result(id: id.description, path: path, commit: session.base, alreadyDone: true)
    }

    /// One more than the highest number used this year in the base commit.
    func nextID(type: RecordType, session: WriteSession) throws -> RecordID {
        let year = session.today.year
        let folder = "\(type.name)/\(String(format: "%04d", year))"
        var highest = 0
        for entry in try session.archive.repo.list(folder, in: session.base) where entry.isBlob {
            if let (_, id) = RecordPath.parse("\(folder)/\(entry.name)"), id.prefix == type.schema.prefix {
                highest = max(highest, id.number)
            }
        }
        return RecordID(prefix: type.schema.prefix, year: year, number: highest + 1)
    }
}
