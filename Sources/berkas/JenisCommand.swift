import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

/// `berkas jenis …`: the archive's record types.
struct JenisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jenis", abstract: HelpText.jenisAbstract.text, subcommands: [Daftar.self, Baru.self])

    struct Daftar: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "daftar", abstract: HelpText.jenisList.text)
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let language = global.language(archive)
                Output.out(try TypeService().table(archive: archive, language: language))
            }
        }
    }

    struct Baru: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "baru", abstract: HelpText.jenisNew.text)
        @Argument(help: HelpText.jenisName.help) var nama: String
        @Option(help: HelpText.jenisFrom.help) var dari: String
        @Option(help: HelpText.jenisPrefix.help) var awalan: String
        @Option(help: HelpText.jenisTitle.help) var judul: String
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let language = global.language(archive)
                let files = try TypeService().make(
                    archive: archive, name: nama, from: dari, prefix: awalan, title: judul)
                Output.out(CommandText.typeMade(nama, dari).text(language))
                for f in files { Output.out("  " + f) }
                Output.out(CommandText.typeNextSteps().text(language))
            }
        }
    }
}
