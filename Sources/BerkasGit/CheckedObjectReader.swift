import CLibgit2
import Crypto
import Foundation

/// A 20-byte object id held as raw bytes (cheap to hash and compare).
public struct RawObjectID: Hashable, Sendable {
    let a: UInt64, b: UInt64, c: UInt32

    init(_ p: UnsafeRawPointer) {
        a = p.loadUnaligned(as: UInt64.self)
        b = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        c = p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }

    public init(_ id: ObjectID) {
        var oid = id.oid
        self = withUnsafeBytes(of: &oid.id) { RawObjectID($0.baseAddress!) }
    }

    var oid: git_oid {
        var o = git_oid()
        withUnsafeMutableBytes(of: &o.id) { buf in
            buf.storeBytes(of: a, toByteOffset: 0, as: UInt64.self)
            buf.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            buf.storeBytes(of: c, toByteOffset: 16, as: UInt32.self)
        }
        return o
    }

    public var objectID: ObjectID { ObjectID(oid) }

    /// The 20 bytes, as git stores them.
    var bytes: [UInt8] {
        var o = oid
        return withUnsafeBytes(of: &o.id) { Array($0) }
    }

    func matches<D: Digest>(_ digest: D) -> Bool {
        digest.withUnsafeBytes { RawObjectID($0.baseAddress!) == self }
    }
}

/// Reads objects for the audit and checks every one against its id (SHA-1 of
/// `type size\0content`), so a pack edited behind git's back cannot show the
/// audit other content than the signatures cover. libgit2's own re-hashing is
/// switched off while it is used (`GitRepository.withAuditReading`): this
/// reader hashes a large tree only from the first byte where it differs from
/// a relative already checked (SHA-1's state after a shared prefix is the
/// same), which is what makes reading thousands of year folders cheap.
///
/// One reader per thread (it owns its repository handle's object database).
public final class CheckedObjectReader {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case wrongType(String, expected: String)
        case corrupt(String)
        case malformedTree(String, Int)
        case malformedCommit(String)

        public var description: String {
            switch self {
            case .missing(let id): return "object \(id) is missing"
            case .wrongType(let id, let expected): return "object \(id) is not a \(expected)"
            case .corrupt(let id): return "object \(id) does not match its id (the object database was altered)"
            case .malformedTree(let id, let at): return "tree \(id) is malformed at byte \(at)"
            case .malformedCommit(let id): return "commit \(id) is malformed"
            }
        }
    }

    private let odb: OpaquePointer
    private let repo: GitRepository
    /// The trees read last, by folder path: each new version is hashed and
    /// parsed from where it differs from one of them.
    private var trees: [String: [(id: RawObjectID, tree: RawTree, checkpoints: [Insecure.SHA1])]] = [:]
    private static let stride = 4096
    /// The entries found changed when a folder's tree was read relative to
    /// another version: the diff of those two versions, not computed twice.
    private var lastDiff: [String: (from: RawObjectID, to: RawObjectID, changes: [RawTree.Change])] = [:]

    public init(repo: GitRepository) throws(GitError) {
        var o: OpaquePointer?
        try check("git_repository_odb", git_repository_odb(&o, repo.handle))
        odb = o!
        self.repo = repo
    }

    deinit { git_odb_free(odb) }

    /// An object of the expected type as libgit2 holds it (not copied, not
    /// hash-checked), owned by the result.
    private func object(_ id: RawObjectID, _ type: git_object_t) throws -> ObjectBytes {
        var oid = id.oid
        var obj: OpaquePointer?
        let code = git_odb_read(&obj, odb, &oid)
        if code == GIT_ENOTFOUND.rawValue { throw Failure.missing(id.objectID.hex) }
        try check("git_odb_read", code)
        let bytes = ObjectBytes(odbObject: obj!)
        guard git_odb_object_type(obj) == type else {
            throw Failure.wrongType(id.objectID.hex, expected: String(cString: git_object_type2string(type)))
        }
        return bytes
    }

    /// The content of an object of the expected type, lent to `body` (not hash-checked).
    private func withObject<T>(_ id: RawObjectID, _ type: git_object_t, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        try object(id, type).withUnsafeBytes { try body($0) }
    }

    /// `type size\0` and the content: what git hashes (not yet hash-checked).
    private func readRaw(_ id: RawObjectID, _ type: git_object_t) throws -> [UInt8] {
        try withObject(id, type) { content in
            Array("\(String(cString: git_object_type2string(type))) \(content.count)\0".utf8) + content
        }
    }

    private static func headerLength(_ stream: [UInt8]) -> Int {
        (stream.firstIndex(of: 0) ?? 0) + 1
    }

    /// A blob or commit: read and hashed in full.
    private func readChecked(_ id: RawObjectID, _ type: git_object_t) throws -> ArraySlice<UInt8> {
        let stream = try readRaw(id, type)
        guard id.matches(Insecure.SHA1.hash(data: stream)) else { throw Failure.corrupt(id.objectID.hex) }
        return stream[Self.headerLength(stream)...]
    }

    public func blob(_ id: ObjectID) throws -> Data {
        Data(try readChecked(RawObjectID(id), GIT_OBJECT_BLOB))
    }

    /// A blob's bytes without the hash check: for listings, which `verify` vouches for.
    public func uncheckedBlob(_ id: ObjectID) throws -> Data {
        try withObject(RawObjectID(id), GIT_OBJECT_BLOB) { Data($0) }
    }

    /// Walks from `tip` to the root (or to `stop`, excluded) newest first,
    /// reading each commit once (no hash check: for listings). Returns false,
    /// having stopped, at a commit with more than one parent, which the
    /// caller then reads another way.
    /// `pause`: stop (without reading it) at the first commit for which it is
    /// true, returned in `pausedAt`.
    public func walkLinearHistory(from tip: ObjectID, until stop: ObjectID?, pause: (ObjectID) -> Bool = { _ in false },
                                  _ body: (CommitInfo) throws -> Void) throws -> (linear: Bool, pausedAt: ObjectID?) {
        var next: ObjectID? = tip
        while let id = next, id != stop {
            if pause(id) { return (true, id) }
            let info = try uncheckedCommit(id)
            guard info.parents.count <= 1 else { return (false, nil) }
            try body(info)
            next = info.parents.first
        }
        return (true, nil)
    }

    /// A commit read without the hash check (for listings).
    public func uncheckedCommit(_ id: ObjectID) throws -> CommitInfo {
        try Self.parseCommit(try withObject(RawObjectID(id), GIT_OBJECT_COMMIT) { Array($0) }, id: id)
    }

    /// A commit's bytes (not hash-checked) and what `skeleton` finds in them,
    /// without building a `CommitInfo`: for reading every commit of a history
    /// for its trailers and time. Throws for a commit `parseCommit` refuses.
    public func withUncheckedCommit<T>(_ id: ObjectID, _ body: (CommitSkeleton, UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        try withObject(RawObjectID(id), GIT_OBJECT_COMMIT) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let skeleton = Self.skeleton(bytes) else { throw Failure.malformedCommit(id.hex) }
            return try body(skeleton, bytes)
        }
    }

    /// The raw commit object (what `git cat-file commit` prints), checked.
    public func rawCommit(_ id: ObjectID) throws -> [UInt8] {
        Array(try readChecked(RawObjectID(id), GIT_OBJECT_COMMIT))
    }

    /// A tree of folder `path`, checked, using a cached relative where there is one.
    func tree(_ id: RawObjectID, path: String) throws -> RawTree {
        var family = trees[path] ?? []
        if let hit = family.first(where: { $0.id == id }) { return hit.tree }
        // The content stays libgit2's; the `tree <size>\0` header git hashes in front of it is made here.
        let content = try object(id, GIT_OBJECT_TREE)
        let header = Self.treeHeader(content.count)
        var parsed: RawTree
        var checkpoints: [Insecure.SHA1]
        do {
            if let relative = family.last, relative.tree.headerLength == 0 {
                let compared = try RawTree.compare(old: relative.tree, newStream: content, newHeader: 0)
                parsed = compared.tree
                lastDiff[path] = (relative.id, id, compared.changes)
                // SHA-1 state after the bytes both hashed streams share from the start:
                // the header and the shared content when the sizes agree, else part of the header.
                let oldHeader = Self.treeHeader(relative.tree.contentLength)
                let shared = oldHeader == header ? header.count + compared.contentPrefix
                                                 : zip(oldHeader, header).prefix(while: { $0 == $1 }).count
                let k = min(shared / Self.stride, relative.checkpoints.count - 1)
                checkpoints = try hash(header: header, content: content, id: id, from: k, seed: Array(relative.checkpoints[0...k]))
            } else {
                parsed = try RawTree.parseAll(stream: content, headerLength: 0)
                checkpoints = try hash(header: header, content: content, id: id, from: 0, seed: [Insecure.SHA1()])
            }
        } catch let e as RawTree.Malformed {
            switch e {
            case .entry(let at), .order(let at): throw Failure.malformedTree(id.objectID.hex, at)
            }
        }
        family.append((id, parsed, checkpoints))
        if family.count > 2 { family.removeFirst() }
        // Folders seen once (attachments) must not pile up over a long history.
        if trees.count > 512 {
            trees = trees.filter { $0.value.first?.tree.offsets.count ?? 0 > 64 }
            lastDiff = lastDiff.filter { trees[$0.key] != nil }
        }
        trees[path] = family
        return parsed
    }

    static func treeHeader(_ count: Int) -> [UInt8] { Array("tree \(count)\0".utf8) }

    /// Hashes `header` + `content` (what git hashes) from checkpoint `k` (the
    /// state after `k * stride` bytes, the last of `seed`), keeping a
    /// checkpoint every `stride` bytes.
    private func hash(header: [UInt8], content: ObjectBytes, id: RawObjectID, from k: Int, seed: [Insecure.SHA1]) throws -> [Insecure.SHA1] {
        var points = seed
        var state = seed[k]
        var at = k * Self.stride
        let h = header.count, total = h + content.count
        header.withUnsafeBytes { head in
            content.withUnsafeBytes { body in
                while at < total {
                    let end = min(at + Self.stride, total)
                    if at < h { state.update(bufferPointer: UnsafeRawBufferPointer(rebasing: head[at..<min(end, h)])) }
                    if end > h { state.update(bufferPointer: UnsafeRawBufferPointer(rebasing: body[max(at, h) - h..<end - h])) }
                    at = end
                    if end % Self.stride == 0 { points.append(state) }
                }
            }
        }
        guard id.matches(state.finalize()) else { throw Failure.corrupt(id.objectID.hex) }
        return points
    }

    /// The root tree id of a commit's raw bytes.
    public static func treeID(ofRawCommit raw: [UInt8]) -> ObjectID? {
        guard raw.count >= 46, raw.starts(with: Array("tree ".utf8)) else { return nil }
        return ObjectID(hex: String(decoding: raw[5..<45], as: UTF8.self))
    }

    /// A file that differs between two trees.
    public typealias Delta = GitRepository.Delta

    /// The files that differ between two root trees (nil: the empty tree),
    /// descending only into folders whose ids differ.
    public func delta(from old: ObjectID?, to new: ObjectID) throws -> [Delta] {
        var out: [Delta] = []
        try compare(old.map(RawObjectID.init), RawObjectID(new), path: "", into: &out)
        return out
    }

    private static let emptyTree = RawTree(stream: ObjectBytes([]), headerLength: 0, offsets: [])

    private func compare(_ a: RawObjectID?, _ b: RawObjectID?, path: String, into out: inout [Delta]) throws {
        if a == b { return }
        let ta = try a.map { try tree($0, path: path) } ?? Self.emptyTree
        let tb = try b.map { try tree($0, path: path) } ?? Self.emptyTree
        let changes: [RawTree.Change]
        if let a, let b, let known = lastDiff[path], known.from == a, known.to == b {
            changes = known.changes
        } else {
            do { changes = try RawTree.compare(old: ta, newStream: tb.stream, newHeader: tb.headerLength).changes } catch {
                throw Failure.malformedTree((b ?? a)!.objectID.hex, 0)
            }
        }
        for c in changes {
            let e = (c.new ?? c.old)!
            let s = c.new != nil ? tb.stream : ta.stream
            let name = s.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[e.nameStart..<e.nameEnd]), as: UTF8.self) }
            let full = path + name
            func id(_ entry: RawTree.Entry?, _ t: RawTree) -> RawObjectID? {
                entry.map { en in t.stream.withUnsafeBytes { RawObjectID($0.baseAddress! + en.idStart) } }
            }
            let oldTree = c.old.map(\.isTree) == true ? id(c.old, ta) : nil
            let newTree = c.new.map(\.isTree) == true ? id(c.new, tb) : nil
            if oldTree != nil || newTree != nil { try compare(oldTree, newTree, path: full + "/", into: &out) }
            // Files, symlinks and submodules (a submodule's id is a commit's: the
            // audit reads it as an empty file and refuses its mode).
            let isBlob: (RawTree.Entry) -> Bool = { $0.mode == 0o100644 || $0.mode == 0o100755 || $0.mode == 0o120000 || $0.mode == 0o160000 }
            let oldBlob = c.old.flatMap { isBlob($0) ? id($0, ta) : nil }
            let newBlob = c.new.flatMap { isBlob($0) ? id($0, tb) : nil }
            if oldBlob != nil || newBlob != nil {
                out.append(Delta(path: full, oldBlob: oldBlob?.objectID, newBlob: newBlob?.objectID, newMode: newBlob != nil ? c.new?.mode : nil))
            }
        }
    }

    /// The entry at `path` in the tree `root`: its id, and whether it is a blob.
    public func entry(at path: String, inTree root: ObjectID) throws -> (id: ObjectID, isBlob: Bool, isTree: Bool)? {
        var current = RawObjectID(root)
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (n, part) in parts.enumerated() {
            let t = try tree(current, path: prefix)
            guard let e = t.find(String(part)) else { return nil }
            if n == parts.count - 1 {
                return (e.id.objectID, e.mode == 0o100644 || e.mode == 0o100755, e.isTree)
            }
            guard e.isTree else { return nil }
            current = e.id
            prefix += part + "/"
        }
        return nil
    }

    /// The names in folder `path` ("" for the root) of tree `root`, or nil when there is no such folder.
    public func names(in path: String, inTree root: ObjectID) throws -> [String]? {
        let id: RawObjectID
        if path.isEmpty {
            id = RawObjectID(root)
        } else {
            guard let e = try entry(at: path, inTree: root), e.isTree else { return nil }
            id = RawObjectID(e.id)
        }
        let t = try tree(id, path: path.isEmpty ? "" : path + "/")
        return t.stream.withUnsafeBufferPointer { s in
            t.offsets.compactMap { at in
                guard let e = try? RawTree.entry(s, header: t.headerLength, at: Int(at)) else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: s[e.nameStart..<e.nameEnd]), as: UTF8.self)
            }
        }
    }

    /// The bytes of the file at `path` in tree `root`, or nil.
    public func file(at path: String, inTree root: ObjectID) throws -> Data? {
        guard let e = try entry(at: path, inTree: root), e.isBlob else { return nil }
        return try blob(e.id)
    }
}

extension RawTree {
    /// The entry called `name` (a file or a folder): binary search in git's order.
    func find(_ name: String) -> (id: RawObjectID, mode: UInt32, isTree: Bool)? {
        let key = Array(name.utf8)
        return stream.withUnsafeBufferPointer { s -> (RawObjectID, UInt32, Bool)? in
            // A folder sorts as "name/", a file as "name": look for both.
            for asTree in [false, true] {
                var lo = 0, hi = offsets.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    guard let e = try? RawTree.entry(s, header: headerLength, at: Int(offsets[mid])) else { return nil }
                    let order = key.withUnsafeBufferPointer { k in RawTree.compare(key: k, isTree: asTree, s, e) }
                    if order == 0 {
                        guard e.isTree == asTree else { break }
                        return (RawObjectID(UnsafeRawPointer(s.baseAddress! + e.idStart)), e.mode, e.isTree)
                    }
                    if order < 0 { hi = mid } else { lo = mid + 1 }
                }
            }
            return nil
        }
    }

    /// git's order between a name (as a file or a folder) and an entry.
    static func compare(key: UnsafeBufferPointer<UInt8>, isTree: Bool, _ s: UnsafeBufferPointer<UInt8>, _ e: Entry) -> Int {
        let lb = e.nameEnd - e.nameStart
        let n = min(key.count, lb)
        let c = n == 0 ? 0 : memcmp(key.baseAddress!, s.baseAddress! + e.nameStart, n)
        if c != 0 { return Int(c) }
        let ca: UInt8 = key.count > n ? key[n] : (isTree ? 0x2F : 0)
        let cb: UInt8 = lb > n ? s[e.nameStart + n] : (e.isTree ? 0x2F : 0)
        return Int(ca) - Int(cb)
    }
}

extension CheckedObjectReader {
    /// Reads a commit's headers and message from its raw bytes, in the order
    /// git writes them (tree, parents, author, committer, others, message).
    public static func parseCommit(_ raw: [UInt8], id: ObjectID) throws -> CommitInfo {
        var tree: ObjectID?
        var parents: [ObjectID] = []
        var author: GitSignature?
        var committer: GitSignature?
        var i = 0
        var messageStart = raw.count
        while i < raw.count {
            let end = raw[i...].firstIndex(of: 0x0A) ?? raw.count
            if end == i { messageStart = i + 1; break }   // the blank line
            let line = raw[i..<end]
            i = end + 1
            if line.first == 0x20 { continue }             // a continuation (gpgsig)
            guard let space = line.firstIndex(of: 0x20) else { throw Failure.malformedCommit(id.hex) }
            let key = String(decoding: line[line.startIndex..<space], as: UTF8.self)
            let value = line[(space + 1)...]
            switch key {
            case "tree":
                guard tree == nil, parents.isEmpty, author == nil, let t = ObjectID(hex: String(decoding: value, as: UTF8.self)) else { throw Failure.malformedCommit(id.hex) }
                tree = t
            case "parent":
                guard tree != nil, author == nil, let p = ObjectID(hex: String(decoding: value, as: UTF8.self)) else { throw Failure.malformedCommit(id.hex) }
                parents.append(p)
            case "author":
                guard tree != nil, author == nil, let s = signature(value) else { throw Failure.malformedCommit(id.hex) }
                author = s
            case "committer":
                guard author != nil, committer == nil, let s = signature(value) else { throw Failure.malformedCommit(id.hex) }
                committer = s
            default:
                guard committer != nil else { throw Failure.malformedCommit(id.hex) }
            }
        }
        guard let tree, let author, let committer else { throw Failure.malformedCommit(id.hex) }
        let message = messageStart < raw.count ? String(decoding: raw[messageStart...], as: UTF8.self) : ""
        return CommitInfo(id: id, tree: tree, parents: parents, message: message, author: author, committer: committer)
    }

    /// The headers of a commit as `parseCommit` reads them (the same order and
    /// forms accepted), kept as positions in its bytes: nil when it refuses them.
    public static func skeleton(_ raw: UnsafeBufferPointer<UInt8>) -> CommitSkeleton? {
        var s = CommitSkeleton()
        var tree = false, author = false, committer = false
        var i = 0
        s.messageStart = raw.count
        func isKey(_ start: Int, _ end: Int, _ key: StaticString) -> Bool {
            end - start == key.utf8CodeUnitCount && memcmp(raw.baseAddress! + start, key.utf8Start, end - start) == 0
        }
        func isHex40(_ r: Range<Int>) -> Bool {
            r.count == 40 && r.allSatisfy { (raw[$0] >= 0x30 && raw[$0] <= 0x39) || (raw[$0] >= 0x61 && raw[$0] <= 0x66) }
        }
        while i < raw.count {
            var end = i
            while end < raw.count && raw[end] != 0x0A { end += 1 }
            if end == i { s.messageStart = i + 1; break }   // the blank line
            let start = i
            i = end + 1
            if raw[start] == 0x20 { continue }              // a continuation (gpgsig)
            var space = start
            while space < end && raw[space] != 0x20 { space += 1 }
            guard space < end else { return nil }
            let value = (space + 1)..<end
            if isKey(start, space, "tree") {
                guard !tree, s.parents == 0, !author, isHex40(value) else { return nil }
                tree = true
            } else if isKey(start, space, "parent") {
                guard tree, !author, isHex40(value) else { return nil }
                if s.parents == 0 { s.firstParent = value }
                s.parents += 1
            } else if isKey(start, space, "author") {
                guard tree, !author, signatureTime(UnsafeBufferPointer(rebasing: raw[value])) != nil else { return nil }
                author = true
            } else if isKey(start, space, "committer") {
                guard author, !committer, let (time, offset) = signatureTime(UnsafeBufferPointer(rebasing: raw[value])) else { return nil }
                committer = true
                s.committerTime = time
                s.committerOffsetMinutes = offset
            } else {
                guard committer else { return nil }
            }
        }
        guard tree, author, committer else { return nil }
        return s
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
        guard tokens.count == 2, let time = integer(v, tokens[0], as: Int64.self), tokens[1].count == 5 else { return nil }
        let sign = v[tokens[1].lowerBound]
        guard sign == 0x2B || sign == 0x2D, let hhmm = integer(v, (tokens[1].lowerBound + 1)..<tokens[1].upperBound, as: Int32.self) else { return nil }
        let minutes = (hhmm / 100) * 60 + hhmm % 100
        return (time, sign == 0x2D ? -minutes : minutes)
    }

    /// A decimal integer as Swift's `Int(String)` reads it: an optional sign, then digits, in range.
    static func integer<I: FixedWidthInteger>(_ v: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, as: I.Type) -> I? {
        var i = r.lowerBound
        var negative = false
        if i < r.upperBound && (v[i] == 0x2B || v[i] == 0x2D) { negative = v[i] == 0x2D; i += 1 }
        guard i < r.upperBound else { return nil }
        var n: I = 0
        while i < r.upperBound {
            let d = v[i]
            guard d >= 0x30 && d <= 0x39 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(I(d - 0x30)) : m.addingReportingOverflow(I(d - 0x30))
            guard !o1, !o2 else { return nil }
            n = a
            i += 1
        }
        return n
    }

    /// `Name <email> 1700000000 +0700`
    static func signature(_ v: ArraySlice<UInt8>) -> GitSignature? {
        guard let lt = v.firstIndex(of: 0x3C), let gt = v[lt...].firstIndex(of: 0x3E) else { return nil }
        var nameEnd = lt
        while nameEnd > v.startIndex, v[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        let name = String(decoding: v[v.startIndex..<nameEnd], as: UTF8.self)
        let email = String(decoding: v[(lt + 1)..<gt], as: UTF8.self)
        // " 1700000000 +0700": read as bytes, as `skeleton` reads it.
        guard let (time, offset) = v.withUnsafeBufferPointer({ signatureTime($0) }) else { return nil }
        return GitSignature(name: name, email: email, time: time, offsetMinutes: offset)
    }
}

extension GitRepository {
    /// Runs `body` with libgit2's own re-hashing of every object read switched
    /// off (the audit's `CheckedObjectReader` hashes what it reads itself), and
    /// without libgit2's object cache (the reader keeps what it needs: each
    /// thread's cache of up to 16 MB was most of a full verify's memory).
    public static func withAuditReading<T>(_ body: () throws -> T) rethrows -> T {
        _ = libgit2Initialised
        _ = berkas_git_set_strict_hash_verification(0)
        _ = berkas_git_enable_caching(0)
        defer { _ = berkas_git_set_strict_hash_verification(1); _ = berkas_git_enable_caching(1) }
        return try body()
    }

    /// Lets more of the pack files stay mapped (48 MiB instead of 16): a full
    /// verify reads every object of the history, and remapping windows cost it
    /// a quarter more time (BENCHMARKS.md).
    public static func mapMoreOfThePacks() {
        _ = libgit2Initialised
        _ = berkas_git_set_mwindow_mapped_limit(48 << 20)
    }
}

/// Where `CheckedObjectReader.skeleton` found a commit's parts.
public struct CommitSkeleton: Equatable {
    public var parents = 0
    /// The first parent's 40 hex digits, as a range of the commit's bytes.
    public var firstParent: Range<Int>? = nil
    public var committerTime: Int64 = 0
    public var committerOffsetMinutes: Int32 = 0
    /// Where the message starts (the end, when there is none).
    public var messageStart = 0

    /// Whether the first parent is `id` (or there is none and `id` is nil).
    public func firstParent(in raw: UnsafeBufferPointer<UInt8>, is id: ObjectID?) -> Bool {
        guard let r = firstParent, let id else { return firstParent == nil && id == nil }
        return id.hex.utf8.elementsEqual(raw[r])
    }
}
