import BerkasGit
import Foundation
import TestSupport
import Testing

@testable import BerkasKit

@Suite("Listing a history for verify: short ranges from the tip, the rest from the commit-graph file")
struct GraphListingTests {
    let who = GitSignature(name: "Budi", email: "budi@x.go.id", time: 1_764_000_000, offsetMinutes: 420)

    /// `n` commits on one line, oldest first, and the repository.
    func line(_ n: Int) throws -> (GitRepository, [ObjectID], String) {
        let dir = try Scratch.folder("berkas-graph-")
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        var ids: [ObjectID] = []
        for k in 0..<n {
            let tree = try repo.tree(
                basedOn: ids.last, applying: [.init(path: "f.md", blob: try repo.writeBlob(Data("\(k)\n".utf8)))])
            let buffer = try repo.commitBuffer(
                tree: tree, parents: ids.last.map { [$0] } ?? [], author: who, committer: who, message: "c\(k)\n")
            ids.append(
                try repo.createSignedCommit(
                    buffer: buffer,
                    signature: "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n-----END SSH SIGNATURE-----\n"))
        }
        try repo.updateReference("refs/heads/main", to: ids.last!, expecting: nil, logMessage: "test")
        return (repo, ids, dir)
    }

    @Test func theSameListWithOrWithoutTheGraphFileNearOrFar() throws {
        let n = GraphListing.shortRange + 60
        let (repo, ids, dir) = try line(n)
        let graphFile = dir + "/.git/objects/info/commit-graph"
        func expectLists(graph: Bool) throws {
            for stopAt in [n - 2, n - 1 - GraphListing.shortRange, n - 2 - GraphListing.shortRange, 3, 0] {
                let listed = try GraphListing.history(repo: repo, tip: ids[n - 1], stop: ids[stopAt])
                // Without a graph file, only a short range is listed here (the rest is left to the revision walk).
                let near = n - 1 - stopAt <= GraphListing.shortRange
                let expected = graph || near ? Array(ids[(stopAt + 1)...]) : nil
                #expect(listed == expected, "graph file: \(graph), stop at \(stopAt): \(listed?.count ?? -1) listed")
            }
            // The whole history is listed from the graph file, or left to the revision walk without one.
            let whole = try GraphListing.history(repo: repo, tip: ids[n - 1], stop: nil)
            #expect(whole == (graph ? ids : nil), "graph file: \(graph): \(whole?.count ?? -1) listed")
        }
        try expectLists(graph: false)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir, "commit-graph", "write", "--reachable"]
        try p.run()
        p.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: graphFile))
        try expectLists(graph: true)
    }
}
