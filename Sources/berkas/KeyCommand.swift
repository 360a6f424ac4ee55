import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Kunci SSH untuk staf baru / SSH keys for new staff.",
        subcommands: [New.self, Use.self])

    /// Remembers the signing key in this clone, so that no command needs `--key` again.
    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "use",
            abstract: "Ingat kunci ini di klon arsip ini (tanpa --key lagi) / remember this key in this clone (no --key again).")
        @Argument(help: "Berkas kunci (privat, atau .pub bila kuncinya di ssh-agent) / key file (private, or .pub with the key in ssh-agent).")
        var path: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let en = global.language(archive) == .en
                let r = try KeyService().use(path: path, archive: archive)
                if let member = r.member {
                    Output.out(en ? "This clone now signs with \(r.path) (\(member)); --key is no longer needed here."
                                  : "Klon ini sekarang menandatangani dengan \(r.path) (\(member)); --key tidak perlu lagi di sini.")
                } else {
                    Output.out(en ? "This clone now signs with \(r.path). The key is not in the archive's members yet: give the pengelola its public line (`berkas whoami`)."
                                  : "Klon ini sekarang menandatangani dengan \(r.path). Kunci ini belum terdaftar sebagai anggota: serahkan baris kunci publiknya kepada pengelola (`berkas whoami`).")
                }
            }
        }
    }

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
