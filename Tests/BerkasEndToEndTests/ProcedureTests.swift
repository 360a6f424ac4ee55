import Foundation
import Testing

/// The procedure, each step by the right role, as one signed commit.
@Suite("End to end: the SOP procedure")
struct ProcedureEndToEndTests {
    /// An archive with four members, one role each (plus the pengelola), and one request.
    func office() throws -> Sandbox {
        let s = try Sandbox()
        try s.initArchive(keyName: "pengelola", roles: [])
        let members: [(String, String, String, String)] = [
            ("staf", "Siti Aminah", "198801012010012001", "staf-ukpbj"),
            ("kepala-ukpbj", "Drs. Ahmad Fauzi, M.Si.", "197001011995031001", "kepala-ukpbj"),
            ("kepala-lpse", "Ir. Sri Handayani", "197505202000122002", "kepala-lpse"),
            ("admin", "Dwi Prasetyo, S.Kom.", "198811112014021001", "admin-agency")
        ]
        for (key, name, nip, role) in members {
            try s.key(key)
            let r = try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/pengelola", "--name", name, "--nip", nip,
                "--email", "\(key)@ponorogo.go.id", "--role", role, "--pubkey", s.dir + "/keys/\(key).pub"
            ])
            #expect(r.status == 0, "member add \(key): \(r.stderr)")
        }
        let r = try s.newRequest(key: "staf")
        #expect(r.status == 0, "new: \(r.stderr)")
        return s
    }

    func act(_ s: Sandbox, _ key: String, _ args: [String]) throws -> Sandbox.Run {
        try s.berkas(["-C", "arsip", "act", Sandbox.rid(1)] + args + ["--key", s.dir + "/keys/\(key)"])
    }

    /// The lines a commit adds and removes in the record, without diff headers.
    func changedLines(_ s: Sandbox) throws -> [String] {
        try s.gitOut(["diff", "-U0", "HEAD~1", "HEAD"]).split(separator: "\n").map(String.init)
            .filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
    }

    @Test func aRequestGoesThroughEveryStep() throws {
        let s = try office()
        var r = try act(
            s, "kepala-ukpbj", ["disposisi", "--note", "Diteruskan kepada Kepala LPSE untuk ditindaklanjuti."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try changedLines(s) == ["-status: diterima", "+status: didisposisi"])
        r = try act(s, "kepala-lpse", ["perintah", "--note", "Admin Agency agar mereset akun."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try changedLines(s) == ["-status: didisposisi", "+status: diperintahkan"])
        r = try act(s, "admin", ["reset", "--set", "user_id_spse=198507122010011003"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try changedLines(s) == [
                "-status: diperintahkan", "+status: direset", "+user_id_spse: \"198507122010011003\""
            ])
        r = try act(
            s, "admin",
            ["kirim", "--set", "dikirim_melalui=whatsapp", "--set", "dikirim_ke=081234567890 (Budi Santoso)"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try changedLines(s) == [
                "-status: direset", "+status: selesai", "+dikirim_melalui: whatsapp",
                "+dikirim_ke: \"081234567890 (Budi Santoso)\""
            ])
        let log = try s.gitOut(["log", "--format=%G? %(trailers:key=Berkas-Action,valueonly)"]).split(separator: "\n")
            .map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        #expect(
            log == [
                "G kirim", "G reset", "G perintah", "G disposisi", "G buat", "G member-add", "G member-add",
                "G member-add", "G member-add", "G init"
            ])
        let disposisi = try s.gitOut(["log", "-1", "--format=%B", "HEAD~3"])
        #expect(
            disposisi.hasPrefix(
                "\(Sandbox.rid(1)): disposisi (diterima → didisposisi)\n\nDiteruskan kepada Kepala LPSE untuk ditindaklanjuti.\n"
            ))
        #expect(
            disposisi.contains(
                "Berkas-Role: kepala-ukpbj\nBerkas-Actor: Drs. Ahmad Fauzi, M.Si. (NIP 197001011995031001)"))
        // git (and libgit2) trim a trailing "." from author names; the full name stands in Berkas-Actor.
        #expect(
            try s.gitOut(["log", "-1", "--format=%an <%ae>", "HEAD~3"])
                == "Drs. Ahmad Fauzi, M.Si <kepala-ukpbj@ponorogo.go.id>")
        #expect(try s.gitOut(["status", "--porcelain"]) == "")
        #expect(try s.git(["fsck", "--full", "--strict"]).status == 0)
        let show = try s.berkas(["-C", "arsip", "show", Sandbox.rid(1)])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Status: selesai"))
        #expect(
            show.stdout.contains(
                "disposisi (diterima → didisposisi)  Drs. Ahmad Fauzi, M.Si. (NIP 197001011995031001) [kepala-ukpbj]"))
        #expect(show.stdout.contains("0812-3456-7890"))
    }

    @Test func wrongRoleIsRefusedWithNothingChanged() throws {
        let s = try office()
        let before = try s.snapshot()
        let r = try act(s, "admin", ["disposisi", "--note", "coba"])
        #expect(r.status == 77)
        #expect(r.stderr.contains("kepala-ukpbj"))
        #expect(try s.snapshot() == before)
        let staff = try act(s, "staf", ["tolak", "--note", "tidak lengkap"])
        #expect(staff.status == 77)
        #expect(try s.snapshot() == before)
    }

    @Test func illegalActionNamesTheAllowedOnes() throws {
        let s = try office()
        #expect(try act(s, "kepala-ukpbj", ["disposisi", "--note", "Lanjut."]).status == 0)
        let before = try s.snapshot()
        let r = try act(s, "admin", ["kirim", "--set", "dikirim_melalui=sms", "--set", "dikirim_ke=0812"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("perintah, tolak"), "\(r.stderr)")
        let unknown = try act(s, "admin", ["hapus"])
        #expect(unknown.status == 1)
        #expect(try s.snapshot() == before)
    }

    @Test func notesAndRequiredFields() throws {
        let s = try office()
        let before = try s.snapshot()
        let noNote = try act(s, "kepala-ukpbj", ["tolak"])
        #expect(noNote.status == 1)
        #expect(noNote.stderr.contains("--note"))
        let noNote2 = try act(s, "kepala-ukpbj", ["disposisi", "--note", "   "])
        #expect(noNote2.status == 1)
        let password = try act(s, "kepala-ukpbj", ["disposisi", "--note", "password: abc123"])
        #expect(password.status == 1)
        #expect(try s.snapshot() == before)
        #expect(try act(s, "kepala-ukpbj", ["disposisi", "--note", "Lanjut."]).status == 0)
        #expect(try act(s, "kepala-lpse", ["perintah", "--note", "Reset."]).status == 0)
        let before2 = try s.snapshot()
        let noUserID = try act(s, "admin", ["reset"])
        #expect(noUserID.status == 1)
        #expect(noUserID.stderr.contains("user_id_spse"))
        let otherField = try act(s, "admin", ["reset", "--set", "user_id_spse=x", "--set", "nama=Orang Lain"])
        #expect(otherField.status == 1)
        #expect(otherField.stderr.contains("`nama`"))
        #expect(try s.snapshot() == before2)
    }

    @Test func identityMustBeCheckedBeforeDisposition() throws {
        let s = try Sandbox()
        try s.initArchive(roles: ["staf-ukpbj", "kepala-ukpbj"])
        #expect(try s.newRequest(fields: Sandbox.fullRequest.filter { !$0.hasPrefix("identitas") }).status == 0)
        let k = s.dir + "/keys/pengelola"
        let r = try s.berkas(["-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key", k])
        #expect(r.status == 1)
        #expect(r.stderr.contains("identitas_asli_diperiksa"))
        let ok = try s.berkas([
            "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--set",
            "identitas_asli_diperiksa=true", "--key", k
        ])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func finalRecordsNeverChange() throws {
        let s = try office()
        #expect(try act(s, "kepala-ukpbj", ["tolak", "--note", "Bukan pejabat pengadaan."]).status == 0)
        let before = try s.snapshot()
        let again = try act(s, "kepala-ukpbj", ["disposisi", "--note", "x"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("ditolak"))
        let edit = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "jabatan=Lain", "--key", s.dir + "/keys/staf"
        ])
        #expect(edit.status == 1)
        #expect(try s.snapshot() == before)
    }

    @Test func editIsLimitedToItsStateAndRoles() throws {
        let s = try office()
        let byLPSE = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "jabatan=Lain", "--key", s.dir + "/keys/kepala-lpse"
        ])
        #expect(byLPSE.status == 77)
        let status = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "status=selesai", "--key", s.dir + "/keys/staf"
        ])
        #expect(status.status == 1)
        #expect(status.stderr.contains("berkas act"))
        #expect(try act(s, "kepala-ukpbj", ["disposisi", "--note", "Lanjut."]).status == 0)
        let late = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "jabatan=Lain", "--key", s.dir + "/keys/staf"
        ])
        #expect(late.status == 77)
    }

    @Test func uncommittedChangesAreNeverOverwritten() throws {
        let s = try office()
        let path = "arsip/\(Sandbox.recordPath(1))"
        let mine = try s.read(path) + "Catatan saya yang belum disimpan.\n"
        try s.write(path, mine)
        let r = try act(s, "kepala-ukpbj", ["disposisi", "--note", "Lanjut."])
        #expect(r.status == 1)
        #expect(r.stderr.contains("belum disimpan"))
        #expect(try s.read(path) == mine)
    }

    @Test func onlyAPengelolaChangesMembers() throws {
        let s = try office()
        try s.key("baru")
        let before = try s.snapshot()
        let args = [
            "-C", "arsip", "member", "add", "--name", "Andi Wijaya", "--nip", "199201012019031001", "--email",
            "andi@ponorogo.go.id",
            "--role", "kepala-ukpbj", "--pubkey", s.dir + "/keys/baru.pub", "--key"
        ]
        let byStaff = try s.berkas(args + [s.dir + "/keys/staf"])
        #expect(byStaff.status == 77)
        #expect(try s.snapshot() == before)
        let ok = try s.berkas(args + [s.dir + "/keys/pengelola"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(
            try s.gitOut(["show", "--name-only", "--format=", "HEAD"]) == ".berkas/allowed_signers\n.berkas/policy.yml")
        #expect(
            try s.read("arsip/.berkas/allowed_signers").contains("andi@ponorogo.go.id namespaces=\"git\" ssh-ed25519 "))
        // The new member acts in the very next command, and stock git accepts the signature.
        let r = try act(s, "baru", ["disposisi", "--note", "Lanjut."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try s.git(["verify-commit", "HEAD"]).status == 0)
    }

    @Test func memberInputThatCouldInjectIsRefused() throws {
        let s = try office()
        try s.key("baru")
        let before = try s.snapshot()
        func add(email: String, pubkey: String) throws -> Sandbox.Run {
            try s.berkas([
                "-C", "arsip", "member", "add", "--name", "Andi Wijaya", "--nip", "199201012019031001", "--email",
                email,
                "--role", "staf-ukpbj", "--pubkey", pubkey, "--key", s.dir + "/keys/pengelola"
            ])
        }
        #expect(try add(email: "andi@x.go.id,*", pubkey: s.dir + "/keys/baru.pub").status == 64)
        #expect(try add(email: "\"andi\"@x.go.id", pubkey: s.dir + "/keys/baru.pub").status == 64)
        let pub = try s.read("keys/baru.pub")
        try s.write("keys/evil.pub", "cert-authority " + pub)
        #expect(try add(email: "andi@x.go.id", pubkey: s.dir + "/keys/evil.pub").status == 1)
        try s.write("keys/two.pub", pub + pub)
        #expect(try add(email: "andi@x.go.id", pubkey: s.dir + "/keys/two.pub").status == 1)
        let dup = try add(email: "andi@x.go.id", pubkey: s.dir + "/keys/admin.pub")
        #expect(dup.status == 1)
        #expect(dup.stderr.contains("Dwi Prasetyo"))
        #expect(try s.snapshot() == before)
    }

    @Test func theLastPengelolaStays() throws {
        let s = try office()
        let r = try s.berkas([
            "-C", "arsip", "member", "remove", "rina@ponorogo.go.id", "--key", s.dir + "/keys/pengelola"
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("pengelola terakhir"))
        let gone = try s.berkas([
            "-C", "arsip", "member", "remove", "admin@ponorogo.go.id", "--key", s.dir + "/keys/pengelola"
        ])
        #expect(gone.status == 0, "\(gone.stderr)")
        #expect(try act(s, "admin", ["tolak", "--note", "x"]).status == 77)
    }

    @Test func keysCanBeAddedAndRetired() throws {
        let s = try office()
        try s.key("admin-baru")
        let k = s.dir + "/keys/pengelola"
        #expect(
            try s.berkas([
                "-C", "arsip", "member", "add-key", "admin@ponorogo.go.id", "--pubkey", s.dir + "/keys/admin-baru.pub",
                "--key", k
            ]).status == 0)
        #expect(
            try s.berkas([
                "-C", "arsip", "member", "retire-key", "admin@ponorogo.go.id", "--pubkey", s.dir + "/keys/admin.pub",
                "--key", k
            ]).status == 0)
        #expect(try act(s, "admin", ["tolak", "--note", "x"]).status == 77)
        #expect(try act(s, "admin-baru", ["tolak", "--note", "Data tidak lengkap."]).status == 0)
    }
}
