import Crypto
import Foundation

/// How the index is written: entries as git lays them out, and its big-endian numbers.
extension IndexFile {
    /// One entry as git writes it (version 2/3 without extended flags).
    static func entryBytes(path: [UInt8], id: ObjectID, stat st: stat) -> [UInt8] {
        var e: [UInt8] = []
        e.reserveCapacity((fixedEntrySize + path.count + 8) & ~7)
        append32(&e, UInt32(truncatingIfNeeded: st.st_ctim.tv_sec))
        append32(&e, UInt32(truncatingIfNeeded: st.st_ctim.tv_nsec))
        append32(&e, UInt32(truncatingIfNeeded: st.st_mtim.tv_sec))
        append32(&e, UInt32(truncatingIfNeeded: st.st_mtim.tv_nsec))
        append32(&e, UInt32(truncatingIfNeeded: st.st_dev))
        append32(&e, UInt32(truncatingIfNeeded: st.st_ino))
        append32(&e, (st.st_mode & S_IXUSR) != 0 ? 0o100755 : 0o100644)
        append32(&e, UInt32(truncatingIfNeeded: st.st_uid))
        append32(&e, UInt32(truncatingIfNeeded: st.st_gid))
        append32(&e, UInt32(truncatingIfNeeded: st.st_size))
        e.append(contentsOf: id.bytes)
        let flags = UInt16(min(path.count, 0xFFF))
        e.append(UInt8(flags >> 8))
        e.append(UInt8(flags & 0xFF))
        e.append(contentsOf: path)
        let length = (fixedEntrySize + path.count + 8) & ~7
        e.append(contentsOf: repeatElement(0, count: length - e.count))
        return e
    }

    static func u32(_ b: [UInt8], _ o: Int) -> UInt32 {
        UInt32(b[o]) << 24 | UInt32(b[o + 1]) << 16 | UInt32(b[o + 2]) << 8 | UInt32(b[o + 3])
    }
    static func u16(_ b: [UInt8], _ o: Int) -> UInt16 { UInt16(b[o]) << 8 | UInt16(b[o + 1]) }
    static func append32(_ b: inout [UInt8], _ v: UInt32) {
        b.append(UInt8(v >> 24))
        b.append(UInt8((v >> 16) & 0xFF))
        b.append(UInt8((v >> 8) & 0xFF))
        b.append(UInt8(v & 0xFF))
    }
    static func put32(_ b: inout [UInt8], _ o: Int, _ v: UInt32) {
        b[o] = UInt8(v >> 24)
        b[o + 1] = UInt8((v >> 16) & 0xFF)
        b[o + 2] = UInt8((v >> 8) & 0xFF)
        b[o + 3] = UInt8(v & 0xFF)
    }
}

/// The index's cache-tree extension: for each folder, how many entries it
/// covers and its tree id, or `-1` when unknown. A changed path makes every
/// folder above it unknown, as git's `cache_tree_invalidate_path` does.
enum CacheTree {
    /// The extension body with the folders above each path invalid, or nil when it cannot be parsed.
    static func invalidating(_ body: ArraySlice<UInt8>, paths: [[UInt8]]) -> [UInt8]? {
        var input = body
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        // Folder chains that lead to a changed path, as component lists.
        let chains = paths.map {
            $0.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropLast().map { Array($0) }
        }
        guard node(&input, &out, prefixes: chains.map { ArraySlice($0) }, onPath: true), input.isEmpty else {
            return nil
        }
        return out
    }

    /// One node and its subtrees. `prefixes`: the remaining folder chains of the
    /// changed paths that run through this node (onPath: some path runs through it).
    private static func node(
        _ input: inout ArraySlice<UInt8>, _ out: inout [UInt8], prefixes: [ArraySlice<[UInt8]>], onPath: Bool
    ) -> Bool {
        guard let nul = input.firstIndex(of: 0) else { return false }
        out.append(contentsOf: input[input.startIndex...nul])
        input = input[(nul + 1)...]
        guard let space = input.firstIndex(of: 0x20), let lf = input.firstIndex(of: 0x0A), space < lf,
            let entries = Int(String(decoding: input[input.startIndex..<space], as: UTF8.self)),
            let subtrees = Int(String(decoding: input[(space + 1)..<lf], as: UTF8.self)), subtrees >= 0, entries >= -1
        else { return false }
        input = input[(lf + 1)...]
        var id: ArraySlice<UInt8>? = nil
        if entries >= 0 {
            guard input.count >= 20 else { return false }
            id = input.prefix(20)
            input = input.dropFirst(20)
        }
        if onPath || id == nil {
            out.append(contentsOf: "-1 \(subtrees)\n".utf8)
        } else {
            out.append(contentsOf: "\(entries) \(subtrees)\n".utf8)
            out.append(contentsOf: id!)
        }
        for _ in 0..<subtrees {
            // The subtree's name comes first in its own record.
            guard let nul = input.firstIndex(of: 0) else { return false }
            let name = Array(input[input.startIndex..<nul])
            let through = prefixes.filter { $0.first == name }.map { $0.dropFirst() }
            guard node(&input, &out, prefixes: through, onPath: !through.isEmpty) else { return false }
        }
        return true
    }
}

extension IndexFile {
    /// Updates the index at `gitDir/index` as git does: `index.lock` taken
    /// first (a lock held by someone else is an error, as in git), the index
    /// read under it, the changes applied, the result renamed into place.
    /// False, with nothing changed, when the index is not in a form handled here.
    static func update(gitDir: String, changes: [Change]) throws(GitError) -> Bool {
        var none: IndexFile? = nil
        return try update(gitDir: gitDir, changes: changes, reusing: &none)
    }

    /// `earlier`: an index read before, used (and changed where it lies, not
    /// copied) if the file is still that version; nil afterwards.
    static func update(gitDir: String, changes: [Change], reusing earlier: inout IndexFile?) throws(GitError) -> Bool {
        guard getenv("GIT_INDEX_FILE") == nil else { return false }
        let path = gitDir + "index"
        let lock = gitDir + "index.lock"
        let fd = open(lock, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666) // the umask decides, as for git and libgit2
        guard fd >= 0 else {
            throw GitError(
                function: "index.lock",
                message:
                    "\(lock) exists: another git process is running, or one stopped — remove the file if no git process runs"
            )
        }
        var done = false
        defer {
            close(fd)
            if !done { unlink(lock) }
        }
        // Read under the lock (an earlier read is reused only if the file is still that version).
        guard refresh(path, &earlier), earlier?.apply(changes) == true else {
            earlier = nil
            return false
        }
        let ok = earlier!.bytes.withUnsafeBytes { GitRepository.writeAll(fd, $0) }
        earlier = nil // the file written is another version
        guard ok, rename(lock, path) == 0 else { throw GitError(function: "write", message: "cannot write \(path)") }
        done = true
        return true
    }
}
