import BerkasCore
import Foundation

/// What a commit does, read from its file changes: create the archive, change
/// the archive's rules, change exactly one record (with its attachments), or
/// remove records (with their attachments) whose retention ended.
public enum ClassifiedChange: Sendable {
    case root
    case archive(paths: [String])
    /// Only the archive's own documentation (`README.md`, `lampiran/README.md`).
    case documentation(paths: [String])
    case record(RecordChange)
    /// Only removals of records and of their attachments: a destruction (rule book §7a).
    case destruction(Destruction)
    /// Not one of the shapes above; the reasons say why.
    case mixed([Localized])
    /// Nothing changed.
    case empty

    public struct RecordChange: Sendable {
        public let id: RecordID
        public let type: RecordType
        public let path: String
        public let before: FrontMatterDocument?
        public let after: FrontMatterDocument?
        public let beforeData: Data?
        public let afterData: Data?
        public let beforeStatus: Status?
        public let afterStatus: Status?
        /// Problems parsing the new content (reported by the transition rule).
        public let parseProblems: [Diagnostic]
        public let attachments: [String]
    }

    /// The records a destruction removes, as they stood at the parent.
    public struct Destruction: Sendable {
        public struct Removed: Sendable {
            public let id: RecordID
            public let type: RecordType
            public let path: String
            public let statusBefore: Status?
        }
        public let records: [Removed]
        public let attachments: [String]
    }

    /// The archive's rules: only a pengelola may change them.
    static func isArchiveFile(_ path: String) -> Bool { path.hasPrefix(".berkas/") }

    /// The archive's own documentation: only a pengelola may change it.
    public static let documentationFiles: Set<String> = ["README.md", "lampiran/README.md"]

    // long-function: the kinds of change of the rule book (§4), one after another in its order.
    public static func classify(_ facts: CommitFacts) -> ClassifiedChange {
        if facts.isRoot { return .root }
        guard !facts.changes.isEmpty else { return .empty }
        guard let rules = facts.rules else { return .mixed([]) }
        var archive: [String] = []
        var documentation: [String] = []
        var records: [(RecordType, RecordID, CommitFacts.FileChange)] = []
        var attachments: [(String, String)] = []
        var reasons: [Localized] = []
        var onlyRemovals = true
        for c in facts.changes {
            if isArchiveFile(c.path) {
                archive.append(c.path)
                continue
            }
            if documentationFiles.contains(c.path) {
                documentation.append(c.path)
                continue
            }
            if let (typeName, id) = RecordPath.parse(c.path), let type = rules.type(named: typeName),
                type.schema.prefix == id.prefix
            {
                records.append((type, id, c))
                if c.after != nil { onlyRemovals = false }
                continue
            }
            let parts = c.path.split(separator: "/")
            if parts.count >= 3, parts[0] == "lampiran", RecordID(String(parts[1])) != nil {
                attachments.append((String(parts[1]), c.path))
                if c.after != nil { onlyRemovals = false }
                continue
            }
            reasons.append(AuditText.fileOutsidePlacesArchiveKnows(c.path))
        }
        if !archive.isEmpty && (!records.isEmpty || !attachments.isEmpty) {
            reasons.append(AuditText.oneCommitChangesArchiveS())
        }
        if !documentation.isEmpty && (!records.isEmpty || !attachments.isEmpty || !archive.isEmpty) {
            reasons.append(AuditText.oneCommitChangesArchiveS2())
        }
        // Records and attachments only removed: a destruction, whose attachments are the removed records'.
        if !records.isEmpty, onlyRemovals {
            let removed = Set(records.map(\.1.description))
            for (owner, path) in attachments where !removed.contains(owner) {
                reasons.append(AuditText.attachmentRemovedWithoutItsRecord(path))
            }
            if !reasons.isEmpty { return .mixed(reasons) }
            return .destruction(destruction(records, attachments: attachments.map(\.1), facts: facts))
        }
        if records.count > 1 {
            reasons.append(
                AuditText.oneCommitChangesRecordsOne(
                    records.count, records.map(\.1.description).joined(separator: ", ")))
        }
        if let record = records.first {
            for (owner, path) in attachments where owner != record.1.description {
                reasons.append(AuditText.attachmentBelong(path, record.1))
            }
        } else if !attachments.isEmpty {
            reasons.append(AuditText.attachmentsChangedWithoutTheirRecord())
        }
        if !reasons.isEmpty { return .mixed(reasons) }
        if !archive.isEmpty { return .archive(paths: archive) }
        if !documentation.isEmpty { return .documentation(paths: documentation) }
        let (type, id, change) = records[0]
        func parse(_ d: Data?, _ id: String?, _ problems: inout [Diagnostic], consume: Bool) -> FrontMatterDocument? {
            guard let d else { return nil }
            let result =
                facts.documents?.parse(d, id: id, file: change.path, consume: consume)
                ?? FrontMatterParser.parse(d, file: change.path)
            switch result {
            case .success(let doc): return doc
            case .failure(let list):
                problems += list.items
                return nil
            }
        }
        var ignored: [Diagnostic] = []
        var problems: [Diagnostic] = []
        let before = parse(change.before, change.beforeID, &ignored, consume: true)
        let after = parse(change.after, change.afterID, &problems, consume: false)
        return .record(
            RecordChange(
                id: id, type: type, path: change.path, before: before, after: after, beforeData: change.before,
                afterData: change.after,
                beforeStatus: before?.scalar("status").map(Status.init(rawValue:)),
                afterStatus: after?.scalar("status").map(Status.init(rawValue:)),
                parseProblems: problems, attachments: attachments.map(\.1)))
    }

    private static func destruction(
        _ records: [(RecordType, RecordID, CommitFacts.FileChange)], attachments: [String], facts: CommitFacts
    ) -> Destruction {
        Destruction(
            records: records.map { type, id, change in
                let status = change.before.flatMap { data -> Status? in
                    guard case .success(let doc) = FrontMatterParser.parse(data, file: change.path) else { return nil }
                    return doc.scalar("status").map(Status.init(rawValue:))
                }
                return .init(id: id, type: type, path: change.path, statusBefore: status)
            },
            attachments: attachments)
    }
}
