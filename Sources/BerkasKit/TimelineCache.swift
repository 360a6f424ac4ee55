import BerkasCore
import BerkasGit
import Foundation

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
    /// rewriting the whole file (megabytes on a large archive); a record's last lines win. The file counts only if it
    /// ends with a complete `T` line: a block cut short by a crash makes it
    /// unreadable and it is built again.
    /// Version 3: a name continued on an indented line is read whole (`QuickFields`);
    /// a version-2 file may hold it cut short, and is built again.
    static let header = "berkas-timeline 3\n"
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
            repeat {
                out.append(UInt8(v % 10) + 0x30)
                v /= 10
            } while v > 0
            out[start...].reverse()
        }
        mutating func record(_ id: String, _ r: ArchiveTimeline.Summary) {
            out.append(0x52)
            out.append(Self.tab)
            put(id)
            out.append(Self.tab)
            put(r.type)
            out.append(Self.tab)
            putClean(r.status)
            out.append(Self.tab)
            putClean(r.name)
            out.append(Self.newline)
            for e in r.events {
                out.append(0x45)
                out.append(Self.tab)
                put(e.time)
                out.append(Self.tab)
                put(Int64(e.offsetMinutes))
                out.append(Self.tab)
                putClean(e.action)
                out.append(Self.tab)
                put(e.from?.rawValue ?? "")
                out.append(Self.tab)
                put(e.to.rawValue)
                out.append(Self.tab)
                putClean(e.role ?? "")
                out.append(Self.tab)
                putClean(e.actor ?? "")
                out.append(Self.tab)
                put(e.commit)
                out.append(Self.newline)
            }
        }
        mutating func removed(_ id: String) {
            out.append(0x44)
            out.append(Self.tab)
            put(id)
            out.append(Self.newline)
        }
        mutating func tip(_ tip: String, _ rulesKey: String) {
            out.append(0x54)
            out.append(Self.tab)
            put(tip)
            out.append(Self.tab)
            put(rulesKey)
            out.append(Self.newline)
        }
    }

    /// Writes the whole file (a temporary file renamed into place).
    func save(_ c: Content) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = path + ".tmp-\(getpid())"
        guard let file = fopen(tmp, "w") else { return }
        // Written as bytes, in pieces (the whole file is megabytes on a large archive).
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
        guard ok else {
            unlink(tmp)
            return
        }
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
        // Mapped, not copied: the file is read on every list and report, and a
        // copy into fresh memory costs page faults (BENCHMARKS.md). It is never cut short in place (written whole under another
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
            let last = String(decoding: bytes[lastStart..<(bytes.count - 1)], as: UTF8.self).split(
                separator: "\t", omittingEmptySubsequences: false)
            guard lastStart >= header.count, last.count == 3, last[0] == "T", last[1].utf8.count == 40, !last[2].isEmpty
            else { return nil }
            let body = header.count
            let workers = slices ?? (bytes.count > 1 << 20 ? Parallelism.workers : 1)
            var cuts = [body]
            for w in 1..<max(1, workers) {
                var at = max(cuts.last!, body + (bytes.count - body) * w / workers)
                // The next line that starts a record ("R\t").
                while at < bytes.count,
                    !(bytes[at - 1] == 0x0A && bytes[at] == 0x52 && at + 1 < bytes.count && bytes[at + 1] == 0x09)
                { at += 1 }
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
    // long-function: one reader of the cache file's line kinds, in the order the file writes them.
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
                let same =
                    v.utf8.count == s.count
                    && v.withUTF8 { u in
                        s.count == 0 || memcmp(u.baseAddress!, s.base.baseAddress! + s.startIndex, s.count) == 0
                    }
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
            var n: Int64 = 0
            var neg = false
            var any = false
            for (k, b) in s.enumerated() {
                if k == 0 && b == 0x2D {
                    neg = true
                    continue
                }
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int64(b - 0x30)
                any = true
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
                parsed.records.append(
                    (
                        str(fields[1]),
                        .init(
                            type: str(fields[2], intern: true), status: str(fields[3], intern: true),
                            name: str(fields[4]), events: [])
                    ))
                open = true
            } else if fields.count == 9, kind == 0x45, open, let time = int(fields[1]), let off = int(fields[2]) { // E
                parsed.records[parsed.records.count - 1].1!.events.append(
                    StepEvent(
                        time: time, offsetMinutes: Int32(off), action: str(fields[3], intern: true),
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
