import Foundation

/// Checks one value against its field's type and bounds.
public enum FieldValidator {
    /// What the validator needs to know of the world.
    public struct Context: Sendable {
        public let today: CalendarDate
        public let recordID: String?
        /// Whether a repository path exists (for attachments); nil skips the check.
        public let fileExists: (@Sendable (String) -> Bool)?
        public let workflow: Workflow?
        public let typeName: String?
        /// Answers already found for values that do not depend on the context.
        public var memo: FieldCheckMemo?

        public init(
            today: CalendarDate, recordID: String? = nil, fileExists: (@Sendable (String) -> Bool)? = nil,
            workflow: Workflow? = nil, typeName: String? = nil, memo: FieldCheckMemo? = nil
        ) {
            self.today = today
            self.recordID = recordID
            self.fileExists = fileExists
            self.workflow = workflow
            self.typeName = typeName
            self.memo = memo
        }
    }

    /// Problems with a single scalar value (empty values are handled by the caller).
    public static func check(_ value: String, spec: FieldSpec, context: Context) -> FieldProblem? {
        guard let memo = context.memo else { return uncachedCheck(value, spec: spec, context: context) }
        if spec.isContextFree {
            return memo.answer(value, spec: spec) { uncachedCheck(value, spec: spec, context: context) }
        }
        // What depends on the value alone is remembered; the rest (the day, the ID, the files) is checked each time.
        return memo.answer(value, spec: spec) { valueProblem(value) }
            ?? typeProblem(value, spec: spec, context: context)
    }

    static func uncachedCheck(_ value: String, spec: FieldSpec, context: Context) -> FieldProblem? {
        valueProblem(value) ?? typeProblem(value, spec: spec, context: context)
    }

    /// Hidden characters or a password: whatever the field.
    static func valueProblem(_ value: String) -> FieldProblem? {
        if value.unicodeScalars.contains(where: TerminalSafe.isUnsafe) {
            return FieldProblem(
                "teks.karakter-kendali", CoreText.holdsControlHiddenDirectionCharacters(),
                CoreText.retypeValueInsteadPasting())
        }
        if SecretScanner.assignsSecret(value) {
            return secretProblem
        }
        return nil
    }

    /// What the field's type asks of the value.
    // long-function: one case per field type of the schema, each a few lines.
    static func typeProblem(_ value: String, spec: FieldSpec, context: Context) -> FieldProblem? {
        switch spec.type {
        case .nip:
            if case .failure(let p) = NIP.parse(value, today: context.today) { return p }
        case .phone:
            if case .failure(let p) = PhoneNumber.parse(value) { return p }
        case .email:
            return EmailAddress.check(value)
        case .date:
            guard let d = CalendarDate(iso: value) else {
                // A date written the way Indonesians write it by hand (24-11-2026, 24/11/2026, 24.11.2026).
                let parts = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
                if parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
                    let dd = Int(parts[0]), let mm = Int(parts[1]), let yy = Int(parts[2]),
                    let real = CalendarDate(year: yy, month: mm, day: dd)
                {
                    return FieldProblem(
                        "tanggal.urutan", CoreText.writtenDayMonthYear(TerminalSafe.escape(value)),
                        CoreText.writeYearMonthDay(real))
                }
                return FieldProblem(
                    "tanggal.format", CoreText.realDate(TerminalSafe.escape(value)),
                    CoreText.writeYyyyMmDdE())
            }
            if spec.notFuture && d > context.today {
                return FieldProblem(
                    "tanggal.masa-depan", CoreText.dateFuture(d),
                    CoreText.writeTodaySDateEarlier())
            }
        case .golongan:
            return Golongan.check(value)
        case .enum:
            if !spec.values.contains(value) {
                let list = spec.values.joined(separator: ", ")
                if let close = spec.values.first(where: { $0.lowercased() == value.lowercased() }) {
                    return FieldProblem("enum.huruf", CoreText.writeExactly(close), CoreText.choices(list))
                }
                return FieldProblem(
                    "enum.pilihan", CoreText.oneChoices(TerminalSafe.escape(value)),
                    CoreText.chooseOne(list))
            }
        case .bool:
            if value != "true" && value != "false" {
                return FieldProblem(
                    "bool.format", CoreText.mustTrueFalse(),
                    CoreText.writeTrueYesFalse())
            }
        case .text:
            let n = value.count
            if let min = spec.minLength, n < min {
                return FieldProblem(
                    "teks.pendek", CoreText.tooShortCharactersLeast(n, min),
                    CoreText.complete())
            }
            if let max = spec.maxLength, n > max {
                return FieldProblem(
                    "teks.panjang", CoreText.tooLongCharactersMost(n, max),
                    CoreText.shortenWriteExplanationBelowClosing())
            }
        case .attachment:
            return attachmentProblem(value, context: context)
        case .id:
            guard let id = RecordID(value) else {
                return FieldProblem(
                    "id.format", CoreText.recordIdMustLookLike(),
                    CoreText.changeIdBerkasFills())
            }
            if let expected = context.recordID, expected != id.description {
                return FieldProblem(
                    "id.tidak-cocok", CoreText.idDiffersFileName(id, expected),
                    CoreText.changeIdFileName())
            }
        case .jenis:
            if let t = context.typeName, t != value {
                return FieldProblem(
                    "jenis.tidak-cocok", CoreText.typeMatchFolder(TerminalSafe.escape(value), t),
                    CoreText.writeJenis(t))
            }
        case .status:
            if let wf = context.workflow, wf.state(Status(rawValue: value)) == nil {
                let list = wf.states.map(\.name.rawValue).joined(separator: ", ")
                return FieldProblem(
                    "status.tidak-dikenal", CoreText.statusKnown(TerminalSafe.escape(value)),
                    CoreText.statusChangesOnlyThroughBerkas(list))
            }
        }
        return nil
    }

    static let secretProblem = FieldProblem(
        "rahasia", CoreText.holdsWhatLooksLikePassword(),
        CoreText.passwordsNeverWrittenIntoArchive())

    private static func attachmentProblem(_ value: String, context: Context) -> FieldProblem? {
        let hint = CoreText.putScanUnderLampiranWrite(context.recordID ?? "<ID>")
        guard RecordPath.isSafeRelative(value) else {
            return FieldProblem("lampiran.jalur", CoreText.attachmentPathValid(), hint)
        }
        if let p = PortablePath.problem(value) {
            return FieldProblem("lampiran.jalur", p, CoreText.renameFileEGLampiran(context.recordID ?? "<ID>"))
        }
        if let id = context.recordID, !value.hasPrefix("lampiran/\(id)/") {
            return FieldProblem("lampiran.folder", CoreText.attachmentsMustUnderLampiran(id), hint)
        }
        if let exists = context.fileExists, !exists(value) {
            return FieldProblem("lampiran.tidak-ada", CoreText.attachmentExist(TerminalSafe.escape(value)), hint)
        }
        return nil
    }
}

extension FieldSpec {
    /// Whether `check` answers the same for both: the same type and bounds.
    func checksAlike(_ o: FieldSpec) -> Bool {
        type == o.type && values == o.values && minLength == o.minLength && maxLength == o.maxLength
            && notFuture == o.notFuture
    }

    /// Whether a value's problem depends only on the value and this spec (not
    /// on the day, the record's ID, its files or its workflow).
    var isContextFree: Bool {
        switch type {
        case .phone, .email, .golongan, .enum, .bool, .text: return true
        case .date: return !notFuture
        case .id, .jenis, .status, .nip, .attachment: return false
        }
    }
}

/// What `FieldValidator.check` answered for values that do not depend on the
/// context, so a record's unchanged fields are not checked again in each of its
/// commits. In memory for one run only (a pure function's answers; nothing is
/// kept on disk), bounded, and safe to share, though `verify` keeps one per
/// thread.
public final class FieldCheckMemo: @unchecked Sendable {
    private struct Key: Hashable {
        let field: String
        let value: String
    }
    private struct Answer {
        let spec: FieldSpec
        let problem: FieldProblem?
    }
    private var answers: [Key: Answer] = [:]
    private let lock = NSLock()
    private let capacity: Int

    public init(capacity: Int = 50_000) { self.capacity = capacity }

    func answer(_ value: String, spec: FieldSpec, _ compute: () -> FieldProblem?) -> FieldProblem? {
        let key = Key(field: spec.key, value: value)
        lock.lock()
        let hit = answers[key]
        lock.unlock()
        // The same key under other rules (a changed schema) is answered afresh.
        if let hit, hit.spec.checksAlike(spec) { return hit.problem }
        let problem = compute()
        lock.lock()
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = Answer(spec: spec, problem: problem)
        lock.unlock()
        return problem
    }
}
