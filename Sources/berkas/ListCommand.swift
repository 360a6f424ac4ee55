import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.listRecordsQueues.text)

    @Option(help: HelpText.listOnlyStatus.help, completion: .custom(Completions.statuses))
    var status: String?
    @Flag(help: HelpText.listWhatWaitsYourRoles.help)
    var mine = false
    @Flag(help: HelpText.listPastTheirStandardTime.help)
    var overdue = false
    @Flag(help: HelpText.listFinishedOnesTooDefault.help)
    var all = false
    @Option(help: "table | json | csv | xlsx")
    var format: String = "table"
    @OptionGroup var export: ExportOptions
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "json", "csv", "xlsx"].contains(format) else {
            throw ValidationError("--format: table | json | csv | xlsx")
        }
    }

    func run() throws {
        try Output.run(global, json: format == "json") {
            let archive = try Archive.open()
            let service = ListService()
            let rows = try service.run(
                archive: archive, status: status, mine: mine, overdue: overdue, all: all, keyFlag: keyOption.key)
            let language = global.language(archive)
            if format == "xlsx" {
                try ExportOptions.writeWorkbook(
                    service.workbook(rows, language: language), command: "list", file: "daftar")
                return
            }
            let text = service.render(
                rows, format: format, language: language, separator: export.separatorCharacter,
                byteOrderMark: !export.noByteOrderMark)
            Output.write(text, newline: format != "csv")
        }
    }
}
