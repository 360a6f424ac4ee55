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
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let service = BackupService()
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
