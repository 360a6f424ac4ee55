import BerkasCore
import BerkasGit
import Foundation

/// A record's text being prepared by a command: `--set` values written in,
/// then checked as a whole, exactly as the file will be committed.
struct RecordDraft {
    var text: String
    let path: String
    let type: RecordType

    /// A `--set key=value`.
    struct Assignment {
        let key: String
        let value: String
    }

    /// Writes values in; `id`, `jenis` and `status` only when `allowSystem`.
    mutating func apply(_ assignments: [Assignment], allowSystem: Bool) throws {
        for a in assignments {
            if let spec = type.schema.field(a.key), spec.isSystem, !allowSystem {
                throw BerkasError.user(.invalid, KitText.fieldKeptBerkasChangedSet(a.key))
            }
            try set(a.key, a.value)
        }
    }

    mutating func set(_ key: String, _ value: String) throws {
        if let p = TextRules.inputProblem(value) {
            throw BerkasError.invalidRecords([
                Diagnostic(
                    code: "teks.karakter-kendali", file: "--set", line: 0, field: key, message: p,
                    hint: KitText.typeValueAgain())
            ])
        }
        let doc = try parsed()
        let spec = type.schema.field(key)
        var v = value
        if spec?.type == .nip { v = v.replacingOccurrences(of: " ", with: "") }
        let plainTypes: Set<FieldType> = [.bool, .date, .enum, .status, .id, .jenis]
        let style: FrontMatterEditor.Style = spec.map { plainTypes.contains($0.type) } == true ? .plain : .quoted
        text = FrontMatterEditor.set(key, to: v, style: style, in: text, doc: doc, order: type.schema.keys)
    }

    func parsed() throws -> FrontMatterDocument {
        switch FrontMatterParser.parse(Data(text.utf8), file: path) {
        case .success(let d): return d
        case .failure(let list): throw BerkasError.invalidRecords(list.items)
        }
    }

    /// Every problem of the draft, as the file would be committed.
    func problems(
        rules: ArchiveRules, id: RecordID, today: CalendarDate, fileExists: @escaping @Sendable (String) -> Bool
    ) -> [Diagnostic] {
        let ctx = FieldValidator.Context(
            today: today, recordID: id.description, fileExists: fileExists, workflow: type.workflow, typeName: type.name
        )
        return RecordValidator.validate(data: Data(text.utf8), file: path, rules: rules, context: ctx)
    }

    /// Attachment paths the record names.
    func attachments() -> [String] {
        guard let doc = try? parsed() else { return [] }
        var out: [String] = []
        for spec in type.schema.fields where spec.type == .attachment {
            switch doc.value(spec.key) {
            case .scalar(let s)?: if !s.isEmpty { out.append(s) }
            case .list(let l)?: out += l.filter { !$0.isEmpty }
            case nil: break
            }
        }
        return out
    }
}

/// Opens the user's editor on a file and waits for it.
enum Editor {
    static func edit(_ path: String) throws {
        let env = ProcessInfo.processInfo.environment
        let editor = nonEmpty(env["VISUAL"]) ?? nonEmpty(env["EDITOR"]) ?? "vi"
        let status = try ProcessRunner.runInteractive(["/bin/sh", "-c", editor + " \"$1\"", "sh", path])
        guard status == 0 else {
            throw BerkasError.user(.invalid, KitText.editorExitedStatusNothingSaved(editor, status))
        }
    }

    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Lines berkas writes into a draft to say what is wrong (removed before the draft is read).
    static let notePrefix = "# berkas: "

    /// The draft without berkas's note lines.
    static func withoutNotes(_ text: String) -> String {
        lines(text).filter { !$0.hasPrefix(notePrefix) }.joined(separator: "\n")
    }

    /// The lines of a text, split at each LF as a file's lines are (a CR before it
    /// stays on its line). Not Swift's `Character` split: "\r\n" is one Character,
    /// so a Notepad file would be one line.
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
    }

    /// The draft with the problems written at the top of its front matter as comment lines,
    /// so that the clerk sees them in the editor, next to the fields.
    static func withNotes(_ text: String, _ problems: [Diagnostic], language: Language) -> String {
        let crlf = text.contains("\r\n")
        let end = crlf ? "\r" : ""
        var notes = [notePrefix + (KitText.problemSFixThemSave(problems.count).text(language))]
        for p in problems.sortedForDisplay() {
            let field = p.field.map { "\($0): " } ?? ""
            notes.append(notePrefix + field + p.message.text(language) + " — " + p.hint.text(language))
        }
        var lines = lines(text)
        // After the opening `---` (a byte-order mark before it, a CR after it, as Notepad saves it).
        let at = lines.first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("---") } == true ? 1 : 0
        lines.insert(contentsOf: notes.map { TerminalSafe.escape($0) + end }, at: at)
        return lines.joined(separator: "\n")
    }

    /// The draft committed: it is removed.
    static func done(_ draftPath: String) {
        try? FileManager.default.removeItem(atPath: draftPath)
    }

    /// The draft could not be committed after all: the problems are written into
    /// it, where the clerk will see them, and it is kept for the next run.
    static func keep(_ text: String, at draftPath: String, problems: [Diagnostic], language: Language) {
        try? Data(withNotes(text, problems, language: language).utf8).write(to: URL(fileURLWithPath: draftPath))
        Notices.add(KitText.yourDraftKeptSameCommand(draftPath))
    }

    /// Lets the user fix a draft in the editor until it is valid, or gives up.
    /// The draft is kept at `draftPath` until it is saved (an answer "no", Ctrl-C
    /// or a crash keep it) and the next call offers it again, through `resume`;
    /// a template closed unchanged is cancelled. Returns the final text.
    static func loop(
        initial: String, draftPath: String, language: Language, resume: (String) -> String = { $0 },
        check: (String) throws -> [Diagnostic]
    ) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(
            atPath: (draftPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var start = initial
        if let kept = fm.contents(atPath: draftPath).flatMap(UTF8Text.decode), withoutNotes(kept) != initial {
            // Its problems as they stand now, at the top, where the clerk sees them.
            let resumed = withoutNotes(resume(kept))
            let problems = try check(resumed)
            start = problems.isEmpty ? resumed : withNotes(resumed, problems, language: language)
            FileHandle.standardError.write(Data((KitText.resumingDraftKept(draftPath).text(language)).utf8))
        }
        try Data(start.utf8).write(to: URL(fileURLWithPath: draftPath))
        let kept = KitText.yourDraftKeptSameCommand(draftPath)
        while true {
            try edit(draftPath)
            guard let data = fm.contents(atPath: draftPath), let edited = UTF8Text.decode(data) else {
                throw BerkasError.user(.invalid, KitText.editedFileNotUTF8(kept))
            }
            let text = withoutNotes(edited)
            if text == initial {
                try? fm.removeItem(atPath: draftPath)
                throw BerkasError.user(.invalid, KitText.cancelledNothingFilledNothingSaved())
            }
            let problems = try check(text)
            // Valid: the draft stays until the caller has committed it (`Editor.done`).
            if problems.isEmpty { return text }
            // The problems go into the draft itself, where the clerk will see them.
            try Data(withNotes(text, problems, language: language).utf8).write(to: URL(fileURLWithPath: draftPath))
            guard isInteractive else {
                Notices.add(kept)
                throw BerkasError.invalidRecords(problems)
            }
            for p in problems.sortedForDisplay() {
                FileHandle.standardError.write(Data((p.formatted(language) + "\n").utf8))
            }
            FileHandle.standardError.write(Data((KitText.openEditorAgainFixY().text(language)).utf8))
            let answer = readLine()?.lowercased() ?? "n"
            if answer.hasPrefix("n") || answer.hasPrefix("t") {
                Notices.add(kept)
                throw BerkasError.invalidRecords(problems)
            }
        }
    }

}
