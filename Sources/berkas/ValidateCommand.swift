import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Periksa berkas (semua bila tanpa PATH) / check records (all when no PATH).")

    @Argument(help: "Berkas atau folder / files or folders.")
    var paths: [String] = []
    @Flag(help: "Periksa berkas yang akan di-commit (pre-commit hook) / check the staged records.")
    var staged = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let service = ValidateService()
            let r = staged ? try service.runStaged(archive: archive)
                           : try service.run(archive: archive, paths: paths, currentDirectory: FileManager.default.currentDirectoryPath)
            if r.problems.isEmpty {
                Output.out(language == .en ? "\(r.checked) record(s) checked, all valid." : "\(r.checked) berkas diperiksa, semua sah.")
                return
            }
            for p in r.problems.sortedForDisplay() { Output.err(p.formatted(language)) }
            Output.err(language == .en ? "\(r.problems.count) problem(s) in \(r.checked) record(s)." : "\(r.problems.count) masalah dalam \(r.checked) berkas.")
            if staged {
                // Refused inside `git commit`: the way that signs and checks every step.
                Output.err(language == .en ? "Nothing was committed. Fix the record, then save it with `berkas commit` (signed and checked) rather than `git commit`."
                                           : "Tidak ada yang di-commit. Perbaiki berkasnya, lalu simpan dengan `berkas commit` (bertanda tangan dan diperiksa), bukan `git commit`.")
            }
            throw ExitCode(1)
        }
    }
}
