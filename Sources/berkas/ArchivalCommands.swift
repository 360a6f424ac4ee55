import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct DaftarArsipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daftar-arsip",
        abstract: HelpText.daftarArsipAbstract.text)

    @Option(help: HelpText.daftarArsipYear.help)
    var tahun: Int?
    @Flag(help: HelpText.daftarArsipAll.help)
    var semua = false
    @Option(help: "table | csv | xlsx | html")
    var format: String = "table"
    @OptionGroup var export: ExportOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "csv", "xlsx", "html"].contains(format) else {
            throw ValidationError("--format: table | csv | xlsx | html")
        }
    }

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let renderer = ArchivalListRenderer(
                lists: try ArchivalLists.load(archive: archive), language: global.language(archive))
            if format == "xlsx" {
                try ExportOptions.writeWorkbook(
                    renderer.activeWorkbook(year: tahun, all: semua), command: "daftar-arsip", file: "daftar-arsip")
                return
            }
            Output.write(
                renderer.active(
                    year: tahun, all: semua, format: format, separator: export.separatorCharacter,
                    byteOrderMark: !export.noByteOrderMark), newline: format != "csv")
        }
    }
}

struct RetensiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retensi",
        abstract: HelpText.retensiAbstract.text)

    @Option(help: HelpText.retensiAsOf.help)
    var per: String?
    @Option(help: "table | csv | html")
    var format: String = "table"
    @Option(help: ArgumentHelp(HelpText.retensiDestroy.text, valueName: "nomor-berita-acara"))
    var musnahkan: String?
    @Option(help: ArgumentHelp(HelpText.retensiOnly.text, valueName: "ID"))
    var hanya: [String] = []
    @OptionGroup var export: ExportOptions
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "csv", "html"].contains(format) else { throw ValidationError("--format: table | csv | html") }
    }

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            if let musnahkan {
                try destroy(archive, minutes: musnahkan)
                return
            }
            guard hanya.isEmpty else { throw BerkasError.user(.usage, CommandText.onlyWithDestroy()) }
            let lists = try ArchivalLists.load(archive: archive)
            var day = lists.today
            if let per {
                guard let d = CalendarDate(iso: per) else {
                    throw BerkasError.user(.usage, KitText.mustYyyyMmDd("--per"))
                }
                day = d
            }
            let renderer = ArchivalListRenderer(lists: lists, language: global.language(archive))
            Output.write(
                renderer.due(
                    on: day, format: format, separator: export.separatorCharacter,
                    byteOrderMark: !export.noByteOrderMark), newline: format != "csv")
        }
    }

    private func destroy(_ archive: Archive, minutes: String) throws {
        guard per == nil else { throw BerkasError.user(.usage, CommandText.destroyOnlyToday()) }
        let language = global.language(archive)
        let r = try DestructionService().run(archive: archive, minutes: minutes, only: hanya, keyFlag: keyOption.key)
        guard let commit = r.commit else {
            Output.out(CommandText.nothingToDestroy(r.day.words(language)).text(language))
            return
        }
        Output.out(
            CommandText.destroyed(minutes, r.destroyed.count, r.destroyed.joined(separator: ", "), commit.short).text(
                language))
        Output.out(CommandText.destroyedStillInHistory().text(language))
    }
}
