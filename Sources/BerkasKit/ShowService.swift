import BerkasCore
import BerkasGit
import Foundation

/// `berkas show ID`: fields, status, who may do what next, and the timeline.
public struct ShowService {
    public struct Field {
        public let key: String
        public let label: String
        public let value: String
    }

    public struct NextAction {
        public let name: String
        public let label: String
        public let roles: [String]
        public let youMay: Bool
        /// A whole command that would do the step: its note and the fields it needs.
        public let command: String
    }

    public struct Step {
        public let time: String
        public let action: String
        public let from: String?
        public let to: String?
        public let role: String?
        public let actor: String?
        public let note: String?
        public let commit: String
    }

    public struct Result {
        public let id: String
        public let path: String
        public let status: String
        public let statusLabel: String
        public let isFinal: Bool
        public let fields: [Field]
        public let next: [NextAction]
        public let timeline: [Step]
    }

    public init() {}

    public func run(archive: Archive, idText: String, keyFlag: String?) throws -> Result {
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        let (type, id, path) = try archive.locate(idText, rules: rules, at: head)
        guard let data = try archive.repo.file(at: path, in: head) else {
            throw BerkasError.internalFailure("\(path) vanished")
        }
        let doc: FrontMatterDocument
        switch FrontMatterParser.parse(data, file: path) {
        case .success(let d): doc = d
        case .failure(let list): throw BerkasError.invalidRecords(list.items)
        }
        let status = Status(rawValue: doc.scalar("status") ?? "")
        var fields: [Field] = []
        for spec in type.schema.fields {
            guard let value = doc.value(spec.key) else { continue }
            var text: String
            switch value {
            case .scalar(let s): text = s
            case .list(let l): text = l.joined(separator: ", ")
            }
            if spec.type == .phone, case .success(let p) = PhoneNumber.parse(text) { text = p.display }
            fields.append(Field(key: spec.key, label: spec.label, value: TerminalSafe.escape(text)))
        }
        let myRoles = archive.readerRoles(keyFlag: keyFlag, rules: rules)
        let hidden = Self.hide(&fields, doc: doc, archival: type.archival, readerRoles: myRoles)
        func masking(_ note: String) -> String {
            hidden.reduce(note) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        let next = type.workflow.actions(from: status).map { a in
            var command = "berkas act \(id) \(a.name.rawValue)"
            if a.note == .required { command += " --note \"…\"" }
            for f in a.fields { command += " --set \(f)=…" }
            for (f, v) in a.requires.sorted(by: { $0.key < $1.key }) where doc.scalar(f) != v {
                command += " --set \(f)=\(v)"
            }
            return NextAction(
                name: a.name.rawValue, label: a.label, roles: a.roles.map(\.rawValue),
                youMay: a.roles.contains { myRoles.contains($0) },
                command: command)
        }
        let catalog = RecordCatalog(archive: archive, rules: rules, commit: head)
        let steps = try catalog.timeline(of: id).map { s in
            Step(
                time: formatCommitTime(s.time, offsetMinutes: s.offsetMinutes, commit: s.commit.short),
                action: TerminalSafe.escape(s.action), from: s.from.map(TerminalSafe.escape),
                to: s.to.map(TerminalSafe.escape), role: s.role.map(TerminalSafe.escape),
                actor: s.actor.map(TerminalSafe.escape), note: s.note.map { masking(TerminalSafe.escape($0)) },
                commit: s.commit.short)
        }
        return Result(
            id: id.description, path: path, status: status.rawValue,
            statusLabel: type.workflow.state(status)?.label ?? status.rawValue,
            isFinal: type.workflow.isFinal(status), fields: fields, next: next, timeline: steps)
    }

    /// Masks the personal fields a reader without the right to them may not
    /// read; returns each hidden value (as shown and as written) with its mask,
    /// for the notes that repeat it.
    static func hide(_ fields: inout [Field], doc: FrontMatterDocument, archival: Archival?, readerRoles: Set<Role>)
        -> [(String, String)]
    {
        guard let archival, !archival.mayReadWhole(readerRoles) else { return [] }
        var hidden: [(String, String)] = []
        fields = fields.map { f in
            guard archival.personalFields.contains(f.key) else { return f }
            hidden.append((f.value, Archival.masked(f.value)))
            return Field(key: f.key, label: f.label, value: Archival.masked(f.value))
        }
        for key in archival.personalFields {
            if let raw = doc.scalar(key), !raw.isEmpty { hidden.append((raw, Archival.masked(raw))) }
        }
        return hidden
    }
}
