import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpText.validateCheckRecordsAllWhen.text)

    @Argument(help: HelpText.validateFilesFolders.help)
    var paths: [String] = []
    @Flag(help: HelpText.validateCheckStagedRecords.help)
    var staged = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let service = ValidateService()
            let r =
                staged
                ? try service.runStaged(archive: archive)
                : try service.run(
                    archive: archive, paths: paths, currentDirectory: FileManager.default.currentDirectoryPath)
            if r.problems.isEmpty {
                Output.out(CommandText.recordSCheckedAllValid(r.checked).text(language))
                return
            }
            for p in r.problems.sortedForDisplay() { Output.err(p.formatted(language)) }
            Output.err(CommandText.problemSRecordS(r.problems.count, r.checked).text(language))
            if staged {
                // Refused inside `git commit`: the way that signs and checks every step.
                Output.err(CommandText.nothingCommittedFixRecordThen().text(language))
            }
            throw ExitCode(1)
        }
    }
}
