import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Ambil dari pusat, kirim commit Anda (ditandatangani ulang) / fetch, replay your own commits re-signed, push.")

    @Option(help: "Nama remote repositori pusat / the central repository's remote.")
    var remote: String = "origin"
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let en = global.language(archive) == .en
            let r = try SyncService().run(archive: archive, remote: remote, keyFlag: keyOption.key)
            for (old, new) in r.renumbered {
                Output.out(en ? "\(old) was taken in the central repository meanwhile: your record is now \(new)"
                              : "\(old) sudah dipakai di pusat: berkas Anda sekarang \(new)")
            }
            Output.out(en ? "Synchronised: \(r.fetched) commit(s) received, \(r.pushed) sent; main is at \(r.tip?.short ?? "-")."
                          : "Sinkron: \(r.fetched) commit diterima, \(r.pushed) dikirim; main di \(r.tip?.short ?? "-").")
            // Steps set aside: said plainly, with what to do; nothing is lost.
            for s in r.setAside {
                Output.err(en ? "NOT SENT: \(s.record) \(TerminalSafe.escape(s.subject)) (\(s.commit.short)) — \(s.record) was changed in the central repository meanwhile by \(s.changedBy)."
                              : "TIDAK DIKIRIM: \(s.record) \(TerminalSafe.escape(s.subject)) (\(s.commit.short)) — \(s.record) sudah diubah di pusat oleh \(s.changedBy).")
            }
            if let backup = r.backup, let first = r.setAside.first {
                Output.err(en ? """
                    Your step is kept, nothing is lost (your history as it was: \(backup); `berkas backups` lists it). See what you changed with
                      git show \(first.commit.short)
                    then, if it is still needed on the record as it is now, do it again with berkas (e.g. `berkas show \(first.record)`, then `berkas edit` or `berkas act`) and run `berkas sync`.
                    """ : """
                    Langkah Anda disimpan, tidak ada yang hilang (riwayat Anda sebelumnya: \(backup); `berkas backups` menunjukkannya). Lihat apa yang Anda ubah dengan
                      git show \(first.commit.short)
                    lalu, bila masih perlu pada keadaan berkas sekarang, lakukan lagi dengan berkas (mis. `berkas show \(first.record)`, lalu `berkas edit` atau `berkas act`) dan jalankan `berkas sync`.
                    """)
                throw ExitCode(1)
            }
        }
    }
}
