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
}
