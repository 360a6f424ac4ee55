import CLibgit2
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
    }

    /// The files that differ between `old` (nil: the empty tree) and `new`, no rename detection.
    public func delta(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [Delta] {
        let newTree = try lookupTree(ofCommit: new)
        defer { git_tree_free(newTree) }
        let oldTree = try old.map { c throws(GitError) in try lookupTree(ofCommit: c) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        var diff: OpaquePointer?
        try check("git_diff_tree_to_tree", git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil))
        defer { git_diff_free(diff) }
        var out: [Delta] = []
        for i in 0..<git_diff_num_deltas(diff) {
            guard let d = git_diff_get_delta(diff, i)?.pointee else { continue }
            let path = String(cString: d.new_file.path ?? d.old_file.path)
            let oldID = d.old_file.flags & GIT_DIFF_FLAG_EXISTS.rawValue != 0 ? ObjectID(d.old_file.id) : nil
            let newID = d.new_file.flags & GIT_DIFF_FLAG_EXISTS.rawValue != 0 ? ObjectID(d.new_file.id) : nil
            out.append(Delta(path: path, oldBlob: d.old_file.mode == GIT_FILEMODE_COMMIT.rawValue ? nil : oldID,
                             newBlob: d.new_file.mode == GIT_FILEMODE_COMMIT.rawValue ? nil : newID))
        }
        return out
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
        if ancestor == descendant { return true }
        var a = ancestor.oid, d = descendant.oid
        let code = git_graph_descendant_of(handle, &d, &a)
        try check("git_graph_descendant_of", code)
        return code == 1
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
        var index: OpaquePointer?
        try check("git_repository_index", git_repository_index(&index, handle))
        defer { git_index_free(index) }
        guard let entry = git_index_get_bypath(index, path, 0) else { return nil }
        return try blob(ObjectID(entry.pointee.id))
    }

    /// Paths added or changed in the index compared with the branch tip (nil: none yet).
    public func stagedPaths(against tip: ObjectID?) throws(GitError) -> [String] {
        var index: OpaquePointer?
        try check("git_repository_index", git_repository_index(&index, handle))
        defer { git_index_free(index) }
        let tree = try tip.map { c throws(GitError) in try lookupTree(ofCommit: c) }
        defer { if let tree { git_tree_free(tree) } }
        var diff: OpaquePointer?
        try check("git_diff_tree_to_index", git_diff_tree_to_index(&diff, handle, tree, index, nil))
        defer { git_diff_free(diff) }
        var out: [String] = []
        for i in 0..<git_diff_num_deltas(diff) {
            guard let d = git_diff_get_delta(diff, i)?.pointee, d.new_file.flags & GIT_DIFF_FLAG_EXISTS.rawValue != 0 else { continue }
            out.append(String(cString: d.new_file.path))
        }
        return out
    }
}
