import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: HelpText.editChangeRecordSFields.text)

    @Argument(help: HelpText.editRecordIdEG.help, completion: .custom(Completions.recordIDs))
    var id: String
    @OptionGroup var set: SetOptions
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try EditRecordService().run(
                archive: archive, idText: id, assignments: set.pairs, keyFlag: keyOption.key, language: language)
            if let commit = r.commit {
                let fields = r.fields.joined(separator: ", ")
                Output.out(CommandText.changed(r.id, fields, commit.short).text(language))
            } else {
                Output.out(CommandText.nothingChanged(r.id).text(language))
            }
        }
    }
}
