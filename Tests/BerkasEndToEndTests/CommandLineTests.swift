import Foundation
import Testing

/// The command line as swift-argument-parser shows it. A command line that
/// parses goes straight to its command (skipping the library's search for
/// `--generate-completion-script`); help, the version, completion scripts and
/// every mistake still go through `berkas` itself, so what is printed and the
/// exit code are what they were.
@Suite("End to end: help, usage errors and completion scripts")
struct CommandLineTests {
    @Test func usageErrorsNameTheWholeCommand() throws {
        let s = try Sandbox()
        let cases: [([String], String)] = [
            (["act", Sandbox.rid(1)], "Missing expected argument '<action>'"),
            (["act", Sandbox.rid(1), "disposisi", "--bogus"], "Unknown option '--bogus'"),
            (["act", Sandbox.rid(1), "disposisi", "--note"], "Missing value for '--note <note>'"),
            (["list", "--status"], "Missing value for '--status <status>'"),
            (["verify", "--bogus"], "Unknown option '--bogus'")
        ]
        for (args, message) in cases {
            let r = try s.berkas(args)
            #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("Usage: berkas \(args[0]) "), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("See 'berkas \(args[0]) --help'"), "\(args): \(r.stderr)")
        }
        let nested = try s.berkas(["member", "add", "--name", "Andi"])
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("See 'berkas member add --help'"), "\(nested.stderr)")
    }

    @Test func helpAndVersionAreTheRootsAnywhere() throws {
        let s = try Sandbox()
        for args in [["act", "--help"], ["act", Sandbox.rid(1), "disposisi", "-h"], ["help", "act"]] {
            let r = try s.berkas(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains("USAGE: berkas act <id> <action>"), "\(args): \(r.stdout)")
            #expect(r.stdout.contains("--version"), "\(args): \(r.stdout)")
        }
        let version = try s.berkas(["act", Sandbox.rid(1), "--version"])
        #expect(version.status == 0)
        #expect(
            version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == (try s.berkas(["--version"])).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        // A command with subcommands, named alone, shows its help.
        let member = try s.berkas(["member"])
        #expect(member.status == 0)
        #expect(member.stdout.contains("USAGE: berkas member <subcommand>"))
        #expect(member.stdout.contains("See 'berkas help member <subcommand>'"))
    }

    @Test func completionScriptsAreStillMade() throws {
        let s = try Sandbox()
        for args in [["--generate-completion-script", "bash"], ["act", "--generate-completion-script", "bash"]] {
            let r = try s.berkas(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains("_berkas"), "\(args)")
            #expect(r.stdout.contains("disposisi") || r.stdout.contains("act"), "\(args)")
        }
    }

    @Test func errorsFromACommandKeepTheirExitCodes() throws {
        let s = try Sandbox()
        try FileManager.default.createDirectory(atPath: s.dir + "/kosong", withIntermediateDirectories: true)
        let act = try s.berkas(["act", Sandbox.rid(1), "disposisi", "--note", "x"], cwd: s.dir + "/kosong")
        #expect(act.status == 1)
        #expect(act.stderr.contains("bukan arsip berkas"))
        let list = try s.berkas(["list"], cwd: s.dir + "/kosong")
        #expect(list.status == 1)
        #expect(list.stderr.contains("bukan arsip berkas"))
    }
}
