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

/// `.git/berkas/timeline`: one line per record and per event, tab-separated.
struct TimelineCache {
    struct Content {
        let tip: String
        let rulesKey: String
        let records: [String: ArchiveTimeline.Summary]
        /// Blocks appended since the file was last written whole.
        var updates = 0
    }

    /// The file: a header line, one `R` line per record followed by its `E`
    /// (step) lines, and a `T` line with the tip and rules it stands for. A
    /// later change appends a block — the records it touched, written whole
    /// (`D` for one that is gone), then its own `T` line — instead of
    /// rewriting ~12 MB; a record's last lines win. The file counts only if it
    /// ends with a complete `T` line: a block cut short by a crash makes it
    /// unreadable and it is built again.
    static let header = "berkas-timeline 2\n"
    /// Appended blocks before the file is written whole again.
    static let maxUpdates = 32

    let path: String
    init(gitDir: String) { path = (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "berkas/timeline" }

    static func clean(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// The lines of the file as bytes.
    struct Lines {
        var out: [UInt8] = []
        static let tab: UInt8 = 0x09, newline: UInt8 = 0x0A

        mutating func put(_ s: String) { out.append(contentsOf: s.utf8) }
        /// A field that must not hold a tab or line break (`clean` only when one is there).
        mutating func putClean(_ s: String) {
            let start = out.count
            out.append(contentsOf: s.utf8)
            if out[start...].contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                out.removeSubrange(start...)
                out.append(contentsOf: TimelineCache.clean(s).utf8)
            }
        }
        mutating func put(_ n: Int64) {
            if n < 0 { out.append(0x2D) }
            // Digits written lowest first, then turned around in place.
            let start = out.count
            var v = n.magnitude
            repeat { out.append(UInt8(v % 10) + 0x30); v /= 10 } while v > 0
            out[start...].reverse()
        }
        mutating func record(_ id: String, _ r: ArchiveTimeline.Summary) {
            out.append(0x52); out.append(Self.tab); put(id); out.append(Self.tab); put(r.type); out.append(Self.tab)
            putClean(r.status); out.append(Self.tab); putClean(r.name); out.append(Self.newline)
            for e in r.events {
                out.append(0x45); out.append(Self.tab); put(e.time); out.append(Self.tab); put(Int64(e.offsetMinutes)); out.append(Self.tab)
                putClean(e.action); out.append(Self.tab); put(e.from?.rawValue ?? ""); out.append(Self.tab); put(e.to.rawValue); out.append(Self.tab)
                putClean(e.role ?? ""); out.append(Self.tab); putClean(e.actor ?? ""); out.append(Self.tab); put(e.commit); out.append(Self.newline)
            }
        }
        mutating func removed(_ id: String) {
            out.append(0x44); out.append(Self.tab); put(id); out.append(Self.newline)
        }
        mutating func tip(_ tip: String, _ rulesKey: String) {
            out.append(0x54); out.append(Self.tab); put(tip); out.append(Self.tab); put(rulesKey); out.append(Self.newline)
        }
    }

    /// Writes the whole file (a temporary file renamed into place).
    func save(_ c: Content) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = path + ".tmp-\(getpid())"
        guard let file = fopen(tmp, "w") else { return }
        // Written as bytes, in pieces (the whole file is ~12 MB for 100,000 commits).
        var lines = Lines()
        lines.out.reserveCapacity(1 << 17)
        var ok = true
        func flush(_ force: Bool) {
            guard force || lines.out.count >= 1 << 16 else { return }
            ok = ok && lines.out.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
            lines.out.removeAll(keepingCapacity: true)
        }
        lines.put(Self.header)
        for (id, r) in c.records {
            lines.record(id, r)
            flush(false)
        }
        lines.tip(c.tip, c.rulesKey)
        flush(true)
        ok = fclose(file) == 0 && ok
        guard ok else { unlink(tmp); return }
        rename(tmp, path)
    }

    /// Appends the records one change touched (nil: the record is gone) and
    /// the tip and rules they bring the file to, in one write. False when
    /// there is no file to append to or the write failed.
    @discardableResult
    func append(tip: String, rulesKey: String, changed: [(String, ArchiveTimeline.Summary?)]) -> Bool {
        var lines = Lines()
        for (id, summary) in changed {
            if let summary { lines.record(id, summary) } else { lines.removed(id) }
        }
        lines.tip(tip, rulesKey)
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        // One write: two processes appending at once do not interleave their blocks.
        let written = lines.out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return written == lines.out.count
    }

    /// - Parameter slices: how many threads parse it (default: the cores, for a file over 1 MB).
    func load(slices: Int? = nil) -> Content? {
        // Mapped, not copied: the file is read on every list and report (~12 MB
        // for 100,000 commits), and a copy into fresh memory cost ~6 ms of page
        // faults. It is never cut short in place (written whole under another
        // name and renamed, or appended to), so the mapped bytes stay.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        defer { munmap(base, size) }
        // Byte-level, and in one slice per core (cut at record lines).
        return { (raw: UnsafeRawBufferPointer) -> Content? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let header = Array(Self.header.utf8)
            guard bytes.count > header.count, bytes.starts(with: header), bytes.last == 0x0A else { return nil }
            // The last line says which tip and rules the file stands for.
            let lastStart = (bytes[..<(bytes.count - 1)].lastIndex(of: 0x0A) ?? -1) + 1
            let last = String(decoding: bytes[lastStart..<(bytes.count - 1)], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            guard lastStart >= header.count, last.count == 3, last[0] == "T", last[1].utf8.count == 40, !last[2].isEmpty else { return nil }
            let body = header.count
            let workers = slices ?? (bytes.count > 1 << 20 ? Parallelism.workers : 1)
            var cuts = [body]
            for w in 1..<max(1, workers) {
                var at = max(cuts.last!, body + (bytes.count - body) * w / workers)
                // The next line that starts a record ("R\t").
                while at < bytes.count, !(bytes[at - 1] == 0x0A && bytes[at] == 0x52 && at + 1 < bytes.count && bytes[at + 1] == 0x09) { at += 1 }
                cuts.append(at)
            }
            cuts.append(bytes.count)
            let parts = ParallelResults<Parsed?>(count: cuts.count - 1)
            let shared = UncheckedBox(bytes)
            let bounds = cuts
            DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { w in
                parts.set(w, TimelineCache.parse(shared.value, bounds[w]..<bounds[w + 1]))
            }
            var records: [String: ArchiveTimeline.Summary] = [:]
            records.reserveCapacity(parts.values.reduce(0) { $0 + (($1 ?? nil)?.records.count ?? 0) })
            var tips = 0
            // In file order: a record's later lines replace its earlier ones.
            for part in parts.values {
                guard let parsed = part ?? nil else { return nil }
                for (id, summary) in parsed.records { records[id] = summary }
                tips += parsed.tips
            }
            return Content(tip: String(last[1]), rulesKey: String(last[2]), records: records, updates: tips - 1)
        }(UnsafeRawBufferPointer(start: base, count: size))
    }

    /// One slice of the file: its records in order (nil: removed there) and how many `T` lines it holds.
    struct Parsed {
        var records: [(String, ArchiveTimeline.Summary?)] = []
        var tips = 0
    }

    /// The records of one slice of the file (starting at a record line); nil if damaged.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Parsed? {
        var parsed = Parsed()
        // Types, statuses, actions, roles and actors repeat on most of the
        // ~100,000 event lines: one string each, found by the bytes' own hash
        // without making a string first (open addressing; a full table stops interning).
        var slots = [String?](repeating: nil, count: 1024)
        var used = 0
        func str(_ s: Slice<UnsafeBufferPointer<UInt8>>, intern: Bool = false) -> String {
            guard intern else { return String(decoding: s, as: UTF8.self) }
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in s { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: h) & (slots.count - 1)
            while var v = slots[slot] {
                let same = v.utf8.count == s.count && v.withUTF8 { u in s.count == 0 || memcmp(u.baseAddress!, s.base.baseAddress! + s.startIndex, s.count) == 0 }
                if same { return v }
                slot = (slot + 1) & (slots.count - 1)
            }
            let v = String(decoding: s, as: UTF8.self)
            if used < slots.count * 3 / 4 {
                slots[slot] = v
                used += 1
            }
            return v
        }
        func int(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
            var n: Int64 = 0, neg = false, any = false
            for (k, b) in s.enumerated() {
                if k == 0 && b == 0x2D { neg = true; continue }
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int64(b - 0x30); any = true
            }
            return any ? (neg ? -n : n) : nil
        }
        var lineStart = range.lowerBound
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        fields.reserveCapacity(9)
        // Events go to the record line just read (the last in `parsed.records`, never a removal).
        var open = false
        for i in range.lowerBound...range.upperBound {
            guard i == range.upperBound || bytes[i] == 0x0A else { continue }
            defer { lineStart = i + 1 }
            guard i > lineStart else { continue }
            fields.removeAll(keepingCapacity: true)
            var f = lineStart
            for j in lineStart...i where j == i || bytes[j] == 0x09 {
                fields.append(bytes[f..<j])
                f = j + 1
            }
            guard fields[0].count == 1, let kind = fields[0].first else { return nil }
            if fields.count == 5, kind == 0x52 { // R
                parsed.records.append((str(fields[1]), .init(type: str(fields[2], intern: true), status: str(fields[3], intern: true), name: str(fields[4]), events: [])))
                open = true
            } else if fields.count == 9, kind == 0x45, open, let time = int(fields[1]), let off = int(fields[2]) { // E
                parsed.records[parsed.records.count - 1].1!.events.append(
                    StepEvent(time: time, offsetMinutes: Int32(off), action: str(fields[3], intern: true),
                              from: fields[4].isEmpty ? nil : Status(rawValue: str(fields[4], intern: true)),
                              to: Status(rawValue: str(fields[5], intern: true)),
                              role: fields[6].isEmpty ? nil : str(fields[6], intern: true),
                              actor: fields[7].isEmpty ? nil : str(fields[7], intern: true), commit: str(fields[8])))
            } else if fields.count == 2, kind == 0x44 { // D
                parsed.records.append((str(fields[1]), nil))
                open = false
            } else if fields.count == 3, kind == 0x54 { // T
                parsed.tips += 1
                open = false
            } else {
                return nil
            }
        }
        return parsed
    }
}

/// Formats working seconds as working days and hours: `0 hk 18 j` / `0 wd 18 h`.
func formatWorking(_ seconds: Int64, _ language: Language) -> String {
    let days = seconds / 86400, hours = (seconds % 86400) / 3600, minutes = (seconds % 3600) / 60
    let (d, h, m) = language == .en ? ("wd", "h", "min") : ("hk", "j", "mnt")
    if days == 0 && hours == 0 { return "\(minutes) \(m)" }
    return days > 0 ? "\(days) \(d) \(hours) \(h)" : "\(hours) \(h) \(minutes) \(m)"
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF between rows.
enum CSV {
    /// Characters that make a spreadsheet read a cell as a formula when it begins with them.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// One cell: a cell a spreadsheet would run as a formula gets a leading `'` (OWASP's advice
    /// for CSV injection: shown as text, never run), then RFC 4180 quoting.
    static func field(_ raw: String) -> String {
        let s = raw.first.map(formulaStarts.contains) == true ? "'" + raw : raw
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == ";" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// JSON output for scripts: keys sorted, two-space indentation. Written by
/// hand: JSONSerialization spends seconds bridging a 100,000-row report.
public enum JSONText {
    public static func render(_ object: Any) -> String {
        var out = ""
        write(object, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: Any, indent: Int, into out: inout String) {
        switch value {
        case let s as String: string(s, into: &out)
        case let b as Bool: out += b ? "true" : "false"
        case let i as Int: out += String(i)
        case let i as Int64: out += String(i)
        case let i as Int32: out += String(i)
        case is NSNull: out += "null"
        case let a as [Any]:
            if a.isEmpty { out += "[]"; return }
            out += "[\n"
            for (k, v) in a.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(v, indent: indent + 2, into: &out)
                out += k == a.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case let d as [String: Any]:
            if d.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = d.keys.sorted()
            for (k, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                string(key, into: &out)
                out += " : "
                write(d[key]!, indent: indent + 2, into: &out)
                out += k == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            string(String(describing: value), into: &out)
        }
    }

    /// A scalar for `object(_:)`.
    enum Scalar {
        case s(String), i(Int64), b(Bool), null, list([String])
        init(_ v: String?) { self = v.map { .s($0) } ?? .null }
        init(_ v: Int64?) { self = v.map { .i($0) } ?? .null }
        init(_ v: Int?) { self = v.map { .i(Int64($0)) } ?? .null }
        init(_ v: Bool?) { self = v.map { .b($0) } ?? .null }
    }

    /// Writes one flat object (keys sorted) straight into `out`, for long arrays
    /// of rows: no dictionaries are built.
    static func object(_ pairs: [(String, Scalar)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        out += "{\n"
        let sorted = pairs.sorted { $0.0 < $1.0 }
        for (k, (key, value)) in sorted.enumerated() {
            out += pad
            string(key, into: &out)
            out += " : "
            switch value {
            case .s(let v): string(v, into: &out)
            case .i(let v): out += String(v)
            case .b(let v): out += v ? "true" : "false"
            case .null: out += "null"
            case .list(let items):
                out += "["
                for (n, item) in items.enumerated() {
                    if n > 0 { out += ", " }
                    string(item, into: &out)
                }
                out += "]"
            }
            out += k == sorted.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: " ", count: indent) + "}"
    }

    /// An array of flat objects.
    static func array(_ rows: [[(String, Scalar)]], indent: Int, into out: inout String) {
        if rows.isEmpty { out += "[]"; return }
        out += "[\n"
        let pad = String(repeating: " ", count: indent + 2)
        for (k, r) in rows.enumerated() {
            out += pad
            object(r, indent: indent + 2, into: &out)
            out += k == rows.count - 1 ? "\n" : ",\n"
        }
        out += String(repeating: " ", count: indent) + "]"
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u00" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

/// Escapes text for HTML.
func htmlEscape(_ s: String) -> String {
    var out = ""
    for ch in s {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}

/// `2026-11-27 15:00` in the office's zone (no Foundation calendar: it runs for every row).
func formatLocal(_ t: Int64, calendar: WorkingCalendar) -> String {
    let (d, second) = localTime(t, offsetSeconds: calendar.offsetSeconds)
    return d.text(secondOfDay: second)
}
