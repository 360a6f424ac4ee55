import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: HelpText.commitCommitRecordsEditedHand.text)

    @Argument(help: HelpText.commitRecordsNoneAllChanged.help)
    var paths: [String] = []
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let done = try CommitFilesService().run(
                archive: archive, paths: paths, currentDirectory: FileManager.default.currentDirectoryPath,
                keyFlag: keyOption.key)
            if done.isEmpty { Output.out(CommandText.nothingCommit().text(language)) }
            for d in done {
                Output.out(CommandText.changed(d.id, d.fields.joined(separator: ", "), d.commit.short).text(language))
            }
        }
    }
}
