import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HelpText.initCreateArchiveSignerBecomes.text)

    @Argument(help: HelpText.initNewArchiveFolderAbsent.help)
    var directory: String

    @OptionGroup var keyOption: KeyOption
    @Option(help: HelpText.initAdministratorSFullName.help)
    var name: String?
    @Option(help: HelpText.initAdministratorSEMail.help)
    var email: String?
    @Option(help: HelpText.initAdministratorSNip.help)
    var nip: String?
    @Option(name: .customLong("role"), help: HelpText.initFurtherRolesRepeatable.help)
    var roles: [String] = []
    @Option(help: HelpText.initOfficeName.help)
    var office: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Output.run(global) {
            let language = global.language()
            let request = InitService.Request(
                directory: directory, key: keyOption.key, name: name, email: email, nip: nip, roles: roles,
                office: office, language: global.lang.flatMap(Language.init(rawValue:)))
            let result = try InitService().run(request)
            let roles = result.member.roles.map(\.rawValue).joined(separator: ", ")
            Output.out(CommandText.initNewArchive(result.path).text(language))
            Output.out(CommandText.initFirstPengelola(result.member.name, result.member.nip, roles).text(language))
            Output.out(CommandText.initSignedCommit(result.commit.short, result.path).text(language))
            Output.out(CommandText.initFingerprint(result.commit.hex).text(language))
        }
    }
}
