import Foundation
import TestSupport
import Testing

@testable import BerkasGit

@Suite("Audit reading: hash-checked objects, trees compared in the window where they differ")
struct CheckedObjectReaderTests {
    func commit(_ repo: GitRepository, base: ObjectID?, _ changes: [GitRepository.TreeChange]) throws -> ObjectID {
        let tree = try repo.tree(basedOn: base, applying: changes)
        let buffer = try repo.commitBuffer(
            tree: tree, parents: base.map { [$0] } ?? [], author: who, committer: who, message: "m\n")
        return try repo.createSignedCommit(buffer: buffer, signature: fakeSignature)
    }

    struct Change: Hashable {
        let path: String
        let old: String?
        let new: String?
    }
    func set(_ deltas: [GitRepository.Delta]) -> Set<Change> {
        Set(deltas.map { Change(path: $0.path, old: $0.oldBlob?.hex, new: $0.newBlob?.hex) })
    }

    /// Names that sort differently as files and as folders ("a" < "a-b" < "a.b" < "a/" < "a0").
    let names = ["a", "a-b", "a.b", "a0", "b", "RA-2026-0001.md", "RA-2026-0010.md", "RA-2026-0100.md", "z"]

    @Test func windowedDeltaEqualsAFullComparisonOnRandomHistories() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        var rng = Seeded(state: 20_261_125)
        var files: [String: Int] = [:]
        var commits: [ObjectID] = []
        // Start with many files, so the big folder is big.
        var initial: [GitRepository.TreeChange] = []
        for n in stride(from: 0, to: 400, by: 2) {
            let path = String(format: "tahun/R-%04d.md", n)
            files[path] = -n
            initial.append(.init(path: path, blob: try repo.writeBlob(Data("isi \(-n)\n".utf8))))
        }
        var base: ObjectID? = try commit(repo, base: nil, initial)
        commits.append(base!)
        for step in 1..<160 {
            var changes: [GitRepository.TreeChange] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                // Mostly a big flat folder (a year of records), sometimes a nested one or a name that is also a folder.
                let folder = ["tahun/", "tahun/", "tahun/", "", "tahun/a/", "x/y/"].randomElement(using: &rng)!
                let name =
                    Bool.random(using: &rng)
                    ? names.randomElement(using: &rng)!
                    : String(format: "R-%04d.md", Int.random(in: 0..<400, using: &rng))
                let path = folder + name
                // A path that would collide with a folder of the same name is skipped.
                if changes.contains(where: { $0.path == path }) { continue }
                if files.keys.contains(where: { $0.hasPrefix(path + "/") })
                    || files.keys.contains(where: { path.hasPrefix($0 + "/") })
                {
                    continue
                }
                if files[path] != nil && Int.random(in: 0..<4, using: &rng) == 0 {
                    files[path] = nil
                    changes.append(.init(path: path, blob: nil))
                } else {
                    let v = step * 10 + changes.count
                    files[path] = v
                    changes.append(.init(path: path, blob: try repo.writeBlob(Data("isi \(v)\n".utf8))))
                }
            }
            if changes.isEmpty { continue }
            let id = try commit(repo, base: base, changes)
            commits.append(id)
            base = id
        }
        try GitRepository.withAuditReading {
            let reader = try CheckedObjectReader(repo: repo)
            for (i, id) in commits.enumerated() {
                let parent = i > 0 ? commits[i - 1] : nil
                let expected = try repo.changedFiles(fromCommit: parent, toCommit: id)
                let parentTree = try parent.map { try repo.commit($0).tree }
                let got = try reader.changedFiles(fromTree: parentTree, toTree: try repo.commit(id).tree)
                #expect(set(got) == set(expected), "commit \(i)")
            }
            // Pairs far apart, in both directions: the cached relatives are then distant versions.
            for _ in 0..<60 {
                let a = commits.randomElement(using: &rng)!
                let b = commits.randomElement(using: &rng)!
                let got = try reader.changedFiles(fromTree: try repo.commit(a).tree, toTree: try repo.commit(b).tree)
                #expect(set(got) == set(try repo.changedFiles(fromCommit: a, toCommit: b)))
            }
            // Every file reads back through the checked reader.
            let tip = try repo.commit(commits.last!).tree
            for (path, v) in files {
                #expect(try reader.file(at: path, inTree: tip) == Data("isi \(v)\n".utf8), "\(path)")
            }
            #expect(try reader.file(at: "tahun/tidak-ada.md", inTree: tip) == nil)
        }
    }

    /// Raw tree bytes from (mode, name, id byte) entries, in the order given.
    func rawTree(_ entries: [(String, String, UInt8)]) -> [UInt8] {
        var content: [UInt8] = []
        for (mode, name, b) in entries {
            content += Array("\(mode) \(name)\0".utf8) + [UInt8](repeating: b, count: 20)
        }
        return Array("tree \(content.count)\0".utf8) + content
    }

    @Test func treesOutOfOrderOrMalformedAreRefused() throws {
        let sorted = rawTree([("100644", "a", 1), ("100644", "b", 2), ("100644", "c", 3)])
        let header = sorted.firstIndex(of: 0)! + 1
        let good = try RawTree.parseAll(stream: sorted, headerLength: header)
        #expect(good.offsets.count == 3)
        // Out of order, read on its own and read as a new version of a good tree.
        let swapped = rawTree([("100644", "a", 1), ("100644", "c", 3), ("100644", "b", 2)])
        #expect(throws: RawTree.Malformed.self) { try RawTree.parseAll(stream: swapped, headerLength: header) }
        #expect(throws: RawTree.Malformed.self) {
            try RawTree.compare(old: good, newStream: swapped, newHeader: header)
        }
        // A duplicate name.
        let twice = rawTree([("100644", "a", 1), ("100644", "b", 2), ("100644", "b", 4)])
        #expect(throws: RawTree.Malformed.self) {
            try RawTree.compare(old: good, newStream: twice, newHeader: twice.firstIndex(of: 0)! + 1)
        }
        // A folder "a" sorts after the file "a.b": as "a/".
        let folders = rawTree([("100644", "a.b", 1), ("40000", "a", 2)])
        #expect(try RawTree.parseAll(stream: folders, headerLength: folders.firstIndex(of: 0)! + 1).offsets.count == 2)
        // A slash in a name, "..", a bad mode, a cut entry.
        for bad in [
            rawTree([("100644", "a/b", 1)]), rawTree([("40000", "..", 1)]), rawTree([("10064x", "a", 1)]),
            Array(rawTree([("100644", "a", 1)]).dropLast(3))
        ] {
            #expect(throws: RawTree.Malformed.self) {
                try RawTree.parseAll(stream: bad, headerLength: bad.firstIndex(of: 0)! + 1)
            }
        }
    }

    /// Replaces the loose object file of `target` with the one of `source`:
    /// what someone editing `.git/objects` by hand would do.
    func swapLooseObject(_ dir: String, target: ObjectID, source: ObjectID) throws {
        func path(_ id: ObjectID) -> String { dir + "/.git/objects/" + id.hex.prefix(2) + "/" + id.hex.dropFirst(2) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path(source)))
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path(target))
        try bytes.write(to: URL(fileURLWithPath: path(target)))
    }

    @Test func anObjectAlteredBehindGitsBackIsRefused() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        let honest = try repo.writeBlob(Data("status: selesai\n".utf8))
        let forged = try repo.writeBlob(Data("status: ditolak\n".utf8))
        let first = try commit(repo, base: nil, [.init(path: "tahun/RA-1.md", blob: honest)])
        let second = try commit(repo, base: first, [.init(path: "tahun/RA-2.md", blob: forged)])
        try swapLooseObject(dir, target: honest, source: forged)
        try GitRepository.withAuditReading {
            let reader = try CheckedObjectReader(repo: repo)
            do {
                _ = try reader.blob(honest)
                Issue.record("an altered blob was read as genuine")
            } catch CheckedObjectReader.Failure.corrupt(let id) {
                #expect(id == honest.hex)
            }
            // A tree altered the same way: the second commit's tree shown under the first's id.
            let tree1 = try repo.commit(first).tree
            let tree2 = try repo.commit(second).tree
            try swapLooseObject(dir, target: tree1, source: tree2)
            let fresh = try CheckedObjectReader(repo: repo)
            #expect(throws: CheckedObjectReader.Failure.self) { try fresh.changedFiles(fromTree: nil, toTree: tree1) }
            // A commit altered the same way.
            try swapLooseObject(dir, target: first, source: second)
            #expect(throws: CheckedObjectReader.Failure.self) { try fresh.rawCommit(first) }
        }
    }

    @Test func commitHeadersAreReadAsGitWritesThem() throws {
        let raw = Array(
            ("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nparent 0123456789abcdef0123456789abcdef01234567\n"
                + "author Drs. Ahmad Fauzi <a@x.go.id> 1764000000 +0700\ncommitter Sri <s@x> 1764003600 -0130\n"
                + "gpgsig -----BEGIN SSH SIGNATURE-----\n U1NI\n -----END SSH SIGNATURE-----\n\nSubjek\n\nBerkas-Record: RA-2026-0001\n")
                .utf8)
        let id = ObjectID(hex: String(repeating: "a", count: 40))!
        let info = try CommitParser.commit(raw, id: id)
        #expect(info.tree.hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        #expect(info.parents.map(\.hex) == ["0123456789abcdef0123456789abcdef01234567"])
        #expect(
            info.author
                == GitSignature(name: "Drs. Ahmad Fauzi", email: "a@x.go.id", time: 1_764_000_000, offsetMinutes: 420))
        #expect(info.committer.offsetMinutes == -90)
        #expect(info.message == "Subjek\n\nBerkas-Record: RA-2026-0001\n")
        // Headers out of git's order, or a missing committer.
        for bad in [
            "parent 0123456789abcdef0123456789abcdef01234567\ntree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a> 1 +0000\ncommitter A <a> 1 +0000\n\nm",
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a> 1 +0000\n\nm",
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a> x +0000\ncommitter A <a> 1 +0000\n\nm"
        ] {
            #expect(throws: CheckedObjectReader.Failure.self) { try CommitParser.commit(Array(bad.utf8), id: id) }
        }
    }
}

@Suite("git's commit-graph file, for listing a history up front")
struct CommitGraphTests {
    func commit(_ repo: GitRepository, parents: [ObjectID], _ n: Int) throws -> ObjectID {
        let tree = try repo.tree(
            basedOn: parents.first,
            applying: [.init(path: "f\(n % 3).md", blob: try repo.writeBlob(Data("\(n)\n".utf8)))])
        let buffer = try repo.commitBuffer(
            tree: tree, parents: parents, author: who, committer: who, message: "m \(n)\n")
        return try repo.createSignedCommit(buffer: buffer, signature: fakeSignature)
    }

    @Test func linearHistoryMatchesGitAndRefusesWhatItCannotVouchFor() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        var chain: [ObjectID] = []
        for n in 0..<300 { chain.append(try commit(repo, parents: chain.suffix(1).map { $0 }, n)) }
        try repo.updateReference("refs/heads/main", to: chain.last!, expecting: nil, logMessage: "t")
        #expect(CommitGraph(gitDir: dir + "/.git") == nil, "no graph written yet")
        _ = try git(["commit-graph", "write", "--reachable"], in: dir)
        let graph = try #require(CommitGraph(gitDir: dir + "/.git"))
        let revList = try git(["rev-list", "main"], in: dir).split(separator: "\n").map(String.init)
        #expect(graph.linearHistory(from: chain.last!, until: nil)?.map(\.hex) == revList)
        #expect(graph.linearHistory(from: chain.last!, until: chain[99])?.map(\.hex) == Array(revList.prefix(200)))
        // A commit made after the graph was written is not in it.
        let newer = try commit(repo, parents: [chain.last!], 300)
        #expect(!graph.contains(newer) && graph.contains(chain[0]))
        #expect(graph.linearHistory(from: newer, until: nil) == nil)
        // A merge: no linear history.
        let side = try commit(repo, parents: [chain[10]], 301)
        let merge = try commit(repo, parents: [chain.last!, side], 302)
        try repo.updateReference("refs/heads/main", to: merge, expecting: chain.last!, logMessage: "t")
        _ = try git(["commit-graph", "write", "--reachable"], in: dir)
        let merged = try #require(CommitGraph(gitDir: dir + "/.git"))
        #expect(merged.linearHistory(from: merge, until: nil) == nil)
        #expect(merged.linearHistory(from: chain.last!, until: nil)?.count == 300)
        // A damaged file is not used.
        let path = dir + "/.git/objects/info/commit-graph"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        #expect(CommitGraph(gitDir: dir + "/.git") == nil)
    }
}
