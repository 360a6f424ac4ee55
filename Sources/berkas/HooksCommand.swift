import ArgumentParser
import BerkasCore
import BerkasGit
import BerkasKit
import Foundation

struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: HelpText.hooksInstallGitHooks.text,
        subcommands: [Install.self, Server.self, PreReceive.self])

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install", abstract: HelpText.hooksValidateRecordsCommittedPlain.text)
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let path = try HooksService().installPreCommit(archive: archive)
                Output.out(CommandText.installed(path).text(global.language(archive)))
            }
        }
    }

    struct Server: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "server", abstract: HelpText.hooksCentralBareRepository.text)
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let repo: GitRepository
                do { repo = try GitRepository.discover(from: FileManager.default.currentDirectoryPath) } catch {
                    throw BerkasError.user(.usage, CommandText.gitRepositoryUseCRepo())
                }
                let path = try HooksService().installServer(repo: repo)
                Output.out(CommandText.installed(path).text(global.language()))
            }
        }
    }

    struct PreReceive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-receive", abstract: HelpText.hooksRunGit.text, shouldDisplay: false)
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
                let problems = try HooksService().preReceive(
                    updates: updates, now: try MachineClock.now(), language: language)
                if !problems.isEmpty {
                    Output.err(CommandText.berkasPushRefused().text(language))
                    for p in problems { Output.err("  " + p) }
                    // Under gitolite: who pushed is recorded; the commits are judged by their signatures.
                    if let user = Environment.value("GL_USER") {
                        Output.err(CommandText.pushedByGitoliteUser(TerminalSafe.escape(user)).text(language))
                    }
                    Output.err(CommandText.nothingChangedCentralRepositoryRun().text(language))
                    throw ExitCode(1)
                }
            }
        }
    }
}
