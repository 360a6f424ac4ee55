import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Buat arsip baru; penanda tangan menjadi pengelola pertama / create an archive; the signer becomes its first pengelola.")

    @Argument(help: "Folder arsip baru (belum ada atau kosong) / new archive folder (absent or empty).")
    var directory: String

    @OptionGroup var keyOption: KeyOption
    @Option(help: "Nama lengkap pengelola / administrator's full name (default: git config user.name).")
    var name: String?
    @Option(help: "Email pengelola / administrator's e-mail (default: git config user.email).")
    var email: String?
    @Option(help: "NIP pengelola (18 angka) / administrator's NIP.")
    var nip: String?
    @Option(name: .customLong("role"), help: "Peran tambahan selain pengelola (boleh berulang) / further roles (repeatable).")
    var roles: [String] = []
    @Option(help: "Nama kantor / office name.")
    var office: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let language = global.language()
            let request = InitService.Request(directory: directory, key: keyOption.key, name: name, email: email, nip: nip, roles: roles,
                                              office: office, language: global.lang.flatMap(Language.init(rawValue:)))
            let result = try InitService().run(request)
            let roles = result.member.roles.map(\.rawValue).joined(separator: ", ")
            if language == .en {
                Output.out("New archive at \(result.path)")
                Output.out("First administrator: \(result.member.name) (NIP \(result.member.nip)), roles: \(roles)")
                Output.out("Signed commit \(result.commit.short). Check it with: git -C \(result.path) log --show-signature")
                Output.out("Archive fingerprint: \(result.commit.hex)")
                Output.out("  Write it on the office's paper records; an auditor checks it with `berkas verify --root \(result.commit.hex)`")
                Output.out("  or `git rev-list --max-parents=0 main`, which must print exactly this.")
            } else {
                Output.out("Arsip baru di \(result.path)")
                Output.out("Pengelola pertama: \(result.member.name) (NIP \(result.member.nip)), peran: \(roles)")
                Output.out("Commit bertanda tangan \(result.commit.short). Periksa dengan: git -C \(result.path) log --show-signature")
                Output.out("Sidik arsip: \(result.commit.hex)")
                Output.out("  Catat pada berkas kertas kantor; pemeriksa mencocokkannya dengan `berkas verify --root \(result.commit.hex)`")
                Output.out("  atau `git rev-list --max-parents=0 main`, yang harus mencetak tepat ini.")
            }
        }
    }
}
