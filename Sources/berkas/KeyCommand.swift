import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", _superCommandName: "berkas",
        abstract: "Kunci SSH untuk staf baru / SSH keys for new staff.",
        subcommands: [New.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Buat kunci ed25519 (kata sandi ditanyakan ssh-keygen) dan cetak baris kunci publik untuk pengelola / make an ed25519 key and print its public line.")
        @Option(help: "Berkas kunci / key file (default ~/.ssh/id_ed25519_berkas).")
        var file: String?
        @Option(help: "Komentar, mis. email / comment, e.g. e-mail.")
        var comment: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Output.run(global) {
                let en = global.language() == .en
                let path = file ?? ((Environment.value("HOME") ?? ".") + "/.ssh/id_ed25519_berkas")
                let line = try KeyService().create(at: path, comment: comment)
                Output.out(en ? "Key written to \(path) (public part: \(path).pub)." : "Kunci ditulis ke \(path) (bagian publik: \(path).pub).")
                Output.out(en ? "Give this line to the archive administrator (pengelola):" : "Serahkan baris ini kepada pengelola arsip:")
                Output.out(line)
            }
        }
    }
}
