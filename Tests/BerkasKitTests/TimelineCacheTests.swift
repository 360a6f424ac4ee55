@testable import BerkasKit
import BerkasCore
import Foundation
import Testing
import TestSupport

@Suite("Timeline cache")
struct TimelineCacheTests {
    func sample(_ n: Int) -> [String: ArchiveTimeline.Summary] {
        var out: [String: ArchiveTimeline.Summary] = [:]
        for i in 1...n {
            let id = String(format: "RA-2025-%04d", i)
            var events = [StepEvent(time: 1_700_000_000 + Int64(i) * 60, offsetMinutes: 420, action: "buat", from: nil, to: Status(rawValue: "diterima"),
                                    role: "staf-ukpbj", actor: "Siti Aminah (NIP 198801012010012001)", commit: String(format: "%010x", i))]
            for k in 0..<(i % 5) {
                events.append(StepEvent(time: 1_700_100_000 + Int64(i * 10 + k), offsetMinutes: -90, action: "langkah-\(k)", from: Status(rawValue: "s\(k)"),
                                        to: Status(rawValue: "s\(k + 1)"), role: k == 2 ? nil : "peran", actor: k == 3 ? nil : "Drs. Ahmad Fauzi, M.Si.",
                                        commit: String(format: "%010x", i * 100 + k)))
            }
            // A name with a tab and a new line: written as spaces.
            out[id] = .init(type: "permintaan-reset-akun", status: "s\(i % 5)", name: i % 7 == 0 ? "Nama\tdengan\nbaris" : "Pemohon \(i)", events: events)
        }
        return out
    }

    @Test func readInSlicesItIsTheSameAsReadWhole() throws {
        let dir = try Scratch.folder("berkas-kit-")
        try FileManager.default.createDirectory(atPath: dir + "/berkas", withIntermediateDirectories: true)
        let cache = TimelineCache(gitDir: dir)
        let records = sample(3000)
        cache.save(.init(tip: String(repeating: "a", count: 40), rulesKey: String(repeating: "b", count: 40), records: records))
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
                #expect(s?.events == r.events && s?.status == r.status && s?.name == r.name && s?.type == r.type, "\(id), \(slices) slices")
            }
        }
        // A damaged line anywhere makes the whole cache unreadable (it is rebuilt from git).
        var text = try String(contentsOfFile: dir + "/berkas/timeline", encoding: .utf8)
        text = text.replacingOccurrences(of: "\tlangkah-2\t", with: "\tlangkah-2\tX\t")
        try text.write(toFile: dir + "/berkas/timeline", atomically: true, encoding: .utf8)
        for slices in [1, 2, 5] { #expect(cache.load(slices: slices) == nil, "\(slices) slices") }
    }
}

@Suite("Plain text tables")
struct TableTests {
    @Test func writtenInPiecesItIsTheTableRenderedWhole() {
        var rows: [[String]] = [["NOMOR", "NAMA", "UMUR"]]
        for i in 0..<3000 {
            rows.append([String(format: "RA-2026-%04d", i), i % 3 == 0 ? "Dwi Prasetyo, S.Kom." : (i % 3 == 1 ? "Ñoman Ayu Ketut Śri" : ""), "\(i) hk"])
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
        #expect(lines[2].distance(from: lines[2].startIndex, to: lines[2].range(of: "Ñoman")!.lowerBound)
                == lines[1].distance(from: lines[1].startIndex, to: column))
    }
}
