import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: HelpText.newRecordNewRequest.text,
        discussion: HelpText.newExampleBerkasNewSet.text)

    @Argument(help: HelpText.newRecordTypeDefaultArchive.help)
    var type: String?
    @OptionGroup var set: SetOptions
    @Flag(help: HelpText.newOpenEditor.help)
    var edit = false
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try NewRecordService().run(
                archive: archive, typeName: type, assignments: set.pairs, openEditor: edit,
                keyFlag: keyOption.key, language: language)
            Output.out("\(r.id)  \(r.path)")
            if r.alreadyDone {
                Output.err(CommandText.requestAlreadyRecordedNothingNew(r.commit.short).text(language))
            } else {
                Output.err(CommandText.recordedSigned(r.commit.short).text(language))
            }
        }
    }
}
