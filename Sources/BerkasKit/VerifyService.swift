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

/// Reads one commit into `CommitFacts`, loading rules once per `.berkas` tree.
/// Every object is read through a `CheckedObjectReader` (hash-checked).
struct FactsReader {
    let repo: GitRepository
    let objects: CheckedObjectReader
    var rulesCache: [ObjectID?: Result<ArchiveRules, ConfigError>]
    /// The `.berkas` folder of the root tree read last (usually the next commit's parent's).
    private var lastBerkas: (tree: ObjectID, folder: ObjectID?)?
    /// The commit read last (usually the next one's parent).
    private var last: CommitInfo?
    /// Signers' keys as parsed from their lines (an archive has a handful).
    private var keys: [String: SSHPublicKey?] = [:]
    /// Files' bytes as a commit left them (hash-checked when read), until a
    /// later commit replaces that version: its "before", read here rather
    /// than from git again. Bounded; only this worker's recent commits.
    private var recentBlobs = RecentBlobs(capacity: 512)

    /// Rules decoded by any worker.
    let shelf: RulesShelf

    init(repo: GitRepository, shelf: RulesShelf = RulesShelf()) throws {
        self.repo = repo
        objects = try CheckedObjectReader(repo: repo)
        rulesCache = [:]
        self.shelf = shelf
    }

    private mutating func commitInfo(_ id: ObjectID) throws -> (CommitInfo, [UInt8]) {
        let raw = try objects.rawCommit(id)
        let info = try CommitParser.commit(raw, id: id)
        return (info, raw)
    }

    mutating func facts(for id: ObjectID) throws -> CommitFacts {
        let (info, raw) = try commitInfo(id)
        let signed = SignedCommit.parse(raw)
        let verdict = SSHSignatureVerifier.verify(payload: signed.payload, signature: signed.signature)
        let parent: CommitInfo?
        if let p = info.parents.first {
            parent = last?.id == p ? last : try commitInfo(p).0
        } else {
            parent = nil
        }
        last = info
        let objects = self.objects
        var cache = rulesCache
        var lastBerkas = self.lastBerkas
        func rules(at commit: CommitInfo) throws -> Result<ArchiveRules, ConfigError> {
            let key: ObjectID?
            if let known = lastBerkas, known.tree == commit.tree {
                key = known.folder
            } else {
                key = try objects.entry(at: ".berkas", inTree: commit.tree)?.id
                lastBerkas = (commit.tree, key)
            }
            if let hit = cache[key] { return hit }
            if let shared = shelf.rules(for: key) {
                cache[key] = shared
                return shared
            }
            let loaded: Result<ArchiveRules, ConfigError>
            do {
                loaded = .success(try RulesLoader.load { path in try objects.file(at: path, inTree: commit.tree) })
            } catch let e as ConfigError {
                loaded = .failure(e)
            } catch {
                loaded = .failure(ConfigError(file: ".berkas", message: L("\(error)", "\(error)")))
            }
            cache[key] = loaded
            shelf.keep(loaded, for: key)
            return loaded
        }
        let deltas = try objects.changedFiles(fromTree: parent?.tree, toTree: info.tree)
        func content(_ blob: ObjectID?) throws -> Data? {
            guard let blob else { return nil }
            do { return try objects.blob(blob) } catch CheckedObjectReader.Failure.wrongType {
                return Data()   // a submodule entry: not a file; the rules judge it as an empty one
            }
        }
        var changes: [CommitFacts.FileChange] = []
        for d in deltas {
            let before = try d.oldBlob.flatMap { recentBlobs.take($0) } ?? content(d.oldBlob)
            let after = try content(d.newBlob)
            if let id = d.newBlob, let after { recentBlobs.keep(after, for: id) }
            changes.append(.init(path: d.path, before: before, after: after, beforeID: d.oldBlob?.hex, afterID: d.newBlob?.hex, afterMode: d.newMode))
        }
        let parentRules = try parent.map { try rules(at: $0) }
        let touchesRules = parent == nil || deltas.contains { $0.path.hasPrefix(".berkas/") }
        let ownRules = touchesRules ? try rules(at: info) : nil
        rulesCache = cache
        self.lastBerkas = lastBerkas
        func describe(_ e: ConfigError) -> String { "\(e.file): \(e.message.id)" }
        let reader = TreeReader(objects: objects, tree: info.tree)
        var facts = CommitFacts(
            id: id.hex, parents: info.parents.map(\.hex), message: info.message,
            committerTime: info.committer.time, committerOffsetMinutes: info.committer.offsetMinutes, authorTime: info.author.time,
            parentCommitterTime: parent?.committer.time,
            signed: signed, signature: verdict,
            rules: parent == nil ? (try? ownRules?.get()) : (try? parentRules?.get()),
            rulesProblem: parentRules.flatMap { if case .failure(let e) = $0 { return describe(e) }; return nil },
            newRules: try? ownRules?.get(),
            newRulesProblem: ownRules.flatMap { if case .failure(let e) = $0 { return describe(e) }; return nil },
            changes: changes,
            existsInCommit: { reader.exists($0) },
            fileInCommit: { reader.read($0) },
            parseKey: { line in
                if let known = keys[line] { return known }
                let key = SSHPublicKey(line: line)
                if keys.count > 256 { keys.removeAll() }
                keys[line] = key
                return key
            })
        facts.namesInCommit = { reader.names($0) }
        return facts
    }
}

/// The bytes of recently written file versions, by blob id: kept when a
/// commit writes them, taken out when a later commit replaces them (in a
/// linear history a version is replaced once). When full, the older half goes.
struct RecentBlobs {
    private var entries: [ObjectID: Data] = [:]
    private var order: [ObjectID] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    mutating func take(_ id: ObjectID) -> Data? { entries.removeValue(forKey: id) }

    mutating func keep(_ data: Data, for id: ObjectID) {
        guard entries.updateValue(data, forKey: id) == nil else { return }
        order.append(id)
        if order.count > capacity {
            let drop = order.prefix(capacity / 2)
            for d in drop { entries[d] = nil }
            order.removeFirst(drop.count)
        }
    }

    var count: Int { entries.count }
}

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
            // are read from the tip without loading the graph file (~7 ms at 100,000 commits).
            if stop != nil {
                var read = 0
                let walk = try reader.walkLinearHistory(from: tip, until: stop, pause: { _ in
                    read += 1
                    return read > shortRange
                }) { newest.append($0.id) }
                guard walk.linear else { return nil }
                guard let paused = walk.pausedAt else { return newest.reversed() }
                from = paused
            }
            guard let graph = CommitGraph(gitDir: repo.gitDir) else { return nil }
            // Commits newer than the graph: read from the tip until the graph knows one.
            let walk = try reader.walkLinearHistory(from: from, until: stop, pause: graph.contains) { newest.append($0.id) }
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
        what = L("isi objek \(id) tidak cocok dengan id-nya: basis data git diubah di luar git",
                 "object \(id) does not match its id: the git object database was altered outside git")
    case .missing(let id):
        what = L("objek \(id) hilang dari basis data git", "object \(id) is missing from the git object database")
    case .wrongType(let id, let expected):
        what = L("objek \(id) bukan \(expected)", "object \(id) is not a \(expected)")
    case .malformedTree(let id, let at):
        what = L("tree \(id) rusak pada bita \(at) (nama, mode atau urutan entri)", "tree \(id) is malformed at byte \(at) (entry name, mode or order)")
    case .malformedCommit(let id):
        what = L("commit \(id) rusak (kepala commit tidak seperti yang ditulis git)", "commit \(id) is malformed (its headers are not as git writes them)")
    }
    return L(what.id + " — jalankan `git fsck --full` dan pulihkan dari repositori pusat atau cadangan",
             what.en + " — run `git fsck --full` and restore from the central repository or a backup")
}

/// How many threads read the history: the cores, or `BERKAS_THREADS`.
enum Parallelism {
    static var isSetByUser: Bool { Int(Environment.value("BERKAS_THREADS") ?? "") != nil }
    static var workers: Int {
        if let n = Int(Environment.value("BERKAS_THREADS") ?? ""), n >= 1 { return min(n, 16) }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    }
}

/// Results filled in by parallel workers, one slot each.
final class ParallelResults<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}

/// A value handed to exactly one worker thread.
final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The commits still to judge, as one stretch per worker. A worker takes its
/// next chunk from the front of its own stretch; one whose stretch is empty
/// takes the back half of the largest stretch left. Every index is handed out
/// exactly once.
final class WorkStretches: @unchecked Sendable {
    private var stretches: [Range<Int>]
    private let chunk: Int
    private let lock = NSLock()

    init(_ all: Range<Int>, workers: Int, chunk: Int) {
        self.chunk = max(1, chunk)
        let n = max(1, workers)
        stretches = (0..<n).map { w in
            (all.lowerBound + all.count * w / n)..<(all.lowerBound + all.count * (w + 1) / n)
        }
    }

    func take(for worker: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        if stretches[worker].isEmpty {
            guard let (v, largest) = stretches.enumerated().max(by: { $0.element.count < $1.element.count }).map({ ($0.offset, $0.element) }),
                  !largest.isEmpty else { return nil }
            // A stretch about to end is finished by its worker; a longer one is split.
            if largest.count < 2 * chunk {
                guard largest.count > chunk else { return nil }
                stretches[worker] = (largest.upperBound - (largest.count - chunk))..<largest.upperBound
                stretches[v] = largest.lowerBound..<stretches[worker].lowerBound
            } else {
                let middle = largest.lowerBound + largest.count / 2
                stretches[worker] = middle..<largest.upperBound
                stretches[v] = largest.lowerBound..<middle
            }
        }
        let s = stretches[worker]
        let run = s.lowerBound..<min(s.lowerBound + chunk, s.upperBound)
        stretches[worker] = run.upperBound..<s.upperBound
        return run
    }
}

/// Results of chunks, by the index of their first commit.
final class ChunkResults: @unchecked Sendable {
    private var results: [Int: Result<[Violation], Error>] = [:]
    private let lock = NSLock()
    func set(_ start: Int, _ r: Result<[Violation], Error>) { lock.lock(); results[start] = r; lock.unlock() }
    var inOrder: [Result<[Violation], Error>] { results.sorted { $0.key < $1.key }.map(\.value) }
}

/// Decoded rules by the id of the `.berkas` folder they were read from (the
/// same folder decodes to the same rules), shared by the workers of one run.
final class RulesShelf: @unchecked Sendable {
    private var shelf: [ObjectID?: Result<ArchiveRules, ConfigError>] = [:]
    private let lock = NSLock()
    func rules(for key: ObjectID?) -> Result<ArchiveRules, ConfigError>? {
        lock.lock()
        defer { lock.unlock() }
        return shelf[key]
    }
    func keep(_ rules: Result<ArchiveRules, ConfigError>, for key: ObjectID?) {
        lock.lock()
        shelf[key] = rules
        lock.unlock()
    }
}

/// Counts judged commits across workers and reports progress.
final class ProgressCounter: @unchecked Sendable {
    private var count = 0
    private let total: Int
    private let report: ((Int, Int) -> Void)?
    private let lock = NSLock()
    init(total: Int, report: ((Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }
    func tick(_ n: Int = 1) {
        guard n > 0 else { return }
        lock.lock()
        count += n
        let c = count
        report?(c, total)
        lock.unlock()
    }
}

/// Reads files of one commit for the audit (used by one thread).
final class TreeReader: @unchecked Sendable {
    let objects: CheckedObjectReader
    let tree: ObjectID
    init(objects: CheckedObjectReader, tree: ObjectID) {
        self.objects = objects
        self.tree = tree
    }
    func exists(_ path: String) -> Bool { (try? objects.entry(at: path, inTree: tree))??.isBlob == true }
    func read(_ path: String) -> Data? { (try? objects.file(at: path, inTree: tree)) ?? nil }
    func names(_ folder: String) -> [String]? { (try? objects.names(in: folder, inTree: tree)) ?? nil }
}

