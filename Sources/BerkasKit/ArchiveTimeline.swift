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
        if let cached = cache.load(), cached.rulesKey == rulesKey, let tip = ObjectID(hex: cached.tip),
            (try? repo.isAncestor(tip, of: head)) == true
        {
            summaries = cached.records
            since = tip
            appendedBlocks = cached.updates
        }
        Trace.mark("timeline: cache read (\(summaries.count) records)")
        if since != head {
            let reading = try HistoryReading(repo: repo, head: head, since: since)
            let touched = try reading.addNewSteps(to: &summaries)
            try reading.readFields(of: touched, types: rules.types, into: &summaries)
            // On top of a cache that was read: only the touched records are added to
            // the file, unless it has had many such additions or this one is large.
            if let appendedBlocks, appendedBlocks < TimelineCache.maxUpdates,
                touched.count * 8 <= max(summaries.count, 64),
                cache.append(tip: head.hex, rulesKey: rulesKey, changed: touched.sorted().map { ($0, summaries[$0]) })
            {
                Trace.mark("timeline: cache added to")
            } else {
                cache.save(.init(tip: head.hex, rulesKey: rulesKey, records: summaries))
                Trace.mark("timeline: cache saved")
            }
        }
        let items = Self.items(summaries, rules: rules, calendar: calendar, now: now, finishedSteps: finishedSteps)
        Trace.mark("timeline: steps worked out")
        return ArchiveTimeline(rules: rules, calendar: calendar, now: now, items: items)
    }

    /// Each record's steps, computed on their own (one slice per core on a large archive).
    static func items(
        _ summaries: [String: Summary], rules: ArchiveRules, calendar: WorkingCalendar, now: Int64,
        finishedSteps: Bool
    ) -> [Item] {
        let all = Array(summaries)
        let workers = all.count >= 2000 ? Parallelism.workers : 1
        let built = ParallelResults<[Item]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var part: [Item] = []
            for (record, s) in all[(all.count * w / workers)..<(all.count * (w + 1) / workers)] {
                guard let rid = RecordID(record), let type = rules.type(named: s.type) else { continue }
                let status = Status(rawValue: s.status)
                if let bad = s.events.first(where: {
                    !Moment(seconds: $0.time, offsetMinutes: $0.offsetMinutes).isPlaceable
                }) {
                    part.append(
                        Item(
                            id: rid, type: type, status: status, name: s.name, events: [], steps: [],
                            unplacedCommit: bad.commit))
                    continue
                }
                let steps =
                    !finishedSteps && type.workflow.isFinal(status)
                    ? []
                    : StepAnalysis.steps(
                        record: record, events: s.events, workflow: type.workflow, calendar: calendar, now: now)
                part.append(Item(id: rid, type: type, status: status, name: s.name, events: s.events, steps: steps))
            }
            built.set(w, part)
        }
        var items = built.values.flatMap { $0! }
        items.sort { $0.id < $1.id }
        for item in items {
            if let c = item.unplacedCommit {
                Notices.add(KitText.warningPlacedTimeCommitDated(item.id, c))
            }
        }
        return items
    }

    /// What a destruction commit yields in place of a record's ID.
    static let everyRecord = "*"

    /// A commit's step, from the trailers of its message (bytes) and its committer time.
    static func event(message: UnsafeBufferPointer<UInt8>, time: Int64, offsetMinutes: Int32, id: ObjectID) -> (
        String, StepEvent
    )? {
        let step = StepTrailers(message: message)
        guard let record = step.record, let to = step.to else {
            // A destruction names no record: every record is looked for again at the tip.
            guard step.action == "musnah" else { return nil }
            return (
                everyRecord,
                StepEvent(
                    time: time, offsetMinutes: offsetMinutes, action: "musnah", from: nil, to: Status(rawValue: ""),
                    role: step.role, actor: step.actor, commit: id.short)
            )
        }
        return (
            record,
            StepEvent(
                time: time, offsetMinutes: offsetMinutes, action: step.action ?? "?",
                from: step.from.map(Status.init(rawValue:)), to: Status(rawValue: to), role: step.role,
                actor: step.actor, commit: id.short)
        )
    }

}
