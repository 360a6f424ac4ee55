import Foundation
import Testing

/// Time right in any year and on any office PC's clock.
@Suite("End to end: time across years and wrong clocks")
struct TimeEndToEndTests {
    let year = Sandbox.year

    func new(
        _ s: Sandbox, at moment: String, key: String = "pengelola", nomor: String, extraEnv: [String: String] = [:]
    ) throws -> Sandbox.Run {
        let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=\(nomor)" : $0 }
        return try s.berkas(
            ["-C", "arsip", "new", "--key", s.dir + "/keys/" + key] + Sandbox.sets(fields),
            extraEnv: Sandbox.at(moment).merging(extraEnv) { $1 })
    }

    /// The year of an ID is the receipt date in the archive's zone (WIB), not UTC,
    /// and numbering starts again at 0001 each year.
    @Test func numberingRestartsEachYearInTheArchivesZone() throws {
        let s = try Sandbox()
        try s.initArchive()
        let eve = try new(s, at: "\(year)-12-31T23:30:00+07:00", nomor: "027/1")
        #expect(eve.status == 0 && eve.stdout.contains(Sandbox.rid(1)), "\(eve.stderr)")
        let newYear = try new(s, at: "\(year + 1)-01-01T00:30:00+07:00", nomor: "027/2")
        #expect(newYear.status == 0 && newYear.stdout.contains(Sandbox.rid(1, year: year + 1)), "\(newYear.stderr)")
        // 00:45 WIB on 1 January written in UTC (17:45 on 31 December): next year's second request,
        // and the commit keeps the offset it was given, as git's does.
        let utc = try new(s, at: "\(year)-12-31T17:45:00+00:00", nomor: "027/3")
        #expect(utc.status == 0 && utc.stdout.contains(Sandbox.rid(2, year: year + 1)), "\(utc.stdout) \(utc.stderr)")
        #expect(try s.gitOut(["log", "-1", "--format=%cI"]) == "\(year)-12-31T17:45:00+00:00")
        #expect(
            s.exists("arsip/" + Sandbox.recordPath(1)) && s.exists("arsip/" + Sandbox.recordPath(2, year: year + 1)))
        #expect(!s.exists("arsip/" + Sandbox.recordPath(2)))
        let verify = try s.berkas(["-C", "arsip", "verify"], extraEnv: Sandbox.at("\(year + 1)-01-02T08:00:00+07:00"))
        #expect(verify.status == 0, "\(verify.stdout)")
        let list = try s.berkas(
            ["-C", "arsip", "list", "--format", "json"], extraEnv: Sandbox.at("\(year + 1)-01-02T08:00:00+07:00"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(
            rows.map { $0["id"] as? String } == [
                Sandbox.rid(1), Sandbox.rid(1, year: year + 1), Sandbox.rid(2, year: year + 1)
            ])
        #expect(
            rows.map { $0["dibuat"] as? String } == [
                "\(year)-12-31 23:30", "\(year + 1)-01-01 00:30", "\(year + 1)-01-01 00:45"
            ])
    }

    /// A PC whose clock runs behind the last step: refused before signing, in
    /// local dates, saying which clock is wrong; nothing is written.
    @Test func aClockBehindTheLastStepIsRefusedBeforeSigning() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try new(s, at: "\(year)-12-04T09:00:00+07:00", nomor: "027/1").status == 0)
        let before = try s.snapshot()
        let wrongPC = Sandbox.machineClock("\(year)-12-03T09:00:00+07:00")
        let behind = try new(s, at: Sandbox.clock, nomor: "027/2", extraEnv: wrongPC)
        #expect(behind.status == 1)
        #expect(
            behind.stderr.contains(
                "jam komputer ini (Kamis, 3 Desember \(year) 09.00 WIB) lebih awal dari langkah terakhir di arsip (Jumat, 4 Desember \(year) 09.00 WIB oleh Rina Wulandari, S.E."
            ),
            "\(behind.stderr)")
        #expect(behind.stderr.contains("Setel tanggal, jam dan zona waktu komputer ini"))
        #expect(
            behind.stderr.range(of: #"\b\d{10}\b"#, options: .regularExpression) == nil,
            "never an epoch number: \(behind.stderr)")
        // The same time set by hand: that variable is named as the wrong one.
        let byHand = try new(
            s, at: Sandbox.clock, nomor: "027/2",
            extraEnv: [
                "GIT_COMMITTER_DATE": "\(year)-12-03T09:00:00+07:00", "BERKAS_NOW": "\(year)-12-04T10:00:00+07:00"
            ])
        #expect(
            byHand.status == 64
                && byHand.stderr.contains(
                    "waktu dari GIT_COMMITTER_DATE (Kamis, 3 Desember \(year) 09.00 WIB) lebih awal dari langkah terakhir"
                ), "\(byHand.stderr)")
        let english = try new(
            s, at: Sandbox.clock, nomor: "027/2", extraEnv: wrongPC.merging(["BERKAS_LANG": "en"]) { $1 })
        #expect(
            english.stderr.contains(
                "this computer's clock (Thursday, 3 December \(year) 09:00 WIB) is earlier than the last step"),
            "\(english.stderr)")
        for command in [
            ["edit", Sandbox.rid(1), "--set", "jabatan=Lain"],
            [
                "member", "add", "--name", "Siti Aminah", "--nip", "198801012010012001",
                "--email", "siti@ponorogo.go.id", "--role", "staf-ukpbj", "--pubkey", try s.key("siti") + ".pub"
            ]
        ] {
            let r = try s.berkas(["-C", "arsip"] + command + ["--key", s.dir + "/keys/pengelola"], extraEnv: wrongPC)
            #expect(r.status == 1 && r.stderr.contains("jam komputer ini"), "\(command[0]): \(r.stderr)")
        }
        #expect(try s.snapshot() == before)
        #expect(
            try s.gitOut(["for-each-ref", "--format=%(refname)"]).split(separator: "\n").allSatisfy {
                !$0.hasPrefix("refs/berkas")
            })
    }

    /// A time set by hand (GIT_COMMITTER_DATE) may not run more than five minutes ahead of the machine's clock.
    @Test func aTimeSetByHandMustNotRunAhead() throws {
        let s = try Sandbox()
        try s.initArchive()
        let before = try s.snapshot()
        let ahead = try s.newRequest(extraEnv: ["GIT_COMMITTER_DATE": "\(year)-11-25T10:06:00+07:00"])
        #expect(ahead.status == 64)
        #expect(
            ahead.stderr.contains(
                "waktu dari GIT_COMMITTER_DATE (Rabu, 25 November \(year) 10.06 WIB) lebih dari 5 menit di depan jam komputer ini (Rabu, 25 November \(year) 10.00 WIB)"
            ),
            "\(ahead.stderr)")
        #expect(try s.snapshot() == before)
        let within = try s.newRequest(extraEnv: ["GIT_COMMITTER_DATE": "\(year)-11-25T10:05:00+07:00"])
        #expect(within.status == 0, "\(within.stderr)")
    }

    /// Dates in the forms git reads; anything else, or out of range, exits 64 naming the variable.
    @Test func datesAreReadAsGitReadsThem() throws {
        let s = try Sandbox()
        try s.initArchive()
        for (i, form) in [
            "\(year)-11-25 10:00:00 +0700", "\(year)-11-25T03:00:00Z", "Wed, 25 Nov \(year) 10:00:00 +0700",
            "\(year)-11-25 10:00"
        ].enumerated() {
            let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/\(i)" : $0 }
            let r = try s.newRequest(fields: fields, extraEnv: ["GIT_COMMITTER_DATE": form, "GIT_AUTHOR_DATE": ""])
            #expect(r.status == 0 && r.stdout.contains(Sandbox.rid(i + 1)), "\(form): \(r.stderr)")
        }
        // Newest first: each commit keeps the offset it was given.
        #expect(
            try s.gitOut(["log", "-4", "--format=%ci"]).split(separator: "\n") == [
                "\(year)-11-25 10:00:00 +0700", "\(year)-11-25 10:00:00 +0700",
                "\(year)-11-25 03:00:00 +0000", "\(year)-11-25 10:00:00 +0700"
            ])
        let before = try s.snapshot()
        for (name, value) in [
            ("GIT_COMMITTER_DATE", "kemarin"), ("GIT_AUTHOR_DATE", "@99999999999999 +0700"),
            ("BERKAS_NOW", "25/11/\(year)")
        ] {
            var env = ["GIT_COMMITTER_DATE": "", "GIT_AUTHOR_DATE": ""]
            env[name] = value
            if name != "BERKAS_NOW" { env["BERKAS_NOW"] = Sandbox.clock }
            let r = try s.newRequest(extraEnv: env)
            #expect(r.status == 64 && r.stderr.contains(name), "\(name)=\(value): \(r.stderr)")
        }
        let list = try s.berkas(["-C", "arsip", "list"], extraEnv: ["BERKAS_NOW": "@253402300800 +0000"])
        #expect(list.status == 64 && list.stderr.contains("BERKAS_NOW di luar jangkauan"), "\(list.stderr)")
        #expect(try s.snapshot() == before)
    }

    /// A signed commit dated in the year 10000, which git accepts: named by verify and
    /// refused by the server; every command still works for the other records.
    @Test func aCommitDatedInTheYear10000IsNamedAndNothingCrashes() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        #expect(
            try s.newRequest(
                fields: Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/2" : $0 }
            ).status == 0)
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/pusat.git"]).status == 0)
        #expect(try s.berkas(["-C", "pusat.git", "hooks", "server"]).status == 0)
        #expect(try s.git(["push", "-q", s.dir + "/pusat.git", "main"]).status == 0)
        let central = try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout
        // The second request's jabatan changed by its clerk in a signed commit dated 10000-01-01.
        let path = "arsip/" + Sandbox.recordPath(2)
        try s.write(
            path,
            try s.read(path).replacingOccurrences(
                of: "jabatan: \"Kepala Seksi Sarana Prasarana\"", with: "jabatan: \"Kepala Bidang\""))
        let far = "@253402300800 +0000"
        let commit = try s.run(
            [
                "git", "-C", s.dir + "/arsip", "-c", "gpg.format=ssh", "-c", "user.signingkey=\(s.dir)/keys/pengelola",
                "-c", "user.name=Rina Wulandari, S.E.", "-c", "user.email=rina@ponorogo.go.id", "commit", "-S", "-qam",
                "\(Sandbox.rid(2)): ubah jabatan\n\nBerkas-Record: \(Sandbox.rid(2))\nBerkas-Action: ubah\nBerkas-From: diterima\nBerkas-To: diterima\nBerkas-Role: staf-ukpbj\nBerkas-Actor: Rina Wulandari, S.E. (NIP 199003152015032001)"
            ],
            extraEnv: ["GIT_COMMITTER_DATE": far, "GIT_AUTHOR_DATE": far])
        #expect(commit.status == 0, "\(commit.stderr)")
        let id = try s.gitOut(["rev-parse", "HEAD"])
        let verify = try s.berkas(["-C", "arsip", "verify"])
        #expect(verify.status == 1)
        #expect(
            verify.stdout.contains(
                "\(id.prefix(10)) [waktu]: waktu commit tidak dapat ditempatkan: sesudah tahun 9999"),
            "\(verify.stdout)\(verify.stderr)")
        for command in [
            ["list"], ["list", "--format", "json"], ["show", Sandbox.rid(2)], ["log"], ["log", Sandbox.rid(2)],
            ["report"],
            ["whoami", "--key", s.dir + "/keys/pengelola"], ["show", Sandbox.rid(1)]
        ] {
            let r = try s.berkas(["-C", "arsip"] + command)
            // `log` exits 1 when it shows a commit that is not valid.
            #expect(r.status == (command[0] == "log" ? 1 : 0) && !r.stdout.isEmpty, "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("crashed"), "\(command): \(r.stderr)")
        }
        let list = try s.berkas(["-C", "arsip", "list"])
        #expect(list.stdout.contains(Sandbox.rid(1)) && list.stdout.contains(Sandbox.rid(2)), "\(list.stdout)")
        #expect(
            list.stderr.contains("\(Sandbox.rid(2)) tidak dapat ditempatkan dalam waktu: commit \(id.prefix(10))"),
            "\(list.stderr)")
        #expect(try s.berkas(["-C", "arsip", "log", Sandbox.rid(2)]).stdout.contains("????-??-?? ??:??"))
        let push = try s.git(["push", s.dir + "/pusat.git", "main"])
        #expect(push.status != 0 && push.stderr.contains("[waktu]"), "\(push.stderr)")
        #expect(try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout == central)
    }

    /// A commit whose time libgit2 cannot parse (written with `git hash-object --literally`):
    /// verify names it under `utuh`, the server refuses it, and no command crashes.
    @Test func aCommitLibgit2CannotParseIsNamed() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/pusat.git"]).status == 0)
        #expect(try s.berkas(["-C", "pusat.git", "hooks", "server"]).status == 0)
        #expect(try s.git(["push", "-q", s.dir + "/pusat.git", "main"]).status == 0)
        let central = try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout
        let tree = try s.gitOut(["rev-parse", "HEAD^{tree}"])
        let parent = try s.gitOut(["rev-parse", "HEAD"])
        try s.write(
            "commit.txt",
            "tree \(tree)\nparent \(parent)\nauthor Rina <rina@ponorogo.go.id> 99999999999999999999999 +0700\n"
                + "committer Rina <rina@ponorogo.go.id> 99999999999999999999999 +0700\n\nwaktu rusak\n")
        let id = try s.gitOut(["hash-object", "-t", "commit", "-w", "--literally", s.dir + "/commit.txt"])
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        let verify = try s.berkas(["-C", "arsip", "verify"])
        #expect(verify.status == 1)
        #expect(
            verify.stdout.contains("\(id.prefix(10)) [utuh]: git tidak dapat membaca commit ini"),
            "\(verify.stdout)\(verify.stderr)")
        for command in [["list"], ["log"], ["report"], ["show", Sandbox.rid(1)]] {
            let r = try s.berkas(["-C", "arsip"] + command)
            #expect(
                !r.stderr.contains("Fatal error") && !r.stderr.contains("crashed") && !r.stderr.hasPrefix("Error:"),
                "\(command): \(r.stderr)")
        }
        let push = try s.git(["push", s.dir + "/pusat.git", "main"])
        #expect(push.status != 0 && push.stderr.contains("[utuh]"), "\(push.stderr)")
        #expect(try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout == central)
    }

    /// With nothing pinning it, berkas takes the machine's clock: the ID's year is the
    /// machine's year in WIB. (Under `BERKAS_TEST_FAKETIME` this proves the fake clock reaches berkas.)
    @Test func withNothingSetTheMachinesClockCounts() throws {
        let s = try Sandbox()
        let unpinned = ["BERKAS_NOW": "", "GIT_COMMITTER_DATE": "", "GIT_AUTHOR_DATE": ""]
        func machineYear() -> Int {
            if let fake = ProcessInfo.processInfo.environment["BERKAS_TEST_FAKETIME"], let y = Int(fake.prefix(4)) {
                return y
            }
            return Calendar(identifier: .gregorian).dateComponents(
                in: TimeZone(identifier: "Asia/Jakarta")!, from: Date()
            ).year!
        }
        let k = try s.key("pengelola")
        let before = machineYear()
        #expect(
            try s.berkas(
                [
                    "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                    "--nip", "199003152015032001", "--role", "staf-ukpbj"
                ], extraEnv: unpinned
            ).status == 0)
        let fields = Sandbox.fullRequest.map { $0.hasPrefix("tanggal_surat=") ? "tanggal_surat=2000-01-03" : $0 }
        let r = try s.newRequest(fields: fields, extraEnv: unpinned)
        let after = machineYear()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains(Sandbox.rid(1, year: before)) || r.stdout.contains(Sandbox.rid(1, year: after)),
            "\(r.stdout) (machine: \(before))")
    }

    /// `zona_waktu` must name a zone of the tz database.
    @Test func aMistypedTimeZoneIsRefused() throws {
        let s = try Sandbox()
        try s.initArchive()
        let config = "arsip/.berkas/config.yml"
        let text = try s.read(config)
        #expect(text.contains("zona_waktu: Asia/Jakarta"), "\(text)")
        try s.write(config, text.replacingOccurrences(of: "zona_waktu: Asia/Jakarta", with: "zona_waktu: Asia/Jakata"))
        let validate = try s.berkas(["-C", "arsip", "validate"])
        #expect(
            validate.status == 1 && validate.stderr.contains("zona_waktu `Asia/Jakata` bukan zona waktu yang dikenal"),
            "\(validate.stderr)")
        // Committed by hand and signed by the pengelola: verify names the commit under `pengaturan`.
        let commit = try s.run([
            "git", "-C", s.dir + "/arsip", "-c", "gpg.format=ssh", "-c", "user.signingkey=\(s.dir)/keys/pengelola",
            "-c", "user.name=Rina Wulandari, S.E.", "-c", "user.email=rina@ponorogo.go.id", "commit", "-S", "-qam",
            "Pengaturan: zona waktu\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Rina Wulandari, S.E. (NIP 199003152015032001)"
        ])
        #expect(commit.status == 0, "\(commit.stderr)")
        let verify = try s.berkas(["-C", "arsip", "verify"])
        #expect(
            verify.status == 1 && verify.stdout.contains("[pengaturan]") && verify.stdout.contains("Asia/Jakata"),
            "\(verify.stdout)")
    }
}
