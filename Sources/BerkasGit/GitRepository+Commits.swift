import BerkasCore
internal import CLibgit2
import Foundation

extension GitRepository {
    /// The exact bytes of a commit object that would be written (what gets signed).
    public func commitBuffer(
        tree: ObjectID, parents: [ObjectID], author: GitSignature, committer: GitSignature,
        message: String
    ) throws(GitError) -> String {
        var treeOid = tree.oid
        var treeObj: OpaquePointer?
        try check("git_tree_lookup", git_tree_lookup(&treeObj, handle, &treeOid))
        defer { git_tree_free(treeObj) }
        var parentObjs: [OpaquePointer?] = []
        defer { for p in parentObjs { git_commit_free(p) } }
        for p in parents {
            var oid = p.oid
            var c: OpaquePointer?
            try check("git_commit_lookup", git_commit_lookup(&c, handle, &oid))
            parentObjs.append(c)
        }
        let authorSig = try makeSignature(author)
        defer { git_signature_free(authorSig) }
        let committerSig = try makeSignature(committer)
        defer { git_signature_free(committerSig) }
        var buf = git_buf()
        defer { git_buf_dispose(&buf) }
        let code = parentObjs.withUnsafeMutableBufferPointer { ps in
            git_commit_create_buffer(
                &buf, handle, authorSig, committerSig, nil, message, treeObj, ps.count,
                ps.baseAddress)
        }
        try check("git_commit_create_buffer", code)
        return String(cString: buf.ptr)
    }

    private func makeSignature(_ s: GitSignature) throws(GitError) -> UnsafeMutablePointer<git_signature> {
        var sig: UnsafeMutablePointer<git_signature>?
        try check(
            "git_signature_new", git_signature_new(&sig, s.name, s.email, git_time_t(s.time), Int32(s.offsetMinutes)))
        return sig!
    }

    /// Writes a commit object from a buffer and its signature (stored in the
    /// `gpgsig` header, as git does). Moves no reference.
    public func createSignedCommit(buffer: String, signature: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        // ssh-keygen ends its armor with a newline; stored as-is libgit2 would
        // add a header line holding one space, unlike git.
        var sig = signature
        while sig.hasSuffix("\n") { sig.removeLast() }
        try check(
            "git_commit_create_with_signature", git_commit_create_with_signature(&oid, handle, buffer, sig, "gpgsig"))
        return ObjectID(oid)
    }

    /// The id a reference points at, or nil when it does not exist (an unborn branch).
    public func resolve(_ refName: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, handle, refName)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check("git_reference_name_to_id", code)
        return ObjectID(oid)
    }

    /// The branch HEAD points at (`refs/heads/main`), even when it has no commit yet.
    public func headTarget() throws(GitError) -> String {
        var ref: OpaquePointer?
        try check("git_reference_lookup", git_reference_lookup(&ref, handle, "HEAD"))
        defer { git_reference_free(ref) }
        guard let target = git_reference_symbolic_target(ref) else {
            throw GitError(function: "git_reference_symbolic_target", message: "HEAD is detached")
        }
        return String(cString: target)
    }

    /// Moves `refName` to `new` only if it still points at `expected` (nil: must
    /// not exist yet). Throws a `GitError` with `isModified`/`isExists` when it moved.
    public func updateReference(_ refName: String, to new: ObjectID, expecting expected: ObjectID?, logMessage: String)
        throws(GitError)
    {
        var newOid = new.oid
        var ref: OpaquePointer?
        if let expected {
            var oldOid = expected.oid
            try check(
                "git_reference_create_matching",
                git_reference_create_matching(&ref, handle, refName, &newOid, 1, &oldOid, logMessage))
        } else {
            try check("git_reference_create", git_reference_create(&ref, handle, refName, &newOid, 0, logMessage))
        }
        git_reference_free(ref)
    }

    /// Makes the work tree and the index match `commit` for the given paths
    /// (all paths when empty), overwriting what is there.
    public func checkout(commit: ObjectID, paths: [String]) throws(GitError) {
        var oid = commit.oid
        var obj: OpaquePointer?
        try check("git_object_lookup", git_object_lookup(&obj, handle, &oid, GIT_OBJECT_COMMIT))
        defer { git_object_free(obj) }
        var opts = git_checkout_options()
        try check("git_checkout_options_init", git_checkout_options_init(&opts, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)))
        opts.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH.rawValue
        let cPaths = paths.map { strdup($0) }
        defer { for p in cPaths { free(p) } }
        var pointers: [UnsafeMutablePointer<CChar>?] = cPaths
        let code = pointers.withUnsafeMutableBufferPointer { buf -> Int32 in
            if !paths.isEmpty {
                opts.paths = git_strarray(strings: buf.baseAddress, count: buf.count)
            }
            return git_checkout_tree(handle, obj, &opts)
        }
        try check("git_checkout_tree", code)
    }

    /// Whether a work-tree path differs from HEAD or the index, or is untracked.
    /// `committed`: what HEAD holds at the path, when the caller has just read
    /// it from HEAD's tree (a folder of thousands of records is a large tree,
    /// not read a second time).
    public func isPathClean(_ path: String, committed: TreeEntry? = nil) throws(GitError) -> Bool {
        // git_status_file runs a whole status limited to the path, which grows
        // with the index: compare the three versions directly.
        guard FastPaths.enabled, let root = workdir else { return try statusFileIsCurrent(path) }
        var headBlob: git_oid? = nil
        var headMode: git_filemode_t? = nil
        if let committed {
            headBlob = committed.id.oid
            headMode = git_filemode_t(rawValue: committed.mode)
        } else if let tip = try resolve(try headTarget()) {
            let tree = try lookupTree(ofCommit: tip)
            defer { git_tree_free(tree) }
            var entry: OpaquePointer?
            let code = git_tree_entry_bypath(&entry, tree, path)
            if code != GIT_ENOTFOUND.rawValue {
                try check("git_tree_entry_bypath", code)
                defer { git_tree_entry_free(entry) }
                headBlob = git_tree_entry_id(entry).pointee
                headMode = git_tree_entry_filemode(entry)
            }
        }
        if headMode == GIT_FILEMODE_LINK || headMode == GIT_FILEMODE_COMMIT { return try statusFileIsCurrent(path) }
        var staged: (id: git_oid, mode: UInt32)? = nil
        if let file = IndexFile.read(gitDir + "index", reusing: lastIndex) {
            lastIndex = file
            let entries = file.entries(for: path)
            if entries.contains(where: { $0.stage != 0 }) { return false } // a conflict
            if let e = entries.first { staged = (e.id.oid, e.mode) }
        } else {
            let index = try currentIndex()
            defer { git_index_free(index) }
            // a conflict
            for stage in 1...3 where git_index_get_bypath(index, path, Int32(stage)) != nil { return false }
            if let e = git_index_get_bypath(index, path, 0)?.pointee { staged = (e.id, e.mode) }
        }
        var st = stat()
        let onDisk = lstat(root + path, &st) == 0
        guard var blob = headBlob, let mode = headMode else {
            return staged == nil && !onDisk // absent everywhere (an untracked file is not clean)
        }
        guard var indexed = staged?.id, git_oid_equal(&indexed, &blob) == 1, staged?.mode == mode.rawValue else {
            return false
        }
        guard onDisk, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        if ((st.st_mode & S_IXUSR) != 0) != (mode == GIT_FILEMODE_BLOB_EXECUTABLE) { return false }
        // The file's bytes as they are: equal to the committed blob means nothing
        // unsaved, whatever filters apply. Only when they differ is the file hashed
        // through the filters (core.autocrlf, .gitattributes), which makes libgit2
        // load the whole index for the attributes.
        if let data = FileManager.default.contents(atPath: root + path) {
            var raw = git_oid()
            let code = data.withUnsafeBytes { git_odb_hash(&raw, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
            if code == 0 && git_oid_equal(&raw, &blob) == 1 { return true }
        }
        var hashed = git_oid()
        try check(
            "git_repository_hashfile", git_repository_hashfile(&hashed, handle, root + path, GIT_OBJECT_BLOB, path))
        return git_oid_equal(&hashed, &blob) == 1
    }

    /// The repository's index as it is on disk now (libgit2 keeps the index it
    /// loaded first and does not notice changes git made since by itself).
    func currentIndex() throws(GitError) -> OpaquePointer {
        var index: OpaquePointer?
        try check("git_repository_index", git_repository_index(&index, handle))
        let code = git_index_read(index, 0)
        if code < 0 { git_index_free(index) }
        try check("git_index_read", code)
        return index!
    }

    private func statusFileIsCurrent(_ path: String) throws(GitError) -> Bool {
        var flags: UInt32 = 0
        let code = git_status_file(&flags, handle, path)
        if code == GIT_ENOTFOUND.rawValue { return true }
        try check("git_status_file", code)
        return flags == GIT_STATUS_CURRENT.rawValue
    }
}

extension GitRepository {
    /// Every commit reachable from `tip` and not from any of `hiding`, oldest first (topological order).
    public func history(from tip: ObjectID, hiding: [ObjectID] = []) throws(GitError) -> [ObjectID] {
        var walk: OpaquePointer?
        try check("git_revwalk_new", git_revwalk_new(&walk, handle))
        defer { git_revwalk_free(walk) }
        try check(
            "git_revwalk_sorting", git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue))
        var oid = tip.oid
        try check("git_revwalk_push", git_revwalk_push(walk, &oid))
        for h in hiding {
            var hidden = h.oid
            try check("git_revwalk_hide", git_revwalk_hide(walk, &hidden))
        }
        var out: [ObjectID] = []
        var next = git_oid()
        while true {
            let code = git_revwalk_next(&next, walk)
            if code == GIT_ITEROVER.rawValue { break }
            try check("git_revwalk_next", code)
            out.append(ObjectID(next))
        }
        return out
    }
}

extension GitRepository {
    /// Points HEAD at a branch (which may not exist yet).
    public func setHead(_ refName: String) throws(GitError) {
        try check("git_repository_set_head", git_repository_set_head(handle, refName))
    }
}

extension GitRepository {
    /// Makes the work-tree files and index entries of `paths` match `commit`:
    /// each file is written to a temporary name and renamed into place (never
    /// half-written), then its index entry is refreshed; paths absent from the
    /// commit are removed from both. Other paths are left alone.
    /// `known`: what the commit holds at some of the paths, when the caller
    /// made the commit from exactly these (a blob, or nil for a path removed),
    /// so that the commit's trees need not be read again (a folder of
    /// thousands of records is a large tree).
    public func syncPaths(_ paths: [String], to commit: ObjectID, known: [String: ObjectID?] = [:]) throws(GitError) {
        guard let root = workdir else { return }
        var changes: [IndexFile.Change] = []
        for path in paths {

            let blobID: ObjectID?
            if let k = known[path] {
                blobID = k
            } else if let entry = try treeEntry(at: path, in: commit), entry.isBlob {
                blobID = entry.id
            } else {
                blobID = nil
            }
            // Never through a link: a folder or file replaced by one is an error naming it.
            if let blobID {
                let data = try blob(blobID)
                let st: stat
                do {
                    st = try NoFollow.write(
                        root: root, path: path, data: data, temporaryPrefix: GitRepository.temporaryPrefix)
                } catch let e as GitError {
                    throw e
                } catch {
                    throw GitError(
                        function: "write",
                        message:
                            "\((error as? NoFollow.LinkInPath).map { "\($0.path) is a symbolic link" } ?? "cannot write") (\(path))"
                    )
                }
                changes.append(.init(path: path, blob: (blobID, st)))
            } else {
                do { try NoFollow.remove(root: root, path: path) } catch let e as GitError { throw e } catch {
                    throw GitError(
                        function: "unlink",
                        message:
                            "\((error as? NoFollow.LinkInPath).map { "\($0.path) is a symbolic link" } ?? "cannot remove") (\(path))"
                    )
                }
                changes.append(.init(path: path, blob: nil))
            }
        }
        defer { lastIndex = nil }
        if FastPaths.enabled, try IndexFile.update(gitDir: gitDir, changes: changes, reusing: &lastIndex) { return }
        let index = try currentIndex()
        defer { git_index_free(index) }
        for change in changes {
            if change.blob != nil {
                try check("git_index_add_bypath", git_index_add_bypath(index, change.path))
            } else {
                let code = git_index_remove_bypath(index, change.path)
                if code != GIT_ENOTFOUND.rawValue { try check("git_index_remove_bypath", code) }
            }
        }
        try check("git_index_write", git_index_write(index))
    }

    /// Temporary files of `syncPaths` start with this; a crash may leave one behind.
    public static let temporaryPrefix = ".berkas-tmp-"

    static func writeFile(_ path: String, _ data: Data) -> Bool {
        let fd = Glibc.open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { Glibc.close(fd) }
        return data.withUnsafeBytes { writeAll(fd, $0) }
    }

    /// Writes all of `bytes` to `fd` (false on an error).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
