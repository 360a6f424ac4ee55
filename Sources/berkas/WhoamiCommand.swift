import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct WhoamiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Kunci Anda, data anggota dan peran Anda / your key, member entry and roles.")

    @OptionGroup var keyOption: KeyOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let archive = try? Archive.open()
            let language = global.language(archive)
            let r = try WhoamiService().run(archive: archive, keyFlag: keyOption.key)
            let en = language == .en
            Output.out((en ? "Key:        " : "Kunci:      ") + "\(r.keyPath) (\(r.keySource))")
            Output.out((en ? "Fingerprint: " : "Sidik jari: ") + r.fingerprint)
            guard archive != nil else {
                Output.out(en ? "Not inside an archive (use -C DIR)." : "Tidak di dalam arsip (pakai -C FOLDER).")
                return
            }
            if let m = r.member {
                Output.out((en ? "Name:       " : "Nama:       ") + TerminalSafe.escape(m.name))
                Output.out("NIP:        " + TerminalSafe.escape(m.nip))
                Output.out("Email:      " + TerminalSafe.escape(m.email))
                Output.out((en ? "Roles:      " : "Peran:      ") + r.roleLabels.joined(separator: ", "))
                if let until = m.validUntil { Output.out((en ? "Valid until: " : "Berlaku s.d.: ") + until.description) }
                Output.out("")
                if r.waiting.isEmpty {
                    Output.out(en ? "Nothing is waiting for you." : "Tidak ada berkas yang menunggu Anda.")
                } else {
                    Output.out(en ? "Waiting for you:" : "Menunggu Anda:")
                    for w in r.waiting { Output.out("  \(w.id)  \(w.status)  → \(w.actions.joined(separator: ", "))") }
                }
            } else {
                Output.out(en ? "This key is not registered in this archive — give this line to the archive administrator:"
                              : "Kunci ini belum terdaftar di arsip ini — serahkan baris berikut kepada pengelola arsip:")
                Output.out("  " + r.publicKey)
                throw ExitCode(77)
            }
        }
    }
}
