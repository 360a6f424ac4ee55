import ArgumentParser
import BerkasKit
import Foundation

@main
struct Berkas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "berkas",
        abstract: "Arsip surat permintaan dalam git, setiap langkah ditandatangani / office requests in git, every step signed.",
        discussion: """
        Jalankan dari dalam folder arsip, atau dengan -C FOLDER sebelum perintah (seperti git).
        Run inside an archive, or with -C DIR before the command (as with git).
        Kode keluar / exit codes: 0 ok, 1 data atau riwayat tidak sah / invalid, 64 penggunaan / usage,
        75 coba lagi / try again, 77 tidak berwenang / not allowed.
        """,
        version: "0.1.0",
        subcommands: [InitCommand.self, WhoamiCommand.self, NewCommand.self, EditCommand.self, ValidateCommand.self, ActCommand.self, ShowCommand.self, MemberCommand.self, VerifyCommand.self, LogCommand.self, HooksCommand.self, ListCommand.self, ReportCommand.self, RenderCommand.self, SyncCommand.self, BackupsCommand.self, CommitCommand.self, KeyCommand.self]
    )

    static func main() {
        Trace.mark("main")
        ProcessLifetime.enabled = true   // one command, then the process ends
        var args = Array(CommandLine.arguments.dropFirst())
        UserPath.startDirectory = FileManager.default.currentDirectoryPath
        // `-C DIR` before the command, as with git (may be repeated).
        while args.count >= 1, args[0] == "-C" || args[0].hasPrefix("-C") && args[0].count > 2 && !args[0].hasPrefix("--") {
            let dir: String
            if args[0] == "-C" {
                guard args.count >= 2 else {
                    FileHandle.standardError.write(Data("berkas: -C perlu nama folder / -C needs a folder\n".utf8))
                    Foundation.exit(64)
                }
                dir = args[1]
                args.removeFirst(2)
            } else {
                dir = String(args[0].dropFirst(2))
                args.removeFirst()
            }
            guard FileManager.default.changeCurrentDirectoryPath(dir) else {
                FileHandle.standardError.write(Data("berkas: folder \(dir) tidak ada / cannot enter \(dir)\n".utf8))
                Foundation.exit(64)
            }
        }
        // Straight to the command named first, parsed as its own root. Through the
        // root, swift-argument-parser looks for `--generate-completion-script` in
        // every command line by parsing it twice more (~0.35 ms of every start). A
        // line asking for help, the version or a completion script, and any line
        // that does not parse, goes through the root as before, and errors are
        // reported as the root reports them: the same output and exit codes.
        if let sub = directCommand(args), var command = try? sub.parseAsRoot(Array(args.dropFirst())) {
            do {
                try command.run()
                return
            } catch {
                exit(withError: error)
            }
        }
        do {
            var command = try parseAsRoot(args)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    /// The command `args` names first, when it may be parsed as its own root.
    /// Each command names `berkas` as its super-command (`_superCommandName`):
    /// for a root that has one, swift-argument-parser skips the completion-script
    /// check; nothing else reads it when `berkas` itself reports.
    static func directCommand(_ args: [String]) -> ParsableCommand.Type? {
        guard let first = args.first,
              let sub = configuration.subcommands.first(where: { $0._commandName == first }) else { return nil }
        let asksRoot = args.contains { arg in
            arg == "-h" || arg == "--help" || arg == "help" || arg == "--version"
                || arg.hasPrefix("--generate-completion-script") || arg.hasPrefix("--experimental") || arg.hasPrefix("---")
        }
        return asksRoot ? nil : sub
    }
}
