import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Simpan berkas yang diubah di penyunting teks: periksa, lalu satu commit bertanda tangan per berkas / commit records edited by hand.")

    @Argument(help: "Berkas (tanpa: semua yang berubah) / records (none: all changed).")
    var paths: [String] = []
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let en = global.language(archive) == .en
            let done = try CommitFilesService().run(archive: archive, paths: paths, currentDirectory: FileManager.default.currentDirectoryPath,
                                                    keyFlag: keyOption.key)
            if done.isEmpty { Output.out(en ? "Nothing to commit." : "Tidak ada perubahan untuk disimpan.") }
            for d in done {
                Output.out(en ? "\(d.id): changed \(d.fields.joined(separator: ", ")) (\(d.commit.short))" : "\(d.id): diubah \(d.fields.joined(separator: ", ")) (\(d.commit.short))")
            }
        }
    }
}
