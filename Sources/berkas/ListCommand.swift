import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Daftar berkas dan antrean / records and queues.")

    @Option(help: "Hanya status ini / only this status.")
    var status: String?
    @Flag(help: "Yang menunggu peran Anda / what waits for your roles.")
    var mine = false
    @Flag(help: "Yang melewati mutu baku / past their standard time.")
    var overdue = false
    @Flag(help: "Juga yang sudah selesai atau ditolak (bawaan: hanya yang masih berjalan) / finished ones too (default: open only).")
    var all = false
    @Option(help: "table | json | csv")
    var format: String = "table"
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "json", "csv"].contains(format) else { throw ValidationError("--format: table | json | csv") }
    }

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let service = ListService()
            let rows = try service.run(archive: archive, status: status, mine: mine, overdue: overdue, all: all, keyFlag: keyOption.key)
            let text = service.render(rows, format: format, language: global.language(archive))
            Output.write(text, newline: format != "csv")
        }
    }
}
