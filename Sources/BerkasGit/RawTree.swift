internal import CLibgit2
import Foundation

/// A git tree object as stored: `mode SP name NUL id(20 bytes)`, entries
/// sorted by name (a folder sorts as if its name ended in "/").
///
/// The audit reads one commit after another whose trees differ in one or two
/// entries out of thousands (a year folder). Parsing such a tree in full for
/// every commit is what made verification slow; here a tree remembers where
/// its entries start, and a tree compared with a relative (the same folder in
/// a nearby commit) is parsed only in the window where their bytes differ.
public struct RawTree: Sendable {
    /// The entries, after a `tree <size>\0` header of `headerLength` bytes
    /// (none for trees the audit reads: their bytes stay libgit2's, not copied).
    let stream: ObjectBytes
    /// Length of the `tree <size>\0` header in `stream` (0: not there).
    let headerLength: Int
    /// Start of each entry, relative to the content (after the header).
    let offsets: [Int32]

    var contentLength: Int { stream.count - headerLength }

    /// One entry, as ranges into `stream`.
    struct Entry {
        let start: Int // of the mode
        let nameStart: Int
        let nameEnd: Int // the NUL
        let idStart: Int
        var next: Int { idStart + 20 }
        let isTree: Bool
        let mode: UInt32
    }

    enum Malformed: Error {
        case entry(Int)
        case order(Int)
    }

    /// Parses the entry starting at content offset `at`.
    static func entry(_ s: UnsafeBufferPointer<UInt8>, header h: Int, at offset: Int) throws(Malformed) -> Entry {
        let start = h + offset
        var i = start
        var mode: UInt32 = 0
        var digits = 0
        while i < s.count, s[i] != 0x20 {
            let c = s[i]
            guard c >= 0x30, c <= 0x37, digits < 7 else { throw .entry(offset) }
            mode = mode << 3 | UInt32(c - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, i < s.count else { throw .entry(offset) }
        i += 1
        let nameStart = i
        while i < s.count, s[i] != 0 {
            guard s[i] != 0x2F else { throw .entry(offset) } // "/" in a name
            i += 1
        }
        guard i < s.count, i > nameStart, i + 21 <= s.count else { throw .entry(offset) }
        let nameLength = i - nameStart
        if (nameLength == 1 && s[nameStart] == 0x2E)
            || (nameLength == 2 && s[nameStart] == 0x2E && s[nameStart + 1] == 0x2E)
        {
            throw .entry(offset)
        }
        return Entry(
            start: start, nameStart: nameStart, nameEnd: i, idStart: i + 1, isTree: mode == 0o40000, mode: mode)
    }

    /// git's tree order: names compared bytewise, a folder as if followed by "/".
    static func compare(_ s: UnsafeBufferPointer<UInt8>, _ a: Entry, _ t: UnsafeBufferPointer<UInt8>, _ b: Entry) -> Int
    {
        let la = a.nameEnd - a.nameStart
        let lb = b.nameEnd - b.nameStart
        let n = min(la, lb)
        let c = memcmp(s.baseAddress! + a.nameStart, t.baseAddress! + b.nameStart, n)
        if c != 0 { return Int(c) }
        let ca: UInt8 = la > n ? s[a.nameStart + n] : (a.isTree ? 0x2F : 0)
        let cb: UInt8 = lb > n ? t[b.nameStart + n] : (b.isTree ? 0x2F : 0)
        return Int(ca) - Int(cb)
    }

    static func parseAll(stream: [UInt8], headerLength h: Int) throws(Malformed) -> RawTree {
        try parseAll(stream: ObjectBytes(stream), headerLength: h)
    }

    /// Parses all of `content` (with its header in front), checking every entry and the order.
    static func parseAll(stream: ObjectBytes, headerLength h: Int) throws(Malformed) -> RawTree {
        var offsets: [Int32] = []
        try stream.withUnsafeBufferPointer { (s) throws(Malformed) in
            var at = 0
            var previous: Entry? = nil
            while h + at < s.count {
                let e = try entry(s, header: h, at: at)
                if let p = previous, compare(s, p, s, e) >= 0 { throw .order(at) }
                offsets.append(Int32(at))
                previous = e
                at = e.next - h
            }
        }
        return RawTree(stream: stream, headerLength: h, offsets: offsets)
    }

    /// Bytes the two contents share at the start and at the end (not overlapping).
    static func sharedEnds(_ a: UnsafeBufferPointer<UInt8>, _ ha: Int, _ b: UnsafeBufferPointer<UInt8>, _ hb: Int) -> (
        prefix: Int, suffix: Int
    ) {
        let la = a.count - ha
        let lb = b.count - hb
        let n = min(la, lb)
        let pa = a.baseAddress! + ha
        let pb = b.baseAddress! + hb
        var p = 0
        while p + 256 <= n, memcmp(pa + p, pb + p, 256) == 0 { p += 256 }
        while p < n, pa[p] == pb[p] { p += 1 }
        var s = 0
        let room = n - p
        while s + 256 <= room, memcmp(pa + la - s - 256, pb + lb - s - 256, 256) == 0 { s += 256 }
        while s < room, pa[la - s - 1] == pb[lb - s - 1] { s += 1 }
        return (p, s)
    }

    /// A difference between two versions of a tree: entries (ranges into each stream) present on one side or differing.
    struct Change {
        let old: Entry?
        let new: Entry?
    }

    /// Compares `old` with a newer version whose bytes are `newStream`, parsing
    /// only the window where they differ. Returns the changed entries and the
    /// new tree (its entry offsets derived from the old ones), checking the
    /// entries in the window and the order around it.
    static func compare(old: RawTree, newStream: [UInt8], newHeader hb: Int) throws(Malformed) -> (
        changes: [Change], tree: RawTree, contentPrefix: Int
    ) {
        try compare(old: old, newStream: ObjectBytes(newStream), newHeader: hb)
    }

    /// `contentPrefix`: how many bytes the two contents (after their headers) share from the start.
    // long-function: one merge walk over two sorted trees' bytes; split, its cursors would be passed around.
    static func compare(old: RawTree, newStream: ObjectBytes, newHeader hb: Int) throws(Malformed) -> (
        changes: [Change], tree: RawTree, contentPrefix: Int
    ) {
        var changes: [Change] = []
        var newOffsets: [Int32] = []
        var contentPrefix = 0
        try old.stream.withUnsafeBufferPointer { (a) throws(Malformed) in
            try newStream.withUnsafeBufferPointer { (b) throws(Malformed) in
                let ha = old.headerLength
                let la = a.count - ha
                let lb = b.count - hb
                let (prefix, suffix) = sharedEnds(a, ha, b, hb)
                contentPrefix = prefix
                // The last old entry starting at or before the first differing byte.
                var lo = 0
                var hi = old.offsets.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Int(old.offsets[mid]) <= prefix { lo = mid + 1 } else { hi = mid }
                }
                var ia = max(0, lo - 1)
                if old.offsets.isEmpty { ia = 0 }
                let start = old.offsets.isEmpty ? 0 : Int(old.offsets[ia])
                // The new entry offsets of the window; the rest is the old version's.
                let first = min(ia, old.offsets.count)
                var window: [Int32] = []
                var pa = start
                var pb = start
                while true {
                    let restA = la - pa
                    let restB = lb - pb
                    if restA == restB && restA <= suffix { break }
                    let ea: Entry? = pa < la ? try entry(a, header: ha, at: pa) : nil
                    let eb: Entry? = pb < lb ? try entry(b, header: hb, at: pb) : nil
                    switch (ea, eb) {
                    case (let ea?, let eb?):
                        let order = compare(a, ea, b, eb)
                        if order == 0 {
                            if ea.mode != eb.mode
                                || memcmp(a.baseAddress! + ea.idStart, b.baseAddress! + eb.idStart, 20) != 0
                            {
                                changes.append(Change(old: ea, new: eb))
                            }
                            window.append(Int32(pb))
                            pa = ea.next - ha
                            pb = eb.next - hb
                            ia += 1
                        } else if order < 0 {
                            changes.append(Change(old: ea, new: nil))
                            pa = ea.next - ha
                            ia += 1
                        } else {
                            changes.append(Change(old: nil, new: eb))
                            window.append(Int32(pb))
                            pb = eb.next - hb
                        }
                    case (let ea?, nil):
                        changes.append(Change(old: ea, new: nil))
                        pa = ea.next - ha
                        ia += 1
                    case (nil, let eb?):
                        changes.append(Change(old: nil, new: eb))
                        window.append(Int32(pb))
                        pb = eb.next - hb
                    case (nil, nil):
                        break
                    }
                    if ea == nil && eb == nil { break }
                }
                // An entry changed in place (the most common step): every entry
                // starts where it did, and the old offsets serve unchanged (no copy).
                if la == lb && ia - first == window.count && window.elementsEqual(old.offsets[first..<ia]) {
                    newOffsets = old.offsets
                    return
                }
                // Otherwise: the old offsets before the window, the window's, the rest shifted.
                let shift = Int32(lb - la)
                newOffsets.reserveCapacity(old.offsets.count + window.count - (ia - first))
                newOffsets.append(contentsOf: old.offsets[0..<first])
                newOffsets.append(contentsOf: window)
                if ia < old.offsets.count {
                    for k in ia..<old.offsets.count { newOffsets.append(old.offsets[k] + shift) }
                }
            }
        }
        let tree = RawTree(stream: newStream, headerLength: hb, offsets: newOffsets)
        try tree.checkOrder(around: changes)
        return (changes, tree, contentPrefix)
    }

    /// Checks that the entries of this tree next to the new ones are in git's order.
    func checkOrder(around changes: [Change]) throws(Malformed) {
        let news = changes.compactMap(\.new)
        guard !news.isEmpty else { return }
        try stream.withUnsafeBufferPointer { (s) throws(Malformed) in
            for e in news {
                let at = Int32(e.start - headerLength)
                var lo = 0
                var hi = offsets.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if offsets[mid] < at { lo = mid + 1 } else { hi = mid }
                }
                guard lo < offsets.count, offsets[lo] == at else { throw .entry(Int(at)) }
                if lo > 0 {
                    let p = try RawTree.entry(s, header: headerLength, at: Int(offsets[lo - 1]))
                    if RawTree.compare(s, p, s, e) >= 0 { throw .order(Int(at)) }
                }
                if lo + 1 < offsets.count {
                    let n = try RawTree.entry(s, header: headerLength, at: Int(offsets[lo + 1]))
                    if RawTree.compare(s, e, s, n) >= 0 { throw .order(Int(offsets[lo + 1])) }
                }
            }
        }
    }
}

/// The bytes of a git object: lent by libgit2 and kept alive with its object
/// (no copy of a whole year folder per commit), or a copy of an array.
final class ObjectBytes: @unchecked Sendable {
    private let buffer: UnsafeBufferPointer<UInt8>
    private let object: OpaquePointer?

    init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count)
        object = nil
    }

    /// Takes ownership of an object from `git_odb_read`.
    init(odbObject: OpaquePointer) {
        object = odbObject
        buffer = UnsafeBufferPointer(
            start: git_odb_object_data(odbObject).assumingMemoryBound(to: UInt8.self),
            count: git_odb_object_size(odbObject))
    }

    deinit {
        if let object { git_odb_object_free(object) } else { UnsafeMutableBufferPointer(mutating: buffer).deallocate() }
    }

    var count: Int { buffer.count }

    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(buffer)
    }

    func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(buffer))
    }
}
