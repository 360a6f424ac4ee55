import BerkasCore

/// One commit changes one record (with its attachments), or only the archive's
/// rules; nothing outside the places the archive knows.
public struct ScopeRule: AuditRule {
    public let name = "cakupan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        // Only plain files: a symlink or submodule breaks clones and points outside the archive.
        let special = f.changes.filter(\.isSpecial).map { c in
            Violation(commit: f.id, rule: name, file: c.path,
                      message: L("\(c.path) bukan berkas biasa (mode \(String(c.afterMode!, radix: 8)): symlink atau submodule); arsip hanya menyimpan berkas biasa",
                                 "\(c.path) is not a plain file (mode \(String(c.afterMode!, radix: 8)): a symlink or submodule); the archive holds plain files only"))
        }
        return special + classified(f, change)
    }

    func classified(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        switch change {
        case .mixed(let reasons):
            if reasons.isEmpty, let p = f.rulesProblem {
                return [Violation(commit: f.id, rule: name, message: L("pengaturan arsip pada induk tidak dapat dibaca: \(p)", "the parent's archive rules cannot be read: \(p)"))]
            }
            return reasons.map { Violation(commit: f.id, rule: name, message: $0) }
        case .empty:
            return [Violation(commit: f.id, rule: name, message: L("commit tanpa perubahan", "a commit that changes nothing"))]
        default:
            return []
        }
    }
}
