import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: HelpText.keySshKeysNewStaff.text,
        subcommands: [New.self, Use.self])

    /// Remembers the signing key in this clone, so that no command needs `--key` again.
    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "use",
            abstract: HelpText.keyRememberKeyCloneKey.text)
        @Argument(help: HelpText.keyKeyFilePrivatePub.help)
        var path: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let language = global.language(archive)
                let r = try KeyService().use(path: path, archive: archive)
                if let member = r.member {
                    Output.out(CommandText.cloneNowSignsKeyLonger(r.path, member).text(language))
                } else {
                    Output.out(CommandText.cloneNowSignsKeyArchive(r.path).text(language))
                }
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: HelpText.keyMakeEd25519KeyPrint.text)
        @Option(help: HelpText.keyKeyFileDefaultSsh.help)
        var file: String?
        @Option(help: HelpText.keyCommentEGE.help)
        var comment: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Output.run(global) {
                let language = global.language()
                let path = file ?? ((Environment.value("HOME") ?? ".") + "/.ssh/id_ed25519_berkas")
                let line = try KeyService().create(at: path, comment: comment)
                Output.out(CommandText.keyWrittenPublicPartPub(path).text(language))
                Output.out(CommandText.giveLineArchiveAdministratorPengelola().text(language))
                Output.out(line)
            }
        }
    }
}
