import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Ubah isian berkas (--set, atau di $EDITOR) / change a record's fields.")

    @Argument(help: "Nomor registrasi / record ID, e.g. RA-2026-0001.")
    var id: String
    @OptionGroup var set: SetOptions
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try EditRecordService().run(archive: archive, idText: id, assignments: set.pairs, keyFlag: keyOption.key, language: language)
            if let commit = r.commit {
                let fields = r.fields.joined(separator: ", ")
                Output.out(language == .en ? "\(r.id): changed \(fields) (\(commit.short))" : "\(r.id): diubah \(fields) (\(commit.short))")
            } else {
                Output.out(language == .en ? "\(r.id): nothing changed" : "\(r.id): tidak ada perubahan")
            }
        }
    }
}
