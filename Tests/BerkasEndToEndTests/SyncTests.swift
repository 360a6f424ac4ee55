import Foundation
import Testing

/// One archive, several computers, through a central bare repository
/// that carries the server hook.
@Suite("End to end: sync through a central repository")
struct SyncEndToEndTests {
    /// pusat.git (with the hook), and two clones: `a` (Rina) and `b` (Siti).
    func office() throws -> Sandbox {
        let s = try Sandbox()
        try s.initArchive(keyName: "rina", roles: ["staf-ukpbj"])
        for (key, name, nip, role) in [
            ("siti", "Siti Aminah", "198801012010012001", "staf-ukpbj"),
            ("ahmad", "Drs. Ahmad Fauzi", "197001011995031001", "kepala-ukpbj")
        ] {
            try s.key(key)
            let r = try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/rina", "--name", name, "--nip", nip,
                "--email", "\(key)@ponorogo.go.id", "--role", role, "--pubkey", s.dir + "/keys/\(key).pub"
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/pusat.git"]).status == 0)
        #expect(try s.berkas(["-C", "pusat.git", "hooks", "server"]).status == 0)
        #expect(try s.git(["push", "-q", s.dir + "/pusat.git", "main"]).status == 0)
        for clone in ["a", "b"] {
            #expect(try s.run(["git", "clone", "-q", s.dir + "/pusat.git", s.dir + "/" + clone]).status == 0)
            #expect(try s.berkas(["-C", clone, "hooks", "install"]).status == 0)
        }
        return s
    }

    func new(_ s: Sandbox, in clone: String, key: String, nomor: String) throws -> Sandbox.Run {
        let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=\(nomor)" : $0 }
        return try s.berkas(["-C", clone, "new", "--key", s.dir + "/keys/" + key] + Sandbox.sets(fields))
    }

    func sync(_ s: Sandbox, _ clone: String, key: String) throws -> Sandbox.Run {
        try s.berkas(["-C", clone, "sync", "--key", s.dir + "/keys/" + key])
    }

    @Test func twoClerksCreateAtOnceAndBothLandWithDistinctIDs() throws {
        let s = try office()
        #expect(try new(s, in: "a", key: "rina", nomor: "027/A").stdout.contains(Sandbox.rid(1)))
        #expect(try new(s, in: "b", key: "siti", nomor: "027/B").stdout.contains(Sandbox.rid(1)))
        let first = try sync(s, "a", key: "rina")
        #expect(first.status == 0, "\(first.stderr)")
        let second = try sync(s, "b", key: "siti")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stdout.contains("\(Sandbox.rid(1)) sudah dipakai di pusat: berkas Anda sekarang \(Sandbox.rid(2))"),
            "\(second.stdout)")
        // b now holds both, its own renumbered in file, field and trailers; nothing is left behind.
        let mine = try s.read("b/\(Sandbox.recordPath(2))")
        #expect(mine.contains("id: \(Sandbox.rid(2))") && mine.contains("nomor_surat: \"027/B\""))
        #expect(try s.read("b/\(Sandbox.recordPath(1))").contains("nomor_surat: \"027/A\""))
        #expect(try s.gitOut(["status", "--porcelain"], in: "b") == "")
        #expect(
            try s.gitOut(["log", "-1", "--format=%G? %s%n%(trailers:key=Berkas-Record,valueonly)"], in: "b")
                == "G \(Sandbox.rid(2)): buat (→ diterima)\n\(Sandbox.rid(2))")
        #expect(try s.gitOut(["log", "-1", "--format=%ae"], in: "b") == "siti@ponorogo.go.id")
        // a receives b's record on its next sync.
        #expect(try sync(s, "a", key: "rina").status == 0)
        #expect(s.exists("a/\(Sandbox.recordPath(2))"))
        // A fresh clone of the central repository verifies, every commit signed and judged.
        #expect(try s.run(["git", "clone", "-q", s.dir + "/pusat.git", s.dir + "/audit"]).status == 0)
        let verify = try s.berkas(["-C", "audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // Stock git needs the signers file named once per clone: `berkas hooks install` does it.
        #expect(try s.berkas(["-C", "audit", "hooks", "install"]).status == 0)
        #expect(try s.gitOut(["log", "--format=%G?"], in: "audit").split(separator: "\n").allSatisfy { $0 == "G" })
        #expect(try s.gitOut(["rev-list", "--merges", "--count", "HEAD"], in: "audit") == "0")
    }

    @Test func twoPeopleChangeTheSameRequestAndNothingIsLost() throws {
        let s = try office()
        #expect(try new(s, in: "a", key: "rina", nomor: "027/A").status == 0)
        #expect(try sync(s, "a", key: "rina").status == 0)
        #expect(try sync(s, "b", key: "siti").status == 0)
        // At once: the Kepala UKPBJ disposes on a, the clerk corrects a field on b.
        let act = try s.berkas([
            "-C", "a", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key", s.dir + "/keys/ahmad"
        ])
        #expect(act.status == 0, "\(act.stderr)")
        let edit = try s.berkas([
            "-C", "b", "edit", Sandbox.rid(1), "--set", "jabatan=Kepala Bidang", "--key", s.dir + "/keys/siti"
        ])
        #expect(edit.status == 0, "\(edit.stderr)")
        // And, on b, an unrelated new request by the same clerk.
        #expect(try new(s, in: "b", key: "siti", nomor: "027/B").status == 0)
        // a's step is Ahmad's commit: a's own sync would refuse to rewrite it, so Ahmad syncs with his key.
        #expect(try sync(s, "a", key: "ahmad").status == 0)
        let bHead = try s.gitOut(["rev-parse", "HEAD"], in: "b")
        let editCommit = try s.gitOut(["rev-parse", "HEAD~1"], in: "b")
        let conflict = try sync(s, "b", key: "siti")
        #expect(conflict.status == 1)
        #expect(
            conflict.stderr.contains("TIDAK DIKIRIM: \(Sandbox.rid(1))")
                && conflict.stderr.contains("sudah diubah di pusat oleh Drs. Ahmad Fauzi"), "\(conflict.stderr)")
        #expect(conflict.stderr.contains("git show \(editCommit.prefix(10))"), "\(conflict.stderr)")
        // No advice that could lose work.
        #expect(!conflict.stderr.contains("reset"), "\(conflict.stderr)")
        // The unrelated request was sent; the set-aside step is kept under a backup named by the local time.
        #expect(
            try s.run(["git", "-C", s.dir + "/pusat.git", "ls-tree", "-r", "--name-only", "main"]).stdout.contains(
                Sandbox.recordPath(2)))
        let backupRefs = try s.gitOut(
            ["for-each-ref", "--format=%(refname) %(objectname)", "refs/berkas/cadangan/"], in: "b")
        #expect(
            backupRefs.hasSuffix(" " + bHead) && backupRefs.contains("refs/berkas/cadangan/\(Sandbox.year)-11-25-1000"),
            "\(backupRefs)")
        #expect(
            try s.gitOut(["cat-file", "-p", "\(editCommit):\(Sandbox.recordPath(1))"], in: "b").contains(
                "jabatan: \"Kepala Bidang\""))
        // b is now the central main: the disposition and b's request, its work tree clean.
        #expect(
            try s.gitOut(["rev-parse", "HEAD"], in: "b")
                == s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout.trimmingCharacters(
                    in: .whitespacesAndNewlines))
        #expect(try s.gitOut(["status", "--porcelain"], in: "b") == "")
        #expect(try s.berkas(["-C", "b", "verify"]).status == 0)
        // berkas lists the backup with the step main does not have, and drops it when asked.
        let backups = try s.berkas(["-C", "b", "backups"])
        #expect(
            backups.stdout.contains("\(Sandbox.year)-11-25-1000")
                && backups.stdout.contains("\(editCommit.prefix(10))  \(Sandbox.rid(1)): ubah"), "\(backups.stdout)")
        let name = try #require(backups.stdout.split(separator: "\n").first.map(String.init))
        #expect(try s.berkas(["-C", "b", "backups", "--drop", name]).status == 0)
        #expect(try s.berkas(["-C", "b", "backups"]).stdout.contains("Tidak ada cadangan."))
        #expect(try s.berkas(["-C", "b", "backups", "--drop", "../../HEAD"]).status == 64)
        // Redone on the record as it is now, the step lands.
        let redo = try s.berkas([
            "-C", "b", "edit", Sandbox.rid(1), "--set", "jabatan=Kepala Bidang", "--key", s.dir + "/keys/siti"
        ])
        #expect(redo.status == 1 || redo.status == 77, "after disposisi the fields are closed: \(redo.stderr)")
    }

    /// A step set aside by sync is redone by berkas on the record as it is now,
    /// field by field; a field someone else changed meanwhile stops it.
    @Test func aSetAsideStepIsRedoneOnTheRecordAsItIsNow() throws {
        let s = try office()
        #expect(try new(s, in: "a", key: "rina", nomor: "027/A").status == 0)
        #expect(try sync(s, "a", key: "rina").status == 0)
        #expect(try sync(s, "b", key: "siti").status == 0)
        func edit(_ clone: String, _ key: String, _ field: String) throws {
            let r = try s.berkas(["-C", clone, "edit", Sandbox.rid(1), "--set", field, "--key", s.dir + "/keys/" + key])
            #expect(r.status == 0, "\(r.stderr)")
        }
        // Two clerks correct different fields of the same request at once.
        try edit("a", "rina", "nomor_surat=027/A-1")
        try edit("b", "siti", "jabatan=Kepala Bidang")
        #expect(try sync(s, "a", key: "rina").status == 0)
        #expect(try sync(s, "b", key: "siti").status == 1, "b's step is set aside")
        let name = try #require(
            try s.berkas(["-C", "b", "backups"]).stdout.split(separator: "\n").first.map(String.init))
        let redo = try s.berkas(["-C", "b", "backups", "--redo", name, "--key", s.dir + "/keys/siti"])
        #expect(redo.status == 0, "\(redo.stderr)")
        #expect(redo.stdout.contains("dilakukan lagi: \(Sandbox.rid(1)): ubah"), "\(redo.stdout)")
        #expect(redo.stdout.contains("Cadangan \(name) dihapus."), "every step is in main: the backup goes")
        let record = try s.read("b/" + Sandbox.recordPath(1))
        #expect(record.contains("nomor_surat: \"027/A-1\"") && record.contains("jabatan: \"Kepala Bidang\""))
        #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Fields,valueonly)"], in: "b") == "jabatan")
        #expect(try sync(s, "b", key: "siti").status == 0)
        #expect(try s.berkas(["-C", "b", "verify"]).status == 0)

        // The same field changed on both sides: nothing is overwritten, the backup stays.
        #expect(try sync(s, "a", key: "rina").status == 0)
        try edit("a", "rina", "jabatan=Sekretaris")
        try edit("b", "siti", "jabatan=Kepala Seksi")
        #expect(try sync(s, "a", key: "rina").status == 0)
        #expect(try sync(s, "b", key: "siti").status == 1)
        let second = try #require(
            try s.berkas(["-C", "b", "backups"]).stdout.split(separator: "\n").first.map(String.init))
        let headBefore = try s.gitOut(["rev-parse", "HEAD"], in: "b")
        let stopped = try s.berkas(["-C", "b", "backups", "--redo", second, "--key", s.dir + "/keys/siti"])
        #expect(stopped.status == 1)
        #expect(
            stopped.stderr.contains("BELUM dilakukan lagi")
                && stopped.stderr.contains("jabatan sudah diubah orang lain")
                && stopped.stderr.contains("Sekretaris"), "\(stopped.stderr)")
        #expect(try s.berkas(["-C", "b", "backups"]).stdout.contains(second), "the backup is kept")
        #expect(try s.gitOut(["rev-parse", "HEAD"], in: "b") == headBefore, "nothing was written")
    }

    @Test func syncRefusesToRewriteSomeoneElsesCommit() throws {
        let s = try office()
        #expect(try new(s, in: "a", key: "rina", nomor: "027/A").status == 0)
        #expect(try new(s, in: "b", key: "siti", nomor: "027/B").status == 0)
        #expect(try sync(s, "b", key: "siti").status == 0)
        let r = try sync(s, "a", key: "siti")
        #expect(r.status == 1)
        #expect(r.stderr.contains("bukan tanda tangan Anda"))
    }

    /// A PC whose clock is behind the central main is told before its commits are replayed and signed again.
    @Test func syncOnAClockBehindTheCentralMainChangesNothing() throws {
        let s = try office()
        let y = Sandbox.year
        let rina = try s.berkas(
            ["-C", "a", "new", "--key", s.dir + "/keys/rina"]
                + Sandbox.sets(Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/A" : $0 }),
            extraEnv: Sandbox.machineClock("\(y)-11-25T12:00:00+07:00"))
        #expect(rina.status == 0, "\(rina.stderr)")
        #expect(
            try s.berkas(
                ["-C", "a", "sync", "--key", s.dir + "/keys/rina"],
                extraEnv: Sandbox.machineClock("\(y)-11-25T12:01:00+07:00")
            ).status == 0)
        // Siti's PC shows 10:30: after her own last commit (10:00), before the central main (12:00).
        let siti = try s.berkas(
            ["-C", "b", "new", "--key", s.dir + "/keys/siti"]
                + Sandbox.sets(Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/B" : $0 }),
            extraEnv: Sandbox.machineClock("\(y)-11-25T10:30:00+07:00"))
        #expect(siti.status == 0, "\(siti.stderr)")
        let bHead = try s.gitOut(["rev-parse", "HEAD"], in: "b")
        let central = try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout
        let r = try s.berkas(
            ["-C", "b", "sync", "--key", s.dir + "/keys/siti"],
            extraEnv: Sandbox.machineClock("\(y)-11-25T10:31:00+07:00"))
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "jam komputer ini (Rabu, 25 November \(y) 10.31 WIB) lebih awal dari langkah terakhir di arsip (Rabu, 25 November \(y) 12.00 WIB oleh Rina Wulandari, S.E."
            ),
            "\(r.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"], in: "b") == bHead)
        #expect(try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "main"]).stdout == central)
        // With the clock set right, the same sync goes through.
        let later = try s.berkas(
            ["-C", "b", "sync", "--key", s.dir + "/keys/siti"],
            extraEnv: Sandbox.machineClock("\(y)-11-25T12:05:00+07:00"))
        #expect(later.status == 0, "\(later.stderr)")
    }

    @Test func withoutACentralRepositorySyncSaysHowToAddOne() throws {
        let s = try Sandbox()
        try s.initArchive()
        let r = try s.berkas(["-C", "arsip", "sync"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("git remote add origin"))
    }

    @Test func twoProcessesOnOneRepositoryNeverLoseAnUpdate() throws {
        let s = try Sandbox()
        try s.initArchive()
        let processes = (1...4).map { i -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments =
                Sandbox.berkasCommand + ["-C", s.dir + "/arsip", "new", "--key", s.dir + "/keys/pengelola"]
                + Sandbox.sets(Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/\(i)" : $0 })
            p.environment = s.env.merging(["BERKAS_LOCK_WAIT": "20"]) { $1 }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let files = try FileManager.default.contentsOfDirectory(
            atPath: s.dir + "/arsip/permintaan-reset-akun/\(Sandbox.year)"
        ).sorted()
        #expect(
            files == ["\(Sandbox.rid(1)).md", "\(Sandbox.rid(2)).md", "\(Sandbox.rid(3)).md", "\(Sandbox.rid(4)).md"])
        #expect(try s.gitOut(["rev-list", "--count", "HEAD"]) == "5")
        #expect(try s.gitOut(["status", "--porcelain"]) == "")
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
    }

    @Test func aShortCrashHarnessRun() throws {
        // The full harness (hundreds of SIGKILLs) is scripts/crash-test.sh; a short run here keeps CI honest.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let r = try Sandbox().run(
            ["bash", root.path + "/scripts/crash-test.sh", "40"], extraEnv: ["BERKAS": Sandbox.binary])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("crash-test: 40 SIGKILLs"))
    }
}
