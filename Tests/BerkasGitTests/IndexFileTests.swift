import Foundation
import TestSupport
import Testing

@testable import BerkasGit

/// berkas updates git's index itself for the paths it touches. Every change is
/// made twice — by `IndexFile` in one copy of a repository and by `git add` /
/// `git rm --cached` in a twin — and git must then see the same index: the same
/// entries, the same tree from `git write-tree` (which trusts the cache tree,
/// so a folder left marked valid would give the old tree), the same status.
@Suite("Index written directly, as git would")
struct IndexFileTests {
    @discardableResult
    func sh(_ args: [String], in dir: String, input: String? = nil) throws -> String {
        try git(args, in: dir, input: input, check: true)
    }

    func write(_ dir: String, _ path: String, _ text: String) throws {
        let full = dir + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    static let files = [
        "a.md", "2025/RA-2025-0001.md", "2025/RA-2025-0002.md", "2026/RA-2026-0001.md",
        "lampiran/2025/RA-2025-0001/sk.pdf", "z/y/w.txt", "2025-x.md", "2025.md"
    ]

    /// A committed repository (its index has a cache tree) and a twin copy.
    func twins() throws -> (ours: String, theirs: String) {
        let ours = try Scratch.folder("berkas-index-")
        let theirs = try Scratch.folder("berkas-index-twin-")
        try sh(["init", "-q", "-b", "main"], in: ours)
        for f in Self.files { try write(ours, f, "isi \(f)\n") }
        try sh(["add", "."], in: ours)
        try sh(["commit", "-q", "-m", "awal"], in: ours)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index"))
        #expect(bytes.range(of: Data("TREE".utf8)) != nil, "git wrote no cache tree")
        try FileManager.default.removeItem(atPath: theirs)
        try FileManager.default.copyItem(atPath: ours, toPath: theirs)
        return (ours, theirs)
    }

    enum Step {
        case set(String, String)
        case remove(String)
    }

    /// Applies the steps with IndexFile in `ours` and with git in `theirs`.
    func apply(_ steps: [Step], ours: String, theirs: String) throws {
        var changes: [IndexFile.Change] = []
        for step in steps {
            switch step {
            case .set(let path, let text):
                try write(ours, path, text)
                try write(theirs, path, text)
                let id = try sh(["hash-object", "-w", path], in: ours).trimmingCharacters(in: .whitespacesAndNewlines)
                var st = stat()
                #expect(lstat(ours + "/" + path, &st) == 0)
                changes.append(.init(path: path, blob: (try #require(ObjectID(hex: id)), st)))
                try sh(["add", path], in: theirs)
            case .remove(let path):
                unlink(ours + "/" + path)
                unlink(theirs + "/" + path)
                changes.append(.init(path: path, blob: nil))
                try sh(["rm", "-q", "--cached", path], in: theirs)
            }
        }
        #expect(try IndexFile.update(gitDir: ours + "/.git/", changes: changes))
    }

    func expectSameIndex(_ ours: String, _ theirs: String, _ note: String) throws {
        #expect(try sh(["ls-files", "-s"], in: ours) == sh(["ls-files", "-s"], in: theirs), "\(note): entries")
        #expect(
            try sh(["status", "--porcelain"], in: ours) == sh(["status", "--porcelain"], in: theirs), "\(note): status")
        // write-tree trusts the cache tree; it writes the tree git computes from the entries only where a folder is invalid.
        #expect(try sh(["write-tree"], in: ours) == sh(["write-tree"], in: theirs), "\(note): tree")
    }

    @Test func changesLeaveTheIndexGitWouldWrite() throws {
        let scenarios: [(String, [Step])] = [
            ("one record changed", [.set("2025/RA-2025-0001.md", "isi baru\n")]),
            ("a record added to a folder", [.set("2026/RA-2026-0002.md", "baru\n")]),
            ("a record in a new folder", [.set("2027/RA-2027-0001.md", "baru\n")]),
            ("an attachment deep down", [.set("lampiran/2025/RA-2025-0002/sk.pdf", "%PDF\n")]),
            ("a file removed", [.remove("a.md")]),
            (
                "names that sort around a folder",
                [.set("2025-a.md", "x\n"), .set("2025/0.md", "y\n"), .set("2025!.md", "z\n")]
            ),
            (
                "several at once, out of order",
                [
                    .set("z/y/w.txt", "w\n"), .set("2025/RA-2025-0002.md", "dua\n"), .remove("2025.md"),
                    .set("2026/RA-2026-0009.md", "sembilan\n")
                ]
            )
        ]
        for (note, steps) in scenarios {
            let (ours, theirs) = try twins()
            try apply(steps, ours: ours, theirs: theirs)
            try expectSameIndex(ours, theirs, note)
            // And again on top, so the second update reads an index this code wrote.
            try apply([.set("2025/RA-2025-0001.md", "lagi \(note)\n")], ours: ours, theirs: theirs)
            try expectSameIndex(ours, theirs, note + ", then another")
            #expect(try sh(["fsck", "--no-progress", "--no-dangling"], in: ours).isEmpty)
        }
    }

    /// An index read before is reused only while the file is that version:
    /// after git writes it, the new entries are read.
    @Test func anEarlierReadIsReusedOnlyWhileTheFileIsUnchanged() throws {
        let (dir, _) = try twins()
        let first = try #require(IndexFile.read(dir + "/.git/index"))
        let again = try #require(IndexFile.read(dir + "/.git/index", reusing: first))
        #expect(again.bytes == first.bytes)
        try write(dir, "a.md", "diubah\n")
        try sh(["add", "a.md"], in: dir)
        let after = try #require(IndexFile.read(dir + "/.git/index", reusing: first))
        let staged = try sh(["rev-parse", ":a.md"], in: dir).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(after.entries(for: "a.md").first.map { $0.id.hex } == staged)
        #expect(first.entries(for: "a.md").first.map { $0.id.hex } != staged)
        // The repository's clean check sees the staged change through its reused read.
        let repo = try GitRepository.open(at: dir)
        #expect(try !repo.isPathClean("a.md"))
        try sh(["reset", "-q", "--hard"], in: dir)
        #expect(try repo.isPathClean("a.md"))
    }

    @Test func racilyCleanEntriesAreSmudged() throws {
        let (ours, theirs) = try twins()
        // The old index written long before its files' times: every entry is racy.
        var times = [timespec(tv_sec: time(nil) - 1000, tv_nsec: 0), timespec(tv_sec: time(nil) - 1000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, ours + "/.git/index", &times, 0) == 0)
        try apply([.set("2025/RA-2025-0001.md", "baru\n")], ours: ours, theirs: theirs)
        let debug = try sh(["ls-files", "--debug"], in: ours)
        let sizes = debug.split(separator: "\n").filter { $0.contains("size:") }
        #expect(sizes.count == Self.files.count)
        // Smudged to 0 except the entry just written, whose stat is current.
        #expect(
            sizes.filter { $0.hasSuffix("size: 0\tflags: 0") || $0.contains("size: 0\t") }.count == Self.files.count
                - 1, "\(debug)")
        try expectSameIndex(ours, theirs, "racy")
        // A racy entry whose file changed with the same size is still seen as changed.
        try write(ours, "a.md", "ISI a.md\n")
        #expect(try sh(["status", "--porcelain"], in: ours).contains(" M a.md"))
    }

    @Test func formsNotHandledAreLeftToLibgit2() throws {
        let cases: [(String, [[String]])] = [
            ("version 4", [["update-index", "--index-version", "4"]]),
            ("untracked cache", [["update-index", "--untracked-cache"], ["status", "--porcelain"]]),
            ("skip-worktree", [["update-index", "--skip-worktree", "a.md"]]),
            ("split index", [["update-index", "--split-index"]])
        ]
        for (note, commands) in cases {
            let (ours, _) = try twins()
            for c in commands { try sh(c, in: ours) }
            #expect(IndexFile.read(ours + "/.git/index") == nil, "\(note)")
            let before = try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index"))
            #expect(
                try !IndexFile.update(gitDir: ours + "/.git/", changes: [.init(path: "a.md", blob: nil)]), "\(note)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index")) == before, "\(note)")
            #expect(!FileManager.default.fileExists(atPath: ours + "/.git/index.lock"), "\(note)")
        }
        // A damaged index: the checksum no longer matches.
        let (ours, _) = try twins()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index"))
        bytes[40] ^= 1
        try bytes.write(to: URL(fileURLWithPath: ours + "/.git/index"))
        #expect(IndexFile.read(ours + "/.git/index") == nil)
    }

    @Test func aConflictOnATouchedPathIsLeftToLibgit2() throws {
        let (ours, _) = try twins()
        let id = try sh(["rev-parse", "HEAD:a.md"], in: ours).trimmingCharacters(in: .whitespacesAndNewlines)
        try sh(
            ["update-index", "--index-info"], in: ours,
            input: "0 \(String(repeating: "0", count: 40))\ta.md\n100644 \(id) 1\ta.md\n100644 \(id) 2\ta.md\n")
        let file = try #require(IndexFile.read(ours + "/.git/index"))
        #expect(file.entries(for: "a.md").map(\.stage) == [1, 2])
        var copy = file
        let refused = copy.apply([.init(path: "a.md", blob: nil)])
        #expect(!refused)
        #expect(copy.bytes == file.bytes)
        // Another path is still handled.
        let handled = copy.apply([.init(path: "z/y/w.txt", blob: nil)])
        #expect(handled)
    }

    @Test func aLockHeldByAnotherProcessIsAnErrorAndStays() throws {
        let (ours, _) = try twins()
        let lock = ours + "/.git/index.lock"
        #expect(FileManager.default.createFile(atPath: lock, contents: Data("git".utf8)))
        let before = try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index"))
        #expect(throws: GitError.self) {
            try IndexFile.update(gitDir: ours + "/.git/", changes: [.init(path: "a.md", blob: nil)])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours + "/.git/index")) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: lock)) == Data("git".utf8))
    }

    /// A commit of `changes` on `head`, the branch moved to it (the work tree not yet).
    func commit(_ changes: [GitRepository.TreeChange], on head: ObjectID, in repo: GitRepository) throws -> ObjectID {
        let tree = try repo.tree(basedOn: head, applying: changes)
        let buffer = try repo.commitBuffer(tree: tree, parents: [head], author: who, committer: who, message: "m\n")
        let next = try repo.createSignedCommit(buffer: buffer, signature: fakeSignature)
        try repo.updateReference("refs/heads/main", to: next, expecting: head, logMessage: "uji")
        return next
    }

    /// syncPaths (what every committing command ends with) leaves a clean
    /// status both through this code and, for an index in version 4, through libgit2.
    @Test(arguments: ["2", "4"])
    func syncPathsLeavesACleanWorkTree(_ version: String) throws {
        let (dir, _) = try twins()
        try sh(["update-index", "--index-version", version], in: dir)
        let repo = try GitRepository.open(at: dir)
        let head = try #require(
            ObjectID(hex: try sh(["rev-parse", "HEAD"], in: dir).trimmingCharacters(in: .whitespacesAndNewlines)))
        let changes: [GitRepository.TreeChange] = [
            .init(path: "2025/RA-2025-0001.md", blob: try repo.writeBlob(Data("diubah\n".utf8))),
            .init(path: "2026/RA-2026-0002.md", blob: try repo.writeBlob(Data("baru\n".utf8))),
            .init(path: "a.md", blob: nil)
        ]
        let next = try commit(changes, on: head, in: repo)
        try repo.syncPaths(changes.map(\.path), to: next)
        #expect(try sh(["status", "--porcelain"], in: dir) == "")
        #expect(try String(contentsOfFile: dir + "/2026/RA-2026-0002.md", encoding: .utf8) == "baru\n")
        #expect(try repo.isPathClean("2025/RA-2025-0001.md"))
        try write(dir, "2025/RA-2025-0001.md", "disunting\n")
        #expect(try !repo.isPathClean("2025/RA-2025-0001.md"))
        let header = try Data(contentsOf: URL(fileURLWithPath: dir + "/.git/index")).prefix(8)
        #expect(header.last == (version == "4" ? 4 : 2))
    }

    /// The blobs a commit was just made from, given to syncPaths, are written
    /// as the commit holds them (without reading its trees again).
    @Test func syncPathsWithTheBlobsItWasMadeFrom() throws {
        let (dir, _) = try twins()
        let repo = try GitRepository.open(at: dir)
        let head = try #require(
            ObjectID(hex: try sh(["rev-parse", "HEAD"], in: dir).trimmingCharacters(in: .whitespacesAndNewlines)))
        let changes: [GitRepository.TreeChange] = [
            .init(path: "2025/RA-2025-0002.md", blob: try repo.writeBlob(Data("langkah\n".utf8))),
            .init(path: "2025.md", blob: nil)
        ]
        let next = try commit(changes, on: head, in: repo)
        var known: [String: ObjectID?] = [:]
        for c in changes { known[c.path] = .some(c.blob) }
        try repo.syncPaths(changes.map(\.path), to: next, known: known)
        #expect(try sh(["status", "--porcelain"], in: dir) == "")
        #expect(try String(contentsOfFile: dir + "/2025/RA-2025-0002.md", encoding: .utf8) == "langkah\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/2025.md"))
        #expect(try sh(["ls-files", "-s", "2025/RA-2025-0002.md"], in: dir).contains(changes[0].blob!.hex))
    }

    /// An index of ~3,000 entries (several checksum checkpoints) changed at its
    /// start, in the middle, at its end, racily or by a removal: the checksum
    /// (carried on from the last unchanged checkpoint, or computed whole) is
    /// the file's, as git fsck and a fresh read check, and the entries are git's.
    @Test func aLargeIndexChangedAnywhereKeepsATrueChecksum() throws {
        let (ours, theirs) = try twins()
        for dir in [ours, theirs] {
            for i in 0..<3000 { try write(dir, String(format: "arsip/%04d/RA-%04d.md", i / 100, i), "isi \(i)\n") }
            try sh(["add", "."], in: dir)
            try sh(["commit", "-q", "-m", "banyak"], in: dir)
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: ours + "/.git/index")[.size] as? Int)
        #expect(size > 4 * IndexFile.checkpointSpan)
        let rounds: [(String, [Step])] = [
            ("the first entry", [.set("2025-x.md", "awal\n")]),
            ("the middle", [.set("arsip/0015/RA-1500.md", "tengah\n")]),
            ("the last entry", [.set("z/y/w.txt", "akhir\n")]),
            ("two far apart", [.set("a.md", "a\n"), .set("arsip/0029/RA-2999.md", "b\n")]),
            ("a removal", [.remove("arsip/0020/RA-2000.md")]),
            ("an addition", [.set("arsip/0010/RA-1000a.md", "baru\n")])
        ]
        for (note, steps) in rounds {
            try apply(steps, ours: ours, theirs: theirs)
            #expect(IndexFile.read(ours + "/.git/index") != nil, "\(note): the checksum does not match")
            try expectSameIndex(ours, theirs, note)
            #expect(try git(["fsck", "--no-progress", "--no-dangling"], in: ours, check: false).isEmpty, "\(note)")
        }
        // Racily clean entries near the start are smudged, and the checksum still holds.
        var times = [timespec(tv_sec: time(nil) - 1000, tv_nsec: 0), timespec(tv_sec: time(nil) - 1000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, ours + "/.git/index", &times, 0) == 0)
        try apply([.set("z/y/w.txt", "lagi\n")], ours: ours, theirs: theirs)
        #expect(IndexFile.read(ours + "/.git/index") != nil)
        #expect(try git(["fsck", "--no-progress", "--no-dangling"], in: ours, check: false).isEmpty)
        try expectSameIndex(ours, theirs, "racy")
    }

    /// An index read for a clean check is changed where it lies by the update
    /// that follows, and its stat data decide: a file changed in between is read again.
    @Test func anIndexReadBeforeIsUpdatedOnlyWhileItIsThatVersion() throws {
        let (ours, theirs) = try twins()
        var held = IndexFile.read(ours + "/.git/index")
        #expect(held != nil)
        // git changes the index between the read and the update.
        try write(ours, "a.md", "git menulis\n")
        try sh(["add", "a.md"], in: ours)
        try write(theirs, "a.md", "git menulis\n")
        try sh(["add", "a.md"], in: theirs)
        try write(ours, "2025/RA-2025-0001.md", "berkas menulis\n")
        try write(theirs, "2025/RA-2025-0001.md", "berkas menulis\n")
        let id = try sh(["hash-object", "-w", "2025/RA-2025-0001.md"], in: ours).trimmingCharacters(
            in: .whitespacesAndNewlines)
        var st = stat()
        #expect(lstat(ours + "/2025/RA-2025-0001.md", &st) == 0)
        #expect(
            try IndexFile.update(
                gitDir: ours + "/.git/",
                changes: [.init(path: "2025/RA-2025-0001.md", blob: (try #require(ObjectID(hex: id)), st))],
                reusing: &held))
        #expect(held == nil)
        try sh(["add", "2025/RA-2025-0001.md"], in: theirs)
        try expectSameIndex(ours, theirs, "git's change kept")
    }
}
