import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// `berkas verify`: judges every commit (or a range) by the rules in force at
/// its parent, in-process, and remembers verified tips so a repeated verify
/// costs only the new commits.
public struct VerifyService {
    public struct Report: Sendable {
        /// Commits judged in this run.
        public let checked: Int
        /// Commits skipped because an ancestor was already verified.
        public let fromCache: Bool
        public var violations: [Violation]
        public let tip: ObjectID?
        /// The archive's fingerprint: the root commit the verified history starts
        /// from (nil for a `--range`, or when the history could not be walked).
        public var root: ObjectID? = nil
    }

    public init() {}

    /// - Parameters:
    ///   - range: `OLD..NEW`: judge only commits after OLD (taken as verified).
    ///   - notAfter: refuse commit times after this (the server hook).
    public func run(
        repo: GitRepository, range: String?, tip explicitTip: ObjectID? = nil, useCache: Bool, notAfter: Int64? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Report {
        do {
            return try run(
                repo: repo, range: range, tip: explicitTip, useCache: useCache, notAfter: notAfter, progress: progress,
                useGraph: true)
        } catch GraphListing.Mismatch.parent {
            return try run(
                repo: repo, range: range, tip: explicitTip, useCache: useCache, notAfter: notAfter, progress: progress,
                useGraph: false)
        }
    }

    /// What a run judges: the commits from `tip` down to (not including) `hidden`.
    struct Scope {
        var tip: ObjectID
        var hidden: [ObjectID] = []
        /// Whether `hidden` are tips verified before (the cache), with the root kept with them.
        var fromCache = false
        var cachedRoot: ObjectID? = nil
    }

    func run(
        repo: GitRepository, range: String?, tip explicitTip: ObjectID?, useCache: Bool, notAfter: Int64?,
        progress: ((Int, Int) -> Void)?, useGraph: Bool
    ) throws -> Report {
        if repo.isShallow {
            return Report(
                checked: 0, fromCache: false,
                violations: [
                    Violation(
                        commit: "-", rule: "lengkap", message: KitText.historyIncompleteShallowCloneVerification())
                ], tip: nil)
        }
        let scope: Scope
        switch try self.scope(repo: repo, range: range, explicitTip: explicitTip, useCache: useCache) {
        case .success(let s): scope = s
        case .failure(let early): return early.report
        }
        Trace.mark("verify: walking the history")
        // git's commit-graph file lists a linear history at once (the revision
        // walk costs ~1 s at 100,000 commits); it is only a hint: every judged
        // commit's own parent, read from the hash-checked commit, must be the
        // one listed before it, or the history is walked the ordinary way.
        let stop = scope.hidden.count == 1 ? scope.hidden[0] : nil
        let listed =
            useGraph && scope.hidden.count <= 1 ? try GraphListing.history(repo: repo, tip: scope.tip, stop: stop) : nil
        let commits: [ObjectID]
        do {
            commits = try listed ?? repo.history(from: scope.tip, hiding: scope.hidden)
        } catch {
            // libgit2 cannot walk a history holding a commit it cannot parse (a time
            // past its range, say): such commits are named, the rest is not judged.
            let (unreadable, read) = try unreadableCommits(repo: repo, tip: scope.tip, hiding: scope.hidden)
            guard !unreadable.isEmpty else { throw error }
            return Report(checked: read, fromCache: false, violations: unreadable, tip: scope.tip)
        }
        Trace.mark(
            "verify: \(commits.count) commits to judge\(listed != nil ? " (listed by the commit-graph file)" : "")")
        let violations = try judge(
            commits, listing: listed != nil ? .commitGraph(stop: stop) : .revisionWalk,
            repo: repo, auditor: Auditor(notAfter: notAfter), progress: progress)
        // The root: the first commit of a full walk (oldest first), or the one kept with the cache.
        var root: ObjectID? = nil
        if range == nil {
            if scope.hidden.isEmpty, let first = commits.first, (try? repo.commit(first).parents.isEmpty) == true {
                root = first
            } else if scope.fromCache {
                root = scope.cachedRoot
            }
        }
        if violations.isEmpty && range == nil && useCache, let root {
            VerifiedCache(gitDir: repo.gitDir).add(scope.tip, root: root)
        }
        var report = Report(checked: commits.count, fromCache: scope.fromCache, violations: violations, tip: scope.tip)
        report.root = root
        return report
    }

    /// Where the list of commits came from.
    enum Listing {
        /// git's revision walk: libgit2 read every commit's parents.
        case revisionWalk
        /// The commit-graph file, a hint: each commit's own first parent must be
        /// the commit listed before it (`stop` for the first one).
        case commitGraph(stop: ObjectID?)
    }

    /// A report given before any commit is judged.
    struct EarlyReport: Error { let report: Report }

    /// The commits a run judges: `--range OLD..NEW`, or from the tip down to the
    /// newest tips verified before (the cache).
    func scope(repo: GitRepository, range: String?, explicitTip: ObjectID?, useCache: Bool) throws -> Result<
        Scope, EarlyReport
    > {
        if let range {
            let parts = range.components(separatedBy: "..")
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw BerkasError.user(.usage, KitText.rangeMustLookLikeOld())
            }
            let old = try revparse(repo, parts[0])
            let new = try revparse(repo, parts[1])
            guard try repo.isAncestor(old, of: new) else {
                return .failure(
                    EarlyReport(
                        report: Report(
                            checked: 0, fromCache: false,
                            violations: [
                                Violation(
                                    commit: new.hex, rule: "linear",
                                    message: KitText.builtRewrittenHistory(new.short, old.short))
                            ], tip: new)))
            }
            return .success(Scope(tip: new, hidden: [old]))
        }
        guard let tip = try explicitTip ?? repo.resolve(try repo.headTarget()) else {
            return .failure(EarlyReport(report: Report(checked: 0, fromCache: false, violations: [], tip: nil)))
        }
        var scope = Scope(tip: tip)
        let cache = VerifiedCache(gitDir: repo.gitDir)
        if useCache, let root = cache.root() {
            for id in cache.load() where (try? repo.isAncestor(id, of: tip)) == true {
                scope.hidden.append(id)
                scope.fromCache = true
                scope.cachedRoot = root
            }
        }
        return .success(scope)
    }

    /// Judges `commits` (oldest first). Each commit is judged on its own (rules
    /// at its parent), so the history is shared among one worker per core (each
    /// with its own repository handle): each takes a stretch of consecutive
    /// commits, one chunk at a time, and a worker that runs out takes the second
    /// half of what another has left (`WorkStretches`). Consecutive commits share
    /// most of their trees; a worker starting elsewhere reads them whole again.
    /// BERKAS_THREADS set: that many workers even for a short history, and
    /// BERKAS_VERIFY_RUN commits a chunk (so tests can judge any history in parallel).
    func judge(
        _ commits: [ObjectID], listing: Listing, repo: GitRepository,
        auditor: Auditor, progress: ((Int, Int) -> Void)?
    ) throws -> [Violation] {
        if commits.count > 1000 { GitRepository.mapMoreOfThePacks() }
        let workers = commits.count >= 400 || Parallelism.isSetByUser ? Parallelism.workers : 1
        let chunk = Int(Environment.value("BERKAS_VERIFY_RUN") ?? "").map { max(1, $0) } ?? 64
        let stretches = WorkStretches(commits.indices, workers: workers, chunk: chunk)
        let results = ChunkResults()
        let failures = ParallelResults<Error>(count: workers)
        let shelf = RulesShelf()
        let done = ProgressCounter(total: commits.count, report: progress)
        let handles = try repo.handles(workers)
        GitRepository.withAuditReading {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                do {
                    var reader = try FactsReader(repo: handles[w].value, shelf: shelf)
                    // Per thread: nothing shared is locked while commits are judged.
                    let memo = FieldCheckMemo(capacity: 10_000)
                    let documents = DocumentCache(capacity: 512)
                    while let run = stretches.take(for: w) {
                        results.set(
                            run.lowerBound,
                            Result {
                                var found: [Violation] = []
                                for i in run {
                                    let id = commits[i]
                                    do {
                                        var facts = try reader.facts(for: id)
                                        if case .commitGraph(let stop) = listing {
                                            let expected = i > commits.startIndex ? commits[i - 1] : stop
                                            guard facts.parents == (expected.map { [$0.hex] } ?? []) else {
                                                throw GraphListing.Mismatch.parent
                                            }
                                        }
                                        facts.documents = documents
                                        facts.fieldMemo = memo
                                        found += auditor.audit(facts)
                                    } catch let failure as CheckedObjectReader.Failure {
                                        found.append(
                                            Violation(commit: id.hex, rule: "utuh", message: integrityMessage(failure)))
                                    }
                                }
                                return found
                            })
                        done.tick(run.count)
                    }
                } catch {
                    failures.set(w, error)
                }
                Trace.mark("verify: worker \(w) done")
            }
        }
        Trace.mark("verify: judged")
        for case let failure? in failures.values { throw failure }
        var violations: [Violation] = []
        for r in results.inOrder { violations += try r.get() }
        return violations
    }

    /// The commits from `tip` (down to `hiding`) that libgit2 cannot read,
    /// found by following parents through the raw objects.
    func unreadableCommits(repo: GitRepository, tip: ObjectID, hiding: [ObjectID]) throws -> (
        violations: [Violation], read: Int
    ) {
        var found: [Violation] = []
        var queue = [tip]
        var seen = Set(hiding)
        while let id = queue.popLast() {
            guard seen.insert(id).inserted else { continue }
            let raw: [UInt8]
            do { raw = try repo.rawCommit(id) } catch {
                found.append(
                    Violation(commit: id.hex, rule: "utuh", message: KitText.commitMissingCommit(error.message)))
                continue
            }
            do { _ = try repo.commit(id) } catch {
                found.append(
                    Violation(
                        commit: id.hex, rule: "utuh", message: KitText.gitReadCommit(TerminalSafe.escape(error.message))
                    ))
            }
            // Its parents, from the header lines before the first blank line.
            for line in String(decoding: raw, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { break }
                if line.hasPrefix("parent "), let p = ObjectID(hex: String(line.dropFirst(7))) { queue.append(p) }
            }
        }
        return (found, seen.count - Set(hiding).count)
    }

    private func revparse(_ repo: GitRepository, _ spec: String) throws -> ObjectID {
        do { return try repo.revparse(spec) } catch {
            throw BerkasError.user(.usage, KitText.revisionFound(spec))
        }
    }
}
