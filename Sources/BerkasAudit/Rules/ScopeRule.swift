import BerkasCore

/// One commit changes one record (with its attachments), or only the archive's
/// rules; nothing outside the places the archive knows.
public struct ScopeRule: AuditRule {
    public let name = "cakupan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        portability(f) + classified(f, change)
    }

    /// Rule book §6 (1): every file a commit adds or changes is a plain file (mode 100644: not
    /// executable, a symlink or a submodule), within the office's size limit, at a path every
    /// clone can hold, and a path it adds is not the same file on Windows or macOS as one beside it.
    func portability(_ f: CommitFacts) -> [Violation] {
        var out: [Violation] = []
        func add(_ path: String, _ m: Localized) {
            out.append(Violation(commit: f.id, rule: name, file: path, message: m))
        }
        let limit = (f.judgingRules?.config.maxFileMegabytes ?? OfficeConfig.defaultMaxFileMegabytes) * 1_048_576
        for c in f.changes where c.after != nil {
            let shown = TerminalSafe.escape(c.path)
            if c.isSpecial, let mode = c.afterMode {
                add(c.path, AuditText.plainFileModeOnlyExecutable(shown, String(mode, radix: 8)))
            }
            if let p = PortablePath.problem(c.path) {
                add(c.path, AuditText.everyOfficeComputerHoldPath(shown, p))
                continue
            }
            if let size = c.after?.count, size > limit {
                add(c.path, AuditText.mbOverArchiveSLimit(shown, size / 1_048_576, limit / 1_048_576))
            }
            // A name added beside another that Windows and macOS take for the same file. Only in the
            // folders names are chosen freely (attachments, rules): records and IDs have one spelling.
            guard c.before == nil, c.path.hasPrefix("lampiran/") || c.path.hasPrefix(".berkas/") else { continue }
            let parts = c.path.split(separator: "/").map(String.init)
            for level in 1..<parts.count where RecordID(parts[level]) == nil {
                let folder = parts[0..<level].joined(separator: "/")
                if let other = f.namesInCommit(folder).flatMap({ PortablePath.collision(parts[level], among: $0) }) {
                    add(
                        c.path,
                        AuditText.oneFileWindowsMacosLetter(
                            shown, TerminalSafe.escape(parts[level]), TerminalSafe.escape(other), folder))
                    break
                }
            }
        }
        return out
    }

    func classified(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        switch change {
        case .mixed(let reasons):
            if reasons.isEmpty, let p = f.rulesProblem {
                return [Violation(commit: f.id, rule: name, message: AuditText.parentSArchiveRulesRead(p))]
            }
            return reasons.map { Violation(commit: f.id, rule: name, message: $0) }
        case .empty:
            return [Violation(commit: f.id, rule: name, message: AuditText.commitChangesNothing())]
        default:
            return []
        }
    }
}
