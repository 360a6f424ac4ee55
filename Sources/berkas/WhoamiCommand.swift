import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct WhoamiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: HelpText.whoamiYourKeyMemberEntry.text)

    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try? Archive.open()
            let language = global.language(archive)
            let r = try WhoamiService().run(archive: archive, keyFlag: keyOption.key)
            Output.out((CommandText.key().text(language)) + "\(r.keyPath) (\(r.keySource))")
            Output.out((CommandText.fingerprint().text(language)) + r.fingerprint)
            guard archive != nil else {
                Output.out(CommandText.insideArchiveUseCDir().text(language))
                return
            }
            if let m = r.member {
                Output.out((CommandText.name().text(language)) + TerminalSafe.escape(m.name))
                Output.out("NIP:        " + TerminalSafe.escape(m.nip))
                Output.out("Email:      " + TerminalSafe.escape(m.email))
                Output.out((CommandText.roles().text(language)) + r.roleLabels.joined(separator: ", "))
                if let until = m.validUntil {
                    Output.out((CommandText.validUntil().text(language)) + until.description)
                }
                Output.out("")
                if r.waiting.isEmpty {
                    Output.out(CommandText.nothingWaitingYou().text(language))
                } else {
                    Output.out(CommandText.waitingYou().text(language))
                    for w in r.waiting { Output.out("  \(w.id)  \(w.status)  → \(w.actions.joined(separator: ", "))") }
                }
            } else {
                Output.out(CommandText.keyRegisteredArchiveGiveLine().text(language))
                Output.out("  " + r.publicKey)
                throw ExitCode(77)
            }
        }
    }
}
