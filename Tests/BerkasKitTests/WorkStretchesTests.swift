import BerkasGit
import Foundation
import TestSupport
import Testing

@testable import BerkasKit

/// How `verify` shares a history among its workers: every commit handed out
/// exactly once, in chunks of consecutive commits, whatever order the workers
/// ask in; a worker that runs out takes over the back half of the largest stretch.
@Suite("verify: work shared in stretches")
struct WorkStretchesTests {
    @Test func everyCommitExactlyOnceInAnyOrderOfAsking() {
        var rng = Seeded(state: 7)
        for round in 0..<300 {
            let n = rng.below(3000)
            let workers = 1 + rng.below(5)
            let chunk = 1 + rng.below(100)
            let start = rng.below(10)
            let work = WorkStretches(start..<(start + n), workers: workers, chunk: chunk)
            var seen = [Int](repeating: 0, count: n)
            var active = Array(0..<workers)
            var last = [Int: Int]() // worker → end of its previous chunk
            var resumed = 0
            while !active.isEmpty {
                let pick = rng.below(active.count)
                let w = active[pick]
                guard let run = work.take(for: w) else {
                    active.remove(at: pick)
                    continue
                }
                #expect(!run.isEmpty && run.count <= chunk, "round \(round)")
                if let end = last[w], end != run.lowerBound { resumed += 1 }
                last[w] = run.upperBound
                for i in run { seen[i - start] += 1 }
            }
            #expect(seen.allSatisfy { $0 == 1 }, "round \(round): \(n) commits, \(workers) workers, chunks of \(chunk)")
            // A worker moves elsewhere only by taking over part of another's stretch.
            #expect(resumed <= 2 * workers + n / max(chunk, 1), "round \(round)")
        }
    }

    @Test func twoWorkersStartAtTheHalvesAndTheFirstToFinishTakesTheRest() {
        let work = WorkStretches(0..<1000, workers: 2, chunk: 100)
        #expect(work.take(for: 0) == 0..<100)
        #expect(work.take(for: 1) == 500..<600)
        for _ in 0..<4 { _ = work.take(for: 0) } // worker 0 has finished 0..<500
        // Worker 1 still has 600..<1000: worker 0 takes its back half.
        #expect(work.take(for: 0) == 800..<900)
        #expect(work.take(for: 1) == 600..<700)
    }
}

@Suite("Recent file versions kept by a verify worker")
struct RecentBlobsTests {
    static func id(_ n: Int) -> ObjectID { ObjectID(hex: String(format: "%040x", n))! }

    @Test func aVersionIsGivenOnceThenGone() {
        var recent = RecentBlobs(capacity: 8)
        recent.keep(Data("a".utf8), for: Self.id(1))
        #expect(recent.take(Self.id(2)) == nil)
        #expect(recent.take(Self.id(1)) == Data("a".utf8))
        #expect(recent.take(Self.id(1)) == nil, "a replaced version is not kept")
    }

    @Test func boundedAndTheNewestStay() {
        var recent = RecentBlobs(capacity: 8)
        for n in 0..<100 { recent.keep(Data([UInt8(n)]), for: Self.id(n)) }
        #expect(recent.count <= 8)
        #expect(recent.take(Self.id(99)) == Data([99]))
        #expect(recent.take(Self.id(0)) == nil)
        // Taken versions do not count against what is kept.
        for n in 100..<200 {
            recent.keep(Data([UInt8(n & 0xFF)]), for: Self.id(n))
            _ = recent.take(Self.id(n))
        }
        #expect(recent.count == 0)
    }
}
