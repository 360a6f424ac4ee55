import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ActCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "act",
        abstract: HelpText.actPerformWorkflowActionSigned.text,
        discussion: HelpText.actExampleBerkasActRa.text)

    @Argument(help: HelpText.actRecordId.help, completion: .custom(Completions.recordIDs))
    var id: String
    @Argument(help: HelpText.actActionDisposisiPerintahReset.help, completion: .custom(Completions.actions))
    var action: String
    @Option(help: HelpText.actStepSNote.help)
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
            let r = try ActService().run(
                archive: archive, idText: id, action: action, note: note, assignments: set.pairs, keyFlag: keyOption.key
            )
            if r.alreadyDone {
                Output.out(
                    CommandText.alreadyRecordedNothingNewWritten(r.id, r.action, r.from, r.to, r.commit.short).text(
                        language))
                return
            }
            Output.out(
                "\(r.id): \(r.action) (\(r.from) → \(r.to)) "
                    + (CommandText.signed(r.role, r.commit.short).text(language)))
        }
    }
}
