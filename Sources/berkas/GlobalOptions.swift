import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.globalLanguage.help)
    var lang: String?

    @Flag(name: .long, help: HelpText.globalVerbose.help)
    var verbose = false

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError(HelpText.globalLanguageInvalid.text)
        }
    }

    /// `--lang`, else `$BERKAS_LANG`, else the archive's config, else Indonesian.
    func language(_ archive: Archive? = nil) -> Language {
        if let lang, let l = Language(rawValue: lang) { return l }
        if let env = Environment.value("BERKAS_LANG"), let l = Language(rawValue: env) { return l }
        return archive?.configuredLanguage() ?? .id
    }
}

/// Options of commands that sign.
struct KeyOption: ParsableArguments {
    @Option(name: .long, help: HelpText.globalKey.help)
    var key: String?
}

/// Repeated `--set field=value`.
struct SetOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(HelpText.globalSet.text, valueName: "field=value"))
    var assignments: [String] = []

    func validate() throws {
        for a in assignments where !a.contains("=") {
            throw ValidationError(HelpText.globalSetInvalid(a).text(HelpLanguage.current))
        }
    }

    var pairs: [(String, String)] {
        assignments.map { a in
            let i = a.firstIndex(of: "=")!
            return (String(a[..<i]).trimmingCharacters(in: .whitespaces), String(a[a.index(after: i)...]))
        }
    }
}

/// Prints and exits for every command the same way.
enum Output {
    static func out(_ s: String) {
        write(s, newline: true)
    }

    /// Writes text to standard output from its own bytes (a large report is
    /// megabytes of text: no copies of it).
    static func write(_ s: String, newline: Bool) {
        var text = s
        text.withUTF8 { write(bytes: $0) }
        if newline { _ = Foundation.write(1, "\n", 1) }
    }

    /// Writes bytes to standard output, all of them (a pipe takes them in pieces).
    static func write(bytes buf: UnsafeBufferPointer<UInt8>) {
        guard let base = buf.baseAddress else { return }
        var at = 0
        while at < buf.count {
            let n = Foundation.write(1, base + at, buf.count - at)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return
            }
            at += n
        }
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    /// Runs a command body; a BerkasError is printed in the user's language and
    /// becomes its exit code.
    /// With `json`, an error is printed as one JSON object (`BerkasError.json`).
    static func run(_ global: GlobalOptions, json: Bool = false, _ body: () throws -> Void) throws {
        Trace.mark("command line parsed")
        func language() -> Language {
            if global.lang == nil, let archive = try? Archive.open() { return global.language(archive) }
            return global.language()
        }
        func notices() {
            let pending = Notices.drain()
            guard !pending.isEmpty else { return }
            let l = language()
            for n in pending { err(n.text(l)) }
        }
        do {
            try body()
        } catch {
            guard let e = BerkasError.wrapping(error) as? BerkasError else {
                notices()
                throw error
            }
            if json {
                err(e.json(language(), verbose: global.verbose))
            } else {
                for line in e.lines(language(), verbose: global.verbose) { err(line) }
            }
            notices()
            throw ExitCode(e.exitStatus.rawValue)
        }
        notices()
    }
}

/// The language of `--help` and of the command line's usage errors, known
/// before the command line is parsed: `--lang` as written on it, else
/// `BERKAS_LANG`, else Indonesian. (Not the archive's settings: every command's
/// help text is made before it runs, and opening the archive for it would cost
/// every command a repository read.)
enum HelpLanguage {
    static let current: Language = {
        let args = CommandLine.arguments
        for (i, arg) in args.enumerated() {
            if arg == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { return l }
            if arg.hasPrefix("--lang="), let l = Language(rawValue: String(arg.dropFirst(7))) { return l }
        }
        if let env = Environment.value("BERKAS_LANG"), let l = Language(rawValue: env) { return l }
        return .id
    }()
}
