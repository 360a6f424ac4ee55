import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Catat surat permintaan baru / record a new request.",
        discussion: "Contoh / example: berkas new --set nama=\"Budi Santoso\" --set nip=198507122010011003 ...")

    @Argument(help: "Jenis berkas / record type (default: the archive's first type).")
    var type: String?
    @OptionGroup var set: SetOptions
    @Flag(help: "Buka penyunting teks ($EDITOR) / open $EDITOR.")
    var edit = false
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try NewRecordService().run(archive: archive, typeName: type, assignments: set.pairs, openEditor: edit,
                                               keyFlag: keyOption.key, language: language)
            Output.out("\(r.id)  \(r.path)")
            if r.alreadyDone {
                Output.err(language == .en ? "This request was already recorded (\(r.commit.short)); nothing new was written."
                                           : "Surat ini sudah tercatat (\(r.commit.short)); tidak ada yang ditulis lagi.")
            } else {
                Output.err(language == .en ? "Recorded and signed (\(r.commit.short))." : "Tercatat dan ditandatangani (\(r.commit.short)).")
            }
        }
    }
}
