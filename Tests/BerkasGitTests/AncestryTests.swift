import Foundation
import Testing

@testable import BerkasGit

@Suite("Ancestry: first parents first, libgit2 for the rest")
struct AncestryTests {
    func commit(_ repo: GitRepository, parents: [ObjectID], _ text: String) throws -> ObjectID {
        let tree = try repo.tree(
            basedOn: parents.first, applying: [.init(path: "f.md", blob: try repo.writeBlob(Data(text.utf8)))])
        let buffer = try repo.commitBuffer(
            tree: tree, parents: parents, author: who, committer: who, message: text + "\n")
        return try repo.createSignedCommit(buffer: buffer, signature: fakeSignature)
    }

    @Test func answersAlongFirstParentsAndThroughMerges() throws {
        let repo = try GitRepository.create(at: try temporaryDirectory(), initialBranch: "main")
        var line: [ObjectID] = [try commit(repo, parents: [], "c0")]
        for n in 1..<6 { line.append(try commit(repo, parents: [line[n - 1]], "c\(n)")) }
        let side = try commit(repo, parents: [line[2]], "side")
        let merge = try commit(repo, parents: [line[5], side], "merge")
        let stray = try commit(repo, parents: [], "stray")

        #expect(try repo.isAncestor(line[0], of: line[5]))
        #expect(try repo.isAncestor(line[3], of: merge))
        #expect(try repo.isAncestor(side, of: merge), "reached only through the second parent")
        #expect(try repo.isAncestor(line[4], of: line[4]))
        #expect(try !repo.isAncestor(line[5], of: line[0]))
        #expect(try !repo.isAncestor(side, of: line[5]))
        #expect(try !repo.isAncestor(stray, of: merge))
        #expect(try !repo.isAncestor(line[0], of: stray))

        // The walk itself: a "yes" within its limit only; beyond it libgit2 still answers.
        #expect(repo.firstParents(of: line[5], reach: line[0], within: 5))
        #expect(!repo.firstParents(of: line[5], reach: line[0], within: 4))
        #expect(!repo.firstParents(of: merge, reach: side, within: 100))
        #expect(!repo.firstParents(of: line[5], reach: stray, within: 100), "the root ends the walk")
    }
}
