import Foundation
import Testing

/// The destruction of records whose retention ended (rule book §7a): carried
/// out by `berkas retensi --musnahkan`, and every forgery of it refused by
/// `verify` and by the server hook.
@Suite("End to end: destroying records whose retention ended")
struct DestructionTests {
    let forged = ForgedHistoryTests()
    /// Six and five years before the sandbox's year (retention 2 + 3 years from the year a record closes).
    static let old = Sandbox.year - 6
    static let lessOld = Sandbox.year - 5
    static let a = Sandbox.rid(1, year: old)
    static let b = Sandbox.rid(1, year: lessOld)
    static let c = Sandbox.rid(2, year: old)
    static let pengelola = "Rina Wulandari, S.E. (NIP 199003152015032001)"
    static let minutes = "000.5.1/012/BA/\(Sandbox.year)"

    /// A (with two attachments): registered and refused in `old`, kept until 31 December of
    /// the year before the sandbox's: due. B: refused in `lessOld`, kept until the end of the
    /// sandbox's year: not yet. C: registered in `old`, still open. A kepala LPSE who is no
    /// pengelola. The central repository with the server hook holds all of it.
    func office() throws -> Sandbox {
        let s = try Sandbox()
        let k = try s.key("pengelola")
        try s.key("kepala-lpse")
        var r = try s.berkas(
            [
                "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001", "--role", "staf-ukpbj", "--role", "kepala-ukpbj"
            ], extraEnv: Sandbox.at("\(Self.old)-01-02T08:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
        r = try s.berkas(
            [
                "-C", "arsip", "member", "add", "--key", k, "--name", "Ir. Sri Handayani", "--nip",
                "197505202000122002", "--email", "lpse@ponorogo.go.id", "--role", "kepala-lpse", "--pubkey",
                s.dir + "/keys/kepala-lpse.pub"
            ], extraEnv: Sandbox.at("\(Self.old)-01-02T09:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
        for (id, day, refused) in [(Self.a, "\(Self.old)-03-02", true), (Self.c, "\(Self.old)-04-01", false)] {
            var fields = Self.request(on: day)
            if refused {
                for name in ["sertifikat.pdf", "sk.pdf"] { try s.write("arsip/lampiran/\(id)/\(name)", "pindaian\n") }
                fields += [
                    "perubahan_data=true", "lampiran_sertifikat=lampiran/\(id)/sertifikat.pdf",
                    "lampiran_sk=lampiran/\(id)/sk.pdf"
                ]
            }
            r = try s.newRequest(fields: fields, extraEnv: Sandbox.at("\(day)T09:00:00+07:00"))
            #expect(r.status == 0 && r.stdout.hasPrefix(id), "\(r.stdout)\(r.stderr)")
            if refused { try refuse(s, id, on: day) }
        }
        r = try s.newRequest(
            fields: Self.request(on: "\(Self.lessOld)-03-02"),
            extraEnv: Sandbox.at("\(Self.lessOld)-03-02T09:00:00+07:00"))
        #expect(r.status == 0 && r.stdout.hasPrefix(Self.b), "\(r.stdout)\(r.stderr)")
        try refuse(s, Self.b, on: "\(Self.lessOld)-03-02")
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/pusat.git"]).status == 0)
        #expect(try s.berkas(["-C", "pusat.git", "hooks", "server"]).status == 0)
        let push = try s.git(["push", "-q", s.dir + "/pusat.git", "HEAD:refs/heads/main"])
        #expect(push.status == 0, "honest push: \(push.stderr)")
        return s
    }

    /// The sandbox's request, its letter dated `day`.
    static func request(on day: String) -> [String] {
        Sandbox.fullRequest.map { $0.hasPrefix("tanggal_surat=") ? "tanggal_surat=\(day)" : $0 }
    }

    func refuse(_ s: Sandbox, _ id: String, on day: String) throws {
        let r = try s.berkas(
            ["-C", "arsip", "act", id, "tolak", "--note", "Tidak lengkap.", "--key", s.dir + "/keys/pengelola"],
            extraEnv: Sandbox.at("\(day)T14:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
    }

    func message(minutes: String? = Self.minutes, role: String = "pengelola", actor: String = Self.pengelola) -> String
    {
        "Pemusnahan arsip\n\n" + "Berkas-Action: musnah\n" + (minutes.map { "Berkas-Berita-Acara: \($0)\n" } ?? "")
            + "Berkas-Role: \(role)\nBerkas-Actor: \(actor)"
    }

    func path(_ id: String, year: Int) -> String { "permintaan-reset-akun/\(year)/\(id).md" }

    /// Removes A and its attachments with plain git (nothing else unless asked).
    func removeA(_ s: Sandbox, attachments: Bool = true) throws {
        var paths = [path(Self.a, year: Self.old)]
        if attachments { paths.append("lampiran/\(Self.a)") }
        #expect(try s.git(["rm", "-q", "-r"] + paths).status == 0)
    }

    @Test func thePengelolaDestroysExactlyTheRecordsWhoseRetentionEnded() throws {
        let s = try office()
        // Nothing is due on the last day of A's retention; nothing is written.
        let before = try s.snapshot()
        let early = try s.berkas(
            ["-C", "arsip", "retensi", "--musnahkan", Self.minutes],
            extraEnv: Sandbox.at("\(Sandbox.year - 1)-12-31T10:00:00+07:00"))
        #expect(early.status == 0 && early.stdout.contains("tidak ada yang dimusnahkan"), "\(early.stdout)")
        #expect(try s.snapshot() == before)
        // Only a pengelola; a berita acara number that is one line; destruction only as of today.
        let lpse = try s.berkas([
            "-C", "arsip", "retensi", "--musnahkan", Self.minutes, "--key", s.dir + "/keys/kepala-lpse"
        ])
        #expect(lpse.status == 77 && lpse.stderr.contains("pengelola"), "\(lpse.stderr)")
        let badNumber = try s.berkas(["-C", "arsip", "retensi", "--musnahkan", "BA\n1"])
        #expect(badNumber.status == 64 && badNumber.stderr.contains("berita acara"), "\(badNumber.stderr)")
        let withPer = try s.berkas(["-C", "arsip", "retensi", "--musnahkan", "BA/1", "--per", "2099-01-01"])
        #expect(withPer.status == 64 && withPer.stderr.contains("--per"), "\(withPer.stderr)")
        #expect(try s.snapshot() == before)
        // The list first, then the destruction.
        let due = try s.berkas(["-C", "arsip", "retensi"])
        // B only moves to the inactive archive; A is proposed for destruction.
        let proposed = try #require(due.stdout.components(separatedBy: "daftar arsip usul musnah: 1").last)
        #expect(proposed.contains(Self.a) && !proposed.contains(Self.b), "\(due.stdout)")
        let r = try s.berkas([
            "-C", "arsip", "retensi", "--musnahkan", Self.minutes, "--key", s.dir + "/keys/pengelola"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Dimusnahkan menurut berita acara \(Self.minutes): 1 berkas (\(Self.a))"))
        #expect(r.stdout.contains("tetap terbaca dalam riwayat git"))
        #expect(!s.exists("arsip/" + path(Self.a, year: Self.old)) && !s.exists("arsip/lampiran/\(Self.a)"))
        #expect(
            s.exists("arsip/" + path(Self.b, year: Self.lessOld)) && s.exists("arsip/" + path(Self.c, year: Self.old)))
        let removed = try s.gitOut(["show", "--name-status", "--format=", "HEAD"])
        #expect(
            removed.split(separator: "\n").sorted() == [
                "D\tlampiran/\(Self.a)/sertifikat.pdf", "D\tlampiran/\(Self.a)/sk.pdf",
                "D\t\(path(Self.a, year: Self.old))"
            ], "\(removed)")
        let body = try s.gitOut(["log", "-1", "--format=%B"])
        #expect(body.contains("Berkas-Action: musnah\nBerkas-Berita-Acara: \(Self.minutes)\nBerkas-Role: pengelola"))
        #expect(body.contains("Dimusnahkan: \(Self.a)."), "\(body)")
        #expect(try s.gitOut(["status", "--porcelain"]).isEmpty)
        #expect(!s.exists("arsip/permintaan-reset-akun/\(Self.old)/\(Self.a).md"))
        #expect(s.exists("arsip/permintaan-reset-akun/\(Self.old)"), "C is still in the year's folder")
        // Asked for, a destroyed record is named as destroyed, not as never there.
        let show = try s.berkas(["-C", "arsip", "show", Self.a])
        #expect(
            show.status == 1
                && show.stderr.contains(
                    "\(Self.a) sudah dimusnahkan pada 25 November \(Sandbox.year) menurut berita acara \(Self.minutes)"),
            "\(show.stderr)")
        // Verified here and at the central repository; gone from every list.
        let verify = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(verify.status == 0, "\(verify.stdout)")
        let push = try s.git(["push", "-q", s.dir + "/pusat.git", "HEAD:refs/heads/main"])
        #expect(push.status == 0, "\(push.stderr)")
        for args in [["list", "--all"], ["retensi"], ["daftar-arsip", "--semua"]] {
            let out = try s.berkas(["-C", "arsip"] + args)
            #expect(out.status == 0 && !out.stdout.contains(Self.a), "\(args): \(out.stdout)")
        }
        #expect(try s.berkas(["-C", "arsip", "daftar-arsip", "--semua"]).stdout.contains(Self.b))
        // Nothing more is due; a second run writes nothing.
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let again = try s.berkas(["-C", "arsip", "retensi", "--musnahkan", "000.5.1/013/BA/\(Sandbox.year)"])
        #expect(again.status == 0 && again.stdout.contains("tidak ada yang dimusnahkan"))
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
    }

    @Test func theBeritaAcaraMayNameFewerRecordsEachOfThemDue() throws {
        let s = try office()
        let before = try s.snapshot()
        for (id, why) in [
            (Self.b, "retensinya baru berakhir 31 Desember \(Sandbox.year)"),
            (Self.c, "berkas itu belum selesai (status Diterima)"),
            ("RA-1999-0001", "tidak ada berkas itu")
        ] {
            let r = try s.berkas([
                "-C", "arsip", "retensi", "--musnahkan", Self.minutes, "--hanya", Self.a, "--hanya", id
            ])
            #expect(r.status == 1 && r.stderr.contains("--hanya \(id): \(why)"), "\(r.stderr)")
            #expect(try s.snapshot() == before, "nothing written")
        }
        let alone = try s.berkas(["-C", "arsip", "retensi", "--hanya", Self.a])
        #expect(alone.status == 64 && alone.stderr.contains("--musnahkan"), "\(alone.stderr)")
        let r = try s.berkas(["-C", "arsip", "retensi", "--musnahkan", Self.minutes, "--hanya", Self.a])
        #expect(r.status == 0 && r.stdout.contains("1 berkas (\(Self.a))"), "\(r.stdout)\(r.stderr)")
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).status == 0)
    }

    @Test func aDestructionByHandThatKeepsTheRulesIsAccepted() throws {
        let s = try office()
        try removeA(s)
        try forged.handCommit(s, key: "pengelola", message: message())
        try RuleBookTests().expectAccepted(s)
    }

    @Test func aRecordDestroyedBeforeItsRetentionEnded() throws {
        let s = try office()
        #expect(try s.git(["rm", "-q", path(Self.b, year: Self.lessOld)]).status == 0)
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "pemusnahan")
        let out = try s.berkas(["-C", "arsip", "verify", "--no-cache"]).stdout
        #expect(out.contains("retensinya berakhir 31 Desember \(Sandbox.year)"), "\(out)")
    }

    @Test func aRecordStillOpenDestroyed() throws {
        let s = try office()
        #expect(try s.git(["rm", "-q", path(Self.c, year: Self.old)]).status == 0)
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "pemusnahan")
    }

    @Test func aDestructionByAHeadWhoIsNoPengelola() throws {
        let s = try office()
        try removeA(s)
        let c = try forged.handCommit(
            s, key: "kepala-lpse",
            message: message(role: "kepala-lpse", actor: "Ir. Sri Handayani (NIP 197505202000122002)"))
        try forged.expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func aDestructionThatLeavesTheAttachments() throws {
        let s = try office()
        try removeA(s, attachments: false)
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "pemusnahan")
    }

    @Test func aDestructionNamingNoBeritaAcara() throws {
        let s = try office()
        try removeA(s)
        let c = try forged.handCommit(s, key: "pengelola", message: message(minutes: nil))
        try forged.expectViolation(s, commit: c, rule: "pemusnahan")
    }

    @Test func aBeritaAcaraNamedOnAnotherKindOfChange() throws {
        let s = try office()
        try s.write("arsip/README.md", try s.read("arsip/README.md") + "\nCatatan.\n")
        let c = try forged.handCommit(
            s, key: "pengelola",
            message: "Petunjuk\n\nBerkas-Action: dokumentasi\nBerkas-Berita-Acara: \(Self.minutes)\n"
                + "Berkas-Role: pengelola\nBerkas-Actor: \(Self.pengelola)")
        try forged.expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func aRecordOfATypeKeptPermanentlyDestroyed() throws {
        let s = try office()
        let settings = "arsip/.berkas/types/permintaan-reset-akun/arsip.yml"
        let text = try s.read(settings)
        #expect(text.contains("nasib_akhir: musnah"))
        try s.write(settings, text.replacingOccurrences(of: "nasib_akhir: musnah", with: "nasib_akhir: permanen"))
        try forged.handCommit(
            s, key: "pengelola",
            message: "Retensi permanen\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\n"
                + "Berkas-Actor: \(Self.pengelola)")
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).status == 0)
        #expect(try s.git(["push", "-q", s.dir + "/pusat.git", "HEAD:refs/heads/main"]).status == 0)
        try removeA(s)
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "pemusnahan")
    }

    @Test func aRecordDeletedWhileAnAttachmentIsAdded() throws {
        let s = try office()
        try removeA(s, attachments: false)
        try s.write("arsip/lampiran/\(Self.a)/baru.pdf", "pindaian\n")
        #expect(try s.git(["add", "lampiran"]).status == 0)
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "alur")
    }

    @Test func aDestructionTogetherWithAnotherChange() throws {
        let s = try office()
        try removeA(s)
        try s.write("arsip/README.md", try s.read("arsip/README.md") + "\nCatatan.\n")
        let c = try forged.handCommit(s, key: "pengelola", message: message())
        try forged.expectViolation(s, commit: c, rule: "cakupan")
    }
}
