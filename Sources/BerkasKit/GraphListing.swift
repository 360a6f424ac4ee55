import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// A linear history listed from git's commit-graph file (a hint, checked
/// commit by commit against the parents the commits themselves name).
enum GraphListing {
    enum Mismatch: Error { case parent }

    /// Commits read from the tip before the graph file is loaded, when the listing stops at a known commit.
    static let shortRange = 256

    /// Oldest first, after `stop` (excluded); nil when there is no graph or the
    /// history is not a single line in it.
    static func history(repo: GitRepository, tip: ObjectID, stop: ObjectID?) throws -> [ObjectID]? {
        try GitRepository.withAuditReading { () throws -> [ObjectID]? in
            let reader = try CheckedObjectReader(repo: repo)
            var newest: [ObjectID] = []
            var from = tip
            // A few commits on top of `stop` (a push, a verify after one more step)
            // are read from the tip without loading the whole graph file.
            if stop != nil {
                var read = 0
                let walk = try reader.walkLinearHistory(
                    from: tip, until: stop,
                    pause: { _ in
                        read += 1
                        return read > shortRange
                    }
                ) { newest.append($0.id) }
                guard walk.linear else { return nil }
                guard let paused = walk.pausedAt else { return newest.reversed() }
                from = paused
            }
            guard FastPaths.enabled, let graph = CommitGraph(gitDir: repo.gitDir) else { return nil }
            // Commits newer than the graph: read from the tip until the graph knows one.
            let walk = try reader.walkLinearHistory(from: from, until: stop, pause: graph.contains) {
                newest.append($0.id)
            }
            guard walk.linear else { return nil }
            guard let known = walk.pausedAt else { return newest.reversed() }
            guard let rest = graph.linearHistory(from: known, until: stop) else { return nil }
            return (newest + rest).reversed()
        }
    }
}

/// What an object that fails its check means, for the office and for IT.
func integrityMessage(_ f: CheckedObjectReader.Failure) -> Localized {
    let what: Localized
    switch f {
    case .corrupt(let id):
        what = KitText.objectMatchIdGitObject(id)
    case .missing(let id):
        what = KitText.objectMissingGitObjectDatabase(id)
    case .wrongType(let id, let expected):
        what = KitText.objectWrongType(id, expected)
    case .malformedTree(let id, let at):
        what = KitText.treeMalformedByteEntryName(id, at)
    case .malformedCommit(let id):
        what = KitText.commitMalformedHeadersGitWrites(id)
    }
    return KitText.damagedObjectRestore(what)
}
