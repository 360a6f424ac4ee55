import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups",
        abstract: HelpText.backupsBackupsSyncKeptSteps.text)

    @Option(help: HelpText.backupsDropBackupOnceSteps.help)
    var drop: String?
    @Option(help: HelpText.backupsRedo.help)
    var redo: String?
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let service = BackupService()
            if let redo {
                let r = try service.redo(archive: archive, name: redo, keyFlag: keyOption.key)
                for (subject, commit) in r.redone {
                    Output.out(CommandText.backupStepRedone(subject, commit.short).text(language))
                }
                for subject in r.alreadyThere {
                    Output.out(CommandText.backupStepAlreadyInMain(subject).text(language))
                }
                if let (subject, why) = r.stopped {
                    Output.err(CommandText.backupStepStopped(subject, why).text(language))
                    throw ExitCode(1)
                }
                if r.dropped { Output.out(CommandText.backupDropped(redo).text(language)) }
                return
            }
            if let drop {
                try service.drop(archive: archive, name: drop)
                Output.out(CommandText.backupDropped(drop).text(language))
                return
            }
            let backups = try service.list(archive: archive)
            if backups.isEmpty {
                Output.out(CommandText.backups().text(language))
                return
            }
            for b in backups {
                Output.out(b.name + (b.steps.isEmpty ? (CommandText.everyStepMainDropped().text(language)) : ""))
                for s in b.steps { Output.out("  \(s.commit)  \(s.subject)") }
            }
            Output.out(CommandText.seeStepGitShowId().text(language))
        }
    }
}
