import BerkasCore
import BerkasGit
import Foundation

/// Reads the commits the timeline has not seen yet (from `head` back to
/// `since`) for their steps, and the records they touched for their fields.
///
/// Reading commits is mostly inflating them. A linear history (what `verify`
/// requires) is read from the tip; the commits git's commit-graph file knows
/// are listed from it and read in one slice per core, each with its own
/// repository handle. Any other history is read through git's revision walk,
/// also one slice per core.
struct HistoryReading {
    typealias Event = (record: String, event: StepEvent)

    let repo: GitRepository
    let head: ObjectID
    let since: ObjectID?
    let workers = Parallelism.workers
    private let handles: [UncheckedBox<GitRepository>]

    init(repo: GitRepository, head: ObjectID, since: ObjectID?) throws {
        self.repo = repo
        self.head = head
        self.since = since
        handles = try repo.handles(Parallelism.workers)
    }

    /// Adds the steps of the new commits to `summaries`; returns the records they
    /// touched (every record, after a destruction).
    func addNewSteps(to summaries: inout [String: ArchiveTimeline.Summary]) throws -> Set<String> {
        let events = try newEvents()
        Trace.mark("timeline: new commits read")
        var touched: Set<String> = []
        var destruction = false
        for list in events {
            for (record, event) in list {
                if record == ArchiveTimeline.everyRecord {
                    destruction = true
                    continue
                }
                touched.insert(record)
                summaries[record, default: .init(type: "", status: "", name: "", events: [])].events.append(event)
            }
        }
        // Records a destruction removed leave when every record is looked for again.
        if destruction { touched.formUnion(summaries.keys) }
        Trace.mark("timeline: events grouped")
        return touched
    }

    /// The new commits' steps, oldest first, in slices.
    private func newEvents() throws -> [[Event]] {
        var kept = KeptEvents()
        let graph = FastPaths.enabled ? CommitGraph(gitDir: repo.gitDir) : nil
        let linear = try GitRepository.withAuditReading { () throws -> Bool in
            let reader = try CheckedObjectReader(repo: repo)
            // Commits newer than the commit-graph file, one after another from the tip.
            let walk = try reader.walkLinearHistory(from: head, until: since, pause: { graph?.contains($0) == true }) {
                kept.keep(Self.event($0))
            }
            guard walk.linear, let known = walk.pausedAt else { return walk.linear }
            guard let ids = graph?.linearHistory(from: known, until: since) else {
                return try reader.walkLinearHistory(from: known, until: since) { kept.keep(Self.event($0)) }.linear
            }
            guard let listed = try readListed(ids) else { return false }
            for (record, e) in listed { kept.keep((record, e)) }
            return true
        }
        return linear ? [kept.newest.reversed()] : try readRevisionWalk()
    }

    /// The commits the graph file lists, one slice per core, read from their bytes
    /// (no `CommitInfo`, no message string). Each commit's parent must be the next
    /// one listed: nil when it is not (a stale or damaged graph file), and the
    /// history is read another way.
    private func readListed(_ ids: [ObjectID]) throws -> [Event]? {
        let ranges = slices(ids.count)
        let (stop, handles) = (since, handles)
        let read = ParallelResults<Result<[Event]?, Error>>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            read.set(
                w,
                Result {
                    let objects = try CheckedObjectReader(repo: handles[w].value)
                    var out: [Event] = []
                    for i in ranges[w] {
                        let expected = i + 1 < ids.count ? ids[i + 1] : stop
                        let linked = try objects.withUncheckedCommit(ids[i]) { skeleton, raw -> Bool in
                            guard skeleton.parents <= 1, skeleton.firstParent(in: raw, is: expected) else {
                                return false
                            }
                            let message = UnsafeBufferPointer(rebasing: raw[skeleton.messageStart...])
                            if let e = ArchiveTimeline.event(
                                message: message, time: skeleton.committerTime,
                                offsetMinutes: skeleton.committerOffsetMinutes, id: ids[i])
                            {
                                out.append((e.0, e.1))
                            }
                            return true
                        }
                        guard linked else { return nil }
                    }
                    return out
                })
        }
        var all: [Event] = []
        for part in read.values {
            guard let list = try part!.get() else { return nil }
            all += list
        }
        return all
    }

    /// A history with merges: git's revision walk, one slice per core.
    private func readRevisionWalk() throws -> [[Event]] {
        let commits = try repo.history(from: head, hiding: since.map { [$0] } ?? [])
        let (ranges, handles) = (slices(commits.count), handles)
        let read = ParallelResults<Result<[Event], Error>>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            read.set(w, Result { try commits[ranges[w]].compactMap { Self.event(try handles[w].value.commit($0)) } })
        }
        return try read.values.map { try $0!.get() }
    }

    /// Reads `status` and `nama` of the touched records as they stand at the tip;
    /// a record no longer there leaves `summaries`.
    func readFields(
        of touched: Set<String>, types: [RecordType], into summaries: inout [String: ArchiveTimeline.Summary]
    ) throws {
        let blobIndex = try recordBlobs(touched, types: types)
        Trace.mark("timeline: folders listed")
        let touchedList = Array(touched)
        let (ranges, handles) = (slices(touchedList.count), handles)
        let fields = ParallelResults<Result<[(String, String, [String: String])?], Error>>(count: workers)
        GitRepository.withAuditReading {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                fields.set(
                    w,
                    Result {
                        let objects = try CheckedObjectReader(repo: handles[w].value)
                        return try touchedList[ranges[w]].map { record -> (String, String, [String: String])? in
                            guard let (type, blob) = blobIndex[record] else { return nil }
                            return (
                                record, type,
                                QuickFields.read(try objects.uncheckedBlob(blob), keys: ["status", "nama"])
                            )
                        }
                    })
            }
        }
        Trace.mark("timeline: records' fields read")
        var present: Set<String> = []
        for r in fields.values {
            for item in try r!.get() {
                guard let (record, type, f) = item else { continue }
                present.insert(record)
                summaries[record]?.type = type
                summaries[record]?.status = f["status"] ?? ""
                summaries[record]?.name = f["nama"] ?? ""
            }
        }
        for record in touched where !present.contains(record) { summaries[record] = nil }
        Trace.mark("timeline: \(touched.count) records read")
    }

    /// The blob of each touched record at the tip, by ID: each year folder is
    /// listed once (a folder holds thousands of records).
    private func recordBlobs(_ touched: Set<String>, types: [RecordType]) throws -> [String: (String, ObjectID)] {
        var blobs: [String: (String, ObjectID)] = [:]
        let years = Set(touched.compactMap { RecordID($0).map { "\($0.prefix)-\($0.year)" } })
        for type in types {
            for year in try repo.list(type.name, in: head)
            where year.isTree && years.contains("\(type.schema.prefix)-\(year.name)") {
                for e in try repo.list("\(type.name)/\(year.name)", in: head) where e.isBlob && e.name.hasSuffix(".md")
                {
                    blobs[String(e.name.dropLast(3))] = (type.name, e.id)
                }
            }
        }
        return blobs
    }

    private func slices(_ count: Int) -> [Range<Int>] {
        (0..<workers).map { w in (count * w / workers)..<(count * (w + 1) / workers) }
    }

    private static func event(_ info: CommitInfo) -> Event? {
        var message = info.message
        return message.withUTF8 {
            ArchiveTimeline.event(
                message: $0, time: info.committer.time, offsetMinutes: info.committer.offsetMinutes, id: info.id)
        }.map { ($0.0, $0.1) }
    }
}

/// Steps read from the tip, newest first. Actions, roles and actors repeat
/// thousands of times: one copy of each is kept.
private struct KeptEvents {
    var newest: [HistoryReading.Event] = []
    private var interned: [String: String] = [:]

    private mutating func intern(_ s: String?) -> String? {
        guard let s else { return nil }
        if let hit = interned[s] { return hit }
        interned[s] = s
        return s
    }

    mutating func keep(_ found: HistoryReading.Event?) {
        guard let (record, e) = found else { return }
        newest.append(
            (
                record,
                StepEvent(
                    time: e.time, offsetMinutes: e.offsetMinutes, action: intern(e.action)!,
                    from: e.from, to: e.to, role: intern(e.role), actor: intern(e.actor), commit: e.commit)
            ))
    }
}
