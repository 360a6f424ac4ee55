import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", _superCommandName: "berkas",
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
        }
    }
}
