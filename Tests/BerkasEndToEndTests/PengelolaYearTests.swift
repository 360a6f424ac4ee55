import Foundation
import Testing

/// The pengelola's year through berkas: holidays each year (`berkas libur`),
/// the warning when a year's movable holidays are missing, and a second SOP
/// as a new record type (`berkas jenis`).
@Suite("End to end: the pengelola's year")
struct PengelolaYearTests {
    let forged = ForgedHistoryTests()
    static let next = Sandbox.year + 1

    func key(_ s: Sandbox, _ name: String) -> [String] { ["--key", s.dir + "/keys/" + name] }

    /// The disposition of a request received on Tuesday 9 March of the next year at 15.00 and
    /// disposed on Thursday 11 March at 14.00: 9 + 24 + 14 working hours, late against a standard
    /// of one working day (24 hours) — unless Wednesday 10 March (Nyepi) is a holiday: 23 hours.
    @Test func aDispositionSpanningAHolidayEnteredWithLiburTambahIsOnTime() throws {
        let s = try forged.office()
        let early = Sandbox.at("\(Self.next)-01-05T09:00:00+07:00")
        let add = try s.berkas(
            ["-C", "arsip", "libur", "tambah", "\(Self.next)-03-10", "Hari Suci Nyepi Tahun Baru Saka 1949"]
                + key(s, "pengelola"), extraEnv: early)
        #expect(
            add.status == 0 && add.stdout.contains("hari libur \(Self.next): +1 (kini 6)"), "\(add.stdout)\(add.stderr)"
        )
        #expect(try s.gitOut(["log", "-1", "--format=%s"]) == "Pengaturan: hari libur \(Self.next): +1 (kini 6)")
        let fields = Sandbox.fullRequest.map {
            $0.hasPrefix("tanggal_surat=") ? "tanggal_surat=\(Self.next)-03-08" : $0
        }
        let new = try s.newRequest(
            key: "staf", fields: fields, extraEnv: Sandbox.at("\(Self.next)-03-09T15:00:00+07:00"))
        #expect(new.status == 0, "\(new.stderr)")
        let id = Sandbox.rid(1, year: Self.next)
        let act = try s.berkas(
            ["-C", "arsip", "act", id, "disposisi", "--note", "Lanjut."] + key(s, "kepala-ukpbj"),
            extraEnv: Sandbox.at("\(Self.next)-03-11T14:00:00+07:00"))
        #expect(act.status == 0, "\(act.stderr)")
        func disposition() throws -> [String: Any]? {
            let r = try s.berkas(
                ["-C", "arsip", "report", "--from", "\(Self.next)-03-01", "--format", "json"],
                extraEnv: Sandbox.at("\(Self.next)-03-12T09:00:00+07:00"))
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let steps = json?["langkah"] as? [[String: Any]] ?? []
            return steps.first { $0["nomor"] as? String == id && $0["langkah"] as? String == "disposisi" }
        }
        #expect(try disposition()?["tepat_waktu"] as? Bool == true)
        #expect(try disposition()?["detik_kerja"] as? Int == 23 * 3600)
        let table = try s.berkas(
            ["-C", "arsip", "report", "--from", "\(Self.next)-03-01"],
            extraEnv: Sandbox.at("\(Self.next)-03-12T09:00:00+07:00"))
        #expect(
            table.stdout.contains(
                "Hari kerja dihitung tanpa hari libur dari .berkas/hari-libur.yml: \(Self.next): 6 hari"),
            "\(table.stdout)")
        // Without the holiday the same step is late.
        let remove = try s.berkas(
            ["-C", "arsip", "libur", "hapus", "\(Self.next)-03-10"] + key(s, "pengelola"),
            extraEnv: Sandbox.at("\(Self.next)-03-12T08:00:00+07:00"))
        #expect(remove.status == 0, "\(remove.stderr)")
        #expect(try disposition()?["tepat_waktu"] as? Bool == false)
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).status == 0)
    }

    /// The template lists the movable holidays of its first year only; from 1 October the next
    /// year is named until one is entered, and in a year without any, that year.
    @Test func theYearEndWarningAppearsExactlyWhenItShould() throws {
        let s = try Sandbox()
        let k = try s.key("pengelola")
        let start = Sandbox.at("\(Sandbox.year)-09-01T08:00:00+07:00")
        var r = try s.berkas(
            [
                "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001", "--role", "staf-ukpbj"
            ], extraEnv: start)
        #expect(r.status == 0, "\(r.stderr)")
        let warning = "hari libur bergerak \(Self.next)"
        for command in [["list"], ["whoami"], ["report"]] {
            let before = try s.berkas(
                ["-C", "arsip"] + command, extraEnv: Sandbox.at("\(Sandbox.year)-09-30T16:00:00+07:00"))
            #expect(
                before.status == 0 && !before.stderr.contains("hari libur bergerak"), "\(command): \(before.stderr)")
            let after = try s.berkas(
                ["-C", "arsip"] + command, extraEnv: Sandbox.at("\(Sandbox.year)-10-01T08:00:00+07:00"))
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stderr.components(separatedBy: warning).count == 2, "once, in one line: \(after.stderr)")
            #expect(after.stderr.contains("berkas libur impor FILE"))
        }
        let listing = try s.berkas(["-C", "arsip", "libur", "daftar", "\(Self.next)"])
        #expect(listing.stdout.contains("belum dimasukkan"), "\(listing.stdout)")
        r = try s.berkas(
            ["-C", "arsip", "libur", "tambah", "\(Self.next)-03-10", "Hari Suci Nyepi", "--key", k],
            extraEnv: Sandbox.at("\(Sandbox.year)-10-02T08:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
        let entered = try s.berkas(
            ["-C", "arsip", "list"], extraEnv: Sandbox.at("\(Sandbox.year)-10-02T09:00:00+07:00"))
        #expect(!entered.stderr.contains("hari libur bergerak"), "\(entered.stderr)")
        // Two years on, nothing entered for that year: named all year long.
        let later = try s.berkas(
            ["-C", "arsip", "list"], extraEnv: Sandbox.at("\(Sandbox.year + 2)-02-01T09:00:00+07:00"))
        #expect(later.stderr.contains("hari libur bergerak \(Sandbox.year + 2)"), "\(later.stderr)")
    }

    @Test func theSKBsListIsImportedAsPublished() throws {
        let s = try forged.office()
        let list = """
            \u{FEFF}HARI LIBUR NASIONAL
            No.|Tanggal|Hari|Keterangan
            1.|1 Januari \(Self.next)|Jumat|Tahun Baru \(Self.next) Masehi
            2.|9-10 Maret \(Self.next)|Selasa-Rabu|Idul Fitri 1448 Hijriah
            3.|10 Maret \(Self.next)|Rabu|Hari Suci Nyepi
            """.replacingOccurrences(of: "\n", with: "\r\n")
        try s.write("skb.txt", list)
        let r = try s.berkas(["-C", "arsip", "libur", "impor", s.dir + "/skb.txt"] + key(s, "pengelola"))
        #expect(r.status == 0 && r.stdout.contains("hari libur \(Self.next): +2 (kini 7)"), "\(r.stdout)\(r.stderr)")
        let days = try s.berkas(["-C", "arsip", "libur", "daftar", "\(Self.next)"])
        #expect(
            days.stdout.contains("\(Self.next)-03-09  Selasa, 9 Maret \(Self.next)  Idul Fitri 1448 Hijriah"),
            "\(days.stdout)")
        #expect(
            days.stdout.contains("\(Self.next)-03-10  Rabu, 10 Maret \(Self.next)  Hari Suci Nyepi"), "\(days.stdout)")
        #expect(!days.stdout.contains("belum dimasukkan"))
        // Collective leave, marked as such; a line with a digit but no date is refused, naming it.
        try s.write("cuti.txt", "\(Self.next)-03-08,Idul Fitri 1448 Hijriah\n")
        let leave = try s.berkas(
            ["-C", "arsip", "libur", "impor", s.dir + "/cuti.txt", "--cuti-bersama"] + key(s, "pengelola"))
        #expect(leave.status == 0, "\(leave.stderr)")
        #expect(
            try s.berkas(["-C", "arsip", "libur", "daftar", "\(Self.next)"]).stdout.contains("Cuti bersama Idul Fitri"))
        try s.write("salah.txt", "Nyepi: 31 Februari \(Self.next)\n")
        let before = try s.snapshot()
        let bad = try s.berkas(["-C", "arsip", "libur", "impor", s.dir + "/salah.txt"] + key(s, "pengelola"))
        #expect(bad.status == 1 && bad.stderr.contains("baris 1") && bad.stderr.contains("salah.txt"), "\(bad.stderr)")
        #expect(try s.snapshot() == before)
        let staff = try s.berkas(["-C", "arsip", "libur", "tambah", "\(Self.next)-05-06", "Kenaikan"] + key(s, "staf"))
        #expect(staff.status == 77 && staff.stderr.contains("Rina Wulandari"), "\(staff.stderr)")
        #expect(try s.snapshot() == before)
        try RuleBookTests().expectAccepted(s)
    }

    @Test func aSecondSOPFromStartToItsFirstSignedStep() throws {
        let s = try forged.office()
        let before = try s.snapshot()
        for (args, why) in [
            (["Akun_Baru", "--awalan", "AB"], "nama jenis"), (["akun-baru", "--awalan", "RA"], "sudah dipakai"),
            (["akun-baru", "--awalan", "ab"], "awalan")
        ] {
            let r = try s.berkas(
                ["-C", "arsip", "jenis", "baru"] + [args[0], "--dari", "permintaan-reset-akun", args[1], args[2]]
                    + ["--judul", "Permintaan Akun Baru SPSE"])
            #expect(r.status != 0 && r.stderr.contains(why), "\(args): \(r.stderr)")
        }
        #expect(try s.snapshot() == before)
        let made = try s.berkas([
            "-C", "arsip", "jenis", "baru", "permintaan-akun-baru", "--dari", "permintaan-reset-akun", "--awalan", "AB",
            "--judul", "Permintaan Akun Baru SPSE"
        ])
        #expect(
            made.status == 0 && made.stdout.contains(".berkas/types/permintaan-akun-baru/schema.yml"), "\(made.stderr)")
        let schema = try s.read("arsip/.berkas/types/permintaan-akun-baru/schema.yml")
        #expect(schema.contains("jenis: permintaan-akun-baru\njudul: \"Permintaan Akun Baru SPSE\"\nprefix: AB\n"))
        let staff = try s.berkas(["-C", "arsip", "commit"] + key(s, "staf"))
        #expect(staff.status == 77, "\(staff.stderr)")
        let saved = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(
            saved.status == 0 && saved.stdout.contains("jenis baru: permintaan-akun-baru (awalan AB)"),
            "\(saved.stdout)\(saved.stderr)")
        let types = try s.berkas(["-C", "arsip", "jenis", "daftar"])
        #expect(types.stdout.contains("permintaan-akun-baru   AB      Permintaan Akun Baru SPSE"), "\(types.stdout)")
        let new = try s.berkas(
            ["-C", "arsip", "new", "permintaan-akun-baru"] + Sandbox.sets(Sandbox.fullRequest) + key(s, "staf"))
        #expect(new.status == 0 && new.stdout.hasPrefix("AB-\(Sandbox.year)-0001"), "\(new.stdout)\(new.stderr)")
        let act = try s.berkas(
            ["-C", "arsip", "act", "AB-\(Sandbox.year)-0001", "disposisi", "--note", "Lanjut."] + key(s, "kepala-ukpbj")
        )
        #expect(act.status == 0, "\(act.stderr)")
        try RuleBookTests().expectAccepted(s)
        // Now the first type cannot leave the settings while its records remain.
        let config = try s.read("arsip/.berkas/config.yml")
        try s.write(
            "arsip/.berkas/config.yml", config.replacingOccurrences(of: "  - permintaan-reset-akun\n", with: ""))
        let removed = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(
            removed.status == 1 && removed.stderr.contains("jenis permintaan-reset-akun dihapus")
                && removed.stderr.contains(Sandbox.rid(1)), "\(removed.stderr)")
    }
}
