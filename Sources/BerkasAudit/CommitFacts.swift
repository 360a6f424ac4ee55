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
        public init(path: String, before: Data?, after: Data?) {
            self.path = path
            self.before = before
            self.after = after
        }
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

    public init(id: String, parents: [String], message: String, committerTime: Int64, committerOffsetMinutes: Int32, authorTime: Int64,
                parentCommitterTime: Int64?, signed: SignedCommit, signature: Result<String, SSHSignatureVerifier.Failure>,
                rules: ArchiveRules?, rulesProblem: String?, newRules: ArchiveRules?, newRulesProblem: String?,
                changes: [FileChange], existsInCommit: @escaping @Sendable (String) -> Bool,
                fileInCommit: @escaping @Sendable (String) -> Data?) {
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
    }

    public var isRoot: Bool { parents.isEmpty }

    /// The commit's calendar date in its own zone.
    public var date: CalendarDate {
        let local = committerTime + Int64(committerOffsetMinutes) * 60
        return CalendarDate(daysSinceEpoch: Int((Double(local) / 86400).rounded(.down)))
    }

    public var trailers: [(key: String, value: String)] { Trailers.parse(message) }
    public func trailer(_ key: String) -> String? { trailers.first { $0.key == key }?.value }

    /// The note paragraph between subject and trailers, if any.
    public var note: String? {
        let paragraphs = message.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard paragraphs.count >= 3 else { return nil }
        return paragraphs[1..<(paragraphs.count - 1)].joined(separator: "\n\n")
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

/// A rule of DESIGN.md section 5.
public protocol AuditRule: Sendable {
    /// Stable name, e.g. `tanda-tangan`.
    var name: String { get }
    func check(_ facts: CommitFacts, _ change: ClassifiedChange) -> [Violation]
}
