import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// `berkas verify`: judges every commit (or a range) by the rules in force at
/// its parent, in-process, and remembers verified tips so a repeated verify
/// costs only the new commits.
public struct VerifyService {
    public struct Report {
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
    public func run(repo: GitRepository, range: String?, tip explicitTip: ObjectID? = nil, useCache: Bool, notAfter: Int64? = nil,
                    progress: ((Int, Int) -> Void)? = nil) throws -> Report {
        do {
            return try run(repo: repo, range: range, tip: explicitTip, useCache: useCache, notAfter: notAfter, progress: progress, useGraph: true)
        } catch GraphListing.Mismatch.parent {
            return try run(repo: repo, range: range, tip: explicitTip, useCache: useCache, notAfter: notAfter, progress: progress, useGraph: false)
        }
    }

    func run(repo: GitRepository, range: String?, tip explicitTip: ObjectID?, useCache: Bool, notAfter: Int64?,
             progress: ((Int, Int) -> Void)?, useGraph: Bool) throws -> Report {
        if repo.isShallow {
            return Report(checked: 0, fromCache: false, violations: [
                Violation(commit: "-", rule: "lengkap", message: L("riwayat tidak lengkap (shallow clone); verifikasi memerlukan seluruh riwayat — jalankan `git fetch --unshallow`",
                                                                   "the history is incomplete (a shallow clone); verification needs all of it — run `git fetch --unshallow`")),
            ], tip: nil)
        }
        var hidden: [ObjectID] = []
        let tip: ObjectID
        var fromCache = false
        var cachedRoot: ObjectID? = nil
        if let range {
            let parts = range.components(separatedBy: "..")
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw BerkasError.user(.usage, L("--range harus berbentuk LAMA..BARU", "--range must look like OLD..NEW"))
            }
            let old = try revparse(repo, parts[0]), new = try revparse(repo, parts[1])
            guard try repo.isAncestor(old, of: new) else {
                return Report(checked: 0, fromCache: false, violations: [
                    Violation(commit: new.hex, rule: "linear", message: L("\(new.short) tidak dibangun di atas \(old.short) (riwayat ditulis ulang?)",
                                                                          "\(new.short) is not built on \(old.short) (a rewritten history?)")),
                ], tip: new)
            }
            hidden = [old]
            tip = new
        } else {
            if let t = explicitTip {
                tip = t
            } else {
                guard let t = try repo.resolve(try repo.headTarget()) else {
                    return Report(checked: 0, fromCache: false, violations: [], tip: nil)
                }
                tip = t
            }
            if useCache {
                let cache = VerifiedCache(gitDir: repo.gitDir)
                if let root = cache.root() {
                    for id in cache.load() where (try? repo.isAncestor(id, of: tip)) == true {
                        hidden.append(id)
                        fromCache = true
                        cachedRoot = root
                    }
                }
            }
        }
        Trace.mark("verify: walking the history")
        // git's commit-graph file lists a linear history at once (the revision
        // walk costs ~1 s at 100,000 commits); it is only a hint: every judged
        // commit's own parent, read from the hash-checked commit, must be the
        // one listed before it, or the history is walked the ordinary way.
        let stop = hidden.count == 1 ? hidden[0] : nil
        let listed = useGraph && hidden.count <= 1 ? try GraphListing.history(repo: repo, tip: tip, stop: stop) : nil
        let commits: [ObjectID]
        do {
            commits = try listed ?? repo.history(from: tip, hiding: hidden)
        } catch {
            // libgit2 cannot walk a history holding a commit it cannot parse (a time
            // past its range, say): such commits are named, the rest is not judged.
            let (unreadable, read) = try unreadableCommits(repo: repo, tip: tip, hiding: hidden)
            guard !unreadable.isEmpty else { throw error }
            return Report(checked: read, fromCache: false, violations: unreadable, tip: tip)
        }
        Trace.mark("verify: \(commits.count) commits to judge\(listed != nil ? " (listed by the commit-graph file)" : "")")
        if commits.count > 1000 { GitRepository.mapMoreOfThePacks() }
        let auditor = Auditor(notAfter: notAfter)
        // Each commit is judged on its own (rules at its parent), so the history
        // is shared among one worker per core (each with its own repository
        // handle): each takes a stretch of consecutive commits, one chunk at a
        // time, and a worker that runs out takes the second half of what another
        // has left (`WorkStretches`). Consecutive commits share most of their
        // trees; a worker starting elsewhere reads them whole again (~8 ms).
        // BERKAS_THREADS set: that many workers even for a short history, and
        // BERKAS_VERIFY_RUN commits a chunk (so tests can judge any history in parallel).
        let workers = commits.count >= 400 || Parallelism.isSetByUser ? Parallelism.workers : 1
        let chunk = Int(Environment.value("BERKAS_VERIFY_RUN") ?? "").map { max(1, $0) } ?? 64
        let stretches = WorkStretches(commits.indices, workers: workers, chunk: chunk)
        let results = ChunkResults()
        let failures = ParallelResults<Error>(count: workers)
        let shelf = RulesShelf()
        let done = ProgressCounter(total: commits.count, report: progress)
        let handles = try (0..<workers).map { w throws -> UncheckedBox<GitRepository> in UncheckedBox(w == 0 ? repo : try repo.reopen()) }
        GitRepository.withAuditReading {
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            do {
                var reader = try FactsReader(repo: handles[w].value, shelf: shelf)
                // Per thread: nothing shared is locked while commits are judged.
                let memo = FieldCheckMemo(capacity: 10_000), documents = DocumentCache(capacity: 512)
                while let run = stretches.take(for: w) {
                    results.set(run.lowerBound, Result {
                        var found: [Violation] = []
                        for i in run {
                            let id = commits[i]
                            do {
                                var facts = try reader.facts(for: id)
                                if listed != nil {
                                    let expected = i > commits.startIndex ? commits[i - 1] : stop
                                    guard facts.parents == (expected.map { [$0.hex] } ?? []) else { throw GraphListing.Mismatch.parent }
                                }
                                facts.documents = documents
                                facts.fieldMemo = memo
                                found += auditor.audit(facts)
                            } catch let failure as CheckedObjectReader.Failure {
                                found.append(Violation(commit: id.hex, rule: "utuh", message: integrityMessage(failure)))
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
        // The root: the first commit of a full walk (oldest first), or the one kept with the cache.
        var root: ObjectID? = nil
        if range == nil {
            if hidden.isEmpty, let first = commits.first, (try? repo.commit(first).parents.isEmpty) == true { root = first }
            else if fromCache { root = cachedRoot }
        }
        if violations.isEmpty && range == nil && useCache, let root {
            VerifiedCache(gitDir: repo.gitDir).add(tip, root: root)
        }
        var report = Report(checked: commits.count, fromCache: fromCache, violations: violations, tip: tip)
        report.root = root
        return report
    }

    /// The commits from `tip` (down to `hiding`) that libgit2 cannot read,
    /// found by following parents through the raw objects.
    func unreadableCommits(repo: GitRepository, tip: ObjectID, hiding: [ObjectID]) throws -> (violations: [Violation], read: Int) {
        var found: [Violation] = []
        var queue = [tip], seen = Set(hiding)
        while let id = queue.popLast() {
            guard seen.insert(id).inserted else { continue }
            let raw: [UInt8]
            do { raw = try repo.rawCommit(id) } catch {
                found.append(Violation(commit: id.hex, rule: "utuh", message: L("commit tidak ada atau bukan commit: \(error.message)", "the commit is missing or not a commit: \(error.message)")))
                continue
            }
            do { _ = try repo.commit(id) } catch {
                found.append(Violation(commit: id.hex, rule: "utuh", message: L("git tidak dapat membaca commit ini: \(TerminalSafe.escape(error.message))",
                                                                               "git cannot read this commit: \(TerminalSafe.escape(error.message))")))
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
            throw BerkasError.user(.usage, L("revisi \(spec) tidak ditemukan", "revision \(spec) not found"))
        }
    }
}
