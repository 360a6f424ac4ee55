import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ActCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "act",
        abstract: "Lakukan satu langkah SOP sebagai commit bertanda tangan / perform a workflow action as a signed commit.",
        discussion: "Contoh / example: berkas act RA-2026-0001 disposisi --note \"Diteruskan kepada Kepala LPSE.\"")

    @Argument(help: "Nomor registrasi / record ID.")
    var id: String
    @Argument(help: "Aksi / action: disposisi, perintah, reset, kirim, tolak.")
    var action: String
    @Option(help: "Catatan langkah (disposisi, perintah, alasan penolakan) / the step's note.")
    var note: String?
    @OptionGroup var set: SetOptions
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        Trace.mark("act: arguments parsed")
        try Output.run(global) {
            let archive = try Archive.open()
            Trace.mark("act: archive open")
            let language = global.language(archive)
            let r = try ActService().run(archive: archive, idText: id, action: action, note: note, assignments: set.pairs, keyFlag: keyOption.key)
            if r.alreadyDone {
                Output.out(language == .en ? "\(r.id): \(r.action) (\(r.from) → \(r.to)) was already recorded (\(r.commit.short)); nothing new was written"
                                           : "\(r.id): \(r.action) (\(r.from) → \(r.to)) sudah tercatat (\(r.commit.short)); tidak ada yang ditulis lagi")
                return
            }
            Output.out("\(r.id): \(r.action) (\(r.from) → \(r.to)) " + (language == .en ? "as \(r.role), signed \(r.commit.short)" : "sebagai \(r.role), ditandatangani \(r.commit.short)"))
        }
    }
}
