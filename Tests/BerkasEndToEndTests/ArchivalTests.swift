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
}
