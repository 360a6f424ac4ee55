import Foundation
import Testing

/// Histories forged with stock git and ssh-keygen. Each must fail
/// `berkas verify` naming the offending commit and the rule.
@Suite("End to end: forged histories fail verification")
struct ForgedHistoryTests {
    /// The office of the procedure tests, with one request in `diterima`.
    func office() throws -> Sandbox {
        let s = try Sandbox()
        try s.initArchive(keyName: "pengelola", roles: [])
        for (key, name, nip, role) in [
            ("staf", "Siti Aminah", "198801012010012001", "staf-ukpbj"),
            ("kepala-ukpbj", "Drs. Ahmad Fauzi", "197001011995031001", "kepala-ukpbj"),
            ("kepala-lpse", "Ir. Sri Handayani", "197505202000122002", "kepala-lpse"),
            ("admin", "Dwi Prasetyo", "198811112014021001", "admin-agency")
        ] {
            try s.key(key)
            let r = try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/pengelola", "--name", name, "--nip", nip,
                "--email", "\(key)@ponorogo.go.id", "--role", role, "--pubkey", s.dir + "/keys/\(key).pub"
            ])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try s.newRequest(key: "staf").status == 0)
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        // The central repository with the server hook, holding the honest history up to the
        // commit before the request, so that forgeries of the last commit are fast-forwards.
        #expect(try s.run(["git", "init", "-q", "--bare", s.dir + "/pusat.git"]).status == 0)
        #expect(try s.berkas(["-C", "pusat.git", "hooks", "server"]).status == 0)
        let push = try s.git(["push", "-q", s.dir + "/pusat.git", "HEAD~1:refs/heads/main"])
        #expect(push.status == 0, "honest push: \(push.stderr)")
        return s
    }

    func centralMain(_ s: Sandbox) throws -> String {
        try s.run(["git", "-C", s.dir + "/pusat.git", "rev-parse", "refs/heads/main"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    let record = "arsip/\(Sandbox.recordPath(1))"

    /// A commit made by hand with plain git, signed with `key` (nil: unsigned).
    @discardableResult
    func handCommit(_ s: Sandbox, key: String?, message: String, date: String? = nil, all: Bool = true) throws -> String
    {
        var args = ["-c", "user.name=Tangan", "-c", "user.email=tangan@x.go.id", "-c", "gpg.format=ssh"]
        if let key {
            args += ["-c", "user.signingkey=\(s.dir)/keys/\(key)", "commit", "-S"]
        } else {
            args += ["-c", "commit.gpgsign=false", "commit"]
        }
        args += (all ? ["-a"] : []) + ["-q", "-m", message]
        let r = try s.run(
            ["git", "-C", s.dir + "/arsip"] + args,
            extraEnv: date.map { ["GIT_COMMITTER_DATE": $0, "GIT_AUTHOR_DATE": $0] } ?? [:])
        #expect(r.status == 0, "git commit: \(r.stderr)")
        return try s.gitOut(["rev-parse", "HEAD"])
    }

    func trailers(action: String, from: String?, to: String, role: String, actor: String) -> String {
        "\(Sandbox.rid(1)): \(action)\n\nCatatan.\n\nBerkas-Record: \(Sandbox.rid(1))\nBerkas-Action: \(action)\n"
            + (from.map { "Berkas-From: \($0)\n" } ?? "")
            + "Berkas-To: \(to)\nBerkas-Role: \(role)\nBerkas-Actor: \(actor)"
    }

    func setStatus(_ s: Sandbox, _ status: String) throws {
        let text = try s.read(record)
        let current = text.split(separator: "\n").first { $0.hasPrefix("status: ") }!
        try s.write(record, text.replacingOccurrences(of: String(current), with: "status: \(status)"))
    }

    /// Runs verify and checks that `commit` is named with `rule`.
    func expectViolation(_ s: Sandbox, commit: String, rule: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let r = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(r.status == 1, "verify passed a forged history", sourceLocation: sourceLocation)
        let short = String(commit.prefix(10))
        #expect(
            r.stdout.contains("\(short) [\(rule)]"), "expected \(short) [\(rule)] in:\n\(r.stdout)\(r.stderr)",
            sourceLocation: sourceLocation)
        let json = try s.berkas(["-C", "arsip", "verify", "--no-cache", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false, sourceLocation: sourceLocation)
        // Judged by three threads taking runs of two commits: the same verdict, in the same order.
        let parallel = try s.berkas(
            ["-C", "arsip", "verify", "--no-cache", "--format", "json"],
            extraEnv: ["BERKAS_THREADS": "3", "BERKAS_VERIFY_RUN": "2"])
        #expect(
            parallel.status == json.status && parallel.stdout == json.stdout,
            "parallel verify differs:\n\(parallel.stdout)\n\(json.stdout)",
            sourceLocation: sourceLocation)
        // The central repository refuses the same history, and its main does not move.
        let before = try centralMain(s)
        let push = try s.git(["push", s.dir + "/pusat.git", "HEAD:refs/heads/main"])
        #expect(push.status != 0, "the server hook accepted a forged history", sourceLocation: sourceLocation)
        #expect(push.stderr.contains("[\(rule)]"), "push output:\n\(push.stderr)", sourceLocation: sourceLocation)
        #expect(
            push.stderr.contains("Tidak ada yang berubah di pusat. Jalankan `berkas verify`"),
            "push output:\n\(push.stderr)", sourceLocation: sourceLocation)
        #expect(try centralMain(s) == before, sourceLocation: sourceLocation)
    }

    @Test func anHonestArchiveVerifies() throws {
        let s = try office()
        let k = s.dir + "/keys/"
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key", k + "kepala-ukpbj"
            ]).status == 0)
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "perintah", "--note", "Reset.", "--key", k + "kepala-lpse"
            ]).status == 0)
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "reset", "--set", "user_id_spse=budi", "--key", k + "admin"
            ]).status == 0)
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "kirim", "--set", "dikirim_melalui=sms", "--set",
                "dikirim_ke=0812", "--key", k + "admin"
            ]).status == 0)
        let first = try s.berkas(["-C", "arsip", "verify"])
        #expect(first.status == 0, "\(first.stdout)")
        #expect(first.stdout.contains("4 commit diperiksa"))
        let again = try s.berkas(["-C", "arsip", "verify"])
        #expect(again.stdout.contains("0 commit diperiksa"))
        let full = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(full.stdout.contains("10 commit diperiksa: semua sah."))
        let push = try s.git(["push", "-q", s.dir + "/pusat.git", "main"])
        #expect(push.status == 0, "\(push.stderr)")
        #expect(try centralMain(s) == s.gitOut(["rev-parse", "HEAD"]))
        let log = try s.berkas(["-C", "arsip", "log", Sandbox.rid(1)])
        #expect(log.status == 0)
        #expect(log.stdout.contains("\(Sandbox.rid(1)) disposisi  diterima → didisposisi"))
        #expect(log.stdout.contains("Drs. Ahmad Fauzi (NIP 197001011995031001) [kepala-ukpbj]"))
        #expect(log.stdout.components(separatedBy: "tanda tangan sah").count - 1 == 5)
    }

    @Test func theServerRefusesOtherRefsDeletionRewritesAndFutureTimes() throws {
        let s = try office()
        let before = try centralMain(s)
        let other = try s.git(["push", s.dir + "/pusat.git", "main:refs/heads/lain"])
        #expect(other.status != 0 && other.stderr.contains("hanya cabang main"))
        let deletion = try s.git(["push", s.dir + "/pusat.git", ":refs/heads/main"])
        #expect(deletion.status != 0)
        #expect(try s.git(["reset", "-q", "--hard", "HEAD~2"]).status == 0)
        #expect(try s.newRequest(key: "staf").status == 0)
        let rewrite = try s.git(["push", "-f", s.dir + "/pusat.git", "main"])
        #expect(rewrite.status != 0 && rewrite.stderr.contains("bukan lanjutan main"), "\(rewrite.stderr)")
        #expect(try centralMain(s) == before)
        // Signed by berkas itself on a PC whose clock runs a year ahead: fine locally, refused by the server.
        #expect(try s.git(["reset", "-q", "--hard", before]).status == 0)
        let future = try s.berkas(
            ["-C", "arsip", "new", "--key", s.dir + "/keys/staf"] + Sandbox.sets(Sandbox.fullRequest),
            extraEnv: Sandbox.at("\(Sandbox.year + 1)-12-30T10:00:00+07:00"))
        #expect(future.status == 0, "\(future.stderr)")
        let push = try s.git(["push", s.dir + "/pusat.git", "main"])
        #expect(push.status != 0 && push.stderr.contains("[waktu]"), "\(push.stderr)")
        #expect(try centralMain(s) == before)
    }

    @Test func preCommitHookChecksPlainGitCommits() throws {
        let s = try office()
        let installed = try s.berkas(["-C", "arsip", "hooks", "install"])
        #expect(installed.status == 0, "\(installed.stderr)")
        let head = try s.gitOut(["rev-parse", "HEAD"])
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "198507122010011003", with: "198513402010011003"))
        #expect(try s.git(["add", "-A"]).status == 0)
        let r = try s.run([
            "git", "-C", s.dir + "/arsip", "-c", "user.name=x", "-c", "user.email=x@x.id", "-c", "commit.gpgsign=false",
            "commit", "-qm", "x"
        ])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(Sandbox.rid(1)).md:8: nip: "), "\(r.stderr)")
        #expect(r.stderr.contains("`berkas commit`"), "\(r.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
        // `git commit -a` and `git commit PATH` stage into a temporary index: checked as well.
        #expect(try s.git(["reset", "-q"]).status == 0)
        for args in [["commit", "-qam", "x"], ["commit", "-qm", "x", Sandbox.recordPath(1)]] {
            let plain = try s.run(
                [
                    "git", "-C", s.dir + "/arsip", "-c", "user.name=x", "-c", "user.email=x@x.id", "-c",
                    "commit.gpgsign=false"
                ] + args)
            #expect(
                plain.status != 0 && plain.stderr.contains("\(Sandbox.rid(1)).md:8: nip: "), "\(args): \(plain.stderr)")
            #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
        }
    }

    @Test func unsignedCommit() throws {
        let s = try office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try handCommit(
            s, key: nil,
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        try expectViolation(s, commit: c, rule: "tanda-tangan")
    }

    @Test func commitEditedAfterSigning() throws {
        let s = try office()
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let raw = try s.git(["cat-file", "commit", head]).stdout
        let forged = raw.replacingOccurrences(of: "dicatat.", with: "dicatat!")
        try s.write("forged.txt", forged)
        let id = try s.gitOut(["hash-object", "-t", "commit", "-w", s.dir + "/forged.txt"])
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        try expectViolation(s, commit: id, rule: "tanda-tangan")
    }

    @Test func keyNotInThePolicy() throws {
        let s = try office()
        try s.key("orang-luar")
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try handCommit(
            s, key: "orang-luar",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        try expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func removedKeyBackdated() throws {
        let s = try office()
        let when = try s.gitOut(["log", "-1", "--format=%ct"])
        #expect(
            try s.berkas(["-C", "arsip", "member", "remove", "staf@ponorogo.go.id", "--key", s.dir + "/keys/pengelola"])
                .status == 0)
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        // Signed by the removed member, dated before the removal.
        let c = try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"),
            date: "@\(Int(when)! - 60) +0700")
        try expectViolation(s, commit: c, rule: "penanda-tangan")
        try expectViolation(s, commit: c, rule: "waktu")
    }

    @Test func rightPersonWrongRole() throws {
        let s = try office()
        try setStatus(s, "didisposisi")
        let c = try handCommit(
            s, key: "admin",
            message: trailers(
                action: "disposisi", from: "diterima", to: "didisposisi", role: "kepala-ukpbj",
                actor: "Dwi Prasetyo (NIP 198811112014021001)"))
        try expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func statusJumpSkippingAStep() throws {
        let s = try office()
        try setStatus(s, "diperintahkan")
        let c = try handCommit(
            s, key: "kepala-lpse",
            message: trailers(
                action: "perintah", from: "diterima", to: "diperintahkan", role: "kepala-lpse",
                actor: "Ir. Sri Handayani (NIP 197505202000122002)"))
        try expectViolation(s, commit: c, rule: "alur")
    }

    @Test func statusChangedByHandByARoleThatMayNot() throws {
        let s = try office()
        try setStatus(s, "didisposisi")
        let c = try handCommit(s, key: "staf", message: "ubah status")
        try expectViolation(s, commit: c, rule: "penanda-tangan")
        try expectViolation(s, commit: c, rule: "trailer")
    }

    @Test func editToAFinalRecord() throws {
        let s = try office()
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "tolak", "--note", "Bukan PPK.", "--key",
                s.dir + "/keys/kepala-ukpbj"
            ]).status == 0)
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try handCommit(
            s, key: "kepala-ukpbj",
            message: trailers(
                action: "ubah", from: "ditolak", to: "ditolak", role: "kepala-ukpbj",
                actor: "Drs. Ahmad Fauzi (NIP 197001011995031001)"))
        try expectViolation(s, commit: c, rule: "alur")
    }

    @Test func deletedRecord() throws {
        let s = try office()
        #expect(try s.git(["rm", "-q", Sandbox.recordPath(1)]).status == 0)
        let c = try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        try expectViolation(s, commit: c, rule: "pemusnahan")
    }

    @Test func policyChangeByANonPengelola() throws {
        let s = try office()
        let policy = "arsip/.berkas/policy.yml"
        try s.write(
            policy,
            try s.read(policy).replacingOccurrences(of: "peran: [staf-ukpbj]", with: "peran: [staf-ukpbj, pengelola]"))
        let c = try handCommit(
            s, key: "staf",
            message:
                "Peran baru\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Siti Aminah (NIP 198801012010012001)"
        )
        try expectViolation(s, commit: c, rule: "penanda-tangan")
    }

    @Test func allowedSignersEditedWithoutThePolicy() throws {
        let s = try office()
        let signers = "arsip/.berkas/allowed_signers"
        try s.key("orang-luar")
        try s.write(
            signers, try s.read(signers) + "luar@x.go.id namespaces=\"git\" " + (try s.read("keys/orang-luar.pub")))
        let c = try handCommit(
            s, key: "pengelola",
            message:
                "Kunci\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Rina Wulandari, S.E. (NIP 199003152015032001)"
        )
        try expectViolation(s, commit: c, rule: "pengaturan")
    }

    @Test func recordAndPolicyTogether() throws {
        let s = try office()
        let policy = "arsip/.berkas/policy.yml"
        try s.write(policy, try s.read(policy) + "# catatan\n")
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try handCommit(s, key: "pengelola", message: "dua hal")
        try expectViolation(s, commit: c, rule: "cakupan")
    }

    @Test func twoRecordsInOneCommit() throws {
        let s = try office()
        let second = "arsip/\(Sandbox.recordPath(2))"
        try s.write(second, try s.read(record).replacingOccurrences(of: Sandbox.rid(1), with: Sandbox.rid(2)))
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        #expect(try s.git(["add", "-A"]).status == 0)
        let c = try handCommit(
            s, key: "staf",
            message: trailers(
                action: "buat", from: nil, to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        try expectViolation(s, commit: c, rule: "cakupan")
    }

    @Test func trailersThatDisagreeWithTheDiff() throws {
        let s = try office()
        try setStatus(s, "didisposisi")
        let c = try handCommit(
            s, key: "kepala-ukpbj",
            message: trailers(
                action: "disposisi", from: "diterima", to: "diperintahkan", role: "kepala-ukpbj",
                actor: "Drs. Ahmad Fauzi (NIP 197001011995031001)"))
        try expectViolation(s, commit: c, rule: "trailer")
        let verify = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(!verify.stdout.contains("[alur]"), "the step itself is legal: only the trailer lies\n\(verify.stdout)")
    }

    @Test func extraGpgsigSha256Header() throws {
        let s = try office()
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let raw = try s.git(["cat-file", "commit", head]).stdout
        let sig = try #require(raw.range(of: "gpgsig "))
        let injected = raw.replacingCharacters(
            in: sig.lowerBound..<sig.lowerBound,
            with: "gpgsig-sha256 -----BEGIN SSH SIGNATURE-----\n U1NIU0lH\n -----END SSH SIGNATURE-----\n")
        try s.write("forged.txt", injected)
        let id = try s.gitOut(["hash-object", "-t", "commit", "-w", s.dir + "/forged.txt"])
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        // Stock git still says Good.
        #expect(try s.git(["verify-commit", id]).status == 0)
        try expectViolation(s, commit: id, rule: "tanda-tangan")
    }

    @Test func signatureWithNamespaceFile() throws {
        let s = try office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let unsigned = try handCommit(
            s, key: nil,
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        let payload = try s.git(["cat-file", "commit", unsigned]).stdout
        let signed = try s.run(["ssh-keygen", "-Y", "sign", "-n", "file", "-f", s.dir + "/keys/staf"], stdin: payload)
        #expect(signed.status == 0)
        let header =
            "gpgsig " + signed.stdout.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n ")
            + "\n"
        let split = try #require(payload.range(of: "\n\n"))
        let forged =
            String(payload[..<split.lowerBound]) + "\n" + header
            + String(payload[split.upperBound...]).prependingNewline
        try s.write("forged.txt", forged)
        let id = try s.gitOut(["hash-object", "-t", "commit", "-w", s.dir + "/forged.txt"])
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        try expectViolation(s, commit: id, rule: "tanda-tangan")
    }

    @Test func mergeCommit() throws {
        let s = try office()
        #expect(try s.git(["checkout", "-q", "-b", "cabang"]).status == 0)
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        #expect(try s.git(["checkout", "-q", "main"]).status == 0)
        try s.write(record, try s.read(record).replacingOccurrences(of: "PBJ.2019.0001234", with: "PBJ.2019.0009999"))
        try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        let merge = try s.run([
            "git", "-C", s.dir + "/arsip", "-c", "user.name=T", "-c", "user.email=t@x.id", "-c", "gpg.format=ssh",
            "-c", "user.signingkey=\(s.dir)/keys/staf", "merge", "-S", "-q", "--no-edit", "cabang"
        ])
        #expect(merge.status == 0, "\(merge.stderr)")
        try expectViolation(s, commit: try s.gitOut(["rev-parse", "HEAD"]), rule: "linear")
    }

    @Test func commitTimeEarlierThanItsParent() throws {
        let s = try office()
        let when = try s.gitOut(["log", "-1", "--format=%ct"])
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let c = try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"),
            date: "@\(Int(when)! - 3600) +0700")
        try expectViolation(s, commit: c, rule: "waktu")
    }

    @Test func passwordLine() throws {
        let s = try office()
        try s.write(record, try s.read(record) + "password: Rahasia123\n")
        let c = try handCommit(
            s, key: "staf",
            message: trailers(
                action: "ubah", from: "diterima", to: "diterima", role: "staf-ukpbj",
                actor: "Siti Aminah (NIP 198801012010012001)"))
        try expectViolation(s, commit: c, rule: "rahasia")
    }

    /// The object database edited behind git's back: the record as created is
    /// replaced, under its id, by other content. Signatures name ids, so only
    /// checking each object against its id catches it.
    @Test func recordAlteredInTheObjectDatabase() throws {
        let s = try office()
        let k = s.dir + "/keys/"
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key", k + "kepala-ukpbj"
            ]).status == 0)
        let path = String(record.dropFirst("arsip/".count))
        let created = try s.gitOut(["rev-parse", "HEAD~1:" + path])
        let disposed = try s.gitOut(["rev-parse", "HEAD:" + path])
        let creation = try s.gitOut(["rev-parse", "HEAD~1"])
        func loose(_ id: String) -> String { s.dir + "/arsip/.git/objects/" + id.prefix(2) + "/" + id.dropFirst(2) }
        #expect(FileManager.default.fileExists(atPath: loose(created)))
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: loose(created))
        try Data(contentsOf: URL(fileURLWithPath: loose(disposed))).write(to: URL(fileURLWithPath: loose(created)))
        let r = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(r.status == 1, "verify passed an altered object database")
        #expect(r.stdout.contains("\(creation.prefix(10)) [utuh]"), "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains(created), "the altered object is named")
    }

    /// git's commit-graph file, edited to leave a forged commit out of the
    /// history it lists: verify uses the file only as a hint and still judges it.
    @Test func commitGraphThatHidesACommit() throws {
        let s = try office()
        try setStatus(s, "selesai")
        let forged = try handCommit(s, key: nil, message: "diam-diam")
        try setStatus(s, "diterima")
        let tip = try handCommit(s, key: nil, message: "kembali seperti semula")
        #expect(try s.git(["commit-graph", "write", "--reachable"]).status == 0)
        let path = s.dir + "/arsip/.git/objects/info/commit-graph"
        var b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u32(_ at: Int) -> Int { Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3]) }
        var chunk: [String: Int] = [:]
        for k in 0..<Int(b[6]) {
            chunk[String(decoding: b[(8 + k * 12)..<(12 + k * 12)], as: UTF8.self)] = u32(8 + k * 12 + 8)
        }
        let (oidf, oidl, cdat) = (chunk["OIDF"]!, chunk["OIDL"]!, chunk["CDAT"]!)
        let count = u32(oidf + 255 * 4)
        func position(_ hex: String) -> Int {
            let id = stride(from: 0, to: 40, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
            return (0..<count).first { Array(b[(oidl + $0 * 20)..<(oidl + $0 * 20 + 20)]) == id }!
        }
        // The tip's parent, as the graph tells it, becomes the forged commit's parent.
        let skipTo = position(try s.gitOut(["rev-parse", forged + "~1"]))
        let at = cdat + position(tip) * 36 + 20
        b[at] = UInt8(skipTo >> 24)
        b[at + 1] = UInt8(skipTo >> 16 & 0xFF)
        b[at + 2] = UInt8(skipTo >> 8 & 0xFF)
        b[at + 3] = UInt8(skipTo & 0xFF)
        try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try Data(b).write(to: URL(fileURLWithPath: path))
        #expect(try s.git(["log", "--format=%h", "-3"]).stdout.split(separator: "\n").count == 3)
        let r = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(forged.prefix(10)) [tanda-tangan]"), "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("\(tip.prefix(10)) [tanda-tangan]"))
    }

    @Test func shallowClone() throws {
        let s = try office()
        let clone = try s.run(["git", "clone", "-q", "--depth", "1", "file://\(s.dir)/arsip", s.dir + "/dangkal"])
        #expect(clone.status == 0, "\(clone.stderr)")
        let r = try s.berkas(["-C", "dangkal", "verify"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("[lengkap]"))
    }
}

extension String {
    var prependingNewline: String { "\n" + self }
}
