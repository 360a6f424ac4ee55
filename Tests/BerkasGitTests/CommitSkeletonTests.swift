import Foundation
import TestSupport
import Testing

@testable import BerkasGit

/// The one commit reader, on commits built near every boundary of the format:
/// the timeline reads positions (`skeleton`), verify reads values (`commit`);
/// both must accept the same commits and agree on parents, committer time and
/// message, and what is accepted must be what git writes.
@Suite("Commit headers read in place")
struct CommitSkeletonTests {
    static let hex = "0123456789abcdef"

    func id(_ rng: inout Seeded) -> String {
        switch rng.below(12) {
        case 0: return String(repeating: "A", count: 40) // upper case
        case 1: return String((0..<39).map { _ in Self.hex.randomElement(using: &rng)! }) // short
        case 2: return String((0..<41).map { _ in Self.hex.randomElement(using: &rng)! }) // long
        default: return String((0..<40).map { _ in Self.hex.randomElement(using: &rng)! })
        }
    }

    func signature(_ rng: inout Seeded) -> String {
        let names = ["Sri Wahyuni, S.Kom.", "", "A <b", "Budi", "Ni Luh Putu  "]
        let emails = ["<sri@x.go.id>", "<>", "sri@x.go.id>", "<sri@x.go.id", "<a> <b>"]
        let times = [
            "1700000000", "+1700000000", "-5", "0", "", "99999999999999999999", "9223372036854775807",
            "-9223372036854775808", "17x", "+", "1 2"
        ]
        let zones = ["+0700", "-0130", "+700", "0700", "+07000", "++070", "-+700", "+0a00", "", "+0000", "--700"]
        let gaps = [" ", "  ", "\t", ""]
        if rng.below(4) != 0 { // mostly well formed, with the times and zones git writes
            return "Sri Wahyuni <sri@x.go.id> \(1_600_000_000 + rng.below(200_000_000)) " + [
                "+0700", "+0800", "+0900", "-0130", "+0000"
            ].randomElement(using: &rng)!
        }
        return names.randomElement(using: &rng)! + " " + emails.randomElement(using: &rng)! + gaps.randomElement(
            using: &rng)!
            + times.randomElement(using: &rng)! + gaps.randomElement(using: &rng)! + zones.randomElement(using: &rng)!
            + (rng.below(8) == 0 ? " " : "") + (rng.below(12) == 0 ? " x" : "")
    }

    func commit(_ rng: inout Seeded) -> [UInt8] {
        var lines: [String] = []
        if rng.below(15) != 0 {
            lines.append("tree " + (rng.below(4) == 0 ? id(&rng) : String(repeating: "ab", count: 20)))
        }
        for _ in 0..<[0, 1, 1, 1, 2, 3].randomElement(using: &rng)! {
            lines.append(
                "parent "
                    + (rng.below(4) == 0
                        ? id(&rng) : String((0..<40).map { _ in Self.hex.randomElement(using: &rng)! })))
        }
        if rng.below(15) != 0 { lines.append("author " + signature(&rng)) }
        if rng.below(15) != 0 { lines.append("committer " + signature(&rng)) }
        if rng.below(3) == 0 {
            lines += ["gpgsig -----BEGIN SSH SIGNATURE-----", " U1NIU0lH", " -----END SSH SIGNATURE-----"]
        }
        if rng.below(6) == 0 { lines.append("encoding UTF-8") }
        // Out of order, doubled, unknown or space-less lines now and then.
        if rng.below(6) == 0, !lines.isEmpty { lines.swapAt(rng.below(lines.count), rng.below(lines.count)) }
        if rng.below(10) == 0, let l = lines.randomElement(using: &rng) {
            lines.insert(l, at: rng.below(lines.count + 1))
        }
        if rng.below(10) == 0 {
            lines.insert(
                ["mergetag x", "nospace", " continued", "Tree " + id(&rng)].randomElement(using: &rng)!,
                at: rng.below(lines.count + 1))
        }
        var text = lines.joined(separator: "\n")
        switch rng.below(5) {
        case 0: break // no message at all
        case 1: text += "\n"
        default:
            text +=
                "\n\n" + [
                    "berkas: RA-2025-0001 disposisi", "judul\n\nBerkas-Record: RA-1\r\nBerkas-To: x\n", "é \u{1F600}"
                ].randomElement(using: &rng)!
        }
        var bytes = Array(text.utf8)
        if rng.below(20) == 0, !bytes.isEmpty {
            bytes[rng.below(bytes.count)] = [0xFF, 0x00, 0x0A, 0x20].randomElement(using: &rng)!
        }
        return bytes
    }

    @Test func positionsAndValuesAgreeOnEveryCommit() throws {
        var rng = Seeded(state: 20_261_126)
        var accepted = 0
        let zero = ObjectID(hex: String(repeating: "0", count: 40))!
        for n in 0..<30_000 {
            let raw = commit(&rng)
            let full = try? CommitParser.commit(raw, id: zero)
            let lean = raw.withUnsafeBufferPointer { CommitParser.skeleton($0) }
            #expect(
                (full == nil) == (lean == nil), "case \(n): \(String(decoding: raw, as: UTF8.self).debugDescription)")
            guard let full, let lean else { continue }
            accepted += 1
            // What was accepted is what git writes: the tree first, ids in lower case.
            #expect(
                raw.starts(with: Array("tree ".utf8)) && full.tree.hex == String(decoding: raw[5..<45], as: UTF8.self),
                "case \(n)")
            #expect(lean.parents == full.parents.count, "case \(n)")
            raw.withUnsafeBufferPointer { b in
                #expect(lean.firstParent(in: b, is: full.parents.first), "case \(n)")
                #expect(String(decoding: b[lean.messageStart...], as: UTF8.self) == full.message, "case \(n)")
            }
            #expect(
                lean.committerTime == full.committer.time
                    && lean.committerOffsetMinutes == full.committer.offsetMinutes, "case \(n)")
        }
        #expect(accepted > 1_000 && accepted < 29_000, "\(accepted) accepted: the cases must cover both sides")
    }

    @Test func integersAreReadAsSwiftReadsThem() {
        for text in [
            "0", "+0", "-0", "123", "+123", "-123", "", "+", "-", "+-1", "1_0", "12a", "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "00042", " 1"
        ] {
            let b = Array(text.utf8)
            let read = b.withUnsafeBufferPointer { CommitParser.integer($0, 0..<b.count, as: Int64.self) }
            #expect(read == Int64(text), "\(text.debugDescription)")
        }
    }
}
