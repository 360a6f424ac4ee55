import Foundation
import Testing

/// The pengelola's settings through `berkas commit` (issue: the pengelola's year):
/// one signed commit with the trailers of the rule book, refused with nothing
/// written when the signer is no pengelola or an open record would turn invalid.
@Suite("End to end: settings changed through berkas commit")
struct SettingsTests {
    let forged = ForgedHistoryTests()
    let workflow = "arsip/.berkas/types/permintaan-reset-akun/workflow.yml"
    let schema = "arsip/.berkas/types/permintaan-reset-akun/schema.yml"

    func key(_ s: Sandbox, _ name: String) -> [String] { ["--key", s.dir + "/keys/" + name] }

    @Test func aStandardTimeChangedByThePengelolaIsOneSignedSettingsCommit() throws {
        let s = try forged.office()
        let text = try s.read(workflow)
        try s.write(
            workflow, text.replacingOccurrences(of: "standard_working_days: 1", with: "standard_working_days: 2"))
        // Staff: refused, the pengelola named, nothing written.
        let before = try s.snapshot()
        let staff = try s.berkas(["-C", "arsip", "commit"] + key(s, "staf"))
        #expect(staff.status == 77 && staff.stderr.contains("Rina Wulandari, S.E."), "\(staff.stderr)")
        #expect(staff.stderr.contains("types/permintaan-reset-akun/workflow.yml"), "\(staff.stderr)")
        #expect(try s.snapshot() == before)
        let r = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("mutu baku disposisi: 1 → 2 hari kerja"), "\(r.stdout)")
        #expect(r.stdout.contains("mutu baku perintah: 1 → 2 hari kerja"), "\(r.stdout)")
        let message = try s.gitOut(["log", "-1", "--format=%B"])
        #expect(message.hasPrefix("Pengaturan: mutu baku disposisi: 1 → 2 hari kerja (dan 1 lainnya)"), "\(message)")
        #expect(
            message.hasSuffix(
                "Berkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: \(RuleBookTests().pengelola)"))
        #expect(try s.gitOut(["status", "--porcelain"]).isEmpty)
        try RuleBookTests().expectAccepted(s)
        // Nothing left to save.
        let again = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(again.stdout.contains("Tidak ada perubahan untuk disimpan."))
    }

    @Test func aChangeThatWouldMakeAnOpenRecordInvalidIsRefusedNamingIt() throws {
        let s = try forged.office()
        let text = try s.read(schema)
        let added = text.replacingOccurrences(
            of: "fields:\n",
            with: "fields:\n  nomor_ktp_kantor:\n    type: text\n    label: \"Nomor kantor\"\n    required: true\n")
        #expect(added != text)
        try s.write(schema, added)
        let before = try s.snapshot()
        let r = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains(Sandbox.recordPath(1)) && r.stderr.contains("nomor_ktp_kantor"), "\(r.stderr)")
        #expect(r.stderr.contains("tidak ada yang disimpan"), "\(r.stderr)")
        #expect(try s.snapshot() == before)
        // Required only from a later state, the field is fine for the open record.
        try s.write(
            schema,
            text.replacingOccurrences(
                of: "fields:\n",
                with:
                    "fields:\n  nomor_kantor:\n    type: text\n    label: \"Nomor kantor\"\n    required_from: selesai\n"
            ))
        let ok = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(ok.status == 0 && ok.stdout.contains("kolom baru: nomor_kantor"), "\(ok.stdout)\(ok.stderr)")
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).status == 0)
    }

    @Test func aSettingsFileSavedByNotepadKeepsTheArchivesForm() throws {
        let s = try forged.office()
        let text = try s.read(workflow)
        let notepad =
            "\u{FEFF}"
            + text.replacingOccurrences(of: "standard_working_days: 1", with: "standard_working_days: 3")
            .replacingOccurrences(of: "\n", with: "\r\n")
        try s.write(workflow, notepad)
        let r = try s.berkas(["-C", "arsip", "commit", ".berkas"] + key(s, "pengelola"))
        #expect(r.status == 0, "\(r.stderr)")
        let stat = try s.gitOut(["show", "--numstat", "--format=", "HEAD"])
        #expect(stat == "2\t2\t.berkas/types/permintaan-reset-akun/workflow.yml", "only the two changed lines: \(stat)")
        #expect(try s.gitOut(["show", "HEAD:.berkas/types/permintaan-reset-akun/workflow.yml"]).hasPrefix("#"))
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).status == 0)
    }

    @Test func membersRolesEditedByHandRegenerateTheAllowedSigners() throws {
        let s = try forged.office()
        let policy = "arsip/.berkas/policy.yml"
        let text = try s.read(policy)
        #expect(text.contains("peran: [admin-agency]"))
        try s.write(
            policy, text.replacingOccurrences(of: "peran: [admin-agency]", with: "peran: [admin-agency, staf-ukpbj]"))
        let r = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(r.status == 0 && r.stdout.contains("data anggota diubah: Dwi Prasetyo"), "\(r.stdout)\(r.stderr)")
        try RuleBookTests().expectAccepted(s)
        // The generated file is not edited by hand.
        try s.write("arsip/.berkas/allowed_signers", try s.read("arsip/.berkas/allowed_signers") + "# tambahan\n")
        let before = try s.snapshot()
        let hand = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(hand.status == 1 && hand.stderr.contains("allowed_signers"), "\(hand.stderr)")
        #expect(try s.snapshot() == before)
    }

    @Test func aTypeWithRecordsCannotBeRemovedNorItsPrefixChanged() throws {
        let s = try forged.office()
        let config = try s.read("arsip/.berkas/config.yml")
        let before = try s.snapshot()
        let text = try s.read(schema)
        try s.write(schema, text.replacingOccurrences(of: "prefix: RA", with: "prefix: RB"))
        let prefix = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(prefix.status == 1 && prefix.stderr.contains("awalan jenis permintaan-reset-akun"), "\(prefix.stderr)")
        try s.write(schema, text)
        #expect(try s.snapshot() == before)
        try s.write(
            "arsip/.berkas/config.yml", config.replacingOccurrences(of: "  - permintaan-reset-akun\n", with: ""))
        let removed = try s.berkas(["-C", "arsip", "commit"] + key(s, "pengelola"))
        #expect(removed.status == 1, "\(removed.stdout)\(removed.stderr)")
        #expect(
            removed.stderr.contains("config.yml") || removed.stderr.contains("permintaan-reset-akun"),
            "\(removed.stderr)")
    }
}
