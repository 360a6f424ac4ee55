import Foundation
import Testing

@testable import BerkasCore

func parse(_ text: String) -> Result<FrontMatterDocument, DiagnosticList> {
    FrontMatterParser.parse(Data(text.utf8), file: "r.md")
}

func codes(_ text: String) -> [String] {
    switch parse(text) {
    case .success: return []
    case .failure(let l): return l.items.map(\.code)
    }
}

@Suite("Front matter")
struct FrontMatterTests {
    let lf =
        "---\nid: RA-2026-0001\nnip: 198507122010011003\ntelepon: 081234567890\nkode: 0712345670\naktif: no\ntanggal: 2026-11-24\n---\nCatatan.\n"

    @Test func scalarsKeepTheirOwnText() throws {
        let doc = try parse(lf).get()
        #expect(doc.scalar("nip") == "198507122010011003")
        #expect(doc.scalar("telepon") == "081234567890")
        #expect(doc.scalar("kode") == "0712345670") // not octal
        #expect(doc.scalar("aktif") == "no") // not false
        #expect(doc.scalar("tanggal") == "2026-11-24") // not a Date
        #expect(doc.line(of: "nip") == 3)
        #expect(doc.body == "Catatan.")
        #expect(doc.bodyStartLine == 9)
    }

    @Test func crlfAndBOMReadExactlyLikeLF() throws {
        let windows = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try parse(lf).get()
        let b = try parse(windows).get()
        #expect(a.entries == b.entries)
        #expect(a.body == b.body)
        #expect(b.hasBOM && b.lineEnding == .crlf)
        #expect(!a.hasBOM && a.lineEnding == .lf)
    }

    @Test func aliasBombIsRefusedBeforeParsing() {
        // The classic billion-laughs, 9 per level: expanded it is gigabytes.
        var bomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for n in names {
            bomb += "\(n): &\(n) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = n
        }
        bomb += "---\n"
        #expect(codes(bomb).contains("frontmatter.jangkar-alias-tag"))
    }

    /// libyaml's complaint in the office's words, on the line of the slip.
    @Test func yamlSlipsInTheOfficesWords() throws {
        guard
            case .failure(let list) = FrontMatterParser.parse(
                Data("---\nid: x\nnama: \"Budi\" x\n---\n".utf8), file: "r.md")
        else {
            Issue.record("accepted")
            return
        }
        #expect(list.items.first?.line == 3)
        #expect(list.items.first?.message.id.contains("sesudah nilai masih ada teks") == true, "\(list.items)")
    }

    /// An unclosed [ … ] or { … } is named on its own line, though libyaml notices
    /// it only on the next one.
    @Test(arguments: ["[Kepala, Seksi", "{a: b", "[a,"])
    func anUnclosedListIsReportedOnItsOwnLine(_ value: String) throws {
        let text = "---\nid: x\njabatan: \(value)\nnama: Budi\n---\n"
        guard case .failure(let list) = FrontMatterParser.parse(Data(text.utf8), file: "r.md") else {
            Issue.record("accepted")
            return
        }
        #expect(list.items.first?.line == 3, "\(list.items)")
        #expect(list.items.first?.message.id.contains("tidak ditutup") == true, "\(list.items)")
    }

    @Test(arguments: [
        ("---\nnama: &x \"Budi\"\n---\n", "frontmatter.jangkar-alias-tag"),
        ("---\nnama: \"Budi\"\njabatan: *x\n---\n", "frontmatter.jangkar-alias-tag"),
        ("---\nnama: !!str Budi\n---\n", "frontmatter.jangkar-alias-tag"),
        ("---\nnama: !custom Budi\n---\n", "frontmatter.jangkar-alias-tag"),
        ("---\n<<: {nama: Budi}\n---\n", "frontmatter.merge"),
        ("---\n? nama\n: Budi\n---\n", "frontmatter.kunci"),
        ("---\n%YAML 1.2\nnama: Budi\n---\n", "frontmatter.direktif"),
        ("---\nnama: Budi\nnama: Siti\n---\n", "frontmatter.kunci-ganda"),
        ("---\nnama: Budi\n", "frontmatter.tidak-ditutup"),
        ("nama: Budi\n---\n", "frontmatter.tidak-ada"),
        ("---\nnama:\n  depan: Budi\n---\n", "frontmatter.nilai-bertingkat"),
        ("---\nnama: [Budi, [Siti]]\n---\n", "frontmatter.nilai-bertingkat"),
        ("---\nnama: \"Budi\n---\n", "frontmatter.kutip"),
        // Found by the fuzzer: a quoted value over several lines (the editor took them for other fields).
        ("---\nnama: 'Budi\n  Santoso'\njabatan: x\n---\n", "frontmatter.kutip"),
        // Found by the fuzzer: a lone CR, a line break to YAML only.
        ("---\nnama: Budi\n\rstatus: diterima\n---\n", "teks.karakter-kendali"),
        // Found by the fuzzer: the first field indented (every key would be).
        ("---\n  nama: Budi\n---\n", "frontmatter.menjorok"),
        // Found by the fuzzer: a quoted value continued at the start of a line.
        ("---\nnama:\n  \"Budi\nSantoso\"\n---\n", "frontmatter.bukan-kunci"),
        ("---\nnama:\n  \"Budi\nid: x\"\n---\n", "frontmatter.kutip"),
        // Found by the fuzzer: a tag after a tab.
        ("---\nid:\t!x \"a\"\n---\n", "frontmatter.jangkar-alias-tag"),
        ("---\n\tnama: Budi\n---\n", "frontmatter.tab"),
        ("---\n- Budi\n---\n", "frontmatter.bukan-peta")
    ])
    func refused(_ text: String, _ code: String) {
        #expect(codes(text).contains(code), "\(text.debugDescription): \(codes(text))")
    }

    @Test func duplicateKeyNamesTheKeyAndLine() throws {
        guard case .failure(let l) = parse("---\nid: x\nnama: Budi\nnama: Siti\n---\n") else {
            Issue.record("accepted")
            return
        }
        #expect(l.items.first?.field == "nama")
        #expect(l.items.first?.line == 3)
    }

    @Test func overSixtyFourKiBIsRefusedBeforeParsing() {
        let big =
            "---\n" + String(repeating: "catatan_panjang: \"" + String(repeating: "x", count: 1000) + "\"\n", count: 70)
            + "---\n"
        #expect(codes(big) == ["frontmatter.terlalu-besar"])
    }

    @Test func binaryAndInvalidUTF8AreRefused() {
        #expect(
            FrontMatterParser.parse(Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x0A]), file: "r.md").failureCodes == [
                "berkas.biner"
            ])
        #expect(
            FrontMatterParser.parse(Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]), file: "r.md").failureCodes == [
                "berkas.bukan-utf8"
            ])
    }

    @Test func secondDocumentMarkerEndsTheFrontMatter() throws {
        // The front matter is the first document only; a later `---` is Markdown (a rule).
        let doc = try parse("---\nnama: Budi\n---\nteks\n---\nlagi: 1\n").get()
        #expect(doc.entries.map(\.key) == ["nama"])
        #expect(doc.body.contains("lagi: 1"))
    }

    @Test func plainNullMeansEmptyButQuotedIsKept() throws {
        let doc = try parse("---\na: ~\nb: null\nc: \"null\"\nd:\n---\n").get()
        #expect(doc.scalar("a") == "" && doc.scalar("b") == "" && doc.scalar("d") == "")
        #expect(doc.scalar("c") == "null")
    }

    @Test func simpleListsAreRead() throws {
        let doc = try parse(
            "---\nlampiran:\n  - lampiran/RA-2026-0001/sk.pdf\n  - lampiran/RA-2026-0001/sertifikat.pdf\n---\n"
        ).get()
        #expect(
            doc.value("lampiran") == .list(["lampiran/RA-2026-0001/sk.pdf", "lampiran/RA-2026-0001/sertifikat.pdf"]))
    }
}

extension Result where Failure == DiagnosticList {
    var failureCodes: [String] {
        if case .failure(let l) = self { return l.items.map(\.code) }
        return []
    }
}

@Suite("Front matter editing")
struct FrontMatterEditorTests {
    let text =
        "---\nid: RA-2026-0001\nstatus: diterima   # jangan ubah\nnama: 'Budi'\nalamat: >\n  Jl. Panjang\n  Nomor 1\nemail: \"b@x.id\"\n---\nCatatan.\n"

    func set(_ key: String, _ value: String, _ style: FrontMatterEditor.Style, in t: String, order: [String] = [])
        throws -> String
    {
        let doc = try FrontMatterParser.parse(Data(t.utf8), file: "r.md").get()
        return FrontMatterEditor.set(key, to: value, style: style, in: t, doc: doc, order: order)
    }

    @Test func changesOnlyTheLineOfTheField() throws {
        let out = try set("status", "didisposisi", .plain, in: text)
        #expect(
            out
                == text.replacingOccurrences(
                    of: "status: diterima   # jangan ubah", with: "status: didisposisi   # jangan ubah"))
    }

    /// Found by the fuzzer: a plain value continued after blank lines is replaced whole, and the
    /// blank lines after a value stay where they were.
    @Test func aValueWithBlankLinesWithinIsReplacedWhole() throws {
        let t = "---\nnama: Budi\n\n\n  Santoso\n\njabatan: x\n---\n"
        let out = try set("nama", "Siti", .quoted, in: t)
        #expect(out == "---\nnama: \"Siti\"\n\njabatan: x\n---\n")
        #expect(try FrontMatterParser.parse(Data(out.utf8), file: "r.md").get().scalar("nama") == "Siti")
    }

    /// Found by the fuzzer: `-email:` is a key of its own, not a list item of the field above;
    /// and a block at the end keeps its value when a field is added after it.
    @Test func editingLeavesOtherFieldsAsTheyWere() throws {
        let t = "---\nid: RA-f\n\n-email: \"b@x.id\"\n---\n"
        let out = try FrontMatterParser.parse(Data(try set("id", "RA-2026-0001", .plain, in: t).utf8), file: "r.md")
            .get()
        #expect(out.scalar("-email") == "b@x.id" && out.scalar("id") == "RA-2026-0001")
        let block = "---\nalamat: >\n  Jl. Panjang\n---\n"
        let before = try FrontMatterParser.parse(Data(block.utf8), file: "r.md").get().scalar("alamat")
        let after = try FrontMatterParser.parse(
            Data(try set("nama", "Budi", .quoted, in: block, order: ["alamat", "nama"]).utf8), file: "r.md"
        ).get()
        #expect(before == "Jl. Panjang" && after.scalar("alamat") == "Jl. Panjang" && after.scalar("nama") == "Budi")
    }

    /// A quote inside a `>` block is text, not an open quote.
    @Test func quotesInsideABlockAreText() throws {
        let t = "---\nalamat: >\n  Jl. \"Gang\n  Nomor 1\nnama: Budi\n---\n"
        #expect(try FrontMatterParser.parse(Data(t.utf8), file: "r.md").get().scalar("nama") == "Budi")
    }

    @Test func multiLineValueIsReplacedWhole() throws {
        let out = try set("alamat", "Jl. Pendek", .quoted, in: text)
        #expect(out.contains("alamat: \"Jl. Pendek\"\nemail:"))
        #expect(!out.contains("Nomor 1"))
    }

    @Test func newKeyGoesAfterItsPredecessorInSchemaOrder() throws {
        let out = try set(
            "telepon", "081234567890", .quoted, in: text, order: ["id", "status", "nama", "telepon", "alamat", "email"])
        #expect(out.contains("nama: 'Budi'\ntelepon: \"081234567890\"\nalamat:"))
    }

    @Test func crlfAndBOMAreKept() throws {
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        let out = try set("email", "c@x.id", .quoted, in: windows, order: [])
        #expect(out == windows.replacingOccurrences(of: "email: \"b@x.id\"", with: "email: \"c@x.id\""))
        let added = try set("baru", "1", .quoted, in: windows)
        #expect(added.contains("baru: \"1\"\r\n---\r\n"))
        #expect(!added.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func quotingEscapesEverythingYAMLCares() throws {
        let tricky = "a \"quoted\" \\ value: # not a comment"
        let out = try set("nama", tricky, .quoted, in: text)
        let doc = try FrontMatterParser.parse(Data(out.utf8), file: "r.md").get()
        #expect(doc.scalar("nama") == tricky)
    }

    @Test func plainIsUsedOnlyWhenSafe() {
        #expect(FrontMatterEditor.format("PPK", style: .plain) == "PPK")
        #expect(FrontMatterEditor.format("Pokja Pemilihan", style: .plain) == "Pokja Pemilihan")
        #expect(FrontMatterEditor.format("a: b", style: .plain) == "\"a: b\"")
        #expect(FrontMatterEditor.format("#x", style: .plain) == "\"#x\"")
    }
}

@Suite("Quick fields for queues")
struct QuickFieldsTests {
    @Test func readsTopLevelScalarsOfTheFrontMatterOnly() {
        let text =
            "---\r\nid: RA-2026-0001\r\nnama: \"Drs. \\\"Budi\\\" Santoso\"\r\nstatus: didisposisi   # sejak Senin\r\n"
            + "instansi: 'Dinas PU'\r\nnamanya: bukan ini\r\n---\r\nstatus: selesai\r\n"
        let f = QuickFields.read(Data(text.utf8), keys: ["nama", "status", "instansi", "tidak-ada"])
        #expect(f["nama"] == "Drs. \"Budi\" Santoso")
        #expect(f["status"] == "didisposisi", "the comment is dropped and the body after the fence is not read")
        #expect(f["instansi"] == "Dinas PU")
        #expect(f["tidak-ada"] == nil)
        #expect(QuickFields.read(Data("status: x\n".utf8), keys: ["status"]).isEmpty, "no front matter, no fields")
        #expect(QuickFields.read(Data("---\nnamanya: x\n---\n".utf8), keys: ["nama"]).isEmpty, "a key is matched whole")
    }

    /// A value a clerk continued on the next, indented line (Notepad: CRLF) is read whole, as
    /// `show` and `validate` read it: the archive lists print the full name.
    @Test func aValueContinuedOnTheNextLineIsReadWhole() {
        let text = "---\r\nid: RA-2026-0001\r\nnama: Budi\r\n  Santoso, S.Kom.\r\nstatus: diterima\r\n---\r\n"
        let f = QuickFields.read(Data(text.utf8), keys: ["nama", "status"])
        #expect(f["nama"] == "Budi Santoso, S.Kom." && f["status"] == "diterima", "\(f)")
        guard case .success(let doc) = FrontMatterParser.parse(Data(text.utf8), file: "") else {
            Issue.record("the record parses")
            return
        }
        #expect(doc.scalar("nama") == f["nama"])
        #expect(!QuickFields.continues(Array("a: b\n\nc: d".utf8), after: 4), "a blank line ends the value")
    }
}
