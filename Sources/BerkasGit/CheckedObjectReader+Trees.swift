internal import CLibgit2
import Foundation

/// The checked reader's trees: which files differ between two trees, and
/// what is at a path in one.
extension CheckedObjectReader {
    /// A file that differs between two trees.
    public typealias Delta = GitRepository.Delta

    /// The files that differ between two root trees (nil: the empty tree),
    /// descending only into folders whose ids differ.
    public func changedFiles(fromTree old: ObjectID?, toTree new: ObjectID) throws -> [Delta] {
        var out: [Delta] = []
        try compare(old, new, path: "", into: &out)
        return out
    }

    private static let emptyTree = RawTree(stream: ObjectBytes([]), headerLength: 0, offsets: [])

    private func compare(_ a: ObjectID?, _ b: ObjectID?, path: String, into out: inout [Delta]) throws {
        if a == b { return }
        let ta = try a.map { try tree($0, path: path) } ?? Self.emptyTree
        let tb = try b.map { try tree($0, path: path) } ?? Self.emptyTree
        let changes: [RawTree.Change]
        if let a, let b, let known = lastDiff[path], known.from == a, known.to == b {
            changes = known.changes
        } else {
            do {
                changes = try RawTree.compare(old: ta, newStream: tb.stream, newHeader: tb.headerLength).changes
            } catch {
                throw Failure.malformedTree((b ?? a)!.hex, 0)
            }
        }
        for c in changes {
            let e = (c.new ?? c.old)!
            let s = c.new != nil ? tb.stream : ta.stream
            let name = s.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[e.nameStart..<e.nameEnd]), as: UTF8.self)
            }
            let full = path + name
            func id(_ entry: RawTree.Entry?, _ t: RawTree) -> ObjectID? {
                entry.map { en in t.stream.withUnsafeBytes { ObjectID(bytes: $0.baseAddress! + en.idStart) } }
            }
            let oldTree = c.old.map(\.isTree) == true ? id(c.old, ta) : nil
            let newTree = c.new.map(\.isTree) == true ? id(c.new, tb) : nil
            if oldTree != nil || newTree != nil { try compare(oldTree, newTree, path: full + "/", into: &out) }
            // Files, symlinks and submodules (a submodule's id is a commit's: the
            // audit reads it as an empty file and refuses its mode).
            let isBlob: (RawTree.Entry) -> Bool = {
                $0.mode == 0o100644 || $0.mode == 0o100755 || $0.mode == 0o120000 || $0.mode == 0o160000
            }
            let oldBlob = c.old.flatMap { isBlob($0) ? id($0, ta) : nil }
            let newBlob = c.new.flatMap { isBlob($0) ? id($0, tb) : nil }
            if oldBlob != nil || newBlob != nil {
                out.append(
                    Delta(path: full, oldBlob: oldBlob, newBlob: newBlob, newMode: newBlob != nil ? c.new?.mode : nil))
            }
        }
    }

    /// The entry at `path` in the tree `root`: its id, and whether it is a blob.
    public func entry(at path: String, inTree root: ObjectID) throws -> (id: ObjectID, isBlob: Bool, isTree: Bool)? {
        var current = root
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (n, part) in parts.enumerated() {
            let t = try tree(current, path: prefix)
            guard let e = t.find(String(part)) else { return nil }
            if n == parts.count - 1 {
                return (e.id, e.mode == 0o100644 || e.mode == 0o100755, e.isTree)
            }
            guard e.isTree else { return nil }
            current = e.id
            prefix += part + "/"
        }
        return nil
    }

    /// The names in folder `path` ("" for the root) of tree `root`, or nil when there is no such folder.
    public func names(in path: String, inTree root: ObjectID) throws -> [String]? {
        let id: ObjectID
        if path.isEmpty {
            id = root
        } else {
            guard let e = try entry(at: path, inTree: root), e.isTree else { return nil }
            id = e.id
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
    func find(_ name: String) -> (id: ObjectID, mode: UInt32, isTree: Bool)? {
        let key = Array(name.utf8)
        return stream.withUnsafeBufferPointer { s -> (ObjectID, UInt32, Bool)? in
            // A folder sorts as "name/", a file as "name": look for both.
            for asTree in [false, true] {
                var lo = 0
                var hi = offsets.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    guard let e = try? RawTree.entry(s, header: headerLength, at: Int(offsets[mid])) else { return nil }
                    let order = key.withUnsafeBufferPointer { k in RawTree.compare(key: k, isTree: asTree, s, e) }
                    if order == 0 {
                        guard e.isTree == asTree else { break }
                        return (ObjectID(bytes: UnsafeRawPointer(s.baseAddress! + e.idStart)), e.mode, e.isTree)
                    }
                    if order < 0 { hi = mid } else { lo = mid + 1 }
                }
            }
            return nil
        }
    }

    /// git's order between a name (as a file or a folder) and an entry.
    static func compare(key: UnsafeBufferPointer<UInt8>, isTree: Bool, _ s: UnsafeBufferPointer<UInt8>, _ e: Entry)
        -> Int
    {
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
    /// For each of `paths` that `start` holds, the committer time of the newest commit,
    /// from `start` back along first parents, that changed it (added it or last modified
    /// it). One walk for all of them — a destruction removes a year's records at once:
    /// each commit's changes against its parent are read (descending only into folders
    /// whose ids differ), and the walk ends when every path is found. A path `start`
    /// does not hold is never found (the walk then reaches the root).
    public func lastChanges(of paths: Set<String>, from start: ObjectID) throws -> [String: Int64] {
        var pending = paths
        var found: [String: Int64] = [:]
        var current = try CommitParser.commit(try rawCommit(start), id: start)
        while !pending.isEmpty {
            let parent = try current.parents.first.map { try CommitParser.commit(try rawCommit($0), id: $0) }
            for d in try changedFiles(fromTree: parent?.tree, toTree: current.tree) where pending.contains(d.path) {
                found[d.path] = current.committer.time
                pending.remove(d.path)
            }
            guard let parent else { break }
            current = parent
        }
        return found
    }

    /// The newest commit, from `start` back along first parents, that removed
    /// the file at `path` (its parent had it, it has not); nil when no commit
    /// did, or `start` has it.
    public func removal(of path: String, from start: ObjectID) throws -> CommitInfo? {
        let found = try newestChange(of: path, from: start)
        return found.entry == nil && found.changed ? found.commit : nil
    }

    /// The newest commit, from `start` back along first parents, whose first
    /// parent holds something else at `path` than `start` does (`changed`), or
    /// the root when none does; with `start`'s entry. For one path (a record asked
    /// for by its number); `lastChanges` walks once for many. A commit whose folder
    /// holding the path did not change is passed by without looking into the
    /// folder (a year's folder holds thousands of records).
    private func newestChange(of path: String, from start: ObjectID) throws -> (
        commit: CommitInfo, entry: ObjectID?, changed: Bool
    ) {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        func folderID(_ c: CommitInfo) throws -> ObjectID? {
            folder.isEmpty ? c.tree : try entry(at: folder, inTree: c.tree)?.id
        }
        var current = try CommitParser.commit(try rawCommit(start), id: start)
        let target = try entry(at: path, inTree: current.tree)?.id
        var currentFolder = try folderID(current)
        while let p = current.parents.first {
            let parent = try CommitParser.commit(try rawCommit(p), id: p)
            let parentFolder = try folderID(parent)
            if parentFolder != currentFolder {
                if try entry(at: path, inTree: parent.tree)?.id != target { return (current, target, true) }
                currentFolder = parentFolder
            }
            current = parent
        }
        return (current, target, false)
    }
}
