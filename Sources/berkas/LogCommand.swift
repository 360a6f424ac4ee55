import ArgumentParser
import BerkasAudit
import BerkasCore
import BerkasKit
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: HelpText.logAuditTrail.text)

    @Argument(help: HelpText.logRecordIdNoneWhole.help, completion: .custom(Completions.recordIDs))
    var id: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let en = language == .en
            let entries = try LogService().run(archive: archive, idText: id)
            var bad = 0
            for e in entries {
                let move = e.to.map { to in e.from.map { "\($0) → \(to)" } ?? "→ \(to)" } ?? ""
                let what = e.record.map { "\($0) \(e.action)" } ?? "\(e.action): \(e.subject)"
                let verdict: String
                if e.violations.isEmpty {
                    verdict = CommandText.signatureGood(e.signer ?? "?").text(language)
                } else {
                    bad += 1
                    verdict =
                        (CommandText.valid().text(language))
                        + e.violations.map { "[\($0.rule)] \(TerminalSafe.escape($0.message.text(en ? .en : .id)))" }
                        .joined(separator: "; ")
                }
                Output.out("\(e.time)  \(what)  \(move)")
                Output.out("    \(e.actor) [\(e.role)]  \(e.commit)  \(verdict)")
            }
            if bad > 0 { throw ExitCode(1) }
        }
    }
}
