import BerkasCore
import BerkasSignatures
import Foundation

/// Everything the rules need to judge one commit, read from git beforehand:
/// the rules are pure functions of these facts.
public struct CommitFacts: Sendable {
    /// One file the commit adds, changes or removes.
    public struct FileChange: Sendable {
        public let path: String
        public let before: Data?
        public let after: Data?
        /// Blob ids, when known: parsed documents are shared through them.
        public let beforeID: String?
        public let afterID: String?
        /// The git mode of the file the commit leaves (nil: removed, or not known).
        public let afterMode: UInt32?
        public init(
            path: String, before: Data?, after: Data?, beforeID: String? = nil, afterID: String? = nil,
            afterMode: UInt32? = nil
        ) {
            self.path = path
            self.before = before
            self.after = after
            self.beforeID = beforeID
            self.afterID = afterID
            self.afterMode = afterMode
        }

        /// Left as something other than a plain file (mode 100644): executable, a symlink or a submodule.
        public var isSpecial: Bool { afterMode.map { $0 != 0o100644 } ?? false }
    }

    public let id: String
    public let parents: [String]
    public let message: String
    public let committerTime: Int64
    public let committerOffsetMinutes: Int32
    public let authorTime: Int64
    /// The first parent's committer time.
    public let parentCommitterTime: Int64?
    public let signed: SignedCommit
    public let signature: Result<String, SSHSignatureVerifier.Failure>
    /// Rules as they stood in the parent commit; for the root, its own rules.
    public let rules: ArchiveRules?
    /// Why the rules could not be read, if they could not.
    public let rulesProblem: String?
    /// The commit's own rules when it changes `.berkas/` (nil when unchanged or unreadable).
    public let newRules: ArchiveRules?
    public let newRulesProblem: String?
    public let changes: [FileChange]
    /// Whether a path exists as a file in this commit (attachments).
    public let existsInCommit: @Sendable (String) -> Bool
    /// The bytes of a file in this commit.
    public let fileInCommit: @Sendable (String) -> Data?
    /// The names in a folder of this commit ("" for the top), nil when there is no such folder.
    public var namesInCommit: @Sendable (String) -> [String]? = { _ in nil }
    /// For each path, the committer time of the last commit before this one that
    /// changed the file there (a destruction asks, once for all the records it
    /// removes, when each was closed); a path not found is left out.
    public var lastChanged: @Sendable ([String]) -> [String: Int64] = { _ in [:] }
    /// Parsed records shared between commits of one run (the "after" of one commit is the "before" of a later one).
    public var documents: DocumentCache? = nil
    /// Field answers shared between commits of one run (see `FieldCheckMemo`).
    public var fieldMemo: FieldCheckMemo? = nil

    public init(
        id: String, parents: [String], message: String, committerTime: Int64, committerOffsetMinutes: Int32,
        authorTime: Int64,
        parentCommitterTime: Int64?, signed: SignedCommit, signature: Result<String, SSHSignatureVerifier.Failure>,
        rules: ArchiveRules?, rulesProblem: String?, newRules: ArchiveRules?, newRulesProblem: String?,
        changes: [FileChange], existsInCommit: @escaping @Sendable (String) -> Bool,
        fileInCommit: @escaping @Sendable (String) -> Data?,
        parseKey: (String) -> SSHPublicKey? = { SSHPublicKey(line: $0) }
    ) {
        self.id = id
        self.parents = parents
        self.message = message
        self.committerTime = committerTime
        self.committerOffsetMinutes = committerOffsetMinutes
        self.authorTime = authorTime
        self.parentCommitterTime = parentCommitterTime
        self.signed = signed
        self.signature = signature
        self.rules = rules
        self.rulesProblem = rulesProblem
        self.newRules = newRules
        self.newRulesProblem = newRulesProblem
        self.changes = changes
        self.existsInCommit = existsInCommit
        self.fileInCommit = fileInCommit
        trailers = Trailers.parse(message)
        if case .success(let line) = signature { signerKey = parseKey(line) } else { signerKey = nil }
    }

    /// The key that made a good signature (parsed once: several rules ask who signed).
    public let signerKey: SSHPublicKey?

    public var isRoot: Bool { parents.isEmpty }

    /// The archive's zone, as its rules in force say.
    public var zone: OfficeZone { (rules ?? newRules)?.config.zone ?? .jakarta }

    /// The commit's calendar date in the archive's zone (not the offset its signer chose).
    public var date: CalendarDate { zone.date(at: committerTime) }

    /// The message's trailers, read once.
    public let trailers: [(key: String, value: String)]
    /// The first value of a berkas trailer.
    public func trailer(_ key: Trailer) -> String? { trailers.first { $0.key == key.rawValue }?.value }

    /// The note paragraph between subject and trailers, if any: paragraphs
    /// are runs of lines (split at LF) that are not blank (only spaces or CR).
    public var note: String? {
        var message = message
        return message.withUTF8 { b -> String? in
            var paragraphs: [[String]] = []
            var current: [String] = []
            RawLines.forEach(in: b, droppingCR: false) { _, line in
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                    if !current.isEmpty {
                        paragraphs.append(current)
                        current = []
                    }
                } else {
                    current.append(String(decoding: line, as: UTF8.self))
                }
            }
            if !current.isEmpty { paragraphs.append(current) }
            guard paragraphs.count >= 3 else { return nil }
            return paragraphs[1..<(paragraphs.count - 1)].map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
        }
    }
}

/// Parsed front matter by blob id, bounded, safe to share between threads.
public final class DocumentCache: @unchecked Sendable {
    private var entries: [String: Result<FrontMatterDocument, DiagnosticList>] = [:]
    private var order: [String] = []
    private let lock = NSLock()
    private let capacity: Int

    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// - Parameter consume: the version is being replaced (the "before" of a
    ///   change): it is not kept, since a version is replaced only once. What
    ///   stays is the latest version of records in progress.
    public func parse(_ data: Data, id: String?, file: String, consume: Bool = false) -> Result<
        FrontMatterDocument, DiagnosticList
    > {
        guard let id else { return FrontMatterParser.parse(data, file: file) }
        lock.lock()
        if let hit = entries[id] {
            if consume { entries[id] = nil }
            lock.unlock()
            return hit
        }
        lock.unlock()
        let parsed = FrontMatterParser.parse(data, file: file)
        if consume { return parsed }
        lock.lock()
        if entries[id] == nil {
            entries[id] = parsed
            order.append(id)
            if order.count > capacity {
                let drop = order.prefix(capacity / 2)
                for d in drop { entries[d] = nil }
                order.removeFirst(drop.count)
            }
        }
        lock.unlock()
        return parsed
    }
}

/// One broken rule: which commit, which record or file, which rule, and why.
public struct Violation: Sendable, Equatable {
    public let commit: String
    public let rule: String
    public let record: String?
    public let file: String?
    public let message: Localized

    public init(commit: String, rule: String, record: String? = nil, file: String? = nil, message: Localized) {
        self.commit = commit
        self.rule = rule
        self.record = record
        self.file = file
        self.message = message
    }
}

/// A rule of the rule book (docs/verification-rules.md).
public protocol AuditRule: Sendable {
    /// Stable name, e.g. `tanda-tangan`.
    var name: String { get }
    func check(_ facts: CommitFacts, _ change: ClassifiedChange) -> [Violation]
}
