internal import CLibgit2
import Foundation

extension GitRepository {
    /// Reads a commit.
    public func commit(_ id: ObjectID) throws(GitError) -> CommitInfo {
        var oid = id.oid
        var commit: OpaquePointer?
        try check("git_commit_lookup", git_commit_lookup(&commit, handle, &oid))
        defer { git_commit_free(commit) }
        var parents: [ObjectID] = []
        for i in 0..<git_commit_parentcount(commit) {
            if let p = git_commit_parent_id(commit, i) { parents.append(ObjectID(p.pointee)) }
        }
        let message = git_commit_message_raw(commit).map { String(cString: $0) } ?? ""
        return CommitInfo(
            id: id, tree: ObjectID(git_commit_tree_id(commit).pointee), parents: parents, message: message,
            author: signature(git_commit_author(commit)), committer: signature(git_commit_committer(commit)))
    }

    private func signature(_ s: UnsafePointer<git_signature>?) -> GitSignature {
        guard let s else { return GitSignature(name: "", email: "", time: 0, offsetMinutes: 0) }
        return GitSignature(
            name: s.pointee.name.map { String(cString: $0) } ?? "",
            email: s.pointee.email.map { String(cString: $0) } ?? "",
            time: s.pointee.when.time, offsetMinutes: Int32(s.pointee.when.offset))
    }

    /// The bytes of the file at `path` in a commit's tree, or nil when absent.
    public func file(at path: String, in commitID: ObjectID) throws(GitError) -> Data? {
        guard let entry = try treeEntry(at: path, in: commitID) else { return nil }
        guard entry.isBlob else { return nil }
        return try blob(entry.id)
    }

    /// One entry of a tree: its id and whether it is a file.
    public struct TreeEntry: Sendable {
        public let name: String
        public let id: ObjectID
        public let isBlob: Bool
        public let isTree: Bool
        public let isSymlink: Bool
        /// git's file mode (0o100644, 0o100755, 0o120000, 0o40000, 0o160000).
        public let mode: UInt32
    }

    /// The entry at `path` in a commit's tree, or nil.
    public func treeEntry(at path: String, in commitID: ObjectID) throws(GitError) -> TreeEntry? {
        let tree = try lookupTree(ofCommit: commitID)
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check("git_tree_entry_bypath", code)
        defer { git_tree_entry_free(entry) }
        return makeEntry(entry!)
    }

    /// Every file under the folder at `path` in a commit, with its full path ([] when absent).
    public func files(under path: String, in commitID: ObjectID) throws(GitError) -> [String] {
        var out: [String] = []
        for e in try list(path, in: commitID) {
            let full = path + "/" + e.name
            if e.isTree { out += try files(under: full, in: commitID) } else { out.append(full) }
        }
        return out
    }

    /// The entries of the folder at `path` ("" for the root) in a commit, or [] when absent.
    public func list(_ path: String, in commitID: ObjectID) throws(GitError) -> [TreeEntry] {
        let root = try lookupTree(ofCommit: commitID)
        defer { git_tree_free(root) }
        var tree: OpaquePointer? = root
        var owned: OpaquePointer? = nil
        if !path.isEmpty {
            var entry: OpaquePointer?
            let code = git_tree_entry_bypath(&entry, root, path)
            if code == GIT_ENOTFOUND.rawValue { return [] }
            try check("git_tree_entry_bypath", code)
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return [] }
            try check("git_tree_lookup", git_tree_lookup(&owned, handle, git_tree_entry_id(entry)))
            tree = owned
        }
        defer { if let owned { git_tree_free(owned) } }
        var out: [TreeEntry] = []
        for i in 0..<git_tree_entrycount(tree) {
            if let e = git_tree_entry_byindex(tree, i) { out.append(makeEntry(e)) }
        }
        return out
    }

    private func makeEntry(_ e: OpaquePointer) -> TreeEntry {
        let mode = git_tree_entry_filemode(e)
        return TreeEntry(
            name: String(cString: git_tree_entry_name(e)), id: ObjectID(git_tree_entry_id(e).pointee),
            isBlob: mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE,
            isTree: mode == GIT_FILEMODE_TREE, isSymlink: mode == GIT_FILEMODE_LINK, mode: mode.rawValue)
    }

    func lookupTree(ofCommit commitID: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = commitID.oid
        var commit: OpaquePointer?
        try check("git_commit_lookup", git_commit_lookup(&commit, handle, &oid))
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        try check("git_commit_tree", git_commit_tree(&tree, commit))
        return tree!
    }

    /// The bytes of a blob.
    public func blob(_ id: ObjectID) throws(GitError) -> Data {
        var oid = id.oid
        var blob: OpaquePointer?
        try check("git_blob_lookup", git_blob_lookup(&blob, handle, &oid))
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return Data() }
        return Data(bytes: raw, count: size)
    }

    /// Stores bytes as a blob.
    public func writeBlob(_ data: Data) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let code = data.withUnsafeBytes { buf in
            git_blob_create_from_buffer(&oid, handle, buf.baseAddress, buf.count)
        }
        try check("git_blob_create_from_buffer", code)
        return ObjectID(oid)
    }

    /// A change to a tree: a file written (blob id) or removed (nil).
    public struct TreeChange: Sendable {
        public let path: String
        public let blob: ObjectID?
        public init(path: String, blob: ObjectID?) {
            self.path = path
            self.blob = blob
        }
    }

    /// The tree of `baseCommit` (or an empty tree) with `changes` applied.
    public func tree(basedOn baseCommit: ObjectID?, applying changes: [TreeChange]) throws(GitError) -> ObjectID {
        // libgit2 starts from an empty tree builder when there is no baseline.
        let baseline: OpaquePointer? = try baseCommit.map { c throws(GitError) in try lookupTree(ofCommit: c) }
        defer { git_tree_free(baseline) }
        let cPaths = changes.map { strdup($0.path) }
        defer { for p in cPaths { free(p) } }
        var updates: [git_tree_update] = []
        for (i, change) in changes.enumerated() {
            var u = git_tree_update()
            if let blob = change.blob {
                u.action = GIT_TREE_UPDATE_UPSERT
                u.id = blob.oid
                u.filemode = GIT_FILEMODE_BLOB
            } else {
                u.action = GIT_TREE_UPDATE_REMOVE
            }
            u.path = UnsafePointer(cPaths[i])
            updates.append(u)
        }
        var out = git_oid()
        try check("git_tree_create_updated", git_tree_create_updated(&out, handle, baseline, updates.count, &updates))
        return ObjectID(out)
    }
}
