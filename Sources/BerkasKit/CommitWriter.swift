import BerkasCore
import BerkasGit
import Foundation

/// Makes one signed commit on top of the commit a change was built on and
/// moves the branch by compare-and-swap; only then updates the work tree.
/// Any failure before the branch moves leaves no trace but unreferenced objects.
struct CommitWriter {
    let repo: GitRepository
    let branch: String

    struct Author {
        let name: String
        let email: String
    }

    /// `files`: path → new bytes (nil removes). Returns the new commit.
    func commit(
        base: ObjectID?, files: [(String, Data?)], message: CommitMessage, author: Author, key: SigningKey,
        clock: CommitClock, checkoutAll: Bool = false
    ) throws -> ObjectID {
        var changes: [GitRepository.TreeChange] = []
        for (path, data) in files {
            changes.append(.init(path: path, blob: try data.map { try repo.writeBlob($0) }))
        }
        Trace.mark("commit: blobs written")
        let tree = try repo.tree(basedOn: base, applying: changes)
        Trace.mark("commit: tree written")
        let sig = GitSignature(
            name: author.name, email: author.email, time: clock.seconds, offsetMinutes: clock.offsetMinutes)
        let buffer = try repo.commitBuffer(
            tree: tree, parents: base.map { [$0] } ?? [], author: sig, committer: sig, message: message.text)
        let signature = try key.sign(buffer)
        Trace.mark("commit: signed")
        let id = try repo.createSignedCommit(buffer: buffer, signature: signature)
        let journal = CommitJournal(gitDir: repo.gitDir)
        try journal.write(ref: branch, old: base, new: id, paths: files.map(\.0))
        do {
            try repo.updateReference(branch, to: id, expecting: base, logMessage: "berkas: " + message.subject)
        } catch {
            journal.clear()
            throw error
        }
        Trace.mark("commit: branch moved")
        if checkoutAll {
            try repo.checkout(commit: id, paths: [])
        } else {
            // The blobs just written are what the new commit holds at these paths.
            var known: [String: ObjectID?] = [:]
            for change in changes { known[change.path] = .some(change.blob) }
            try repo.syncPaths(files.map(\.0), to: id, known: known)
        }
        journal.clear()
        Trace.mark("commit: work tree updated")
        return id
    }
}
