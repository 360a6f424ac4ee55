import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: HelpText.memberArchiveMembersKeysPengelola.text,
        subcommands: [Add.self, Remove.self, AddKey.self, RetireKey.self, List.self])

    static func perform(_ global: GlobalOptions, _ keyFlag: String?, _ change: MemberService.Change) throws {
        try Output.run(global) {
            let archive = try Archive.open()
            let r = try MemberService().run(archive: archive, change: change, keyFlag: keyFlag)
            Output.out("\(r.summary) (\(r.commit.short))")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: HelpText.memberAddMember.text)
        @Option var name: String
        @Option var nip: String
        @Option var email: String
        @Option(name: .customLong("role"), help: HelpText.memberRoleRepeatable.help) var roles: [String] = []
        @Option(help: HelpText.memberPublicKeyFile.help) var pubkey: String
        @Option(help: HelpText.memberLastValidDayYyyy.help) var validUntil: String?
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try MemberCommand.perform(
                global, keyOption.key,
                .add(name: name, nip: nip, email: email, roles: roles, publicKey: pubkey, validUntil: validUntil))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: HelpText.memberRemoveMember.text)
        @Argument(help: HelpText.memberMemberSEMail.help) var who: String
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws { try MemberCommand.perform(global, keyOption.key, .remove(who: who)) }
    }

    struct AddKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-key", abstract: HelpText.memberAddKeyMember.text)
        @Argument(help: HelpText.memberMemberSEMail.help) var who: String
        @Option(help: HelpText.memberPublicKeyFile.help) var pubkey: String
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws { try MemberCommand.perform(global, keyOption.key, .addKey(who: who, publicKey: pubkey)) }
    }

    struct RetireKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire-key", abstract: HelpText.memberRetireMemberSKey.text)
        @Argument(help: HelpText.memberMemberSEMail.help) var who: String
        @Option(help: HelpText.memberPublicKeyFile.help) var pubkey: String
        @OptionGroup var keyOption: KeyOption
        @OptionGroup var global: GlobalOptions
        func run() throws { try MemberCommand.perform(global, keyOption.key, .retireKey(who: who, publicKey: pubkey)) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: HelpText.memberListMembers.text)
        @OptionGroup var global: GlobalOptions
        func run() throws {
            try Output.run(global) {
                let archive = try Archive.open()
                let rules = try archive.rules(at: try archive.head())
                for m in rules.policy.members {
                    let until = m.validUntil.map { " s.d. \($0)" } ?? ""
                    Output.out(
                        "\(TerminalSafe.escape(m.name))  NIP \(m.nip)  \(m.email)  [\(m.roles.map(\.rawValue).joined(separator: ", "))]  \(m.keys.count) kunci\(until)"
                    )
                }
            }
        }
    }
}
