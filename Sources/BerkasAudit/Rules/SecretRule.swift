import BerkasCore
import Foundation

/// Rule 5: nothing that looks like a password, anywhere: keys, values, notes,
/// other files, and the commit message.
public struct SecretRule: AuditRule {
    public let name = "rahasia"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        var message = f.message
        message.withUTF8 { b in
            RawLines.forEach(in: b, droppingCR: false) { i, line in
                if SecretScanner.assignsSecret(bytes: line) {
                    out.append(
                        Violation(commit: f.id, rule: name, message: AuditText.commitMessageLineLooksLike(i + 1)))
                }
            }
        }
        for c in f.changes {
            guard let data = c.after, UTF8Text.decode(data) != nil else { continue }
            let markdown = c.path.hasSuffix(".md")
            // Lines the file already had were judged by the commit that wrote them
            // (or lie before a verified range): only the lines where the new
            // version's bytes differ from the old one's are read.
            let changed =
                c.before.map { SecretRule.changedLines(old: $0, new: data, lineCount: Int.max) } ?? 0..<Int.max
            data.withUnsafeBytes { raw in
                RawLines.forEach(in: raw.bindMemory(to: UInt8.self), lines: changed, droppingCR: true) { i, line in
                    // A top-level `key:` of front matter named like a secret.
                    var secretKey = false
                    if markdown, let first = line.first, first != 0x20, first != 0x09,
                        let colon = line.firstIndex(of: 0x3A)
                    {
                        secretKey = SecretScanner.isSecretKey(bytes: UnsafeBufferPointer(rebasing: line[..<colon]))
                    }
                    if secretKey || SecretScanner.assignsSecret(bytes: line) {
                        out.append(
                            Violation(
                                commit: f.id, rule: name, file: c.path,
                                message: AuditText.lineLooksLikeHoldsPassword(c.path, i + 1)))
                    }
                }
            }
        }
        return out
    }

    /// The lines of `data` whose index is in `range`, with their index, split
    /// as `RawLines` splits them (LF, a CR before it dropped).
    static func lines(of data: Data, in range: Range<Int>) -> [(Int, String)] {
        var out: [(Int, String)] = []
        data.withUnsafeBytes { raw in
            RawLines.forEach(in: raw.bindMemory(to: UInt8.self), lines: range, droppingCR: true) {
                out.append(($0, String(decoding: $1, as: UTF8.self)))
            }
        }
        return out
    }

    /// The lines (by index) of `new` that hold a byte differing from `old`:
    /// from the line of the first differing byte to the line of the last.
    static func changedLines(old: Data, new: Data, lineCount: Int) -> Range<Int> {
        old.withUnsafeBytes { a in
            new.withUnsafeBytes { b in
                changedLines(a.bindMemory(to: UInt8.self), b.bindMemory(to: UInt8.self), lineCount: lineCount)
            }
        }
    }

    private static func changedLines(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, lineCount: Int)
        -> Range<Int>
    {
        let n = min(a.count, b.count)
        var p = 0
        while p < n, a[p] == b[p] { p += 1 }
        if p == n && a.count == b.count { return 0..<0 }
        var s = 0
        while s < n - p, a[a.count - 1 - s] == b[b.count - 1 - s] { s += 1 }
        // Line index of byte p, and of the last differing byte of `new` (or p when bytes were only removed).
        var first = 0
        for i in 0..<p where b[i] == 0x0A { first += 1 }
        var last = first
        let end = max(p, b.count - s) // exclusive end of the differing bytes in `new`
        if end > p { for i in p..<(end - 1) where b[i] == 0x0A { last += 1 } }
        return first..<min(lineCount, last + 1)
    }
}
