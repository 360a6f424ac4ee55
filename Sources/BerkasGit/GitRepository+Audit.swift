import BerkasCore
internal import CLibgit2
import Foundation

extension GitRepository {
    /// The raw bytes of a commit object (what `git cat-file commit` prints).
    public func rawCommit(_ id: ObjectID) throws(GitError) -> [UInt8] {
        var odb: OpaquePointer?
        try check("git_repository_odb", git_repository_odb(&odb, handle))
        defer { git_odb_free(odb) }
        var obj: OpaquePointer?
        var oid = id.oid
        try check("git_odb_read", git_odb_read(&obj, odb, &oid))
        defer { git_odb_object_free(obj) }
        guard git_odb_object_type(obj) == GIT_OBJECT_COMMIT else {
            throw GitError(function: "git_odb_read", message: "\(id) is not a commit")
        }
        let size = git_odb_object_size(obj)
        guard let data = git_odb_object_data(obj) else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: size))
    }

    /// A file that differs between two commits: its blob before and after (nil: absent).
    public struct Delta: Sendable {
        public let path: String
        public let oldBlob: ObjectID?
        public let newBlob: ObjectID?
        /// The git file mode of the new entry (`0o100644`, `0o120000` for a symlink,
        /// `0o160000` for a submodule), when known.
        public var newMode: UInt32? = nil
    }

    /// The files that differ between `old` (nil: the empty tree) and `new`, no
    /// rename detection. A merge walk over the sorted trees that descends only
    /// into subtrees whose ids differ (libgit2's general diff compares every
    /// entry of a year folder of thousands of records).
    public func changedFiles(fromCommit old: ObjectID?, toCommit new: ObjectID) throws(GitError) -> [Delta] {
        let newTree = try lookupTree(ofCommit: new)
        defer { git_tree_free(newTree) }
        let oldTree = try old.map { c throws(GitError) in try lookupTree(ofCommit: c) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        var out: [Delta] = []
        try compareTrees(oldTree, newTree, prefix: "", into: &out)
        return out
    }

    private func compareTrees(_ a: OpaquePointer?, _ b: OpaquePointer?, prefix: String, into out: inout [Delta])
        throws(GitError)
    {
        let countA = a.map { git_tree_entrycount($0) } ?? 0
        let countB = b.map { git_tree_entrycount($0) } ?? 0
        var i = 0
        var j = 0
        while i < countA || j < countB {
            let ea = i < countA ? git_tree_entry_byindex(a, i) : nil
            let eb = j < countB ? git_tree_entry_byindex(b, j) : nil
            var order: Int32 = 0
            if let ea, let eb { order = git_tree_entry_cmp(ea, eb) } else { order = ea == nil ? 1 : -1 }
            if order == 0, let ea, let eb {
                i += 1
                j += 1
                if git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) == 1
                    && git_tree_entry_filemode(ea) == git_tree_entry_filemode(eb)
                {
                    continue
                }
                try emit(ea, eb, prefix: prefix, into: &out)
            } else if order < 0, let ea {
                i += 1
                try emit(ea, nil, prefix: prefix, into: &out)
            } else if let eb {
                j += 1
                try emit(nil, eb, prefix: prefix, into: &out)
            }
        }
    }

    private func emit(_ ea: OpaquePointer?, _ eb: OpaquePointer?, prefix: String, into out: inout [Delta])
        throws(GitError)
    {
        let name = String(cString: git_tree_entry_name(ea ?? eb!))
        let path = prefix + name
        let aIsTree = ea.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        let bIsTree = eb.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        if aIsTree || bIsTree {
            var ta: OpaquePointer? = nil
            var tb: OpaquePointer? = nil
            if aIsTree { try check("git_tree_lookup", git_tree_lookup(&ta, handle, git_tree_entry_id(ea))) }
            defer { if let ta { git_tree_free(ta) } }
            if bIsTree { try check("git_tree_lookup", git_tree_lookup(&tb, handle, git_tree_entry_id(eb))) }
            defer { if let tb { git_tree_free(tb) } }
            try compareTrees(ta, tb, prefix: path + "/", into: &out)
        }
        let aBlob = ea.flatMap {
            aIsTree || git_tree_entry_type($0) != GIT_OBJECT_BLOB ? nil : ObjectID(git_tree_entry_id($0).pointee)
        }
        let bBlob = eb.flatMap {
            bIsTree || git_tree_entry_type($0) != GIT_OBJECT_BLOB ? nil : ObjectID(git_tree_entry_id($0).pointee)
        }
        if aBlob != nil || bBlob != nil { out.append(Delta(path: path, oldBlob: aBlob, newBlob: bBlob)) }
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
        if ancestor == descendant { return true }
        // The usual question is about a few new commits on one line (a push, the
        // next `list` or `verify` after a step): the first parents answer it,
        // where libgit2 would first load and hash the whole commit-graph file.
        // Only a "yes" is taken from this walk.
        if FastPaths.enabled, firstParents(of: descendant, reach: ancestor, within: Self.shortAncestryWalk) {
            return true
        }
        var a = ancestor.oid
        var d = descendant.oid
        let code = git_graph_descendant_of(handle, &d, &a)
        try check("git_graph_descendant_of", code)
        return code == 1
    }

    /// How many first parents `isAncestor` follows itself before asking libgit2.
    static let shortAncestryWalk = 256

    /// Whether `target` is among the first `limit` first parents of `start`
    /// (commits read hash-checked); false also when a commit cannot be read.
    func firstParents(of start: ObjectID, reach target: ObjectID, within limit: Int) -> Bool {
        guard let reader = try? CheckedObjectReader(repo: self) else { return false }
        var current = start
        for _ in 0..<limit {
            guard let raw = try? reader.rawCommit(current),
                let parent = try? CommitParser.commit(raw, id: current).parents.first
            else { return false }
            if parent == target { return true }
            current = parent
        }
        return false
    }

    /// Resolves a revision expression (`HEAD`, `main~2`, an id).
    public func revparse(_ spec: String) throws(GitError) -> ObjectID {
        var obj: OpaquePointer?
        try check("git_revparse_single", git_revparse_single(&obj, handle, spec))
        defer { git_object_free(obj) }
        var peeled: OpaquePointer?
        try check("git_object_peel", git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT))
        defer { git_object_free(peeled) }
        return ObjectID(git_object_id(peeled).pointee)
    }
}

extension GitRepository {
    /// The staged bytes of a path (the index), or nil when it is not in the index.
    public func indexFile(_ path: String) throws(GitError) -> Data? {
        let index = try stagingIndex()
        defer { git_index_free(index) }
        guard let entry = git_index_get_bypath(index, path, 0) else { return nil }
        return try blob(ObjectID(entry.pointee.id))
    }

    /// The index a commit is being made from: inside git's hooks `GIT_INDEX_FILE` names it
    /// (`git commit -a` and `git commit PATH` stage into a temporary index), else the repository's.
    func stagingIndex() throws(GitError) -> OpaquePointer {
        guard let raw = getenv("GIT_INDEX_FILE"), raw.pointee != 0 else { return try currentIndex() }
        var path = String(cString: raw)
        if !path.hasPrefix("/"), let root = workdir { path = root + path }
        var index: OpaquePointer?
        try check("git_index_open", git_index_open(&index, path))
        return index!
    }

    /// Paths added or changed in the index compared with the branch tip (nil: none yet).
    public func stagedPaths(against tip: ObjectID?) throws(GitError) -> [String] {
        let index = try stagingIndex()
        defer { git_index_free(index) }
        let tree = try tip.map { c throws(GitError) in try lookupTree(ofCommit: c) }
        defer { if let tree { git_tree_free(tree) } }
        var diff: OpaquePointer?
        try check("git_diff_tree_to_index", git_diff_tree_to_index(&diff, handle, tree, index, nil))
        defer { git_diff_free(diff) }
        var out: [String] = []
        for i in 0..<git_diff_num_deltas(diff) {
            guard let d = git_diff_get_delta(diff, i)?.pointee, d.new_file.flags & GIT_DIFF_FLAG_EXISTS.rawValue != 0
            else { continue }
            out.append(String(cString: d.new_file.path))
        }
        return out
    }
}
