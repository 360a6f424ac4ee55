import Foundation
import Testing

/// Shell completion, as the script `berkas --generate-completion-script bash`
/// asks for it: record IDs, the next actions of the record typed before, and
/// states, read from the archive the shell is in.
@Suite("Shell completion")
struct CompletionTests {
    @Test func idsActionsAndStatesAreCompletedFromTheArchive() throws {
        let s = try Sandbox()
        try s.initArchive()
        #expect(try s.newRequest().status == 0)
        let id = Sandbox.rid(1)
        let ids = try s.berkas(["---completion", "show", "--", "positional@0", "0", "3", "RA-"], cwd: s.dir + "/arsip")
        #expect(ids.status == 0)
        #expect(ids.stdout == id + "\n")
        let actions = try s.berkas(
            ["---completion", "act", "--", "positional@1", "1", "0", id, ""], cwd: s.dir + "/arsip")
        #expect(actions.stdout == "disposisi\ntolak\n", "the record's next actions, in the workflow's order")
        let states = try s.berkas(["---completion", "list", "--", "--status", "0", "3", "dit"], cwd: s.dir + "/arsip")
        #expect(states.stdout == "diterima\nditolak\n")
        // From elsewhere with -C, as the command line would be.
        let elsewhere = try s.berkas(["---completion", "log", "--", "positional@0", "2", "0", "-C", "arsip", ""])
        #expect(elsewhere.stdout == id + "\n")
        // Outside an archive: nothing offered, no error.
        let outside = try s.berkas(["---completion", "show", "--", "positional@0", "0", "0", ""])
        #expect(outside.status == 0 && outside.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    @Test func theScriptsNameTheCompletionsBerkasGives() throws {
        let s = try Sandbox()
        for shell in ["bash", "zsh", "fish"] {
            let script = try s.berkas(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("---completion"), "\(shell): no custom completions")
        }
    }
}
