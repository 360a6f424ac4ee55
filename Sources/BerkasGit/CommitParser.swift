import Foundation

/// Where a commit's parts are in its bytes, found without copying them: the
/// one reader of commit headers. It takes the headers in the order git writes
/// them (tree, parents, author, committer, any others with their continuation
/// lines, then a blank line and the message) and refuses any other order, a doubled header, an id that is
/// not 40 lowercase hex digits, and a signature that is not
/// `Name <email> SECONDS ±HHMM`. `CommitInfo` is built from it
/// (`CommitParser.commit`); the timeline reads a whole history through it
/// without building one.
public struct CommitSkeleton: Equatable {
    /// The tree's 40 hex digits, as a range of the commit's bytes.
    public var tree: Range<Int> = 0..<0
    /// How many parents, and where the hex digits of the first two are (a
    /// merge has two; an octopus merge's others are in `moreParents`).
    public var parents = 0
    public var firstParent: Range<Int>? = nil
    var secondParent: Range<Int>? = nil
    var moreParents: [Range<Int>] = []
    /// The author's and the committer's `Name <email> SECONDS ±HHMM`.
    var author: Range<Int> = 0..<0
    var committer: Range<Int> = 0..<0
    public var committerTime: Int64 = 0
    public var committerOffsetMinutes: Int32 = 0
    /// Where the message starts (the end, when there is none).
    public var messageStart = 0

    /// The ranges of every parent's hex digits, in order.
    var parentRanges: [Range<Int>] {
        ([firstParent, secondParent].compactMap { $0 } + moreParents)
    }

    /// Whether the first parent is `id` (or there is none and `id` is nil).
    public func firstParent(in raw: UnsafeBufferPointer<UInt8>, is id: ObjectID?) -> Bool {
        guard let r = firstParent, let id else { return firstParent == nil && id == nil }
        return ObjectID(hexDigits: UnsafeBufferPointer(rebasing: raw[r])) == id
    }
}

/// Reads commit objects (`CommitSkeleton` for positions, `CommitInfo` for values).
public enum CommitParser {
    /// The parts of a commit, or nil when it is not a commit as git writes one.
    public static func skeleton(_ raw: UnsafeBufferPointer<UInt8>) -> CommitSkeleton? {
        var s = CommitSkeleton()
        var seen = (tree: false, author: false, committer: false)
        var i = 0
        s.messageStart = raw.count
        while i < raw.count {
            var end = i
            while end < raw.count && raw[end] != 0x0A { end += 1 }
            if end == i {
                s.messageStart = i + 1
                break
            } // the blank line
            let start = i
            i = end + 1
            if raw[start] == 0x20 { // a continuation (gpgsig), after the committer only
                guard seen.committer else { return nil }
                continue
            }
            var space = start
            while space < end && raw[space] != 0x20 { space += 1 }
            guard space < end else { return nil }
            let value = (space + 1)..<end
            let valueBytes = UnsafeBufferPointer(rebasing: raw[value])
            switch Header(raw, start..<space) {
            case .tree:
                guard !seen.tree, s.parents == 0, !seen.author, ObjectID(hexDigits: valueBytes) != nil else {
                    return nil
                }
                seen.tree = true
                s.tree = value
            case .parent:
                guard seen.tree, !seen.author, ObjectID(hexDigits: valueBytes) != nil else { return nil }
                switch s.parents {
                case 0: s.firstParent = value
                case 1: s.secondParent = value
                default: s.moreParents.append(value)
                }
                s.parents += 1
            case .author:
                guard seen.tree, !seen.author, signatureTime(valueBytes) != nil else { return nil }
                seen.author = true
                s.author = value
            case .committer:
                guard seen.author, !seen.committer, let (time, offset) = signatureTime(valueBytes) else { return nil }
                seen.committer = true
                s.committer = value
                s.committerTime = time
                s.committerOffsetMinutes = offset
            case .other:
                guard seen.committer else { return nil }
            }
        }
        guard seen.tree, seen.author, seen.committer else { return nil }
        return s
    }

    /// A commit's values, read through `skeleton`.
    public static func commit(_ raw: [UInt8], id: ObjectID) throws -> CommitInfo {
        try raw.withUnsafeBufferPointer { b in
            guard let s = skeleton(b),
                let tree = ObjectID(hexDigits: UnsafeBufferPointer(rebasing: b[s.tree])),
                let author = signature(UnsafeBufferPointer(rebasing: b[s.author])),
                let committer = signature(UnsafeBufferPointer(rebasing: b[s.committer]))
            else {
                throw CheckedObjectReader.Failure.malformedCommit(id.hex)
            }
            let parents = s.parentRanges.compactMap { ObjectID(hexDigits: UnsafeBufferPointer(rebasing: b[$0])) }
            let message = String(decoding: UnsafeBufferPointer(rebasing: b[s.messageStart...]), as: UTF8.self)
            return CommitInfo(
                id: id, tree: tree, parents: parents, message: message, author: author, committer: committer)
        }
    }

    private enum Header {
        case tree, parent, author, committer, other

        init(_ raw: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) {
            func isKey(_ name: StaticString) -> Bool {
                key.count == name.utf8CodeUnitCount
                    && memcmp(raw.baseAddress! + key.lowerBound, name.utf8Start, key.count) == 0
            }
            self =
                isKey("tree")
                ? .tree
                : isKey("parent")
                    ? .parent
                    : isKey("author")
                        ? .author
                        : isKey("committer") ? .committer : .other
        }
    }

    /// The time and zone of `Name <email> 1700000000 +0700` (nil for any other form).
    static func signatureTime(_ v: UnsafeBufferPointer<UInt8>) -> (Int64, Int32)? {
        guard let lt = v.firstIndex(of: 0x3C), let gt = v[lt...].firstIndex(of: 0x3E) else { return nil }
        // The rest split at spaces, empty pieces dropped: exactly two.
        var tokens: [Range<Int>] = []
        var k = gt + 1
        while k < v.count {
            while k < v.count && v[k] == 0x20 { k += 1 }
            guard k < v.count else { break }
            let start = k
            while k < v.count && v[k] != 0x20 { k += 1 }
            tokens.append(start..<k)
            guard tokens.count <= 2 else { return nil }
        }
        guard tokens.count == 2, let time = integer(v, tokens[0], as: Int64.self), tokens[1].count == 5 else {
            return nil
        }
        let sign = v[tokens[1].lowerBound]
        guard sign == 0x2B || sign == 0x2D,
            let hhmm = integer(v, (tokens[1].lowerBound + 1)..<tokens[1].upperBound, as: Int32.self)
        else { return nil }
        let minutes = (hhmm / 100) * 60 + hhmm % 100
        return (time, sign == 0x2D ? -minutes : minutes)
    }

    /// A decimal integer as Swift's `Int(String)` reads it: an optional sign, then digits, in range.
    static func integer<I: FixedWidthInteger>(_ v: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, as: I.Type) -> I? {
        var i = r.lowerBound
        var negative = false
        if i < r.upperBound && (v[i] == 0x2B || v[i] == 0x2D) {
            negative = v[i] == 0x2D
            i += 1
        }
        guard i < r.upperBound else { return nil }
        var n: I = 0
        while i < r.upperBound {
            let d = v[i]
            guard d >= 0x30 && d <= 0x39 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) =
                negative ? m.subtractingReportingOverflow(I(d - 0x30)) : m.addingReportingOverflow(I(d - 0x30))
            guard !o1, !o2 else { return nil }
            n = a
            i += 1
        }
        return n
    }

    /// `Name <email> 1700000000 +0700`
    static func signature(_ v: UnsafeBufferPointer<UInt8>) -> GitSignature? {
        guard let lt = v.firstIndex(of: 0x3C), let gt = v[lt...].firstIndex(of: 0x3E),
            let (time, offset) = signatureTime(v)
        else { return nil }
        var nameEnd = lt
        while nameEnd > 0, v[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: v[0..<nameEnd]), as: UTF8.self)
        let email = String(decoding: UnsafeBufferPointer(rebasing: v[(lt + 1)..<gt]), as: UTF8.self)
        return GitSignature(name: name, email: email, time: time, offsetMinutes: offset)
    }
}
