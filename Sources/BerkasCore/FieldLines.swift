import Foundation

/// A record's text without the lines of some top-level fields: what a workflow
/// step may not touch (rule `alur`: a step's diff is its status line and the
/// lines of the fields its action sets, nothing else).
///
/// Lines are split at LF (a CR stays part of its line). The front matter runs
/// from the first line (`---`, after an optional byte-order mark) to the next
/// line that is `---`. A field's lines are the front-matter line that begins
/// with `key:` and the lines after it that begin with a space, a tab, or `-`
/// followed by a space or nothing (a list item).
public enum FieldLines {
    public static func without(_ keys: Set<String>, in text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ l: Substring) -> Bool {
            var l = l
            if l.hasPrefix("\u{FEFF}") { l = l.dropFirst() }
            if l.hasSuffix("\r") { l = l.dropLast() }
            return l == "---"
        }
        guard let first = lines.first, isFence(first) else { return lines }
        var out: [Substring] = [first]
        var inFrontMatter = true
        var dropping = false
        for line in lines.dropFirst() {
            if inFrontMatter {
                if isFence(line) { inFrontMatter = false; dropping = false; out.append(line); continue }
                if let c = line.first, c == " " || c == "\t" || (c == "-" && (line.count == 1 || line.dropFirst().first == " ")) {
                    if !dropping { out.append(line) }
                    continue
                }
                dropping = keys.contains { line.hasPrefix($0 + ":") }
                if !dropping { out.append(line) }
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// The same on the file's bytes (what `verify` compares, for every step of the history):
    /// whether `a` and `b` are equal once the lines of `keys` are left out of both.
    public static func equalWithout(_ keys: Set<String>, _ a: Data, _ b: Data) -> Bool {
        let keyBytes = keys.map { Array($0.utf8) + [0x3A] }
        func kept(_ d: Data) -> [Data.SubSequence] {
            var out: [Data.SubSequence] = []
            var inFrontMatter = false, dropping = false, first = true
            for line in d.split(separator: 0x0A, omittingEmptySubsequences: false) {
                defer { first = false }
                var l = line
                if first, l.starts(with: [0xEF, 0xBB, 0xBF]) { l = l.dropFirst(3) }
                if l.last == 0x0D { l = l.dropLast() }
                let fence = l.elementsEqual([0x2D, 0x2D, 0x2D])
                if first { inFrontMatter = fence; out.append(line); continue }
                guard inFrontMatter else { out.append(line); continue }
                if fence { inFrontMatter = false; dropping = false; out.append(line); continue }
                if let c = line.first, c == 0x20 || c == 0x09 || (c == 0x2D && (line.count == 1 || line[line.startIndex + 1] == 0x20)) {
                    if !dropping { out.append(line) }
                    continue
                }
                dropping = keyBytes.contains { line.starts(with: $0) }
                if !dropping { out.append(line) }
            }
            return out
        }
        return kept(a).elementsEqual(kept(b))
    }
}
