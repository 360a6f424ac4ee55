import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// `berkas log [ID]`: the audit trail read from git, each step with its
/// signature verdict under the rules in force at the time.
public struct LogService {
    public struct Entry {
        public let commit: String
        public let time: String
        /// The committer's time, in seconds since 1970.
        public let seconds: Int64
        public let record: String?
        public let action: String
        public let from: String?
        public let to: String?
        public let actor: String
        public let role: String
        public let subject: String
        /// Empty when every rule holds for this commit.
        public let violations: [Violation]
        /// The signer's member name, when the signature is good and the key known.
        public let signer: String?
    }

    public init() {}

    public func run(archive: Archive, idText: String?) throws -> [Entry] {
        let repo = archive.repo
        let head = try archive.head()
        if let idText, RecordID(idText) == nil {
            throw BerkasError.user(.usage, KitText.recordIdEGRa(TerminalSafe.escape(idText)))
        }
        let auditor = Auditor()
        var reader = try FactsReader(repo: repo)
        var out: [Entry] = []
        try GitRepository.withAuditReading {
            for id in try repo.history(from: head) {
                let info = try repo.commit(id)
                let step = StepTrailers(message: info.message)
                let record = step.record
                let facts = try reader.facts(for: id)
                let touches = facts.changes.contains { RecordPath.parse($0.path)?.id.description == idText }
                if let idText, record != idText && !touches { continue }
                let rules = facts.isRoot ? facts.newRules : facts.rules
                let signer = rules.flatMap { facts.signer(in: $0) }
                // Every text from the commit is escaped: a trailer may hold what a terminal would act on.
                let safe = { (s: String?) in s.map(TerminalSafe.escape) }
                out.append(
                    Entry(
                        commit: id.short,
                        time: formatCommitTime(
                            info.committer.time, offsetMinutes: info.committer.offsetMinutes, commit: id.short),
                        seconds: info.committer.time, record: safe(record), action: safe(step.action) ?? "?",
                        from: safe(step.from),
                        to: safe(step.to),
                        actor: TerminalSafe.escape(step.actor ?? info.author.name), role: safe(step.role) ?? "?",
                        subject: TerminalSafe.escape(info.message.split(separator: "\n").first.map(String.init) ?? ""),
                        violations: auditor.audit(facts), signer: signer.map { TerminalSafe.escape($0.name) }))
            }
        }
        return out
    }
}
