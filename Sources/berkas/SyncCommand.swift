import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: HelpText.syncFetchReplayYourOwn.text)

    @Option(help: HelpText.syncCentralRepositorySRemote.help)
    var remote: String = "origin"
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try SyncService().run(archive: archive, remote: remote, keyFlag: keyOption.key)
            for (old, new) in r.renumbered {
                Output.out(CommandText.takenCentralRepositoryMeanwhileYour(old, new).text(language))
            }
            Output.out(
                CommandText.synchronisedCommitSReceivedSent(r.fetched, r.pushed, r.tip?.short ?? "-").text(language))
            // Steps set aside: said plainly, with what to do; nothing is lost.
            for s in r.setAside {
                Output.err(
                    CommandText.sentChangedCentralRepositoryMeanwhile(
                        s.record, TerminalSafe.escape(s.subject), s.commit.short, s.changedBy
                    ).text(language))
            }
            if let backup = r.backup, let first = r.setAside.first {
                let name = String(backup.split(separator: "/").last ?? "")
                Output.err(
                    CommandText.yourStepKeptNothingLost(backup, first.commit.short, first.record, name).text(language))
                throw ExitCode(1)
            }
        }
    }
}
