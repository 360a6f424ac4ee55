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
    /// Whether `a` and `b` are equal once the lines of `keys` are left out of both
    /// (on the bytes: `verify` compares this for every step of the history).
    // long-function: one pass over two texts' bytes, line against line; split, its state would be passed around.
    public static func equalWithout(_ keys: Set<String>, _ a: Data, _ b: Data) -> Bool {
        let keyBytes = keys.map { Array($0.utf8) + [0x3A] }
        /// The byte ranges of the lines kept (each with its LF).
        func kept(_ u: UnsafeRawBufferPointer) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var inFrontMatter = false
            var dropping = false
            var start = 0
            var index = 0
            while start < u.count {
                var end = start
                while end < u.count && u[end] != 0x0A { end += 1 }
                let line = start..<min(end + 1, u.count)
                var s = start
                var e = end
                if index == 0, e - s >= 3, u[s] == 0xEF, u[s + 1] == 0xBB, u[s + 2] == 0xBF { s += 3 }
                if e > s, u[e - 1] == 0x0D { e -= 1 }
                let fence = e - s == 3 && u[s] == 0x2D && u[s + 1] == 0x2D && u[s + 2] == 0x2D
                defer {
                    index += 1
                    start = end + 1
                }
                if index == 0 {
                    inFrontMatter = fence
                    out.append(line)
                    continue
                }
                guard inFrontMatter else {
                    out.append(line)
                    continue
                }
                if fence {
                    inFrontMatter = false
                    dropping = false
                    out.append(line)
                    continue
                }
                let c: UInt8? = start < end ? u[start] : nil
                if let c, c == 0x20 || c == 0x09 || (c == 0x2D && (end - start == 1 || u[start + 1] == 0x20)) {
                    if !dropping { out.append(line) }
                    continue
                }
                dropping = keyBytes.contains { k in
                    end - start >= k.count && k.indices.allSatisfy { u[start + $0] == k[$0] }
                }
                if !dropping { out.append(line) }
            }
            // A text ending in LF has no line after it (as Data.split would give an empty one).
            if u.count > 0 && u[u.count - 1] == 0x0A && !inFrontMatter { out.append(u.count..<u.count) }
            return out
        }
        return a.withUnsafeBytes { ua in
            b.withUnsafeBytes { ub in
                let ka = kept(ua)
                let kb = kept(ub)
                guard ka.count == kb.count else { return false }
                for (x, y) in zip(ka, kb) {
                    guard x.count == y.count else { return false }
                    if x.count > 0
                        && memcmp(ua.baseAddress! + x.lowerBound, ub.baseAddress! + y.lowerBound, x.count) != 0
                    {
                        return false
                    }
                }
                return true
            }
        }
    }
}
