import BerkasTemplate
import Foundation
import Testing

@testable import BerkasCore

let goodRecord = """
    ---
    id: RA-2026-0001
    jenis: permintaan-reset-akun
    status: diterima
    tanggal_surat: 2026-11-24
    nomor_surat: "027/123/405.07/2026"
    nama: "Budi Santoso, S.Kom."
    nip: 198507122010011003
    pangkat_golongan: "Penata Muda Tingkat I (III/b)"
    jabatan: "Kepala Seksi Sarana Prasarana"
    alamat_instansi: "Dinas Pendidikan, Jl. Basuki Rahmat 1"
    telepon: 081234567890
    email: "budi.santoso@ponorogo.go.id"
    peran: PPK                      # PPK | PP | Pokja Pemilihan
    nomor_sertifikat_pbj: "PBJ-2019-1"
    sk_pengangkatan: "188.45/1/2026"
    perubahan_data: false
    identitas_asli_diperiksa: true
    ---
    Surat diterima langsung.

    """

func validate(
    _ text: String, id: String = "RA-2026-0001", exists: @escaping @Sendable (String) -> Bool = { _ in false }
) throws -> [Diagnostic] {
    let rules = try TemplateRules.load()
    let ctx = FieldValidator.Context(today: today, recordID: id, fileExists: exists, typeName: "permintaan-reset-akun")
    return RecordValidator.validate(
        data: Data(text.utf8), file: "permintaan-reset-akun/2026/\(id).md", rules: rules, context: ctx)
}

@Suite("Records against the template schema")
struct RecordValidatorTests {
    @Test func aGoodRecordHasNoProblem() throws {
        #expect(try validate(goodRecord).isEmpty)
    }

    @Test func windowsTwinValidatesTheSame() throws {
        let windows = "\u{FEFF}" + goodRecord.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try validate(windows).isEmpty)
        let bad = goodRecord.replacingOccurrences(of: "198507122010011003", with: "198513402010011003")
        let badWindows = "\u{FEFF}" + bad.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try validate(bad) == validate(badWindows))
    }

    @Test func everyProblemAtOnceWithFileLineAndField() throws {
        var text = goodRecord.replacingOccurrences(of: "nip: 198507122010011003", with: "nip: 198513402010011003")
        text = text.replacingOccurrences(of: "email: \"budi.santoso@ponorogo.go.id\"\n", with: "")
        text = text.replacingOccurrences(
            of: "perubahan_data: false\n", with: "perubahan_data: false\nwarna: merah\nkata_sandi: rahasia\n")
        let problems = try validate(text)
        let byField = Dictionary(grouping: problems, by: { $0.field ?? "" })
        #expect(byField["nip"]?.first?.code == "nip.tanggal-lahir")
        #expect(byField["nip"]?.first?.line == 8)
        #expect(byField["email"]?.first?.code == "kolom.wajib")
        #expect(byField["warna"]?.first?.code == "kolom.tidak-dikenal")
        #expect(byField["kata_sandi"]?.first?.code == "rahasia")
        #expect(problems.count == 4)
        let line = try #require(byField["nip"]?.first).formatted(.id)
        #expect(line.hasPrefix("permintaan-reset-akun/2026/RA-2026-0001.md:8: nip: "))
        #expect(line.contains(" — "))
    }

    @Test func typoGetsASuggestion() throws {
        let text = goodRecord.replacingOccurrences(of: "jabatan:", with: "jabatn:")
        let p = try validate(text).first { $0.field == "jabatn" }
        #expect(p?.hint.id.contains("`jabatan`") == true)
    }

    @Test func passwordInTheBodyIsFound() throws {
        let text = goodRecord + "Password baru: Rahasia123\n"
        let p = try validate(text)
        #expect(p.map(\.code) == ["rahasia"])
        #expect(p.first?.line == 21)
    }

    @Test func attachmentsRequiredWhenDataChanged() throws {
        let text = goodRecord.replacingOccurrences(of: "perubahan_data: false", with: "perubahan_data: true")
        #expect(Set(try validate(text).compactMap(\.field)) == ["lampiran_sertifikat", "lampiran_sk"])
        let with = text.replacingOccurrences(
            of: "perubahan_data: true",
            with:
                "perubahan_data: true\nlampiran_sertifikat: lampiran/RA-2026-0001/sertifikat.pdf\nlampiran_sk: ../../etc/passwd"
        )
        let problems = try validate(with, exists: { $0 == "lampiran/RA-2026-0001/sertifikat.pdf" })
        #expect(problems.map(\.code) == ["lampiran.jalur"])
    }

    @Test func stateRequiredFields() throws {
        let direset = goodRecord.replacingOccurrences(of: "status: diterima", with: "status: direset")
        #expect(try validate(direset).map(\.field) == ["user_id_spse"])
        let ditolak = goodRecord.replacingOccurrences(of: "status: diterima", with: "status: ditolak")
        #expect(try validate(ditolak).isEmpty)
        let unknown = goodRecord.replacingOccurrences(of: "status: diterima", with: "status: beres")
        #expect(try validate(unknown).map(\.code) == ["status.tidak-dikenal"])
    }

    @Test func idMustMatchFileAndEscapesAreRefused() throws {
        #expect(try validate(goodRecord, id: "RA-2026-0002").map(\.code) == ["id.tidak-cocok"])
        let escape = goodRecord.replacingOccurrences(
            of: "\"Kepala Seksi Sarana Prasarana\"", with: "\"Kepala \\e[31mSeksi\"")
        #expect(try validate(escape).map(\.code) == ["teks.karakter-kendali"])
    }
}

@Suite("Record IDs and paths")
struct RecordPathTests {
    @Test(arguments: ["RA-2026-0001", "RA-2026-12345"])
    func validIDs(_ s: String) { #expect(RecordID(s)?.description == s) }

    @Test(arguments: [
        "RA-2026-0000", "ra-2026-0001", "RA-26-0001", "RA-2026-001", "RA-2026-0001/../x", "RA-2026-00a1",
        "../RA-2026-0001", "RA_2026_0001", ""
    ])
    func invalidIDs(_ s: String) { #expect(RecordID(s) == nil) }

    @Test(arguments: ["../x", "/etc/passwd", "a/../b", "a\\b", "a//b", "./a", "a/\u{0}b"])
    func unsafePaths(_ p: String) { #expect(!RecordPath.isSafeRelative(p)) }

    @Test func recordPathRoundTrip() throws {
        let id = try #require(RecordID("RA-2026-0007"))
        let path = RecordPath.path(type: "permintaan-reset-akun", id: id)
        #expect(path == "permintaan-reset-akun/2026/RA-2026-0007.md")
        #expect(RecordPath.parse(path)?.id == id)
        #expect(RecordPath.parse("permintaan-reset-akun/2025/RA-2026-0007.md") == nil)
    }

    @Test(arguments: [
        "permintaan-reset-akun/2026/RA-2026-0007.md", "a/2026/RA-2026-0007.md", "a/2026/RA-2026-0007.mdx",
        "a/2026/RA-2026-0007",
        "a/b/2026/RA-2026-0007.md", "2026/RA-2026-0007.md", "A/2026/RA-2026-0007.md", "-a/2026/RA-2026-0007.md",
        "a/2026/.md",
        "a//RA-2026-0007.md", "a/02026/RA-2026-0007.md", "a/2026/RA-2026-0007.md/", "é/2026/RA-2026-0007.md",
        "a/2026/\u{301}RA-2026-0007.md", "a/2026/RA-2026-0007.m\u{301}d", "/2026/RA-2026-0007.md",
        "a/2026/ra-2026-0007.md", ""
    ])
    func recordPathsAsTheCharacterSplitReadThem(_ path: String) {
        // The split on characters berkas used before reading bytes: the reference.
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var want: (String, RecordID)? = nil
        if parts.count == 3, RecordPath.isSafeSegment(String(parts[0])), parts[2].hasSuffix(".md"),
            let id = RecordID(String(parts[2].dropLast(3))), String(format4: id.year) == parts[1]
        {
            want = (String(parts[0]), id)
        }
        let got = RecordPath.parse(path)
        #expect(got?.type == want?.0 && got?.id == want?.1, "\(path.debugDescription)")
    }
}

@Suite("Record IDs")
struct RecordIDTests {
    @Test func onlyTheCanonicalFormParses() {
        for good in ["RA-2026-0007", "RA-2026-10000", "RA-2026-123456", "ABCDEFGH-2030-0001"] {
            #expect(RecordID(good)?.description == good, "\(good)")
        }
        for bad in [
            "RA-2026-007", "RA-2026-00007", "ra-2026-0001", "RA-26-0001", "RA-2026-0000", "RA-2026-0001-x",
            "RA2026-0001",
            "", "RA-2026-1234567", "ABCDEFGHI-2026-0001", "RA-20a6-0001", "RA-2026-00١1", "-2026-0001", "RÄ-2026-0001"
        ] {
            #expect(RecordID(bad) == nil, "\(bad)")
        }
    }
}

@Suite("Field answers remembered within a run")
struct FieldCheckMemoTests {
    static let values = [
        "Budi", "", "III/c", "Penata (III/c)", "Penata Muda (III/c)", "x@ponorogo.go.id", "x@@y", "081234567890", "12",
        "PPK", "ppk", "true", "ya", "2026-11-24", "2099-01-01", "198507122010011003", "password: abc", "a\u{202E}b",
        String(repeating: "panjang ", count: 40), "lampiran/RA-2026-0001/sk.pdf", "RA-2026-0001", "diterima"
    ]

    @Test func theSameAnswersWithAndWithoutTheMemo() throws {
        let type = try TemplateRules.resetType
        let memo = FieldCheckMemo()
        let plain = FieldValidator.Context(
            today: CalendarDate(iso: "2026-11-25")!, recordID: "RA-2026-0001",
            fileExists: { $0.hasSuffix("sk.pdf") }, workflow: type.workflow, typeName: type.name)
        var remembered = plain
        remembered.memo = memo
        for round in 0..<2 { // the second round answers from the memo
            for spec in type.schema.fields {
                for value in Self.values where !value.isEmpty {
                    #expect(
                        FieldValidator.check(value, spec: spec, context: remembered)
                            == FieldValidator.check(value, spec: spec, context: plain),
                        "round \(round): \(spec.key) = \(value)")
                }
            }
        }
        // A later day changes what a context-bound field answers; the memo does not hide it.
        let future = FieldSpec(
            key: "tanggal_surat", type: .date, label: "Tanggal", help: nil, required: true, requiredWhen: [:],
            requiredFrom: nil,
            values: [], minLength: nil, maxLength: nil, notFuture: true, list: false)
        let before = FieldValidator.Context(today: CalendarDate(iso: "2026-11-24")!, memo: memo)
        let after = FieldValidator.Context(today: CalendarDate(iso: "2026-11-26")!, memo: memo)
        #expect(FieldValidator.check("2026-11-25", spec: future, context: before)?.code == "tanggal.masa-depan")
        #expect(FieldValidator.check("2026-11-25", spec: future, context: after) == nil)
        // So does another record: the ID and the attachment folder are checked against each one.
        let idSpec = try #require(type.schema.field("id"))
        let one = remembered
        let two = FieldValidator.Context(
            today: CalendarDate(iso: "2026-11-25")!, recordID: "RA-2026-0002", fileExists: nil,
            workflow: type.workflow, typeName: type.name, memo: memo)
        #expect(FieldValidator.check("RA-2026-0001", spec: idSpec, context: one) == nil)
        #expect(FieldValidator.check("RA-2026-0001", spec: idSpec, context: two)?.code == "id.tidak-cocok")
        #expect(FieldValidator.check("RA-2026-0001", spec: idSpec, context: one) == nil)
    }

    @Test func aChangedSpecIsAnsweredAfresh() {
        func text(max: Int) -> FieldSpec {
            FieldSpec(
                key: "jabatan", type: .text, label: "Jabatan", help: nil, required: true, requiredWhen: [:],
                requiredFrom: nil,
                values: [], minLength: nil, maxLength: max, notFuture: false, list: false)
        }
        let ctx = FieldValidator.Context(today: CalendarDate(iso: "2026-11-25")!, memo: FieldCheckMemo())
        #expect(FieldValidator.check("Kepala Bidang", spec: text(max: 100), context: ctx) == nil)
        #expect(FieldValidator.check("Kepala Bidang", spec: text(max: 5), context: ctx)?.code == "teks.panjang")
        #expect(FieldValidator.check("Kepala Bidang", spec: text(max: 100), context: ctx) == nil)
    }

    @Test func aFullMemoStartsAgain() {
        let spec = FieldSpec(
            key: "peran", type: .enum, label: "Peran", help: nil, required: true, requiredWhen: [:], requiredFrom: nil,
            values: ["PPK"], minLength: nil, maxLength: nil, notFuture: false, list: false)
        let ctx = FieldValidator.Context(today: CalendarDate(iso: "2026-11-25")!, memo: FieldCheckMemo(capacity: 3))
        for round in 0..<3 {
            for v in ["PPK", "ppk", "x", "y", "z"] {
                #expect(
                    FieldValidator.check(v, spec: spec, context: ctx)?.code
                        == (v == "PPK" ? nil : v == "ppk" ? "enum.huruf" : "enum.pilihan"), "\(round) \(v)")
            }
        }
    }
}

@Suite("Rules: the holiday list")
struct HolidayListTests {
    func load(holidays: String) throws -> ArchiveRules {
        try RulesLoader.load { path in
            guard path == RulesLoader.configPath, let data = RecordsTemplate.file(path) else {
                return RecordsTemplate.file(path)
            }
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
                of: "hari_libur: .berkas/hari-libur.yml", with: "hari_libur: \(holidays)")
            return Data(text.utf8)
        }
    }

    @Test func theTemplatesListIsRead() throws {
        #expect(try !load(holidays: ".berkas/hari-libur.yml").holidays.isEmpty)
    }

    @Test(arguments: [
        "hari-libur.yml", "../hari-libur.yml", "/etc/hari-libur.yml", ".berkas/../x.yml", "lampiran/libur.yml"
    ])
    func aListOutsideTheRulesFolderIsRefused(_ path: String) throws {
        #expect(throws: ConfigError.self) { try load(holidays: path) }
    }
}
