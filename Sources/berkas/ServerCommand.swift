import ArgumentParser
import BerkasCore
import BerkasGit
import BerkasKit
import Foundation

/// `berkas server …`: the central repository on a real git server (gitolite for
/// access, cgit for reviewers).
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: HelpText.serverAbstract.text,
        subcommands: [Gitolite.self, Cgit.self, CgitFilter.self, CgitAbout.self])

    static func repository() throws -> GitRepository {
        do { return try GitRepository.discover(from: FileManager.default.currentDirectoryPath) } catch {
            throw BerkasError.user(.usage, CommandText.gitRepositoryUseCRepo())
        }
    }

    struct Gitolite: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "gitolite", abstract: HelpText.serverGitolite.text)
        @Argument(help: HelpText.serverGitoliteDir.help) var dir: String
        @Option(help: HelpText.serverRepoName.help) var repo: String = "arsip"
        @Option(help: HelpText.serverLocal.help) var local: String?
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let language = global.language()
                let r = try GitoliteService().write(
                    repo: try ServerCommand.repository(), adminDir: UserPath.resolve(dir),
                    localDir: local.map(UserPath.resolve), repoName: repo)
                Output.out(CommandText.gitoliteWritten(r.members, r.keys, r.conf, r.keydir).text(language))
                for h in r.hooks { Output.out("  " + h) }
                if r.includeMissing { Output.out(CommandText.gitoliteAddInclude(r.includeLine).text(language)) }
                Output.out(CommandText.gitoliteApply().text(language))
            }
        }
    }

    struct Cgit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cgit", abstract: HelpText.serverCgit.text)
        @Argument(help: HelpText.serverCgitDir.help) var dir: String
        @Option(help: HelpText.serverRepoPath.help) var repoPath: String
        @Option(help: HelpText.serverRepoName.help) var repo: String = "arsip"
        @Option(help: HelpText.serverTitle.help) var title: String = "Arsip berkas"
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let files = try CgitService().write(
                    dir: UserPath.resolve(dir), repoPath: UserPath.resolve(repoPath), repoName: repo, title: title)
                Output.out(CommandText.cgitWritten().text(global.language()))
                for f in files { Output.out("  " + f) }
            }
        }
    }

    /// Run by cgit (commit-filter): reads the message on stdin, writes HTML.
    struct CgitFilter: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cgit-filter", shouldDisplay: false)
        func run() throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let env = ProcessInfo.processInfo.environment
            FileHandle.standardOutput.write(
                Data(
                    CgitService().commitFilter(
                        input: input, repoPath: env["CGIT_REPO_PATH"], query: env["QUERY_STRING"]
                    ).utf8))
        }
    }

    /// Run by cgit (about-filter): the README as text.
    struct CgitAbout: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cgit-about", shouldDisplay: false)
        func run() throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            FileHandle.standardOutput.write(Data(CgitService().aboutFilter(input: input).utf8))
        }
    }
}
