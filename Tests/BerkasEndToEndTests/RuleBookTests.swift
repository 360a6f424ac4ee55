import Foundation
import Testing

/// The classes of history where berkas's verdict and the rule book
/// (docs/verification-rules.md) once differed. Each forgery is made with stock
/// git and ssh-keygen and must be refused by `verify` and by the server hook;
/// each honest change must pass both.
@Suite("End to end: the rule book, clause by clause")
struct RuleBookTests {
    let forged = ForgedHistoryTests()
    var record: String { forged.record }
    let pengelola = "Rina Wulandari, S.E. (NIP 199003152015032001)"
    let staf = "Siti Aminah (NIP 198801012010012001)"

    func archiveMessage(_ subject: String, action: String, actor: String? = nil) -> String {
        "\(subject)\n\nBerkas-Action: \(action)\nBerkas-Role: pengelola\nBerkas-Actor: \(actor ?? pengelola)"
    }

    /// An honest history verifies and the central repository takes it.
    func expectAccepted(_ s: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(
            r.status == 0, "verify refused an honest history:\n\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
        let push = try s.git(["push", s.dir + "/pusat.git", "HEAD:refs/heads/main"])
        #expect(
            push.status == 0, "the server refused an honest history:\n\(push.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: documentation

    @Test func thePengelolaUpdatesTheArchivesManual() throws {
        let s = try forged.office()
        try s.write("arsip/README.md", try s.read("arsip/README.md") + "\nCatatan baru untuk staf.\n")
        try s.write("arsip/lampiran/README.md", "Lampiran: satu folder per berkas.\n")
        #expect(try s.git(["add", "-A"]).status == 0)
        try forged.handCommit(
            s, key: "pengelola", message: archiveMessage("Petunjuk arsip diperbarui", action: "dokumentasi"))
        try expectAccepted(s)
        // A later step still verifies.
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key",
                s.dir + "/keys/kepala-ukpbj"
            ]).status == 0)
        try expectAccepted(s)
    }

    @Test func theManualChangedByStaff() throws {
        let s = try forged.office()
        try s.write("arsip/README.md", try s.read("arsip/README.md") + "\nCatatan.\n")
        let c = try forged.handCommit(
            s, key: "staf",
            message: "Petunjuk\n\nBerkas-Action: dokumentasi\nBerkas-Role: staf-ukpbj\nBerkas-Actor: \(staf)")
        try forged.expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func theManualChangedTogetherWithARecord() throws {
        let s = try forged.office()
        try s.write("arsip/README.md", try s.read("arsip/README.md") + "\nCatatan.\n")
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try forged.handCommit(s, key: "pengelola", message: archiveMessage("Dua hal", action: "dokumentasi"))
        try forged.expectViolation(s, commit: c, rule: "cakupan")
    }

    // MARK: archive actions

    func changeStandardTime(_ s: Sandbox) throws {
        let workflow = "arsip/.berkas/types/permintaan-reset-akun/workflow.yml"
        let text = try s.read(workflow)
        #expect(text.contains("standard_working_days: 1"))
        try s.write(
            workflow, text.replacingOccurrences(of: "standard_working_days: 1", with: "standard_working_days: 2"))
    }

    @Test func aSettingsChangeLabelledMemberAdd() throws {
        let s = try forged.office()
        try changeStandardTime(s)
        let c = try forged.handCommit(
            s, key: "pengelola", message: archiveMessage("Anggota baru", action: "member-add"))
        try forged.expectViolation(s, commit: c, rule: "trailer")
        let log = try s.berkas(["-C", "arsip", "log"])
        #expect(
            log.stdout.contains(
                "TIDAK SAH: [trailer] trailer Berkas-Action \"member-add\" tidak sesuai perubahan (pengaturan)"),
            "\(log.stdout)")
    }

    @Test func aSettingsChangeUnderItsOwnName() throws {
        let s = try forged.office()
        try changeStandardTime(s)
        try forged.handCommit(
            s, key: "pengelola", message: archiveMessage("Mutu baku disposisi 2 hari", action: "pengaturan"))
        try expectAccepted(s)
    }

    @Test func initAfterTheRoot() throws {
        let s = try forged.office()
        try changeStandardTime(s)
        let c = try forged.handCommit(s, key: "pengelola", message: archiveMessage("Arsip baru", action: "init"))
        try forged.expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func aMemberAddLabelledAsASettingsChange() throws {
        let s = try forged.office()
        // The honest member-add made by berkas, then its commit re-made with another label.
        try s.key("baru")
        #expect(
            try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/pengelola", "--name", "Ani", "--nip",
                "199001012015012001",
                "--email", "ani@ponorogo.go.id", "--role", "staf-ukpbj", "--pubkey", s.dir + "/keys/baru.pub"
            ]).status == 0)
        #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Action,valueonly)"]) == "member-add")
        #expect(try s.git(["reset", "-q", "--soft", "HEAD~1"]).status == 0)
        let c = try forged.handCommit(
            s, key: "pengelola", message: archiveMessage("Pengaturan", action: "pengaturan"), all: false)
        try forged.expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func everyMemberCommandNamesItsChange() throws {
        let s = try forged.office()
        let k = ["--key", s.dir + "/keys/pengelola"]
        try s.key("kedua")
        for (args, action) in [
            (["member", "add-key", "staf@ponorogo.go.id", "--pubkey", s.dir + "/keys/kedua.pub"], "key-add"),
            (["member", "retire-key", "staf@ponorogo.go.id", "--pubkey", s.dir + "/keys/staf.pub"], "key-retire"),
            (["member", "remove", "admin@ponorogo.go.id"], "member-remove")
        ] {
            let r = try s.berkas(["-C", "arsip"] + args + k)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Action,valueonly)"]) == action)
        }
        try expectAccepted(s)
    }

    // MARK: a step's diff

    @Test func aStepThatRewritesTheBody() throws {
        let s = try forged.office()
        try forged.setStatus(s, "didisposisi")
        try s.write(record, try s.read(record) + "Catatan tambahan yang ditulis diam-diam.\n")
        let c = try forged.handCommit(
            s, key: "kepala-ukpbj",
            message: forged.trailers(
                action: "disposisi", from: "diterima", to: "didisposisi",
                role: "kepala-ukpbj", actor: "Drs. Ahmad Fauzi (NIP 197001011995031001)"))
        try forged.expectViolation(s, commit: c, rule: "alur")
    }

    @Test func aStepThatRewritesAComment() throws {
        let s = try forged.office()
        try forged.setStatus(s, "didisposisi")
        let text = try s.read(record)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The first line of the front matter that is neither status nor the fence: a field the step does not set.
        let other = try #require(lines.dropFirst().first { $0.hasPrefix("nama:") })
        try s.write(record, text.replacingOccurrences(of: String(other), with: String(other) + " # diubah"))
        let c = try forged.handCommit(
            s, key: "kepala-ukpbj",
            message: forged.trailers(
                action: "disposisi", from: "diterima", to: "didisposisi",
                role: "kepala-ukpbj", actor: "Drs. Ahmad Fauzi (NIP 197001011995031001)"))
        try forged.expectViolation(s, commit: c, rule: "alur")
    }

    // MARK: trailers

    /// The office, then the clerk's signed edit of `jabatan` made with plain git, its trailers as given.
    func staffEdit(trailers: [String]) throws -> (Sandbox, String) {
        let s = try forged.office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try forged.handCommit(
            s, key: "staf", message: "\(Sandbox.rid(1)): ubah\n\n" + trailers.joined(separator: "\n"))
        return (s, c)
    }

    /// The trailers berkas writes for that edit.
    var honestEditTrailers: [String] {
        [
            "Berkas-Record: \(Sandbox.rid(1))", "Berkas-Action: ubah", "Berkas-From: diterima", "Berkas-To: diterima",
            "Berkas-Fields: jabatan",
            "Berkas-Role: staf-ukpbj", "Berkas-Actor: \(staf)"
        ]
    }

    @Test func aRepeatedTrailer() throws {
        var t = honestEditTrailers
        t.insert("Berkas-Action: disposisi", at: 2)
        let (s, c) = try staffEdit(trailers: t)
        try forged.expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func berkasFieldsThatLie() throws {
        let (s, c) = try staffEdit(
            trailers: honestEditTrailers.map { $0.hasPrefix("Berkas-Fields") ? "Berkas-Fields: telepon" : $0 })
        try forged.expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func anUnknownOrMisplacedTrailer() throws {
        // An unknown key at the end; Berkas-Record moved from first to last.
        for trailers in [
            honestEditTrailers + ["Berkas-Approved: ya"],
            Array(honestEditTrailers.dropFirst()) + [honestEditTrailers[0]]
        ] {
            let (s, c) = try staffEdit(trailers: trailers)
            try forged.expectViolation(s, commit: c, rule: "trailer")
        }
    }

    /// The same edit with the honest trailers passes: the three forgeries above fail for their trailers alone.
    @Test func theHonestTrailersOfThatEditPass() throws {
        let (s, _) = try staffEdit(trailers: honestEditTrailers)
        try expectAccepted(s)
    }

    @Test func anHonestEditNamesItsFields() throws {
        let s = try forged.office()
        let r = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "jabatan=Kepala Bidang", "--set", "telepon=081234567899",
            "--key", s.dir + "/keys/staf"
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.gitOut(["log", "-1", "--format=%(trailers:key=Berkas-Fields,valueonly)"]) == "jabatan, telepon")
        try expectAccepted(s)
    }

    // MARK: time

    /// A membership's last day is judged in the archive's zone: a commit at 00:30 WIB on the day
    /// after, written with the offset -1200 (still the last day there), is past it.
    @Test func aMembershipPastItsLastDayInTheArchivesZone() throws {
        let s = try forged.office()
        try s.key("tamu")
        let y = Sandbox.year
        #expect(
            try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/pengelola", "--name", "Tamu", "--nip",
                "199001012015012001",
                "--email", "tamu@ponorogo.go.id", "--role", "staf-ukpbj", "--pubkey", s.dir + "/keys/tamu.pub",
                "--valid-until", "\(y)-11-30"
            ]).status == 0)
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try forged.handCommit(
            s, key: "tamu",
            message: forged.trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Tamu (NIP 199001012015012001)") + "",
            date: "\(y)-11-30T05:30:00-1200")
        #expect(try s.gitOut(["log", "-1", "--format=%ci"]) == "\(y)-11-30 05:30:00 -1200")
        try forged.expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    // MARK: objects

    /// A commit object written by hand from `payload`, signed as git signs (ssh-keygen -Y sign -n git).
    func signedObject(_ s: Sandbox, payload: String, key: String) throws -> String {
        try s.write("payload.txt", payload)
        let sign = try s.run([
            "ssh-keygen", "-q", "-Y", "sign", "-f", s.dir + "/keys/" + key, "-n", "git", s.dir + "/payload.txt"
        ])
        #expect(sign.status == 0, "\(sign.stderr)")
        let signature = try s.read("payload.txt.sig").trimmingCharacters(in: .newlines).replacingOccurrences(
            of: "\n", with: "\n ")
        var lines = payload.components(separatedBy: "\n")
        let after = try #require(lines.firstIndex { $0.isEmpty })
        lines.insert("gpgsig " + signature, at: after)
        try s.write("object.txt", lines.joined(separator: "\n"))
        return try s.gitOut(["hash-object", "-t", "commit", "-w", "--literally", s.dir + "/object.txt"])
    }

    /// Headers out of git's order (author before parent), signed: libgit2 cannot read it; verify names it under `utuh`.
    @Test func aCommitWithItsHeadersOutOfOrder() throws {
        let s = try forged.office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let honest = try forged.handCommit(
            s, key: "staf",
            message: forged.trailers(action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj", actor: staf))
        let raw = try s.git(["cat-file", "commit", honest]).stdout
        // The payload git signs: the object without its gpgsig header, then headers reordered.
        let all = raw.components(separatedBy: "\n")
        let headerEnd = try #require(all.firstIndex(of: ""))
        // The headers without gpgsig and its continuation lines (which begin with a space), then the message.
        var lines = all[..<headerEnd].filter { !$0.hasPrefix("gpgsig ") && !$0.hasPrefix(" ") } + all[headerEnd...]
        let parent = try #require(lines.firstIndex { $0.hasPrefix("parent ") })
        let author = try #require(lines.firstIndex { $0.hasPrefix("author ") })
        lines.swapAt(parent, author)
        let id = try signedObject(s, payload: lines.joined(separator: "\n"), key: "staf")
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        let verify = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(
            verify.status == 1 && verify.stdout.contains("\(id.prefix(10)) [utuh]"), "\(verify.stdout)\(verify.stderr)")
        // Stock git reads no parent in it, so only a forced push sends it: the hook names it.
        let before = try forged.centralMain(s)
        let push = try s.git(["push", "--force", s.dir + "/pusat.git", "HEAD:refs/heads/main"])
        #expect(push.status != 0 && push.stderr.contains("[utuh]"), "\(push.stderr)")
        #expect(try forged.centralMain(s) == before)
    }

    // MARK: plain files only

    @Test func aSymlinkAsAnAttachment() throws {
        let s = try forged.office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        try FileManager.default.createDirectory(
            atPath: s.dir + "/arsip/lampiran/\(Sandbox.rid(1))", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: s.dir + "/arsip/lampiran/\(Sandbox.rid(1))/sk.pdf", withDestinationPath: "/etc/passwd")
        #expect(try s.git(["add", "-A"]).status == 0)
        let c = try forged.handCommit(
            s, key: "staf",
            message:
                "\(Sandbox.rid(1)): ubah\n\nBerkas-Record: \(Sandbox.rid(1))\nBerkas-Action: ubah\nBerkas-From: diterima\n"
                + "Berkas-To: diterima\nBerkas-Fields: jabatan\nBerkas-Role: staf-ukpbj\nBerkas-Actor: \(staf)")
        try forged.expectViolation(s, commit: c, rule: "cakupan")
        let verify = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(
            verify.stdout.contains("lampiran/\(Sandbox.rid(1))/sk.pdf bukan berkas biasa (mode 120000"),
            "\(verify.stdout)")
    }

    @Test func aSubmoduleInTheArchive() throws {
        let s = try forged.office()
        let head = try s.gitOut(["rev-parse", "HEAD"])
        #expect(
            try s.git(["update-index", "--add", "--cacheinfo", "160000,\(head),lampiran/\(Sandbox.rid(1))/modul"])
                .status == 0)
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        #expect(try s.git(["add", record.replacingOccurrences(of: "arsip/", with: "")]).status == 0)
        let c = try forged.handCommit(
            s, key: "staf",
            message:
                "\(Sandbox.rid(1)): ubah\n\nBerkas-Record: \(Sandbox.rid(1))\nBerkas-Action: ubah\nBerkas-From: diterima\n"
                + "Berkas-To: diterima\nBerkas-Fields: jabatan\nBerkas-Role: staf-ukpbj\nBerkas-Actor: \(staf)",
            all: false)
        try forged.expectViolation(s, commit: c, rule: "cakupan")
    }

    // MARK: secrets

    /// Mentioning whose duty the password is gives no password: an honest note passes.
    @Test func aSentenceAboutThePasswordIsNoPassword() throws {
        let s = try forged.office()
        try s.write(record, try s.read(record) + "Kata sandi adalah tanggung jawab pemohon.\n")
        let r = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(1), "--key", s.dir + "/keys/staf"])
        #expect(r.status == 0, "\(r.stderr)")
        try expectAccepted(s)
        // Giving one is refused.
        try s.write(record, try s.read(record) + "Kata sandi adalah Spse#2026.\n")
        let refused = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(1), "--key", s.dir + "/keys/staf"])
        #expect(refused.status == 1 && refused.stderr.contains("kata sandi"), "\(refused.stderr)")
    }

    // MARK: the verification cache and the archive's fingerprint

    /// A folder handed over with a `.git/berkas/verified` that lists a forged tip: never trusted.
    @Test func aCopiedCacheIsNeverTrusted() throws {
        let s = try forged.office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try forged.handCommit(s, key: nil, message: "tanpa tanda tangan")
        for cache in [
            "\(c)\n",
            "tip \(c) \(String(repeating: "ab", count: 32))\nroot \(c) \(String(repeating: "ab", count: 32))\n"
        ] {
            try s.write("arsip/.git/berkas/verified", cache)
            let r = try s.berkas(["-C", "arsip", "verify"])
            #expect(r.status == 1 && r.stdout.contains("\(c.prefix(10)) [tanda-tangan]"), "\(r.stdout)")
        }
    }

    /// What one user verified is not trusted by another on the same folder (their keys differ).
    @Test func anotherUsersCacheIsNotTrusted() throws {
        let s = try forged.office()
        let first = try s.berkas(["-C", "arsip", "verify"])
        #expect(first.status == 0 && first.stdout.contains("semua sah"), "\(first.stdout)")
        #expect(try s.berkas(["-C", "arsip", "verify"]).stdout.hasPrefix("0 commit diperiksa"))
        let other = s.dir + "/auditor"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        let auditor = try s.berkas(["-C", "arsip", "verify"], extraEnv: ["HOME": other, "XDG_STATE_HOME": ""])
        let total = try s.gitOut(["rev-list", "--count", "HEAD"])
        #expect(auditor.stdout.hasPrefix("\(total) commit diperiksa: semua sah"), "\(auditor.stdout)")
        #expect(FileManager.default.fileExists(atPath: other + "/.local/state/berkas/verify-key"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: other + "/.local/state/berkas/verify-key")[
                .posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// The archive's fingerprint is its root commit: printed by init and verify, checked by --root.
    @Test func theFingerprintTellsTheOfficesArchiveFromARemadeOne() throws {
        let s = try Sandbox()
        let k = try s.key("pengelola")
        let made = try s.berkas([
            "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id", "--nip",
            "199003152015032001",
            "--role", "staf-ukpbj"
        ])
        let root = try s.gitOut(["rev-list", "--max-parents=0", "main"])
        #expect(made.stdout.contains("Sidik arsip: \(root)"), "\(made.stdout)")
        #expect(try s.newRequest().status == 0)
        let verify = try s.berkas(["-C", "arsip", "verify", "--root", root])
        #expect(
            verify.status == 0 && verify.stdout.contains("Sidik arsip (commit pertamanya): \(root)"), "\(verify.stdout)"
        )
        #expect(try s.berkas(["-C", "arsip", "verify", "--root", String(root.prefix(12))]).status == 0)
        // The same office made anew a minute later: everything signed and valid, but another archive.
        let again = try s.berkas(
            [
                "init", "palsu", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001"
            ],
            extraEnv: Sandbox.at("\(Sandbox.year)-11-25T10:01:00+07:00"))
        #expect(again.status == 0)
        let remade = try s.berkas(["-C", "palsu", "verify", "--root", root])
        #expect(
            remade.status == 1 && remade.stdout.contains("[akar]")
                && remade.stdout.contains("bukan dari sidik arsip yang tercatat (\(root))"), "\(remade.stdout)")
        let json = try s.berkas(["-C", "arsip", "verify", "--format", "json"])
        #expect(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["root"] as? String
                == root)
    }

    // MARK: the archive's own rules

    @Test func noPengelolaLeft() throws {
        let s = try forged.office()
        let policy = "arsip/.berkas/policy.yml"
        let text = try s.read(policy)
        #expect(text.contains("peran: [pengelola]"), "\(text)")
        try s.write(policy, text.replacingOccurrences(of: "peran: [pengelola]", with: "peran: [staf-ukpbj]"))
        let c = try forged.handCommit(s, key: "pengelola", message: archiveMessage("Peran", action: "pengaturan"))
        try forged.expectViolation(s, commit: c, rule: "pengaturan")
    }

    /// A root commit (the archive's rules, signed by its pengelola) that already holds a record.
    @Test func aRootThatHoldsARecord() throws {
        let s = try forged.office()
        let forgedRoot = s.dir + "/akar"
        #expect(try s.run(["git", "init", "-q", "-b", "main", forgedRoot]).status == 0)
        #expect(
            try s.run(["cp", "-r", s.dir + "/arsip/.berkas", s.dir + "/arsip/permintaan-reset-akun", forgedRoot + "/"])
                .status == 0)
        #expect(try s.run(["git", "-C", forgedRoot, "add", "-A"]).status == 0)
        let commit = try s.run([
            "git", "-C", forgedRoot, "-c", "gpg.format=ssh", "-c", "user.signingkey=\(s.dir)/keys/pengelola", "-c",
            "user.name=Rina",
            "-c", "user.email=rina@ponorogo.go.id", "commit", "-S", "-qm", archiveMessage("Arsip baru", action: "init")
        ])
        #expect(commit.status == 0, "\(commit.stderr)")
        let id = try s.run(["git", "-C", forgedRoot, "rev-parse", "HEAD"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let verify = try s.berkas(["-C", forgedRoot, "verify"])
        #expect(
            verify.status == 1 && verify.stdout.contains("\(id.prefix(10)) [pengaturan]")
                && verify.stdout.contains("commit pertama sudah berisi berkas"),
            "\(verify.stdout)")
        // A new central repository with the hook refuses it as its first history.
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/baru.git"]).status == 0)
        #expect(try s.berkas(["-C", "baru.git", "hooks", "server"]).status == 0)
        let push = try s.run(["git", "-C", forgedRoot, "push", s.dir + "/baru.git", "main"])
        #expect(push.status != 0 && push.stderr.contains("[pengaturan]"), "\(push.stderr)")
        #expect(try s.run(["git", "-C", s.dir + "/baru.git", "rev-parse", "--verify", "-q", "main"]).status != 0)
    }

    // MARK: the book and the code

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The tests the book's table names (`Suite.test` in backticks, with an optional `Folder/` before it).
    static func namedTests(in book: String) -> [(folder: String, suite: String, test: String?)] {
        var out: [(String, String, String?)] = []
        let table = book.components(separatedBy: "\n").filter {
            $0.hasPrefix("| §") || $0.hasPrefix("| an honest") || $0.hasPrefix("| riwayat jujur")
        }
        for line in table {
            for piece in line.components(separatedBy: "`").enumerated() where piece.offset % 2 == 1 {
                let text = piece.element
                // `Folder/Suite` or `Folder/Suite.test` or `Suite.test`: a test, not a trailer or a path.
                guard
                    text.range(of: #"^([A-Za-z]+/)?[A-Z][A-Za-z]+(\.[a-z][A-Za-z0-9]*)?$"#, options: .regularExpression)
                        != nil,
                    text.contains("/") || text.contains(".")
                else { continue }
                let folder = text.contains("/") ? String(text.split(separator: "/")[0]) : "BerkasEndToEndTests"
                let name = text.split(separator: "/").last.map(String.init) ?? text
                let parts = name.split(separator: ".").map(String.init)
                out.append((folder, parts[0], parts.count > 1 ? parts[1] : nil))
            }
        }
        return out
    }

    /// Every rule has its section in both books, every test the books name exists, and both name the same tests.
    @Test func everyRuleOfTheBookHasATest() throws {
        let english = try String(
            contentsOf: Self.root.appendingPathComponent("docs/verification-rules.md"), encoding: .utf8)
        let indonesian = try String(
            contentsOf: Self.root.appendingPathComponent("docs/aturan-pemeriksaan.md"), encoding: .utf8)
        let rules = [
            "utuh", "tanda-tangan", "penanda-tangan", "cakupan", "alur", "pemusnahan", "trailer", "rahasia", "linear",
            "waktu", "pengaturan", "akar", "lengkap"
        ]
        for (name, book) in [("verification-rules.md", english), ("aturan-pemeriksaan.md", indonesian)] {
            for rule in rules { #expect(book.contains("`\(rule)`"), "\(name) does not name the rule \(rule)") }
            for rule in rules where rule != "lengkap" {
                #expect(
                    book.range(of: #"\n## \d+a?\. `"# + rule + "`", options: .regularExpression) != nil,
                    "\(name) has no section for \(rule)")
            }
        }
        let named = Self.namedTests(in: english)
        #expect(named.count >= 40, "\(named.count) tests named")
        #expect(
            named.map { "\($0.folder)/\($0.suite).\($0.test ?? "")" }.sorted()
                == Self.namedTests(in: indonesian).map { "\($0.folder)/\($0.suite).\($0.test ?? "")" }.sorted(),
            "the two books name different tests")
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.root.appendingPathComponent("Tests").path)
            .filter { $0.hasSuffix(".swift") }
        let sources = try files.map {
            ($0, try String(contentsOf: Self.root.appendingPathComponent("Tests/" + $0), encoding: .utf8))
        }
        for t in named {
            let inFolder = sources.filter { $0.0.hasPrefix(t.folder + "/") }
            let suite = inFolder.first { $0.1.contains("struct \(t.suite)") }
            #expect(suite != nil, "no suite \(t.suite) in \(t.folder)")
            if let suite, let test = t.test { #expect(suite.1.contains("func \(test)("), "no test \(t.suite).\(test)") }
        }
        // The rules berkas applies, one file each, are the book's.
        let ruleFiles = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("Sources/BerkasAudit/Rules").path)
        let applied = try ruleFiles.compactMap { file -> String? in
            let text = try String(
                contentsOf: Self.root.appendingPathComponent("Sources/BerkasAudit/Rules/" + file), encoding: .utf8)
            guard let r = text.range(of: #"public let name = "[a-z-]+""#, options: .regularExpression) else {
                return nil
            }
            return String(text[r].dropFirst("public let name = \"".count).dropLast())
        }
        #expect(Set(applied) == Set(rules).subtracting(["utuh", "akar", "lengkap"]), "\(applied)")
    }
}
