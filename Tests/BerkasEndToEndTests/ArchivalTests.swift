import Foundation
import Testing

/// The archive as an arsip dinamis: each type's classification, retention and
/// access (`arsip.yml`), guarded by `verify` and the server hook like every
/// setting, and the lists an archive unit produces from the signed history.
@Suite("End to end: classification, retention, access")
struct ArchivalTests {
    let forged = ForgedHistoryTests()
    static let arsip = "arsip/.berkas/types/permintaan-reset-akun/arsip.yml"
    static let pengelola = "Rina Wulandari, S.E. (NIP 199003152015032001)"

    @Test func accessChangedByANonPengelola() throws {
        let s = try forged.office()
        try s.write(
            Self.arsip, try s.read(Self.arsip).replacingOccurrences(of: "kelas: terbatas", with: "kelas: biasa"))
        let c = try forged.handCommit(
            s, key: "kepala-ukpbj",
            message:
                "Akses dibuka\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Drs. Ahmad Fauzi (NIP 197001011995031001)"
        )
        try forged.expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func anArchivalSettingNamingAnUnknownField() throws {
        let s = try forged.office()
        try s.write(
            Self.arsip,
            try s.read(Self.arsip).replacingOccurrences(
                of: "data_pribadi: [nip, telepon, email]", with: "data_pribadi: [nip, nomor_ktp]"))
        let c = try forged.handCommit(
            s, key: "pengelola",
            message:
                "Data pribadi\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: \(Self.pengelola)")
        try forged.expectViolation(s, commit: c, rule: "pengaturan")
        let show = try s.berkas(["-C", "arsip", "verify"])
        #expect(show.stdout.contains("nomor_ktp"), "the field is named: \(show.stdout)")
    }

    /// A: registered 4 March 2024, refused the next day (closed 2024). B: registered
    /// 30 December 2024, refused 2 January 2025 (closed 2025). C: registered 2 June 2025, open.
    func history() throws -> Sandbox {
        let s = try Sandbox()
        let k = try s.key("pengelola")
        var r = try s.berkas(
            [
                "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001", "--role", "staf-ukpbj", "--role", "kepala-ukpbj"
            ], extraEnv: Sandbox.at("2024-01-02T08:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
        for (name, day, refused) in [
            ("Ani", "2024-03-04", "2024-03-05"), ("Budi", "2024-12-30", "2025-01-02"), ("Citra", "2025-06-02", nil)
        ] {
            let fields = Sandbox.fullRequest.map { f in
                f.hasPrefix("nama=") ? "nama=\(name)" : f.hasPrefix("tanggal_surat=") ? "tanggal_surat=\(day)" : f
            }
            r = try s.berkas(
                ["-C", "arsip", "new", "--key", k] + Sandbox.sets(fields),
                extraEnv: Sandbox.at("\(day)T09:00:00+07:00"))
            #expect(r.status == 0, "\(r.stderr)")
            guard let refused else { continue }
            let id = r.stdout.split(separator: " ").first.map(String.init) ?? ""
            r = try s.berkas(
                ["-C", "arsip", "act", id, "tolak", "--note", "Tidak lengkap.", "--key", k],
                extraEnv: Sandbox.at("\(refused)T10:00:00+07:00"))
            #expect(r.status == 0, "\(r.stderr)")
        }
        return s
    }

    func csvLines(_ s: Sandbox, _ args: [String], now: String) throws -> [String] {
        let r = try s.berkas(
            ["-C", "arsip"] + args + ["--format", "csv", "--no-bom"], extraEnv: ["BERKAS_NOW": now + "T09:00:00+07:00"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    static let retention = "\"aktif 2 th, inaktif 3 th, musnah\""
    static let a =
        "027,Permintaan Reset Akun SPSE a.n. Ani (RA-2024-0001),4 Maret 2024 – 5 Maret 2024,1 berkas,asli (elektronik),\(retention)"
    static let b =
        "027,Permintaan Reset Akun SPSE a.n. Budi (RA-2024-0002),30 Desember 2024 – 2 Januari 2025,1 berkas,asli (elektronik),\(retention)"
    static let c =
        "027,Permintaan Reset Akun SPSE a.n. Citra (RA-2025-0001),2 Juni 2025 – (masih dalam proses),1 berkas,asli (elektronik),\(retention)"

    @Test func theListOfActiveRecordsOverSeveralYears() throws {
        let s = try history()
        let header =
            "No.,Kode klasifikasi,Uraian informasi arsip,Kurun waktu,Jumlah,Tingkat perkembangan,Retensi,Keterangan"
        // In 2026 all three are active; A's active period ends with 2026 (closed 2024, 2 years).
        #expect(
            try csvLines(s, ["daftar-arsip"], now: "2026-06-01") == [
                header, "1,\(Self.a),Ditolak; akses terbatas; aktif s.d. 31 Desember 2026",
                "2,\(Self.b),Ditolak; akses terbatas; aktif s.d. 31 Desember 2027",
                "3,\(Self.c),Diterima; akses terbatas"
            ])
        #expect(
            try csvLines(s, ["daftar-arsip"], now: "2027-01-01") == [
                header, "1,\(Self.b),Ditolak; akses terbatas; aktif s.d. 31 Desember 2027",
                "2,\(Self.c),Diterima; akses terbatas"
            ])
        #expect(
            try csvLines(s, ["daftar-arsip", "--tahun", "2024", "--semua"], now: "2027-01-01") == [
                header, "1,\(Self.a),Ditolak; akses terbatas; inaktif sejak 1 Januari 2027",
                "2,\(Self.b),Ditolak; akses terbatas; aktif s.d. 31 Desember 2027"
            ])
        let path = s.dir + "/daftar-arsip.xlsx"
        let command = PrintedTests.shell(Sandbox.berkasCommand + ["-C", "arsip", "daftar-arsip", "--format", "xlsx"])
        let write = try s.run(["sh", "-c", "BERKAS_NOW=2027-01-01T09:00:00+07:00 \(command) > '\(path)'"])
        #expect(write.status == 0, "\(write.stderr)")
        let sheet = try #require(try PrintedTests().readBack(s, path)["DAFTAR ARSIP AKTIF"])
        #expect(sheet.count == 3 && sheet[1][0] == ["int", "1"] && sheet[1][1] == ["str", "027"], "\(sheet)")
        #expect(sheet[2][2] == ["str", "Permintaan Reset Akun SPSE a.n. Citra (RA-2025-0001)"])
        let html = try s.berkas(["-C", "arsip", "daftar-arsip", "--format", "html"])
        #expect(html.stdout.contains("DAFTAR ARSIP AKTIF") && html.stdout.contains("Mengetahui,"))
        #expect(html.stdout.contains("counter(pages)"), "numbered pages")
    }

    @Test func whatRetentionMakesDueOnADay() throws {
        let s = try history()
        let group = "Masa aktif berakhir — pindahkan ke arsip inaktif: "
        let destroy = "Retensi berakhir, nasib akhir musnah — daftar arsip usul musnah: "
        let tail = ",musnah"
        let aDates = ",5 Maret 2024,31 Desember 2026,31 Desember 2029"
        let bDates = ",2 Januari 2025,31 Desember 2027,31 Desember 2030"
        let aDue = "027,Permintaan Reset Akun SPSE a.n. Ani (RA-2024-0001)\(aDates)\(tail)"
        let bDue = "027,Permintaan Reset Akun SPSE a.n. Budi (RA-2024-0002)\(bDates)\(tail)"
        #expect(try csvLines(s, ["retensi", "--per", "2026-12-31"], now: "2026-12-31").count == 1, "nothing due yet")
        #expect(
            try csvLines(s, ["retensi", "--per", "2027-01-01"], now: "2027-01-01").dropFirst() == [
                "\(group)1,1,\(aDue)"
            ])
        #expect(
            try csvLines(s, ["retensi", "--per", "2030-01-01"], now: "2030-01-01").dropFirst() == [
                "\(group)1,1,\(bDue)", "\"\(destroy)1\",1,\(aDue)"
            ])
        let html = try s.berkas(["-C", "arsip", "retensi", "--per", "2030-01-01", "--format", "html"])
        #expect(html.stdout.contains("BERITA ACARA PEMUSNAHAN ARSIP") && html.stdout.contains("sebanyak 1 berkas"))
        let none = try s.berkas(["-C", "arsip", "retensi", "--per", "2027-01-01", "--format", "html"])
        #expect(!none.stdout.contains("BERITA ACARA"), "no minutes when nothing is to be destroyed")
        let bad = try s.berkas(["-C", "arsip", "retensi", "--per", "1-1-2030"])
        #expect(bad.status == 64 && bad.stderr.contains("--per"), "\(bad.stderr)")
    }

    @Test func personalDataIsMaskedForWhoeverTheAccessClassDoesNotName() throws {
        let s = try history()
        try s.key("tamu")
        let id = "RA-2025-0001"
        let note = try s.berkas(
            [
                "-C", "arsip", "act", id, "disposisi", "--note", "Pemohon dihubungi di 081234567890.", "--key",
                s.dir + "/keys/pengelola"
            ], extraEnv: Sandbox.at("2025-06-03T09:00:00+07:00"))
        #expect(note.status == 0, "\(note.stderr)")
        let guest = try s.berkas(["-C", "arsip", "show", id, "--key", s.dir + "/keys/tamu"])
        #expect(guest.status == 0, "\(guest.stderr)")
        #expect(guest.stdout.contains("19**************03") && !guest.stdout.contains("198507122010011003"))
        #expect(!guest.stdout.contains("budi.santoso@ponorogo.go.id") && guest.stdout.contains("Citra"))
        #expect(
            guest.stdout.contains("Pemohon dihubungi di 08********90.") && !guest.stdout.contains("081234567890"),
            "a note that repeats a personal value is masked too: \(guest.stdout)")
        let letter = try s.berkas(["-C", "arsip", "render", id, "--key", s.dir + "/keys/tamu"])
        #expect(letter.status == 0 && !letter.stdout.contains("198507122010011003"), "\(letter.stdout)")
        let member = try s.berkas(["-C", "arsip", "show", id, "--key", s.dir + "/keys/pengelola"])
        #expect(member.stdout.contains("198507122010011003") && member.stdout.contains("budi.santoso@ponorogo.go.id"))
    }
}
