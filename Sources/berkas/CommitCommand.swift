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
            let named = try CommitFilesService.named(
                paths, archive: archive, currentDirectory: FileManager.default.currentDirectoryPath)
            // The settings first: records changed alongside are then checked under the new rules.
            let settings = try SettingsService().commitWorkTree(archive: archive, named: named, keyFlag: keyOption.key)
            for s in settings {
                Output.out(CommandText.settingsSaved(s.action, s.commit.short).text(language))
                for line in s.lines { Output.out("  " + line.text(language)) }
            }
            let done = try CommitFilesService().run(archive: archive, named: named, keyFlag: keyOption.key)
            if done.isEmpty && settings.isEmpty { Output.out(CommandText.nothingCommit().text(language)) }
            for d in done {
                Output.out(CommandText.changed(d.id, d.fields.joined(separator: ", "), d.commit.short).text(language))
            }
        }
    }
}
