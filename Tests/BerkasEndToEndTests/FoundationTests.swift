import Foundation
import Testing

/// The archive, validated fields and signed commits, tried as a new user would.
@Suite("End to end: archive, records, signatures")
struct FoundationEndToEndTests {
    @Test func initGivesARootThatStockGitVerifies() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.gitOut(["log", "--format=%G?"]) == "G")
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
        #expect(try s.gitOut(["config", "--local", "gpg.format"]) == "ssh")
        #expect(try s.gitOut(["config", "--local", "gpg.ssh.allowedSignersFile"]) == ".berkas/allowed_signers")
        #expect(try s.gitOut(["status", "--porcelain"]) == "")
        #expect(try s.git(["fsck", "--full", "--strict"]).status == 0)
        #expect(try s.gitOut(["branch", "--show-current"]) == "main")
        let policy = try s.read("arsip/.berkas/policy.yml")
        #expect(policy.contains("nip: \"199003152015032001\""))
        #expect(policy.contains("peran: [pengelola, staf-ukpbj]"))
        #expect(
            try s.read("arsip/.berkas/allowed_signers").contains("rina@ponorogo.go.id namespaces=\"git\" ssh-ed25519 "))
        // Verification from a subfolder works too (git resolves the signers file from the top).
        let sub = try s.run(["git", "verify-commit", "HEAD"], cwd: s.dir + "/arsip/lampiran")
        #expect(sub.status == 0, "\(sub.stderr)")
    }

    @Test func initRefusesANonEmptyFolderAndLeavesItAlone() throws {
        let s = try Sandbox()
        let k = try s.key("k")
        try s.write("arsip/catatan.txt", "punya saya\n")
        let r = try s.berkas([
            "init", "arsip", "--key", k, "--name", "Rina", "--email", "rina@x.go.id", "--nip", "199003152015032001"
        ])
        #expect(r.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir + "/arsip") == ["catatan.txt"])
    }

    @Test func initWithoutKeyOrNIPSaysWhatToDo() throws {
        let s = try Sandbox()
        let noKey = try s.berkas([
            "init", "arsip", "--name", "Rina", "--email", "rina@x.go.id", "--nip", "199003152015032001"
        ])
        #expect(noKey.status == 77)
        #expect(noKey.stderr.contains("--key"))
        let k = try s.key("k")
        let noNIP = try s.berkas(["init", "arsip", "--key", k, "--name", "Rina", "--email", "rina@x.go.id"])
        #expect(noNIP.status == 64)
        #expect(noNIP.stderr.contains("--nip"))
        let badNIP = try s.berkas([
            "init", "arsip", "--key", k, "--name", "Rina", "--email", "rina@x.go.id", "--nip", "199013152015032001"
        ])
        #expect(badNIP.status == 1)
        #expect(!s.exists("arsip"))
    }

    @Test func newWritesOneSignedCommitWithEveryDigit() throws {
        let s = try Sandbox()
        try s.initArchive()
        let r = try s.newRequest()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(Sandbox.rid(1)))
        let path = "arsip/\(Sandbox.recordPath(1))"
        let text = try s.read(path)
        #expect(text.contains("nip: \"198507122010011003\"\n"))
        #expect(text.contains("telepon: \"081234567890\"\n"))
        #expect(text.contains("status: diterima\n"))
        #expect(try s.gitOut(["log", "--format=%G?"]) == "G\nG")
        #expect(try s.gitOut(["show", "--name-only", "--format=", "HEAD"]) == Sandbox.recordPath(1))
        #expect(try s.gitOut(["status", "--porcelain"]) == "")
        #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Action,valueonly)"]) == "buat")
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
        // The same command again (a rerun after an interruption) records nothing twice.
        let again = try s.newRequest()
        #expect(
            again.status == 0 && again.stdout.contains(Sandbox.rid(1)) && again.stderr.contains("sudah tercatat"),
            "\(again.stderr)")
        #expect(try s.gitOut(["rev-list", "--count", "HEAD"]) == "2")
        let second = try s.newRequest(
            fields: Sandbox.fullRequest.map {
                $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/124/405.07/\(Sandbox.year)" : $0
            })
        #expect(second.stdout.contains(Sandbox.rid(2)), "\(second.stderr)")
        #expect(try s.berkas(["-C", "arsip", "validate"]).stdout.contains("2 berkas diperiksa, semua sah."))
    }

    @Test func badRequestReportsEverythingAndLeavesNoTrace() throws {
        let s = try Sandbox()
        try s.initArchive()
        let before = try s.snapshot()
        var fields = Sandbox.fullRequest.filter { !$0.hasPrefix("email=") }
        fields = fields.map { $0.hasPrefix("nip=") ? "nip=198513402010011003" : $0 }
        fields += ["warna=merah", "kata_sandi=rahasia123"]
        let r = try s.newRequest(fields: fields)
        #expect(r.status == 1)
        let file = Sandbox.recordPath(1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file):8: nip: ") && $0.contains("1985-13-40") }, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix(file) && $0.contains(": email: ") && $0.contains("wajib") })
        #expect(lines.contains { $0.hasPrefix(file) && $0.contains(": warna: kolom tidak dikenal") })
        #expect(lines.contains { $0.hasPrefix(file) && $0.contains(": kata_sandi: ") && $0.contains("kata sandi") })
        #expect(lines.allSatisfy { !$0.contains("Fatal") && !$0.contains("Stack") })
        #expect(try s.snapshot() == before)
        #expect(!s.exists("arsip/" + file))
    }

    @Test func englishOnRequest() throws {
        let s = try Sandbox()
        try s.initArchive()
        let r = try s.berkas([
            "-C", "arsip", "new", "--lang", "en", "--key", s.dir + "/keys/pengelola", "--set", "nip=123"
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("a NIP must be 18 digits"))
        #expect(r.stderr.contains("nothing was saved"))
    }

    @Test func windowsRecordReadsLikeItsLFTwin() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let path = "arsip/\(Sandbox.recordPath(1))"
        let lf = try s.read(path)
        let windows = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        try s.write(path, windows)
        let ok = try s.berkas(["-C", "arsip", "validate", Sandbox.recordPath(1)])
        #expect(ok.status == 0, "\(ok.stderr)")
        try s.write(path, lf.replacingOccurrences(of: "198507122010011003", with: "198507122010013003"))
        let badLF = try s.berkas(["-C", "arsip", "validate"])
        try s.write(path, windows.replacingOccurrences(of: "198507122010011003", with: "198507122010013003"))
        let badWindows = try s.berkas(["-C", "arsip", "validate"])
        #expect(badLF.status == 1 && badWindows.status == 1)
        #expect(badLF.stderr == badWindows.stderr)
        #expect(badLF.stderr.contains(":8: nip: "))
    }

    @Test func editKeepsWindowsLineEndingsAndTouchesOneLine() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let rel = Sandbox.recordPath(1)
        let windows = "\u{FEFF}" + (try s.read("arsip/" + rel)).replacingOccurrences(of: "\n", with: "\r\n")
        try s.write("arsip/" + rel, windows)
        // Saved by someone with plain git.
        #expect(
            try s.git([
                "-c", "user.name=x", "-c", "user.email=x@x.id", "-c", "commit.gpgsign=false", "commit", "-qam", "crlf"
            ]).status == 0)
        let r = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--key", s.dir + "/keys/pengelola", "--set", "jabatan=Kepala Bidang"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try s.read("arsip/" + rel)
        #expect(
            after
                == windows.replacingOccurrences(
                    of: "jabatan: \"Kepala Seksi Sarana Prasarana\"", with: "jabatan: \"Kepala Bidang\""))
        #expect(try s.gitOut(["diff", "--numstat", "HEAD~1", "HEAD"]) == "1\t1\t\(rel)")
        #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Fields,valueonly)"]) == "jabatan")
    }

    @Test func aliasBombIsRefusedWithFileLineAndField() throws {
        let s = try Sandbox()
        try s.initArchive()
        // 236 bytes of front matter that expand to 9^9 strings through any alias-following loader.
        var bomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var prev = "a"
        for n in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            bomb += "\(n): &\(n) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
            prev = n
        }
        bomb += "---\n"
        try s.write("arsip/\(Sandbox.recordPath(9))", bomb)
        let r = try s.berkas(["-C", "arsip", "validate"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(Sandbox.recordPath(9)):2: a: jangkar YAML"), "\(r.stderr)")
    }

    @Test func secretsInTheBodyAndNonRecordsAreReported() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let path = "arsip/\(Sandbox.recordPath(1))"
        try s.write(path, try s.read(path) + "Kata sandi baru: Spse#2026\n")
        try s.write("arsip/permintaan-reset-akun/\(Sandbox.year)/catatan.md", "halo\n")
        let r = try s.berkas(["-C", "arsip", "validate"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(Sandbox.rid(1)).md:21: catatan: "))
        #expect(r.stderr.contains("permintaan-reset-akun/\(Sandbox.year)/catatan.md: bukan jalur berkas arsip"))
    }

    @Test func aBinaryCopiedAloneStillInits() throws {
        let s = try Sandbox()
        try FileManager.default.createDirectory(atPath: s.dir + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Sandbox.binary, toPath: s.dir + "/bin/berkas")
        let k = try s.key("k")
        let r = try s.run([
            s.dir + "/bin/berkas", "init", "arsip", "--key", k, "--name", "Rina", "--email", "rina@x.go.id",
            "--nip", "199003152015032001"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(s.exists("arsip/.berkas/types/permintaan-reset-akun/schema.yml"))
        #expect(s.exists("arsip/.berkas/types/permintaan-reset-akun/surat.md"))
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
    }

    @Test func aHeldLockGivesExit75AndChangesNothing() throws {
        let s = try Sandbox()
        try s.initArchive()
        let before = try s.snapshot()
        // Another process holds the lock (flock, as a second berkas would).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["flock", s.dir + "/arsip/.git/berkas.lock", "sleep", "5"]
        try holder.run()
        defer { holder.terminate() }
        var waited = 0
        while try s.run(["flock", "-n", s.dir + "/arsip/.git/berkas.lock", "true"]).status == 0 && waited < 100 {
            usleep(20_000)
            waited += 1
        }
        let r = try s.newRequest()
        #expect(r.status == 75)
        #expect(r.stderr.contains("sedang dipakai"))
        #expect(try s.snapshot() == before)
        holder.terminate()
        holder.waitUntilExit()
        // The kernel released the lock with its holder: nothing stale is left to block the next command.
        #expect(try s.newRequest().status == 0)
    }

    @Test func unregisteredKeyIsNotAllowed() throws {
        let s = try Sandbox()
        try s.initArchive()
        try s.key("stranger")
        let before = try s.snapshot()
        let r = try s.newRequest(key: "stranger")
        #expect(r.status == 77)
        #expect(r.stderr.contains("tidak terdaftar"))
        #expect(try s.snapshot() == before)
        let who = try s.berkas(["-C", "arsip", "whoami", "--key", s.dir + "/keys/stranger"])
        #expect(who.status == 77)
        #expect(who.stdout.contains("ssh-ed25519 "))
    }

    @Test func whoamiShowsMemberAndWork() throws {
        let s = try Sandbox()
        try s.initArchive(roles: ["staf-ukpbj", "kepala-ukpbj"])
        #expect(try s.newRequest().status == 0)
        let r = try s.berkas(["-C", "arsip", "whoami", "--key", s.dir + "/keys/pengelola"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Rina Wulandari, S.E."))
        #expect(r.stdout.contains("199003152015032001"))
        #expect(r.stdout.contains("kepala-ukpbj (Kepala UKPBJ)"))
        #expect(r.stdout.contains("\(Sandbox.rid(1))  diterima  → disposisi, tolak"))
    }

    @Test func signingKeyFromGitConfig() throws {
        let s = try Sandbox()
        try s.initArchive()
        // init with --key records it as the archive's user.signingkey: no flag needed afterwards.
        let r = try s.berkas(["-C", "arsip", "new"] + Sandbox.sets(Sandbox.fullRequest))
        #expect(r.status == 0, "\(r.stderr)")
        let env = try s.berkas(["-C", "arsip", "whoami"], extraEnv: ["BERKAS_KEY": s.dir + "/keys/pengelola"])
        #expect(env.stdout.contains("$BERKAS_KEY"))
    }
}

@Suite("End to end: records edited by hand, new keys")
struct HandEditEndToEndTests {
    @Test func commitChecksAndSignsWhatWasEditedByHand() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let path = "arsip/\(Sandbox.recordPath(1))"
        try s.write(
            path,
            try s.read(path).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Bidang Sarana"))
        let r = try s.berkas(["-C", "arsip", "commit", "--key", s.dir + "/keys/pengelola"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(Sandbox.rid(1)): diubah jabatan"))
        #expect(try s.gitOut(["log", "-1", "--format=%G? %(trailers:key=Berkas-Action,valueonly)"]) == "G ubah")
        #expect(try s.gitOut(["status", "--porcelain"]) == "")
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        // A status changed by hand is refused: steps are taken with `berkas act`.
        let before = try s.gitOut(["rev-parse", "HEAD"])
        try s.write(path, try s.read(path).replacingOccurrences(of: "status: diterima", with: "status: selesai"))
        let refused = try s.berkas(["-C", "arsip", "commit", "--key", s.dir + "/keys/pengelola"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(":4: status: ") && refused.stderr.contains("berkas act"), "\(refused.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == before)
        #expect(try s.read(path).contains("status: selesai"), "the hand edit is left for the clerk to fix")
        let nothing = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(9), "--key", s.dir + "/keys/pengelola"])
        #expect(nothing.status == 0 && nothing.stdout.contains("Tidak ada perubahan"))
    }

    @Test func keyNewMakesAKeyToHandToThePengelola() throws {
        let s = try Sandbox()
        try s.initArchive()
        let r = try s.berkas(
            ["key", "new", "--file", s.dir + "/keys/baru", "--comment", "andi@ponorogo.go.id"],
            extraEnv: ["BERKAS_KEY_PASSPHRASE": ""])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ssh-ed25519 ") && r.stdout.contains("andi@ponorogo.go.id"))
        let add = try s.berkas([
            "-C", "arsip", "member", "add", "--name", "Andi Wijaya", "--nip", "199201012019031001", "--email",
            "andi@ponorogo.go.id",
            "--role", "staf-ukpbj", "--pubkey", s.dir + "/keys/baru.pub", "--key", s.dir + "/keys/pengelola"
        ])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(
            try s.berkas(["key", "new", "--file", s.dir + "/keys/baru"], extraEnv: ["BERKAS_KEY_PASSPHRASE": ""]).status
                == 64)
    }
}

@Suite("End to end: keys with a passphrase")
struct AgentKeyEndToEndTests {
    /// A passphrase-protected key, loaded into ssh-agent, signs when berkas is given its `.pub` (as git does).
    @Test func aPassphraseKeySignsThroughTheAgent() throws {
        let s = try Sandbox()
        let key = s.dir + "/keys/rahasia"
        #expect(
            try s.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "kunci-panjang-sekali", "-C", "rina", "-f", key])
                .status == 0)
        try s.write("askpass.sh", "#!/bin/sh\necho kunci-panjang-sekali\n")
        chmod(s.dir + "/askpass.sh", 0o755)
        // `ssh-agent COMMAND` lives exactly as long as the command.
        let fields = Sandbox.sets(Sandbox.fullRequest).map { "'\($0)'" }.joined(separator: " ")
        let script = """
            ssh-add '\(key)' < /dev/null || exit 10
            '\(Sandbox.binary)' init arsip --key '\(key).pub' --name Rina --email rina@x.go.id --nip 199003152015032001 --role staf-ukpbj || exit 11
            env -u SSH_ASKPASS -u SSH_ASKPASS_REQUIRE -u DISPLAY SSH_AUTH_SOCK=/nonexistent '\(Sandbox.binary)' -C arsip new --key '\(key).pub' \(fields) 2> no-agent.txt
            echo "no-agent exit $?"
            """
        let r = try s.run(
            ["ssh-agent", "sh", "-c", script],
            extraEnv: ["SSH_ASKPASS": s.dir + "/askpass.sh", "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
        #expect(r.stdout.contains("no-agent exit 77"), "\(r.stdout)")
        #expect(try s.read("no-agent.txt").contains("ssh-add"))
        #expect(try s.gitOut(["rev-list", "--count", "HEAD"]) == "1")
    }

    /// An unencrypted key file is signed in-process, but only as ssh-keygen would
    /// sign it: a key file others can read is refused, and nothing is committed.
    @Test func aKeyFileOthersCanReadIsRefusedAsSSHKeygenRefusesIt() throws {
        let s = try Sandbox()
        try s.initArchive()
        let before = try s.gitOut(["rev-parse", "HEAD"])
        chmod(s.dir + "/keys/pengelola", 0o644)
        let r = try s.newRequest()
        #expect(r.status == 77, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("chmod 600"), "\(r.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == before)
        #expect(try s.git(["status", "--porcelain"]).stdout.isEmpty)
        chmod(s.dir + "/keys/pengelola", 0o600)
        #expect(try s.newRequest().status == 0)
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
    }
}
