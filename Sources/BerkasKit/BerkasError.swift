import BerkasCore
import BerkasGit

/// Exit codes of DESIGN.md section 6.
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// The data or the history is invalid.
    case invalid = 1
    /// Usage error (as swift-argument-parser).
    case usage = 64
    /// Try again: the repository changed underneath, or a lock is held.
    case tryAgain = 75
    /// Not allowed: no key, wrong role.
    case notAllowed = 77
}

/// Everything a command can fail with, each with its exit code and a message
/// for office staff in both languages.
public enum BerkasError: Error, Sendable {
    /// Problems in records: printed one per line.
    case invalidRecords([Diagnostic])
    /// A problem of the user's own (the message says what to do).
    case user(ExitStatus, Localized)
    /// An archive configuration file is broken.
    case config(ConfigError)
    /// Something failed inside berkas or git; not the user's mistake.
    case internalFailure(String)
    /// A helper program could not be started.
    case missingProgram(String, String)
    /// A libgit2 call failed.
    case git(GitError)

    public var exitStatus: ExitStatus {
        switch self {
        case .invalidRecords, .config: return .invalid
        case .user(let s, _): return s
        case .git(let e) where e.isLocked || e.isModified || e.isExists: return .tryAgain
        case .internalFailure, .missingProgram, .git: return .invalid
        }
    }

    /// Lines to print on stderr.
    public func lines(_ language: Language, verbose: Bool) -> [String] {
        switch self {
        case .invalidRecords(let diags):
            let sorted = diags.sortedForDisplay()
            let summary = language == .en ? "\(sorted.count) problem(s) found; nothing was saved."
                                           : "\(sorted.count) masalah ditemukan; tidak ada yang disimpan."
            return sorted.map { $0.formatted(language) } + [summary]
        case .user(_, let message):
            return [message.text(language)]
        case .config(let e):
            return ["\(e.file): " + e.message.text(language)
                    + (language == .en ? " — ask the archive administrator (pengelola) to fix it" : " — minta pengelola arsip memperbaikinya")]
        case .internalFailure(let what):
            return [(language == .en ? "internal error (not your mistake): " : "kesalahan internal (bukan kesalahan Anda): ") + what]
        case .missingProgram(let program, let why):
            return [language == .en ? "cannot run \(program): \(why) — install OpenSSH (ssh-keygen) and try again"
                                    : "tidak dapat menjalankan \(program): \(why) — pasang OpenSSH (ssh-keygen) lalu coba lagi"]
        case .git(let e):
            if e.isLocked || e.isModified || e.isExists {
                let base = language == .en ? "the archive changed while berkas was working; nothing was saved — run the command again"
                                           : "arsip berubah saat berkas bekerja; tidak ada yang disimpan — jalankan perintah itu lagi"
                return [base] + (verbose ? [e.description] : [])
            }
            let base = language == .en ? "git error (not your mistake)" : "kesalahan git (bukan kesalahan Anda)"
            return [verbose ? "\(base): \(e.description)" : "\(base): \(e.message)"]
        }
    }
}

extension BerkasError {
    static func wrap(_ e: GitError) -> BerkasError { .git(e) }

    /// A libgit2 failure that reached the command line as a BerkasError (the
    /// office's message and exit code); any other error as it is.
    public static func wrapping(_ error: Error) -> Error {
        if let g = error as? GitError { return BerkasError.git(g) }
        if error is NoFollow.LinkInPath { return BerkasError.user(.invalid, linkMessage(error)) }
        return error
    }

    /// A link met on the way to a work-tree file, in the office's words.
    static func linkMessage(_ error: Error) -> Localized {
        let path = TerminalSafe.escape((error as? NoFollow.LinkInPath)?.path ?? "?")
        return KitText.symbolicLinkFolderBerkasNever(path)
    }
}
