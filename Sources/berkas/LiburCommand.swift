import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

/// `berkas libur …`: the holiday list, kept each year from the SKB.
struct LiburCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libur", abstract: HelpText.liburAbstract.text,
        subcommands: [Daftar.self, Tambah.self, Hapus.self, Impor.self])

    static func perform(_ global: GlobalOptions, _ keyFlag: String?, _ change: HolidayService.Change) throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            guard let done = try HolidayService().run(archive: archive, change: change, keyFlag: keyFlag) else {
                Output.out(CommandText.holidaysUnchanged().text(language))
                return
            }
            Output.out(CommandText.settingsSaved(done.action, done.commit.short).text(language))
            for line in done.lines { Output.out("  " + line.text(language)) }
        }
    }

    struct Daftar: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "daftar", abstract: HelpText.liburList.text)
        @Argument(help: HelpText.liburYear.help) var tahun: Int?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let language = global.language(archive)
                let l = try HolidayService().list(archive: archive, year: tahun)
                Output.out(CommandText.holidaysOfYear(l.year, l.file ?? "—", l.entries.count).text(language))
                for e in l.entries {
                    Output.out(
                        "  \(e.date.text())  \(e.date.wordsWithWeekday(language))  \(TerminalSafe.escape(e.name))")
                }
                if !l.hasMovable { Output.out(CommandText.holidaysNoMovable(l.year).text(language)) }
            }
        }
    }

    struct Tambah: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "tambah", abstract: HelpText.liburAdd.text)
        @Argument(help: "YYYY-MM-DD") var tanggal: String
        @Argument(help: HelpText.liburName.help) var nama: String
        @Flag(help: HelpText.liburCollectiveLeave.help) var cutiBersama = false
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try LiburCommand.perform(
                global, keyOption.key, .add(date: tanggal, name: nama, collectiveLeave: cutiBersama))
        }
    }

    struct Hapus: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hapus", abstract: HelpText.liburRemove.text)
        @Argument(help: "YYYY-MM-DD") var tanggal: String
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws { try LiburCommand.perform(global, keyOption.key, .remove(date: tanggal)) }
    }

    struct Impor: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "impor", abstract: HelpText.liburImport.text)
        @Argument(help: HelpText.liburImportFile.help) var file: String
        @Flag(help: HelpText.liburCollectiveLeave.help) var cutiBersama = false
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try LiburCommand.perform(global, keyOption.key, .importFile(path: file, collectiveLeave: cutiBersama))
        }
    }
}
