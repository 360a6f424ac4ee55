import ArgumentParser
import BerkasCore
import BerkasGit
import BerkasKit
import Foundation

struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Pasang git hook / install git hooks.",
        subcommands: [Install.self, Server.self, PreReceive.self])

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "install", abstract: "pre-commit: periksa berkas yang di-commit dengan git biasa / validate records committed with plain git.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let path = try HooksService().installPreCommit(archive: archive)
                Output.out(global.language(archive) == .en ? "Installed \(path)" : "Terpasang: \(path)")
            }
        }
    }

    struct Server: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "server", abstract: "pre-receive di repositori pusat (bare) / in the central bare repository.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let repo: GitRepository
                do { repo = try GitRepository.discover(from: FileManager.default.currentDirectoryPath) } catch {
                    throw BerkasError.user(.usage, CommandText.gitRepositoryUseCRepo())
                }
                let path = try HooksService().installServer(repo: repo)
                Output.out(global.language() == .en ? "Installed \(path)" : "Terpasang: \(path)")
            }
        }
    }

    struct PreReceive: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pre-receive", abstract: "Dijalankan oleh git / run by git.", shouldDisplay: false)
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                var updates: [HooksService.Update] = []
                while let line = readLine() {
                    let p = line.split(separator: " ")
                    guard p.count == 3 else { continue }
                    updates.append(.init(old: String(p[0]), new: String(p[1]), ref: String(p[2])))
                }
                let language = global.language()
                let problems = try HooksService().preReceive(updates: updates, now: try MachineClock.now(), language: language)
                if !problems.isEmpty {
                    Output.err(language == .en ? "berkas: push refused" : "berkas: dorongan ditolak")
                    for p in problems { Output.err("  " + p) }
                    Output.err(language == .en
                        ? "Nothing changed in the central repository. Run `berkas verify` in your clone to see these commits; make steps with berkas (new, act, edit, commit) and share them with `berkas sync`."
                        : "Tidak ada yang berubah di pusat. Jalankan `berkas verify` di klon Anda untuk melihat commit-commit ini; buat langkah dengan berkas (new, act, edit, commit) dan bagikan dengan `berkas sync`.")
                    throw ExitCode(1)
                }
            }
        }
    }
}
