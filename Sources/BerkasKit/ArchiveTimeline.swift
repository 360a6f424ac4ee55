import BerkasCore
import BerkasGit
import Foundation

/// The archive's records at the branch tip with the steps of each, read from
/// the history's trailers (`berkas verify` proves they agree with the diffs).
/// Kept in `.git/berkas/timeline` (outside the tracked tree) for the tip it was
/// built at: an unchanged archive is read back at once, new commits on top are
/// added incrementally, and anything else (a rewritten history, changed rules,
/// a damaged file) rebuilds it from git, which stays the only truth.
struct ArchiveTimeline {
    struct Item {
        let id: RecordID
        let type: RecordType
        let status: Status
        let name: String
        let events: [StepEvent]
        let steps: [Step]
        /// A commit of this record whose time berkas cannot place (outside the
        /// years 1970–9999, or a zone no place has): its events and steps are left out.
        var unplacedCommit: String? = nil
        var created: Int64? { events.first?.time }
        var currentSince: Int64? { events.last(where: { $0.from != $0.to })?.time }
    }

    let rules: ArchiveRules
    let calendar: WorkingCalendar
    let now: Int64
    let items: [Item]

    /// What the cache holds per record.
    struct Summary {
        var type: String
        var status: String
        var name: String
        var events: [StepEvent]
    }

    /// - Parameter finishedSteps: compute the steps of records in a final state
    ///   too (the report needs them; a queue only needs the open records').
    static func load(archive: Archive, finishedSteps: Bool = true) throws -> ArchiveTimeline {
        let repo = archive.repo
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        let zone = rules.config.zone
        let now = try MachineClock.now(zone: zone)
        let calendar = rules.calendar(offsetSeconds: zone.offsetSeconds(at: now))
        let rulesKey = try repo.treeEntry(at: ".berkas", in: head)?.id.hex ?? "-"
        let cache = TimelineCache(gitDir: repo.gitDir)
        var summaries: [String: Summary] = [:]
        var since: ObjectID? = nil
        // Blocks appended to the file read (nil: none read); only the count is kept,
        // so that `summaries` is the one owner of the records it changes.
        var appendedBlocks: Int? = nil
        if let cached = cache.load(), cached.rulesKey == rulesKey, let tip = ObjectID(hex: cached.tip), (try? repo.isAncestor(tip, of: head)) == true {
            summaries = cached.records
            since = tip
            appendedBlocks = cached.updates
        }
        Trace.mark("timeline: cache read (\(summaries.count) records)")
        if since != head {
            // Reading commits is mostly inflating them. A linear history (what
            // `verify` requires) is read in one pass from the tip; otherwise one
            // slice of the revision walk per core, each with its own handle.
            let workers = Parallelism.workers
            let handles = try (0..<workers).map { w throws -> UncheckedBox<GitRepository> in UncheckedBox(w == 0 ? repo : try repo.reopen()) }
            @Sendable func event(_ info: CommitInfo) -> (String, StepEvent)? {
                var message = info.message
                return message.withUTF8 { Self.event(message: $0, time: info.committer.time, offsetMinutes: info.committer.offsetMinutes, id: info.id) }
            }
            var newest: [(String, StepEvent)] = []
            // Actions, roles and actors repeat thousands of times: one copy of each.
            var interned: [String: String] = [:]
            func intern(_ s: String?) -> String? {
                guard let s else { return nil }
                if let hit = interned[s] { return hit }
                interned[s] = s
                return s
            }
            func keep(_ record: String, _ e: StepEvent) {
                newest.append((record, StepEvent(time: e.time, offsetMinutes: e.offsetMinutes, action: intern(e.action)!,
                                                 from: e.from, to: e.to, role: intern(e.role), actor: intern(e.actor), commit: e.commit)))
            }
            func keep(_ info: CommitInfo) {
                if let (record, e) = event(info) { keep(record, e) }
            }
            // Commits newer than git's commit-graph file (if there is one) are
            // read one after another from the tip; the ones it knows are listed
            // from it and read in one slice per core.
            let graph = CommitGraph(gitDir: repo.gitDir)
            let linear = try GitRepository.withAuditReading { () throws -> Bool in
                let reader = try CheckedObjectReader(repo: repo)
                var walk = try reader.walkLinearHistory(from: head, until: since, pause: { graph?.contains($0) == true }, keep)
                guard walk.linear, let known = walk.pausedAt else { return walk.linear }
                guard let ids = graph?.linearHistory(from: known, until: since) else {
                    walk = try reader.walkLinearHistory(from: known, until: since, keep)
                    return walk.linear
                }
                let ranges = (0..<workers).map { w in (ids.count * w / workers)..<(ids.count * (w + 1) / workers) }
                let stop = since
                // Each commit's parent must be the next one the graph lists (a stale
                // or damaged graph sends the listing back to the ordinary walk).
                let read = ParallelResults<Result<[(String, StepEvent)]?, Error>>(count: workers)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    read.set(w, Result {
                        let objects = try CheckedObjectReader(repo: handles[w].value)
                        var out: [(String, StepEvent)] = []
                        for i in ranges[w] {
                            let expected = i + 1 < ids.count ? ids[i + 1] : stop
                            // Read from the commit's bytes: no CommitInfo, no message string.
                            let linked = try objects.withUncheckedCommit(ids[i]) { skeleton, raw -> Bool in
                                guard skeleton.parents <= 1, skeleton.firstParent(in: raw, is: expected) else { return false }
                                let message = UnsafeBufferPointer(rebasing: raw[skeleton.messageStart...])
                                if let e = Self.event(message: message, time: skeleton.committerTime,
                                                      offsetMinutes: skeleton.committerOffsetMinutes, id: ids[i]) { out.append(e) }
                                return true
                            }
                            guard linked else { return nil }
                        }
                        return out
                    })
                }
                for part in read.values {
                    guard let list = try part!.get() else { return false }
                    for (record, e) in list { keep(record, e) }
                }
                return true
            }
            var events: [[(String, StepEvent)]] = [newest.reversed()]
            if !linear {
                let commits = try repo.history(from: head, hiding: since.map { [$0] } ?? [])
                let slices = (0..<workers).map { w in commits[(commits.count * w / workers)..<(commits.count * (w + 1) / workers)] }
                let read = ParallelResults<Result<[(String, StepEvent)], Error>>(count: workers)
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    read.set(w, Result { try slices[w].compactMap { event(try handles[w].value.commit($0)) } })
                }
                events = try read.values.map { try $0!.get() }
            }
            Trace.mark("timeline: new commits read")
            var touched: Set<String> = []
            for list in events {
                for (record, event) in list {
                    touched.insert(record)
                    summaries[record, default: Summary(type: "", status: "", name: "", events: [])].events.append(event)
                }
            }
            Trace.mark("timeline: events grouped")
            // The records the new commits touched, as they stand at the tip: each
            // year folder is listed once (a folder holds thousands of records).
            var blobs: [String: (String, ObjectID)] = [:]
            let years = Set(touched.compactMap { RecordID($0).map { "\($0.prefix)-\($0.year)" } })
            for type in rules.types {
                for year in try repo.list(type.name, in: head) where year.isTree && years.contains("\(type.schema.prefix)-\(year.name)") {
                    for e in try repo.list("\(type.name)/\(year.name)", in: head) where e.isBlob && e.name.hasSuffix(".md") {
                        blobs[String(e.name.dropLast(3))] = (type.name, e.id)
                    }
                }
            }
            let blobIndex = blobs
            Trace.mark("timeline: folders listed")
            let touchedList = Array(touched)
            let fieldSlices = (0..<workers).map { w in touchedList[(touchedList.count * w / workers)..<(touchedList.count * (w + 1) / workers)] }
            let fields = ParallelResults<Result<[(String, String, [String: String])?], Error>>(count: workers)
            GitRepository.withAuditReading {
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    fields.set(w, Result {
                        let objects = try CheckedObjectReader(repo: handles[w].value)
                        return try fieldSlices[w].map { record -> (String, String, [String: String])? in
                            guard let (type, blob) = blobIndex[record] else { return nil }
                            return (record, type, QuickFields.read(try objects.uncheckedBlob(blob), keys: ["status", "nama"]))
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
            // On top of a cache that was read: only the touched records are added to
            // the file, unless it has had many such additions or this one is large.
            if let appendedBlocks, appendedBlocks < TimelineCache.maxUpdates, touched.count * 8 <= max(summaries.count, 64),
               cache.append(tip: head.hex, rulesKey: rulesKey, changed: touched.sorted().map { ($0, summaries[$0]) }) {
                Trace.mark("timeline: cache added to")
            } else {
                cache.save(.init(tip: head.hex, rulesKey: rulesKey, records: summaries))
                Trace.mark("timeline: cache saved")
            }
        }
        // Each record's steps are computed on their own: one slice per core.
        let all = Array(summaries)
        let workers = all.count >= 2000 ? Parallelism.workers : 1
        let built = ParallelResults<[Item]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var part: [Item] = []
            for (record, s) in all[(all.count * w / workers)..<(all.count * (w + 1) / workers)] {
                guard let rid = RecordID(record), let type = rules.type(named: s.type) else { continue }
                if let bad = s.events.first(where: { !Moment(seconds: $0.time, offsetMinutes: $0.offsetMinutes).isPlaceable }) {
                    part.append(Item(id: rid, type: type, status: Status(rawValue: s.status), name: s.name, events: [], steps: [], unplacedCommit: bad.commit))
                    continue
                }
                let status = Status(rawValue: s.status)
                let steps = !finishedSteps && type.workflow.isFinal(status) ? []
                    : StepAnalysis.steps(record: record, events: s.events, workflow: type.workflow, calendar: calendar, now: now)
                part.append(Item(id: rid, type: type, status: status, name: s.name, events: s.events, steps: steps))
            }
            built.set(w, part)
        }
        var items = built.values.flatMap { $0! }
        items.sort { $0.id < $1.id }
        for item in items {
            if let c = item.unplacedCommit {
                Notices.add(L("peringatan: \(item.id) tidak dapat ditempatkan dalam waktu: commit \(c) bertanggal di luar tahun 1970–9999 atau zona waktunya tidak ada; umur dan tenggatnya tidak dihitung — jalankan `berkas verify`",
                              "warning: \(item.id) cannot be placed in time: commit \(c) is dated outside the years 1970–9999 or in a zone no place has; its age and deadline are not worked out — run `berkas verify`"))
            }
        }
        Trace.mark("timeline: steps worked out")
        return ArchiveTimeline(rules: rules, calendar: calendar, now: now, items: items)
    }

    /// A commit's step, from the trailers of its message (bytes) and its committer time.
    static func event(message: UnsafeBufferPointer<UInt8>, time: Int64, offsetMinutes: Int32, id: ObjectID) -> (String, StepEvent)? {
        let step = StepTrailers(message: message)
        guard let record = step.record, let to = step.to else { return nil }
        return (record, StepEvent(time: time, offsetMinutes: offsetMinutes, action: step.action ?? "?",
                                  from: step.from.map(Status.init(rawValue:)), to: Status(rawValue: to), role: step.role,
                                  actor: step.actor, commit: id.short))
    }

}
