import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: HelpText.renderFilledRequestLetterPaper.text)

    @Argument(help: HelpText.actRecordId.help, completion: .custom(Completions.recordIDs))
    var id: String
    @Option(help: "md | html")
    var format: String = "md"
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["md", "html"].contains(format) else { throw ValidationError("--format: md | html") }
    }

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            Output.out(
                try RenderService().run(
                    archive: archive, idText: id, format: format, language: global.language(archive),
                    keyFlag: keyOption.key))
        }
    }
}
