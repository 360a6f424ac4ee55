import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Surat permintaan terisi, untuk arsip kertas / the filled request letter, for the paper file.")

    @Argument(help: "Nomor registrasi / record ID.")
    var id: String
    @Option(help: "md | html")
    var format: String = "md"
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["md", "html"].contains(format) else { throw ValidationError("--format: md | html") }
    }

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            Output.out(try RenderService().run(archive: archive, idText: id, format: format, language: global.language(archive)))
        }
    }
}
