import Crypto
import Foundation

/// git's index (`.git/index`) read and updated directly for the few paths a
/// berkas command touches, in the plain form git writes by default: version 2
/// or 3, and no extension but the cache tree (`TREE`) and resolve-undo (`REUC`).
/// Anything else (version 4, a split or sparse index, an untracked or fsmonitor
/// cache, entries marked skip-worktree, a conflict on a touched path) is left
/// to libgit2 — `nil` from `read`, `false` from `update`.
///
/// Why: libgit2 parses every entry into its own structures and checks and
/// writes the whole file with its collision-detecting SHA-1; on a large
/// archive that is more than the rest of an `act` (BENCHMARKS.md). Here the entries stay bytes, a touched entry is found by a scan and
/// rewritten in place, and the checksum is BoringSSL's SHA-1.
///
/// Written as git writes it (see git's Documentation/gitformat-index.txt): the
/// lock file `index.lock` taken before reading, the new index written there and
/// renamed over the old; the cache-tree nodes above a touched path marked
/// invalid; entries that were racily clean in the old index (changed in the
/// same second it was written) smudged so git compares their contents again.
struct IndexFile {
    struct Entry: Equatable {
        let stage: Int
        let mode: UInt32
        let id: ObjectID
    }

    private(set) var bytes: [UInt8]
    /// Offsets of the entries, in order, and where the entries end.
    private var offsets: [Int]
    private var entriesEnd: Int
    /// The old index's modification time (seconds): entries changed at or after it are racy.
    private let stampSeconds: Int

    static let headerSize = 12
    static let fixedEntrySize = 62

    /// The index at `path`, or nil when it is missing, in a form not handled
    /// here, or damaged (libgit2 then reads it, and reports the damage).
    /// `reusing`: an index read before, returned again when the file's stat
    /// data show it unchanged (as libgit2 and git decide: git replaces the
    /// index by renaming a new file over it), so a command checking many paths
    /// reads and checksums it once.
    static func read(_ path: String, reusing earlier: IndexFile? = nil) -> IndexFile? {
        var held = earlier
        return refresh(path, &held) ? held : nil
    }

    /// Makes `held` the index at `path`: kept as it is while the file's stat
    /// data show the version it was read from, else read again (nil when the
    /// file is missing, in a form not handled here, or damaged). True when
    /// `held` then holds an index.
    static func refresh(_ path: String, _ held: inout IndexFile?) -> Bool {
        guard getenv("GIT_INDEX_FILE") == nil else {
            held = nil
            return false
        } // libgit2 reads the index of the repository
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            held = nil
            return false
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size >= headerSize + 20, st.st_size < 1 << 30
        else {
            held = nil
            return false
        }
        let stamp = Stamp(st)
        if let current = held?.stamp, current == stamp { return true }
        held = nil
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(st.st_size)) { buffer, count in
            while count < buffer.count {
                let n = pread(fd, buffer.baseAddress! + count, buffer.count - count, off_t(count))
                guard n > 0 else {
                    complete = false
                    return
                }
                count += n
            }
        }
        guard complete else { return false }
        held = IndexFile(bytes: bytes, stampSeconds: Int(st.st_mtim.tv_sec))
        held?.stamp = stamp
        return held != nil
    }

    /// What identifies one version of the index file.
    struct Stamp: Equatable {
        let device: UInt64, inode: UInt64, size: Int64
        let modified: Int, modifiedNanos: Int, changed: Int, changedNanos: Int
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
            size = Int64(st.st_size)
            modified = st.st_mtim.tv_sec
            modifiedNanos = st.st_mtim.tv_nsec
            changed = st.st_ctim.tv_sec
            changedNanos = st.st_ctim.tv_nsec
        }
    }
    /// The file's stat data when it was read (nil: not read from a file).
    private(set) var stamp: Stamp? = nil

    /// The checksum's state after every `checkpointSpan` bytes, kept while the
    /// checksum is checked: a change rewrites the bytes from its first changed
    /// one, and the new checksum goes on from the last state before it instead
    /// of hashing the whole file again (records of the current year, the ones
    /// that change, are the last folder of the index).
    private var checkpoints: [(offset: Int, state: Insecure.SHA1)] = []
    static let checkpointSpan = 1 << 16

    init?(bytes: [UInt8], stampSeconds: Int) {
        self.bytes = bytes
        self.stampSeconds = stampSeconds
        let n = bytes.count
        guard bytes[0] == 0x44, bytes[1] == 0x49, bytes[2] == 0x52, bytes[3] == 0x43 else { return nil } // DIRC
        let version = Self.u32(bytes, 4)
        guard version == 2 || version == 3 else { return nil }
        let count = Int(Self.u32(bytes, 8))
        // The checksum first: nothing below is trusted before it matches.
        var hash = Insecure.SHA1()
        var checkpoints: [(offset: Int, state: Insecure.SHA1)] = [(0, hash)]
        bytes.withUnsafeBytes { raw in
            var o = 0
            while o < n - 20 {
                let e = min(o + Self.checkpointSpan, n - 20)
                hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[o..<e]))
                o = e
                checkpoints.append((o, hash))
            }
        }
        guard Array(hash.finalize()) == Array(bytes[(n - 20)...]) else { return nil }
        self.checkpoints = checkpoints
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        let end = n - 20
        let parsed: Int? = bytes.withUnsafeBufferPointer { b -> Int? in
            var o = Self.headerSize
            for _ in 0..<count {
                guard o + Self.fixedEntrySize + 1 <= end else { return nil }
                let flags = Int(b[o + 60]) << 8 | Int(b[o + 61])
                if flags & 0x4000 != 0 { return nil } // extended flags: skip-worktree, intent-to-add
                let nameStart = o + Self.fixedEntrySize
                var nameEnd = nameStart + (flags & 0xFFF)
                if flags & 0xFFF == 0xFFF { // a long name: its length is where the NUL is
                    guard let nul = memchr(b.baseAddress! + nameStart, 0, end - nameStart) else { return nil }
                    nameEnd = b.baseAddress!.distance(to: nul.assumingMemoryBound(to: UInt8.self))
                }
                guard nameEnd > nameStart, nameEnd < end, b[nameEnd] == 0 else { return nil }
                let length = (Self.fixedEntrySize + (nameEnd - nameStart) + 8) & ~7
                guard o + length <= end else { return nil }
                offsets.append(o)
                o += length
            }
            return o
        }
        guard let o = parsed else { return nil }
        self.offsets = offsets
        entriesEnd = o
        // Extensions: only the ones this code keeps right.
        var e = o
        while e < n - 20 {
            guard e + 8 <= n - 20 else { return nil }
            let signature = String(decoding: bytes[e..<(e + 4)], as: UTF8.self)
            let size = Int(Self.u32(bytes, e + 4))
            guard signature == "TREE" || signature == "REUC", e + 8 + size <= n - 20 else { return nil }
            e += 8 + size
        }
    }

    private func path(at o: Int) -> ArraySlice<UInt8> {
        let start = o + Self.fixedEntrySize
        var end = start + Int(Self.u16(bytes, o + 60) & 0xFFF)
        if end - start == 0xFFF { while bytes[end] != 0 { end += 1 } }
        return bytes[start..<end]
    }

    /// Whether the entry at `o` is for `key` (its length in the flags compared first).
    private func names(_ o: Int, _ key: [UInt8]) -> Bool {
        let length = Int(Self.u16(bytes, o + 60) & 0xFFF)
        guard length == min(key.count, 0xFFF) else { return false }
        if length == 0xFFF { return path(at: o).elementsEqual(key) }
        return bytes.withUnsafeBufferPointer { b in
            key.withUnsafeBufferPointer {
                memcmp(b.baseAddress! + o + Self.fixedEntrySize, $0.baseAddress!, length) == 0
            }
        }
    }

    /// The position of the first entry whose path is not before `key` (entries
    /// are sorted by path bytes, then stage), searching from `from`.
    private func lowerBound(_ key: [UInt8], from: Int = 0) -> Int {
        var lo = from
        var hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if path(at: offsets[mid]).lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Positions of the entries for `key` (one per stage).
    private func positions(of key: [UInt8]) -> Range<Int> {
        let first = lowerBound(key)
        var end = first
        while end < offsets.count && names(offsets[end], key) { end += 1 }
        return first..<end
    }

    private func stage(at o: Int) -> Int { Int((Self.u16(bytes, o + 60) >> 12) & 3) }

    /// The entries recorded for `path` (stage 0, or 1–3 in a conflict).
    func entries(for name: String) -> [Entry] {
        let key = Array(name.utf8)
        var out: [Entry] = []
        for o in positions(of: key).map({ offsets[$0] }) {
            out.append(
                Entry(
                    stage: stage(at: o), mode: Self.u32(bytes, o + 24),
                    id: bytes.withUnsafeBytes { ObjectID(bytes: $0.baseAddress! + o + 40) }))
        }
        return out
    }

    /// What `syncPaths` does to one path: its stage-0 entry now describes the
    /// file just written (stat data from `lstat`), or is removed (nil).
    struct Change {
        let path: String
        let blob: (id: ObjectID, stat: stat)?
    }

    /// Applies the changes; false when one of them is not handled here (a
    /// conflict on the path), leaving `self` as it was.
    // long-function: one merge of sorted index entries with sorted changes, as git keeps them; split, its cursors would be passed around.
    mutating func apply(_ changes: [Change]) -> Bool {
        // path → new entry bytes, nil for a removal; the last change of a path wins
        var latest: [[UInt8]: [UInt8]?] = [:]
        for change in changes {
            let key = Array(change.path.utf8)
            guard !key.isEmpty, !key.contains(0) else { return false }
            if positions(of: key).contains(where: { stage(at: offsets[$0]) != 0 }) { return false }
            latest[key] = .some(change.blob.map { Self.entryBytes(path: key, id: $0.id, stat: $0.stat) })
        }
        let sorted = latest.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        // Every change a new version of a file already in the index (a step on a
        // record): the entries keep their places and sizes, so the bytes are
        // changed where they lie.
        var replaced: [(position: Int, entry: [UInt8])] = []
        for (key, entry) in sorted {
            guard let entry else { break }
            let at = positions(of: key)
            guard at.count == 1 else { break }
            replaced.append((at.lowerBound, entry))
        }
        if replaced.count == sorted.count {
            return applyInPlace(replaced, paths: sorted.map(\.key))
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256 * sorted.count)
        out.append(contentsOf: bytes[0..<Self.headerSize])
        var newOffsets: [Int] = []
        newOffsets.reserveCapacity(offsets.count + sorted.count)
        // Old entries a..<b copied as one block; those racily clean in the old index
        // (changed in the second it was written) get their size smudged, as git
        // does, so that git compares their contents again.
        func copy(_ a: Int, _ b: Int) {
            guard a < b else { return }
            let start = offsets[a]
            let end = b < offsets.count ? offsets[b] : entriesEnd
            let shift = out.count - start
            out.append(contentsOf: bytes[start..<end])
            for k in a..<b {
                let o = offsets[k] + shift
                newOffsets.append(o)
                if Int(Self.u32(out, o + 8)) >= stampSeconds { Self.put32(&out, o + 36, 0) }
            }
        }
        var i = 0
        for (key, entry) in sorted {
            let lo = lowerBound(key, from: i)
            copy(i, lo)
            i = lo
            if i < offsets.count && names(offsets[i], key) { i += 1 } // replaced or removed
            if let entry {
                newOffsets.append(out.count)
                out.append(contentsOf: entry)
            }
        }
        copy(i, offsets.count)
        Self.put32(&out, 8, UInt32(newOffsets.count))
        let newEnd = out.count
        guard let tail = extensions(invalidating: sorted.map(\.key)) else { return false }
        out.append(contentsOf: tail)
        let same = Self.commonPrefix(bytes, out)
        bytes = out
        offsets = newOffsets
        entriesEnd = newEnd
        seal(unchangedBefore: same)
        return true
    }

    /// The extensions as they are to be written: the cache tree with the
    /// folders above `paths` invalid, the rest as they were (nil when the cache
    /// tree cannot be parsed).
    private func extensions(invalidating paths: [[UInt8]]) -> [UInt8]? {
        var tail: [UInt8] = []
        var e = entriesEnd
        while e < bytes.count - 20 {
            let signature = bytes[e..<(e + 4)]
            let size = Int(Self.u32(bytes, e + 4))
            if signature.elementsEqual("TREE".utf8) {
                guard let tree = CacheTree.invalidating(bytes[(e + 8)..<(e + 8 + size)], paths: paths) else {
                    return nil
                }
                tail.append(contentsOf: signature)
                Self.append32(&tail, UInt32(tree.count))
                tail.append(contentsOf: tree)
            } else {
                tail.append(contentsOf: bytes[e..<(e + 8 + size)])
            }
            e += 8 + size
        }
        return tail
    }

    /// How many leading bytes `a` and `b` share.
    static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                let n = min(a.count, b.count)
                var i = 0
                while i + 4096 <= n, memcmp(a.baseAddress! + i, b.baseAddress! + i, 4096) == 0 { i += 4096 }
                while i < n, a[i] == b[i] { i += 1 }
                return i
            }
        }
    }

    /// `apply` for changes that each replace one entry with one of the same size.
    private mutating func applyInPlace(_ replaced: [(position: Int, entry: [UInt8])], paths: [[UInt8]]) -> Bool {
        let stampSeconds = self.stampSeconds
        var firstChange = bytes.count
        // The extensions first, as they will be written (nothing is changed if they cannot be).
        guard let tail = extensions(invalidating: paths) else { return false }
        let offsets = self.offsets
        bytes.withUnsafeMutableBufferPointer { b in
            for (position, entry) in replaced {
                let o = offsets[position]
                entry.withUnsafeBufferPointer { _ = memcpy(b.baseAddress! + o, $0.baseAddress!, $0.count) }
                firstChange = min(firstChange, o)
            }
            // Entries racily clean in the old index get their size smudged, as in `apply`.
            for (k, o) in offsets.enumerated() {
                let seconds = Int(b[o + 8]) << 24 | Int(b[o + 9]) << 16 | Int(b[o + 10]) << 8 | Int(b[o + 11])
                guard seconds >= stampSeconds, !replaced.contains(where: { $0.position == k }) else { continue }
                if b[o + 36] | b[o + 37] | b[o + 38] | b[o + 39] != 0 {
                    b[o + 36] = 0
                    b[o + 37] = 0
                    b[o + 38] = 0
                    b[o + 39] = 0
                    firstChange = min(firstChange, o)
                }
            }
        }
        if !bytes[entriesEnd..<(bytes.count - 20)].elementsEqual(tail) {
            firstChange = min(firstChange, entriesEnd)
        }
        bytes.replaceSubrange(entriesEnd..., with: tail)
        seal(unchangedBefore: firstChange)
        return true
    }

    /// Appends the checksum of `bytes`, going on from the last checkpoint at or
    /// before `unchangedBefore` (the bytes before it are as they were hashed).
    private mutating func seal(unchangedBefore: Int) {
        let limit = min(unchangedBefore, bytes.count)
        let kept = checkpoints.lastIndex { $0.offset <= limit } ?? -1
        var hash = kept >= 0 ? checkpoints[kept].state : Insecure.SHA1()
        let from = kept >= 0 ? checkpoints[kept].offset : 0
        checkpoints.removeSubrange((kept + 1)...)
        bytes.withUnsafeBytes { hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[from...])) }
        bytes.append(contentsOf: hash.finalize())
    }
}
