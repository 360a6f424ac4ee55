import Foundation
import TestSupport
import Testing

@testable import BerkasCore

@Suite("Front matter without YAML: berkas's own form read directly, the same as Yams reads it")
struct FlatFrontMatterTests {
    /// Pieces near every boundary of the direct reader: YAML indicators,
    /// quotes, escapes, comments, blanks, characters YAML refuses or reads as
    /// line breaks, and ordinary Indonesian text.
    static let keys = [
        "nama", "nip", "status", "a", "x_1", "alamat_instansi", "Nama", "1abc", "na-ma", "kata_sandi",
        "nama ", "é", "-", "? a", "<<", "&a", "!x", "%YAML", "\tnama", " nama", "nama\t"
    ]
    static let separators = [": ", ":", ":  ", ":\t", " : ", ": \t", ":: "]
    static let valuePieces = [
        "Budi", "Santoso", " ", "  ", "S.Kom.", "III/c", "(", ")", "0812", "2026-11-24", ":", ": ", "#", " #",
        "\"", "'", "\\", "\\n", "&", "*", "!", "-", "- ", "~", "null", "NULL", "Null", ",", "[", "]", "{", "}",
        "%", "@", "|", ">", "?", "`", "\t", "é", "Ş", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{A0}",
        "\u{FFFD}", "\u{FFFE}", "😀", "\u{9F}", "\u{7F}", "\u{1}", "\r", "\u{202E}", "yes", "true", "0x1F", "1e3"
    ]
    static let otherLines = [
        "# komentar", "", "  - item", "- item", "---", "...", "--- ", "nama:  # c", "  lanjutan", "nama: |",
        "nama: >", "nama: [a, b]", "nama: {a: 1}", "nama: 'x'", "nama: 'it''s'", "nama: \"a\\\"b\"", "---\t"
    ]
    static let bodies = [
        "", "\n", "Catatan.\n", "Catatan.", "\n\nDua baris kosong.\n\n", "Baris\r\nCRLF\r\n", "---\nbukan data\n",
        "password: ini di badan\n", "\u{FEFF}x\n"
    ]

    static func document(_ rng: inout Seeded) -> String {
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
        var lines: [String] = []
        for _ in 0..<Int(rng.next() % 8) {
            if chance(10) {
                lines.append(pick(otherLines))
                continue
            }
            let key =
                chance(75) ? pick(Array(keys.prefix(6))) + (chance(30) ? String(rng.next() % 10) : "") : pick(keys)
            var value = ""
            for _ in 0..<Int(rng.next() % 5) {
                value += chance(60) ? pick(Array(valuePieces.prefix(10))) : pick(valuePieces)
            }
            if chance(40) {
                value = "\"" + value + "\"" + (chance(15) ? pick([" ", "  ", " # c", "x"]) : "")
            } else if chance(5) {
                value = "'" + value + "'"
            }
            lines.append(key + (chance(90) ? ": " : pick(separators)) + value + (chance(5) ? " " : ""))
        }
        var start = "---\n"
        if chance(3) { start = pick(["\u{FEFF}---\n", "---\r\n", "--- \n", "---"]) }
        var close = "---\n"
        if chance(5) { close = pick(["", "...\n", "--- \n", "---", "---\r\n"]) }
        return start + lines.map { $0 + (chance(2) ? "\r\n" : "\n") }.joined() + close + pick(bodies)
    }

    @Test func randomDocumentsReadTheSameWithAndWithoutYAML() {
        var rng = Seeded(state: 0x5EED_BE4C_A5)
        var direct = 0
        var yaml = 0
        for n in 0..<20_000 {
            let text = Self.document(&rng)
            let data = Data(text.utf8)
            let fast = FrontMatterParser.parse(data, file: "r.md", flat: true)
            let slow = FrontMatterParser.parse(data, file: "r.md", flat: false)
            if fast != slow {
                Issue.record("document \(n) reads differently:\n\(text.debugDescription)\nflat: \(fast)\nyaml: \(slow)")
                return
            }
            if FlatFrontMatter.parse(text) != nil { direct += 1 } else { yaml += 1 }
        }
        // Both paths are exercised, or the comparison proves nothing.
        #expect(direct > 3_000)
        #expect(yaml > 4_000)
    }

    @Test func theGeneratedArchivesFormIsReadDirectly() throws {
        let text = """
            ---
            id: RA-2021-0096
            jenis: permintaan-reset-akun
            status: selesai
            tanggal_surat: 2021-01-12
            nama: "Yusuf Pratama, S.H."
            pangkat_golongan: "Penata (III/c)"
            peran: Pokja Pemilihan
            perubahan_data: false
            catatan_kosong:
            nihil: null
            ---
            Surat diterima langsung dari pemohon.

            """
        let doc = try #require(FlatFrontMatter.parse(text))
        #expect(doc.scalar("nama") == "Yusuf Pratama, S.H.")
        #expect(doc.scalar("peran") == "Pokja Pemilihan")
        #expect(doc.scalar("catatan_kosong") == "")
        #expect(doc.scalar("nihil") == "")
        #expect(doc.line(of: "peran") == 8)
        #expect(doc.body == "Surat diterima langsung dari pemohon.")
        #expect(doc.closingLine == 12)
        #expect(doc == (try FrontMatterParser.parse(Data(text.utf8), file: "r.md", flat: false).get()))
    }

    @Test func whatTheDirectReaderLeavesToYAML() {
        for text in [
            "---\n# komentar\nnama: a\n---\n", "---\nnama: 'a'\n---\n", "---\nnama: a#b # c\n---\n",
            "---\nnama: \"a\\tb\"\n---\n",
            "---\nnama: a\nnama: b\n---\n",
            "---\r\nnama: a\r\n---\r\n", "\u{FEFF}---\nnama: a\n---\n", "---\nnama:\n- a\n---\n", "---\nnama: ~\n---\n",
            "---\nnama: a\u{2028}b\n---\n", "---\nnama: a\n", "---\nnama: a\n--- \n"
        ] {
            #expect(FlatFrontMatter.parse(text) == nil, "\(text.debugDescription)")
        }
    }

    /// The template's hints: a comment after a value, or in place of one.
    @Test func commentsAfterAValueAreReadDirectlyAsYAMLReadsThem() throws {
        let text = """
            ---
            pangkat_golongan: ""        # mis. Penata Muda Tingkat I (III/b)
            peran:                      # PPK | PP | Pokja Pemilihan
            perubahan_data: false       # true => salinan sertifikat dan SK wajib dilampirkan
            nama: "Budi Santoso, S.Kom."   # "dikutip"
            jabatan: Kepala Seksi #1 # catatan: ya
            ---
            Catatan.

            """
        let doc = try #require(FlatFrontMatter.parse(text))
        #expect(doc.scalar("pangkat_golongan") == "")
        #expect(doc.scalar("peran") == "")
        #expect(doc.scalar("perubahan_data") == "false")
        #expect(doc.scalar("nama") == "Budi Santoso, S.Kom.")
        #expect(doc.scalar("jabatan") == "Kepala Seksi", "a # after a space starts a comment, as in YAML")
        #expect(doc == (try FrontMatterParser.parse(Data(text.utf8), file: "r.md", flat: false).get()))
    }
}
