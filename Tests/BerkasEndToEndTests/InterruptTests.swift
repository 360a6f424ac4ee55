import Foundation
import Testing

/// Ctrl-C during `verify` on a terminal: the progress line is cleared, the
/// prompt comes back clean, and the exit status says it was interrupted (130).
/// The terminal is a real pty (`script`), and Ctrl-C is the byte the keyboard
/// sends, turned into SIGINT by the terminal.
@Suite("Interrupting verify")
struct InterruptTests {
    @Test func ctrlCClearsTheProgressLine() throws {
        let s = try Sandbox()
        let generator = URL(fileURLWithPath: Sandbox.binary).deletingLastPathComponent()
            .appendingPathComponent("berkas-archive-gen").path
        try #require(FileManager.default.isExecutableFile(atPath: generator), "berkas-archive-gen is built with berkas")
        // A history long enough to be interrupted: ~490 commits, judged on one thread.
        #expect(try s.run([generator, s.dir + "/gen", "--records", "100"]).status == 0)
        let log = s.dir + "/terminal.log"
        // berkas itself, not through the faketime command even when the suite runs under it: the
        // terminal's SIGINT reaches that wrapper too, which may exit (and end the pty) before berkas
        // has cleared its line. This test is about the terminal, not the clock (BERKAS_NOW is fixed).
        let command = [Sandbox.binary, "verify", "--no-cache"].map { "'\($0)'" }.joined(separator: " ")
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qfec", command, log]
        script.currentDirectoryURL = URL(fileURLWithPath: s.dir + "/gen/arsip")
        script.environment = s.env.merging(["BERKAS_THREADS": "1", "TERM": "dumb"]) { $1 }
        let keyboard = Pipe()
        script.standardInput = keyboard
        script.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try script.run()
        // Once the progress line is on the screen, the clerk presses Ctrl-C.
        var shown = false
        for _ in 0..<2000 where !shown {
            let screen = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            shown = screen.contains("memeriksa ") && !screen.contains("semua sah")
            if !shown { usleep(5_000) }
        }
        try #require(shown, "no progress line: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        keyboard.fileHandleForWriting.write(Data([0x03]))
        script.waitUntilExit()
        let screen = try String(contentsOfFile: log, encoding: .utf8)
        #expect(script.terminationStatus == 130, "\(screen.debugDescription)")
        // The terminal echoes ^C; berkas then returns to the line's start and clears it.
        #expect(screen.contains("^C\r\u{1B}[K"), "\(screen.debugDescription)")
        #expect(!screen.contains("semua sah"), "verify was interrupted before it finished")
    }
}
