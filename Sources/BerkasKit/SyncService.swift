import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// `berkas sync`: fetch the central main, replay your own unpushed commits on
/// top of it (each re-signed by your key; never a merge, never someone else's
/// commit rewritten), renumber a new record whose ID was taken meanwhile, push;
/// try again a few times when the central main moves in between.
public struct SyncService {
    public struct Result {
        public var fetched = 0
        public var pushed = 0
        public var renumbered: [(String, String)] = []
        /// Your steps not sent because their record changed in the central repository meanwhile.
        public var setAside: [Replayer.SetAside] = []
        /// Where your history as it was is kept when a step was set aside.
        public var backup: String?
        public var tip: ObjectID?
        public var attempts = 0
    }

    public init() {}

    static let maxAttempts = 3

    public func run(archive: Archive, remote: String, keyFlag: String?) throws -> Result {
        let repo = archive.repo
        let lock = try RepositoryLock.acquire(gitDir: repo.gitDir)
        defer { lock.release() }
        try CommitJournal(gitDir: repo.gitDir).recover(repo: repo)
        guard (try? repo.configValue("remote.\(remote).url")) ?? nil != nil else {
            throw BerkasError.user(.usage, KitText.centralRepositoryAddOneGit(remote))
        }
        let tracking = "refs/remotes/\(remote)/main"
        var result = Result()
        for attempt in 1...SyncService.maxAttempts {
            result.attempts = attempt
            if try attemptOnce(archive, remote: remote, tracking: tracking, keyFlag: keyFlag, result: &result) {
                return result
            }
            // The central main moved in between: fetch and replay again.
        }
        throw BerkasError.user(.tryAgain, KitText.centralRepositoryKeptMovingDuring(SyncService.maxAttempts))
    }

    /// Fetches, replays your commits on the central main and pushes them: true
    /// when done, false when the central main moved meanwhile.
    private func attemptOnce(
        _ archive: Archive, remote: String, tracking: String, keyFlag: String?, result: inout Result
    ) throws -> Bool {
        let repo = archive.repo
        try git(
            archive, ["fetch", "--quiet", remote, "+refs/heads/main:\(tracking)"],
            what: KitText.fetchingCentralRepository())
        let central = try repo.resolve(tracking)
        guard let local = try repo.resolve(archive.branch) else {
            throw BerkasError.user(.invalid, KitText.localArchiveCommit())
        }
        if let central {
            let check = try VerifyService().run(repo: repo, range: nil, tip: central, useCache: true)
            if !check.violations.isEmpty {
                throw BerkasError.user(.invalid, KitText.centralHistoryNotValid(Self.firstViolations(check)))
            }
        }
        // Everything the central main already has: only move forward.
        if let central, try repo.isAncestor(local, of: central) {
            if central != local {
                result.fetched = try repo.history(from: central, hiding: [local]).count
                try moveLocal(archive, from: local, to: central)
            }
            result.tip = central
            return true
        }
        let target: ObjectID
        if let central, try !repo.isAncestor(central, of: local) {
            let replay = try Replayer(archive: archive, keyFlag: keyFlag).replay(from: local, onto: central)
            result.renumbered = replay.renumbered
            result.setAside = replay.setAside
            result.backup = replay.backup
            target = replay.tip
            result.fetched = try repo.history(from: central, hiding: [local]).count
            let check = try VerifyService().run(repo: repo, range: "\(central.hex)..\(target.hex)", useCache: false)
            if !check.violations.isEmpty {
                throw BerkasError.user(.invalid, KitText.replayedCentralMainYourChanges(Self.firstViolations(check)))
            }
        } else {
            target = local
        }
        result.pushed = try repo.history(from: target, hiding: central.map { [$0] } ?? []).count
        // The work tree must be able to follow before anything is sent.
        for p in try repo.changedFiles(fromCommit: local, toCommit: target).map(\.path) {
            try archive.requireClean(p)
        }
        guard try push(archive, remote: remote, target: target) else { return false }
        if target != local { try moveLocal(archive, from: local, to: target) }
        _ = try? ProcessRunner.run(["git", "-C", archive.root, "update-ref", tracking, target.hex])
        result.tip = target
        return true
    }

    /// The first five violations, one per line, in both languages.
    static func firstViolations(_ report: VerifyService.Report) -> Localized {
        let list = { (language: Language) in
            report.violations.prefix(5).map {
                "\($0.commit.prefix(10)) [\($0.rule)]: \($0.message.text(language))"
            }.joined(separator: "\n  ")
        }
        return Localized(id: list(.id), en: list(.en))
    }

    /// Pushes `target` to the central main: true when it took it, false when the
    /// central main moved meanwhile; a refusal by the central repository's check
    /// or any other failure is an error.
    private func push(_ archive: Archive, remote: String, target: ObjectID) throws -> Bool {
        let push = try ProcessRunner.run([
            "git", "-C", archive.root, "push", "--porcelain", remote, "\(target.hex):refs/heads/main"
        ])
        if push.status == 0 { return true }
        let out = String(decoding: push.stdout + push.stderr, as: UTF8.self)
        if out.contains("pre-receive hook declined") || out.contains("dorongan ditolak") {
            let remoteLines = out.split(separator: "\n").filter { $0.hasPrefix("remote:") }.map {
                String($0.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            }
            throw BerkasError.user(.invalid, KitText.centralRefusedPush(remoteLines.joined(separator: "\n  ")))
        }
        if !(out.contains("fetch first") || out.contains("non-fast-forward") || out.contains("rejected")) {
            throw BerkasError.user(
                .tryAgain,
                KitText.pushCentralRepositoryTryAgain(out.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return false
    }

    private func git(_ archive: Archive, _ args: [String], what: Localized) throws {
        let r = try ProcessRunner.run(["git", "-C", archive.root] + args)
        guard r.status == 0 else {
            let why = String(decoding: r.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BerkasError.user(.tryAgain, KitText.failedCheckNetworkTryAgain(what, why))
        }
    }

    /// Moves the local branch (compare-and-swap, journaled) and brings the work tree along.
    private func moveLocal(_ archive: Archive, from old: ObjectID, to new: ObjectID) throws {
        let repo = archive.repo
        let paths = try repo.changedFiles(fromCommit: old, toCommit: new).map(\.path)
        for p in paths { try archive.requireClean(p) }
        let journal = CommitJournal(gitDir: repo.gitDir)
        try journal.write(ref: archive.branch, old: old, new: new, paths: paths)
        do {
            try repo.updateReference(archive.branch, to: new, expecting: old, logMessage: "berkas sync")
        } catch {
            journal.clear()
            throw error
        }
        try repo.syncPaths(paths, to: new)
        journal.clear()
    }
}
