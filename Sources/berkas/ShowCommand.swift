import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Isi berkas, status, langkah berikutnya dan riwayatnya / a record's fields, status, next steps and timeline.")

    @Argument(help: "Nomor registrasi / record ID.")
    var id: String
    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let en = global.language(archive) == .en
            let r = try ShowService().run(archive: archive, idText: id, keyFlag: keyOption.key)
            Output.out("\(r.id)  \(r.path)")
            Output.out((en ? "Status: " : "Status: ") + "\(r.status) (\(r.statusLabel))")
            Output.out("")
            let width = r.fields.map(\.label.count).max() ?? 10
            for f in r.fields where !["id", "status"].contains(f.key) {
                Output.out("  " + f.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + f.value)
            }
            Output.out("")
            if r.isFinal {
                Output.out(en ? "Final: this record never changes again." : "Status akhir: berkas ini tidak berubah lagi.")
            } else {
                Output.out(en ? "Next:" : "Langkah berikutnya:")
                for a in r.next {
                    let mark = a.youMay ? (en ? "  ← you may" : "  ← Anda berwenang") : ""
                    Output.out("  \(a.command)  (\(a.label); \(a.roles.joined(separator: ", ")))\(mark)")
                }
            }
            Output.out("")
            Output.out(en ? "Timeline:" : "Riwayat:")
            for s in r.timeline {
                let move = s.from.map { "\($0) → \(s.to ?? "?")" } ?? "→ \(s.to ?? "?")"
                Output.out("  \(s.time)  \(s.action) (\(move))  \(s.actor ?? "?") [\(s.role ?? "?")]  \(s.commit)")
                if let note = s.note, !note.isEmpty { Output.out("      \(note)") }
            }
        }
    }
}
