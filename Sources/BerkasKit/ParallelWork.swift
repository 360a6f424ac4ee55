import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

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
    func set(_ i: Int, _ v: T) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
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
            guard
                let (v, largest) = stretches.enumerated().max(by: { $0.element.count < $1.element.count }).map({
                    ($0.offset, $0.element)
                }),
                !largest.isEmpty
            else { return nil }
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
    func set(_ start: Int, _ r: Result<[Violation], Error>) {
        lock.lock()
        results[start] = r
        lock.unlock()
    }
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

extension GitRepository {
    /// One repository handle per worker, the first this one: a libgit2 handle is
    /// used by one thread at a time.
    func handles(_ count: Int) throws -> [UncheckedBox<GitRepository>] {
        try (0..<count).map { w in UncheckedBox(w == 0 ? self : try reopen()) }
    }
}
