internal import CLibgit2
import Crypto
import Foundation

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
    var trees: [String: [(id: ObjectID, tree: RawTree, checkpoints: [Insecure.SHA1])]] = [:]
    private static let stride = 4096
    /// The entries found changed when a folder's tree was read relative to
    /// another version: the diff of those two versions, not computed twice.
    var lastDiff: [String: (from: ObjectID, to: ObjectID, changes: [RawTree.Change])] = [:]

    public init(repo: GitRepository) throws(GitError) {
        var o: OpaquePointer?
        try check("git_repository_odb", git_repository_odb(&o, repo.handle))
        odb = o!
        self.repo = repo
    }

    deinit { git_odb_free(odb) }

    /// An object of the expected type as libgit2 holds it (not copied, not
    /// hash-checked), owned by the result.
    private func object(_ id: ObjectID, _ type: git_object_t) throws -> ObjectBytes {
        var oid = id.oid
        var obj: OpaquePointer?
        let code = git_odb_read(&obj, odb, &oid)
        if code == GIT_ENOTFOUND.rawValue { throw Failure.missing(id.hex) }
        try check("git_odb_read", code)
        let bytes = ObjectBytes(odbObject: obj!)
        guard git_odb_object_type(obj) == type else {
            throw Failure.wrongType(id.hex, expected: String(cString: git_object_type2string(type)))
        }
        return bytes
    }

    /// The content of an object of the expected type, lent to `body` (not hash-checked).
    private func withObject<T>(_ id: ObjectID, _ type: git_object_t, _ body: (UnsafeRawBufferPointer) throws -> T)
        throws -> T
    {
        try object(id, type).withUnsafeBytes { try body($0) }
    }

    /// `type size\0` and the content: what git hashes (not yet hash-checked).
    private func readRaw(_ id: ObjectID, _ type: git_object_t) throws -> [UInt8] {
        try withObject(id, type) { content in
            Array("\(String(cString: git_object_type2string(type))) \(content.count)\0".utf8) + content
        }
    }

    private static func headerLength(_ stream: [UInt8]) -> Int {
        (stream.firstIndex(of: 0) ?? 0) + 1
    }

    /// A blob or commit: read and hashed in full.
    private func readChecked(_ id: ObjectID, _ type: git_object_t) throws -> ArraySlice<UInt8> {
        let stream = try readRaw(id, type)
        guard id.matches(Insecure.SHA1.hash(data: stream)) else { throw Failure.corrupt(id.hex) }
        return stream[Self.headerLength(stream)...]
    }

    public func blob(_ id: ObjectID) throws -> Data {
        Data(try readChecked(id, GIT_OBJECT_BLOB))
    }

    /// A blob's bytes without the hash check: for listings, which `verify` vouches for.
    public func uncheckedBlob(_ id: ObjectID) throws -> Data {
        try withObject(id, GIT_OBJECT_BLOB) { Data($0) }
    }

    /// Walks from `tip` to the root (or to `stop`, excluded) newest first,
    /// reading each commit once (no hash check: for listings). Returns false,
    /// having stopped, at a commit with more than one parent, which the
    /// caller then reads another way.
    /// `pause`: stop (without reading it) at the first commit for which it is
    /// true, returned in `pausedAt`.
    public func walkLinearHistory(
        from tip: ObjectID, until stop: ObjectID?, pause: (ObjectID) -> Bool = { _ in false },
        _ body: (CommitInfo) throws -> Void
    ) throws -> (linear: Bool, pausedAt: ObjectID?) {
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
        try CommitParser.commit(try withObject(id, GIT_OBJECT_COMMIT) { Array($0) }, id: id)
    }

    /// A commit's bytes (not hash-checked) and what `skeleton` finds in them,
    /// without building a `CommitInfo`: for reading every commit of a history
    /// for its trailers and time. Throws for a commit `parseCommit` refuses.
    public func withUncheckedCommit<T>(_ id: ObjectID, _ body: (CommitSkeleton, UnsafeBufferPointer<UInt8>) throws -> T)
        throws -> T
    {
        try withObject(id, GIT_OBJECT_COMMIT) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let skeleton = CommitParser.skeleton(bytes) else { throw Failure.malformedCommit(id.hex) }
            return try body(skeleton, bytes)
        }
    }

    /// The raw commit object (what `git cat-file commit` prints), checked.
    public func rawCommit(_ id: ObjectID) throws -> [UInt8] {
        Array(try readChecked(id, GIT_OBJECT_COMMIT))
    }

    /// A tree of folder `path`, checked, using a cached relative where there is one.
    func tree(_ id: ObjectID, path: String) throws -> RawTree {
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
                let shared =
                    oldHeader == header
                    ? header.count + compared.contentPrefix
                    : zip(oldHeader, header).prefix(while: { $0 == $1 }).count
                let k = min(shared / Self.stride, relative.checkpoints.count - 1)
                checkpoints = try hash(
                    header: header, content: content, id: id, from: k, seed: Array(relative.checkpoints[0...k]))
            } else {
                parsed = try RawTree.parseAll(stream: content, headerLength: 0)
                checkpoints = try hash(header: header, content: content, id: id, from: 0, seed: [Insecure.SHA1()])
            }
        } catch let e as RawTree.Malformed {
            switch e {
            case .entry(let at), .order(let at): throw Failure.malformedTree(id.hex, at)
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
    private func hash(header: [UInt8], content: ObjectBytes, id: ObjectID, from k: Int, seed: [Insecure.SHA1]) throws
        -> [Insecure.SHA1]
    {
        var points = seed
        var state = seed[k]
        var at = k * Self.stride
        let h = header.count
        let total = h + content.count
        header.withUnsafeBytes { head in
            content.withUnsafeBytes { body in
                while at < total {
                    let end = min(at + Self.stride, total)
                    if at < h { state.update(bufferPointer: UnsafeRawBufferPointer(rebasing: head[at..<min(end, h)])) }
                    if end > h {
                        state.update(bufferPointer: UnsafeRawBufferPointer(rebasing: body[max(at, h) - h..<end - h]))
                    }
                    at = end
                    if end % Self.stride == 0 { points.append(state) }
                }
            }
        }
        guard id.matches(state.finalize()) else { throw Failure.corrupt(id.hex) }
        return points
    }

    /// The root tree id of a commit's raw bytes.
    public static func treeID(ofRawCommit raw: [UInt8]) -> ObjectID? {
        guard raw.count >= 46, raw.starts(with: Array("tree ".utf8)) else { return nil }
        return ObjectID(hex: String(decoding: raw[5..<45], as: UTF8.self))
    }

}
