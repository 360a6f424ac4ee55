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
    @Option(help: "table | json | csv | html")
    var format: String = "table"
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "json", "csv", "html"].contains(format) else {
            throw ValidationError("--format: table | json | csv | html")
        }
    }

    func run() throws {
        try Output.run(global, json: format == "json") {
            let archive = try Archive.open()
            let report = try ReportService().run(archive: archive, from: from, to: to)
            let renderer = ReportRenderer(report: report, language: global.language(archive))
            if format == "table" {
                renderer.writeTable { Output.write($0, newline: false) }
                Output.write("", newline: true)
            } else {
                Output.write(renderer.render(format: format), newline: format != "csv")
            }
        }
    }
}
