import Foundation
import Testing

/// What a person reads, pinned whole rather than by substrings: the help in
/// both languages, a usage error, and a whole `show`.
@Suite("Exact output")
struct ExactOutputTests {
    static let helpID = #"""
        OVERVIEW: Arsip surat permintaan dalam git, setiap langkah ditandatangani.

        Jalankan dari dalam folder arsip, atau dengan -C FOLDER sebelum perintah
        (seperti git).
        Kode keluar: 0 berhasil, 1 data atau riwayat tidak sah, 64 salah penggunaan, 75
        coba lagi, 77 tidak berwenang.

        USAGE: berkas <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          init                    Buat arsip baru; penanda tangan menjadi pengelola
                                  pertama.
          whoami                  Kunci Anda, data anggota dan peran Anda.
          new                     Catat surat permintaan baru.
          edit                    Ubah isian berkas (--set, atau di $EDITOR).
          validate                Periksa berkas (semua bila tanpa PATH).
          act                     Lakukan satu langkah SOP sebagai commit bertanda
                                  tangan.
          show                    Isi berkas, status, langkah berikutnya dan riwayatnya.
          member                  Anggota arsip dan kuncinya (hanya pengelola).
          verify                  Periksa seluruh riwayat dengan aturan yang berlaku
                                  saat itu.
          log                     Jejak audit: siapa, peran, aksi, kapan, dan keabsahan
                                  tanda tangannya.
          hooks                   Pasang git hook.
          list                    Daftar berkas dan antrean.
          report                  Kepatuhan mutu baku per langkah dan pelaksana.
          render                  Surat permintaan terisi, untuk arsip kertas.
          sync                    Ambil dari pusat, kirim commit Anda (ditandatangani
                                  ulang).
          backups                 Cadangan yang disimpan sync dan langkah di dalamnya.
          commit                  Simpan berkas dan pengaturan yang diubah di
                                  penyunting teks: periksa, lalu commit bertanda tangan.
          key                     Kunci SSH untuk staf baru.
          daftar-arsip            Daftar arsip aktif, dari riwayat bertanda tangan.
          retensi                 Berkas yang masa aktif atau retensinya berakhir.
          libur                   Daftar hari libur nasional dan cuti bersama yang
                                  tidak dihitung sebagai hari kerja (pengelola
                                  mengubahnya).
          jenis                   Jenis berkas arsip ini (satu SOP per jenis).
          server                  Repositori pusat di server git: akses gitolite dari
                                  daftar anggota, tampilan cgit untuk pemeriksa.

          See 'berkas help <subcommand>' for detailed help.
        """#

    static let helpEN = #"""
        OVERVIEW: Office requests in git, every step signed.

        Run inside an archive, or with -C DIR before the command (as with git).
        Exit codes: 0 ok, 1 invalid data or history, 64 usage, 75 try again, 77 not
        allowed.

        USAGE: berkas <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          init                    Create an archive; the signer becomes its first
                                  pengelola.
          whoami                  Your key, member entry and roles.
          new                     Record a new request.
          edit                    Change a record's fields.
          validate                Check records (all when no PATH).
          act                     Perform a workflow action as a signed commit.
          show                    A record's fields, status, next steps and timeline.
          member                  Archive members and keys (pengelola only).
          verify                  Verify the whole history under the rules in force at
                                  each commit.
          log                     The audit trail.
          hooks                   Install git hooks.
          list                    Records and queues.
          report                  Standard-time compliance per step and performer.
          render                  The filled request letter, for the paper file.
          sync                    Fetch, replay your own commits re-signed, push.
          backups                 The backups sync kept and the steps in them.
          commit                  Commit records and settings edited by hand.
          key                     SSH keys for new staff.
          daftar-arsip            The list of active records, from the signed history.
          retensi                 Records whose active period or retention has ended.
          libur                   The national holidays and collective leave not
                                  counted as working days (the pengelola changes them).
          jenis                   The archive's record types (one SOP each).
          server                  The central repository on a git server: gitolite
                                  access from the member list, a cgit view for
                                  reviewers.

          See 'berkas help <subcommand>' for detailed help.
        """#

    static let actWithoutArguments = #"""
        Error: Missing expected argument '<id>'
        Help:  <id>  Nomor registrasi.
        Usage: berkas act <id> <action> [--note <note>] [--set <field=value> ...] [--key <key>] [--lang <lang>] [--verbose]
          See 'berkas act --help' for more information.
        """#

    @Test func theHelpIsPrintedWholeInTheLanguageAskedFor() throws {
        let s = try Sandbox()
        let id = try s.berkas(["--help"])
        #expect(id.status == 0)
        #expect(id.stdout == Self.helpID + "\n")
        let en = try s.berkas(["--help"], extraEnv: ["BERKAS_LANG": "en"])
        #expect(en.stdout == Self.helpEN + "\n")
        let flag = try s.berkas(["--help", "--lang", "en"])
        #expect(flag.stdout == Self.helpEN + "\n", "--lang en on the command line, before any archive is read")
    }

    @Test func aUsageErrorIsPrintedWholeWithExit64() throws {
        let s = try Sandbox()
        let r = try s.berkas(["act"])
        #expect(r.status == 64)
        #expect(r.stdout == "")
        #expect(r.stderr == Self.actWithoutArguments + "\n")
    }

    @Test func aWholeShow() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let commit = try s.gitOut(["rev-parse", "--short=10", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let (id, path, year) = (Sandbox.rid(1), Sandbox.recordPath(1), Sandbox.year)
        let time = String(Sandbox.clock.prefix(16)).replacingOccurrences(of: "T", with: " ") + " +0700"
        let expected = """
            \(id)  \(path)
            Status: diterima (Diterima)

              Jenis berkas                    permintaan-reset-akun
              Tanggal surat                   \(Sandbox.letterDate)
              Nomor surat                     027/123/405.07/\(year)
              Nama                            Budi Santoso, S.Kom.
              NIP                             198507122010011003
              Pangkat/golongan                Penata Muda Tingkat I (III/b)
              Jabatan                         Kepala Seksi Sarana Prasarana
              Alamat instansi                 Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo
              Nomor telepon/HP                0812-3456-7890
              Email                           budi.santoso@ponorogo.go.id
              Ditetapkan sebagai              PPK
              Nomor sertifikat PBJ            PBJ.2019.0001234
              SK pengangkatan                 188.45/123/405.07/\(year)
              Ada perubahan data              false
              Identitas asli sudah diperiksa  true

            Langkah berikutnya:
              berkas act \(id) disposisi --note "…"  (Disposisi surat permintaan; kepala-ukpbj)
              berkas act \(id) tolak --note "…"  (Tolak permintaan; kepala-ukpbj, kepala-lpse, admin-agency)

            Riwayat:
              \(time)  buat (→ diterima)  Rina Wulandari, S.E. (NIP 199003152015032001) [staf-ukpbj]  \(commit)
                  Surat permintaan dari Budi Santoso, S.Kom. dicatat.

            """
        let r = try s.berkas(["-C", "arsip", "show", id])
        #expect(r.status == 0)
        #expect(r.stdout == expected)
    }
}
