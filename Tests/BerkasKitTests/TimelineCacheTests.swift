import BerkasCore
import Foundation
import TestSupport
import Testing

@testable import BerkasKit

@Suite("Timeline cache")
struct TimelineCacheTests {
    func sample(_ n: Int) -> [String: ArchiveTimeline.Summary] {
        var out: [String: ArchiveTimeline.Summary] = [:]
        for i in 1...n {
            let id = String(format: "RA-2025-%04d", i)
            var events = [
                StepEvent(
                    time: 1_700_000_000 + Int64(i) * 60, offsetMinutes: 420, action: "buat", from: nil,
                    to: Status(rawValue: "diterima"),
                    role: "staf-ukpbj", actor: "Siti Aminah (NIP 198801012010012001)",
                    commit: String(format: "%010x", i))
            ]
            for k in 0..<(i % 5) {
                events.append(
                    StepEvent(
                        time: 1_700_100_000 + Int64(i * 10 + k), offsetMinutes: -90, action: "langkah-\(k)",
                        from: Status(rawValue: "s\(k)"),
                        to: Status(rawValue: "s\(k + 1)"), role: k == 2 ? nil : "peran",
                        actor: k == 3 ? nil : "Drs. Ahmad Fauzi, M.Si.",
                        commit: String(format: "%010x", i * 100 + k)))
            }
            // A name with a tab and a new line: written as spaces.
            out[id] = .init(
                type: "permintaan-reset-akun", status: "s\(i % 5)",
                name: i % 7 == 0 ? "Nama\tdengan\nbaris" : "Pemohon \(i)", events: events)
        }
        return out
    }

    @Test func readInSlicesItIsTheSameAsReadWhole() throws {
        let dir = try Scratch.folder("berkas-kit-")
        try FileManager.default.createDirectory(atPath: dir + "/berkas", withIntermediateDirectories: true)
        let cache = TimelineCache(gitDir: dir)
        let records = sample(3000)
        cache.save(
            .init(tip: String(repeating: "a", count: 40), rulesKey: String(repeating: "b", count: 40), records: records)
        )
        let whole = try #require(cache.load(slices: 1))
        #expect(whole.tip == String(repeating: "a", count: 40))
        #expect(whole.records.count == 3000)
        #expect(whole.records["RA-2025-0007"]?.name == "Nama dengan baris")
        #expect(whole.records["RA-2025-0004"]?.events == records["RA-2025-0004"]?.events)
        for slices in [2, 3, 7, 16] {
            let sliced = try #require(cache.load(slices: slices), "\(slices) slices")
            #expect(sliced.records.count == whole.records.count, "\(slices) slices")
            for (id, r) in whole.records {
                let s = sliced.records[id]
                #expect(
                    s?.events == r.events && s?.status == r.status && s?.name == r.name && s?.type == r.type,
                    "\(id), \(slices) slices")
            }
        }
        // A damaged line anywhere makes the whole cache unreadable (it is rebuilt from git).
        var text = try String(contentsOfFile: dir + "/berkas/timeline", encoding: .utf8)
        text = text.replacingOccurrences(of: "\tlangkah-2\t", with: "\tlangkah-2\tX\t")
        try text.write(toFile: dir + "/berkas/timeline", atomically: true, encoding: .utf8)
        for slices in [1, 2, 5] { #expect(cache.load(slices: slices) == nil, "\(slices) slices") }
    }

    /// Repeated texts are read as one string each, up to a table's worth; past
    /// that (here 2,000 different actors, roles and actions) they are read plainly.
    @Test func manyDifferentRepeatedTextsReadBackAsWritten() throws {
        let dir = try Scratch.folder("berkas-kit-")
        let cache = TimelineCache(gitDir: dir)
        var records: [String: ArchiveTimeline.Summary] = [:]
        for i in 1...2000 {
            let e = StepEvent(
                time: 1_700_000_000 + Int64(i), offsetMinutes: 420, action: "aksi-\(i % 900)",
                from: Status(rawValue: "s\(i % 3)"),
                to: Status(rawValue: "t\(i % 1100)"), role: i % 5 == 0 ? nil : "peran-\(i)",
                actor: "Pejabat Nomor \(i) (NIP 19880101201001\(i % 10)001)",
                commit: String(format: "%010x", i))
            records[String(format: "RA-2025-%04d", i)] = .init(
                type: "jenis-\(i % 2)", status: "t\(i % 1100)", name: "Nama \(i)", events: [e, e])
        }
        cache.save(
            .init(tip: String(repeating: "c", count: 40), rulesKey: String(repeating: "d", count: 40), records: records)
        )
        for slices in [1, 2] {
            let read = try #require(cache.load(slices: slices))
            #expect(Self.same(read.records, records), "\(slices) slices")
        }
    }

    /// Whether the records read back are the ones written (names kept on one line: tabs and line breaks as spaces).
    static func same(_ read: [String: ArchiveTimeline.Summary], _ written: [String: ArchiveTimeline.Summary]) -> Bool {
        read.count == written.count
            && written.allSatisfy { id, w in
                guard let r = read[id] else { return false }
                return r.events == w.events && r.status == w.status && r.name == TimelineCache.clean(w.name)
                    && r.type == w.type
            }
    }

    /// Later changes are appended; read back, the file is every state in turn,
    /// and a file cut anywhere is either one of those states or unreadable.
    @Test func appendedChangesReadBackAndACutFileIsNeverHalfRead() throws {
        let dir = try Scratch.folder("berkas-kit-")
        try FileManager.default.createDirectory(atPath: dir + "/berkas", withIntermediateDirectories: true)
        let cache = TimelineCache(gitDir: dir)
        var records = sample(400)
        let tips = (0..<4).map { String(repeating: "\($0)", count: 40) }
        #expect(!cache.append(tip: tips[0], rulesKey: "r", changed: []), "nothing to append to")
        cache.save(.init(tip: tips[0], rulesKey: "r", records: records))
        var states: [(tip: String, records: [String: ArchiveTimeline.Summary])] = [(tips[0], records)]
        var ends = [try Data(contentsOf: URL(fileURLWithPath: cache.path)).count]
        // 1: a record gets a step and a new name; a new record; one is gone.
        var changed = records["RA-2025-0010"]!
        changed.events.append(
            StepEvent(
                time: 1_800_000_000, offsetMinutes: 420, action: "kirim", from: Status(rawValue: "s0"),
                to: Status(rawValue: "selesai"),
                role: "admin-agency", actor: "Dwi", commit: "ffffffffff"))
        changed.status = "selesai"
        changed.name = "Nama\tbaru"
        records["RA-2025-0010"] = changed
        records["RA-2025-0401"] = .init(type: "permintaan-reset-akun", status: "diterima", name: "Baru", events: [])
        records["RA-2025-0020"] = nil
        #expect(
            cache.append(
                tip: tips[1], rulesKey: "r",
                changed: [
                    ("RA-2025-0010", records["RA-2025-0010"]), ("RA-2025-0401", records["RA-2025-0401"]),
                    ("RA-2025-0020", nil)
                ]))
        states.append((tips[1], records))
        ends.append(try Data(contentsOf: URL(fileURLWithPath: cache.path)).count)
        // 2: the removed record comes back; 3: nothing but a new tip.
        records["RA-2025-0020"] = .init(type: "permintaan-reset-akun", status: "diterima", name: "Lagi", events: [])
        #expect(cache.append(tip: tips[2], rulesKey: "r", changed: [("RA-2025-0020", records["RA-2025-0020"])]))
        states.append((tips[2], records))
        ends.append(try Data(contentsOf: URL(fileURLWithPath: cache.path)).count)
        #expect(cache.append(tip: tips[3], rulesKey: "r2", changed: []))
        states.append((tips[3], records))
        ends.append(try Data(contentsOf: URL(fileURLWithPath: cache.path)).count)

        for slices in [1, 2, 3, 7] {
            let read = try #require(cache.load(slices: slices), "\(slices) slices")
            #expect(read.tip == tips[3] && read.rulesKey == "r2" && read.updates == 3)
            #expect(Self.same(read.records, records), "\(slices) slices")
        }
        #expect(cache.load()?.records["RA-2025-0010"]?.name == "Nama baru")

        // Cut anywhere: a complete state (ending where one was written) or nothing.
        let full = try Data(contentsOf: URL(fileURLWithPath: cache.path))
        var readable = 0
        for cut in stride(from: full.count - 1, through: 0, by: -97) + ends.map({ $0 - 1 }) + ends {
            try full.prefix(cut).write(to: URL(fileURLWithPath: cache.path))
            guard let read = cache.load(slices: 2) else { continue }
            readable += 1
            let k = try #require(ends.firstIndex(of: cut), "cut at \(cut) of \(full.count) was read")
            #expect(read.tip == states[k].tip && Self.same(read.records, states[k].records), "cut at \(cut)")
            #expect(read.updates == k)
        }
        #expect(readable == ends.count, "each state, cut exactly at its end, is read")
    }
}

@Suite("Plain text tables")
struct TableTests {
    @Test func writtenInPiecesItIsTheTableRenderedWhole() {
        var rows: [[String]] = [["NOMOR", "NAMA", "UMUR"]]
        for i in 0..<3000 {
            rows.append([
                String(format: "RA-2026-%04d", i),
                i % 3 == 0 ? "Dwi Prasetyo, S.Kom." : (i % 3 == 1 ? "Ñoman Ayu Ketut Śri" : ""), "\(i) hk"
            ])
        }
        let whole = Table.render(rows)
        var pieces: [String] = []
        Table.write(count: rows.count, cells: { rows[$0] }, to: { pieces.append($0) })
        #expect(pieces.joined() == whole)
        #expect(pieces.count > 1, "a table of 3,000 rows is written in more than one piece")
        // Non-ASCII names are padded by characters, not bytes.
        let lines = whole.split(separator: "\n")
        #expect(lines.dropFirst().allSatisfy { $0.count >= "RA-2026-0000  ".count })
        let column = lines[1].range(of: "Dwi")!.lowerBound
        #expect(
            lines[2].distance(from: lines[2].startIndex, to: lines[2].range(of: "Ñoman")!.lowerBound)
                == lines[1].distance(from: lines[1].startIndex, to: column))
    }

    /// Against a plain reference: each cell but a row's last padded to its
    /// column's widest cell plus two, by characters; the cell separator shown as ␟.
    @Test func anyTableAsTheReferenceWritesIt() {
        var g = Seeded(state: 1_1_2_6)
        let pieces = [
            "", "a", "RA-2026-0001", "Ñoman", "Śri Rahayu", "日本", "e\u{301}", "x\u{1F}y", "\u{1F}", "tab\there", "12 hk"
        ]
        for _ in 0..<200 {
            let rows: [[String]] = (0..<(1 + g.below(30))).map { _ in
                (0..<g.below(6)).map { _ in pieces[g.below(pieces.count)] + pieces[g.below(pieces.count)] }
            }
            let shown = rows.map { $0.map { $0.replacingOccurrences(of: "\u{1F}", with: "␟") } }
            var widths: [Int] = []
            for row in shown {
                for (i, c) in row.enumerated() {
                    if widths.count <= i { widths.append(0) }
                    widths[i] = max(widths[i], c.count)
                }
            }
            let reference = shown.map { row in
                row.enumerated().map { i, c in
                    i == row.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2)
                }.joined()
            }.joined(separator: "\n")
            #expect(Table.render(rows) == reference)
        }
    }
}
