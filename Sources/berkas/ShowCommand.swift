import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.showRecordSFieldsStatus.text)

    @Argument(help: HelpText.actRecordId.help, completion: .custom(Completions.recordIDs))
    var id: String
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let language = global.language(archive)
            let r = try ShowService().run(archive: archive, idText: id, keyFlag: keyOption.key)
            Output.out("\(r.id)  \(r.path)")
            Output.out((CommandText.status().text(language)) + "\(r.status) (\(r.statusLabel))")
            Output.out("")
            let width = r.fields.map(\.label.count).max() ?? 10
            for f in r.fields where !["id", "status"].contains(f.key) {
                Output.out("  " + f.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + f.value)
            }
            Output.out("")
            if r.isFinal {
                Output.out(CommandText.finalRecordNeverChangesAgain().text(language))
            } else {
                Output.out(CommandText.next().text(language))
                for a in r.next {
                    let mark = a.youMay ? (CommandText.youMay().text(language)) : ""
                    Output.out("  \(a.command)  (\(a.label); \(a.roles.joined(separator: ", ")))\(mark)")
                }
            }
            Output.out("")
            Output.out(CommandText.timeline().text(language))
            for s in r.timeline {
                let move = s.from.map { "\($0) → \(s.to ?? "?")" } ?? "→ \(s.to ?? "?")"
                Output.out("  \(s.time)  \(s.action) (\(move))  \(s.actor ?? "?") [\(s.role ?? "?")]  \(s.commit)")
                if let note = s.note, !note.isEmpty { Output.out("      \(note)") }
            }
        }
    }
}
