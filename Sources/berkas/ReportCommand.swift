import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.reportStandardTimeCompliancePer.text)

    @Option(help: HelpText.reportStepsStartedAfterYyyy.help)
    var from: String?
    @Option(help: HelpText.reportStepsStartedBeforeYyyy.help)
    var to: String?
    @Option(help: "table | json | csv | html | xlsx")
    var format: String = "table"
    @OptionGroup var export: ExportOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "json", "csv", "html", "xlsx"].contains(format) else {
            throw ValidationError("--format: table | json | csv | html | xlsx")
        }
    }

    func run() throws {
        try Output.run(global, json: format == "json") {
            let archive = try Archive.open()
            let report = try ReportService().run(archive: archive, from: from, to: to)
            let renderer = ReportRenderer(report: report, language: global.language(archive))
            switch format {
            case "table":
                renderer.writeTable { Output.write($0, newline: false) }
                Output.write("", newline: true)
            case "xlsx":
                try ExportOptions.writeWorkbook(renderer.workbook(), command: "report", file: "laporan")
            default:
                Output.write(
                    renderer.render(
                        format: format, separator: export.separatorCharacter,
                        byteOrderMark: !export.noByteOrderMark), newline: format != "csv")
            }
        }
    }
}
