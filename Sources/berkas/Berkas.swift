import ArgumentParser
import BerkasKit
import Foundation

@main
struct Berkas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "berkas",
        abstract: HelpText.berkasOfficeRequestsGitEvery.text,
        discussion: HelpText.rootDiscussion.text,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, WhoamiCommand.self, NewCommand.self, EditCommand.self, ValidateCommand.self,
            ActCommand.self, ShowCommand.self, MemberCommand.self, VerifyCommand.self, LogCommand.self,
            HooksCommand.self, ListCommand.self, ReportCommand.self, RenderCommand.self, SyncCommand.self,
            BackupsCommand.self, CommitCommand.self, KeyCommand.self, DaftarArsipCommand.self, RetensiCommand.self,
            LiburCommand.self, JenisCommand.self, ServerCommand.self
        ]
    )

    static func main() {
        Trace.mark("main")
        var args = Array(CommandLine.arguments.dropFirst())
        UserPath.startDirectory = FileManager.default.currentDirectoryPath
        // `-C DIR` before the command, as with git (may be repeated).
        while args.count >= 1,
            args[0] == "-C" || args[0].hasPrefix("-C") && args[0].count > 2 && !args[0].hasPrefix("--")
        {
            let dir: String
            if args[0] == "-C" {
                guard args.count >= 2 else {
                    FileHandle.standardError.write(Data((HelpText.rootFolderNeeded.text + "\n").utf8))
                    Foundation.exit(64)
                }
                dir = args[1]
                args.removeFirst(2)
            } else {
                dir = String(args[0].dropFirst(2))
                args.removeFirst()
            }
            guard FileManager.default.changeCurrentDirectoryPath(dir) else {
                FileHandle.standardError.write(
                    Data((HelpText.rootCannotEnter(dir).text(HelpLanguage.current) + "\n").utf8))
                Foundation.exit(64)
            }
        }
        do {
            var command = try parseAsRoot(args)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
