import BerkasCore
import Foundation

/// Rule 5: nothing that looks like a password, anywhere: keys, values, notes,
/// other files, and the commit message.
public struct SecretRule: AuditRule {
    public let name = "rahasia"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        for (i, line) in f.message.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where SecretScanner.assignsSecret(String(line)) {
            out.append(Violation(commit: f.id, rule: name, message: L("pesan commit baris \(i + 1) tampak berisi kata sandi", "commit message line \(i + 1) looks like it holds a password")))
        }
        for c in f.changes {
            guard let data = c.after, let text = UTF8Text.decode(data) else { continue }
            let markdown = c.path.hasSuffix(".md")
            // Lines the file already had were judged by the commit that wrote them
            // (or lie before a verified range): only new and changed lines are read.
            let old: Set<String> = c.before.flatMap(UTF8Text.decode).map { Set(RawLines($0).contents) } ?? []
            for (i, line) in RawLines(text).contents.enumerated() where !old.contains(line) {
                // A top-level `key:` of front matter named like a secret.
                var secretKey = false
                if markdown, let first = line.utf8.first, first != 0x20, first != 0x09, let colon = line.firstIndex(of: ":") {
                    secretKey = SecretScanner.isSecretKey(String(line[..<colon]))
                }
                if secretKey || SecretScanner.assignsSecret(line) {
                    out.append(Violation(commit: f.id, rule: name, file: c.path,
                                         message: L("\(c.path) baris \(i + 1) tampak berisi kata sandi", "\(c.path) line \(i + 1) looks like it holds a password")))
                }
            }
        }
        return out
    }
}
