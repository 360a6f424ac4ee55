import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups",
        abstract: "Cadangan yang disimpan sync dan langkah di dalamnya / the backups sync kept and the steps in them.")

    @Option(help: "Hapus cadangan ini (sesudah langkahnya dilakukan lagi) / drop this backup (once its steps are redone).")
    var drop: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let en = global.language(archive) == .en
            let service = BackupService()
            if let drop {
                try service.drop(archive: archive, name: drop)
                Output.out(en ? "Backup \(drop) dropped." : "Cadangan \(drop) dihapus.")
                return
            }
            let backups = try service.list(archive: archive)
            if backups.isEmpty { Output.out(en ? "No backups." : "Tidak ada cadangan."); return }
            for b in backups {
                Output.out(b.name + (b.steps.isEmpty ? (en ? "  (every step is in main: it can be dropped)" : "  (semua langkahnya sudah ada di main: boleh dihapus)") : ""))
                for s in b.steps { Output.out("  \(s.commit)  \(s.subject)") }
            }
            Output.out(en ? "See a step with `git show ID`; redo it with berkas if still needed; then `berkas backups --drop NAME`."
                          : "Lihat langkah dengan `git show ID`; lakukan lagi dengan berkas bila masih perlu; lalu `berkas backups --drop NAMA`.")
        }
    }
}
