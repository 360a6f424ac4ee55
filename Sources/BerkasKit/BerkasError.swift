import BerkasCore
import BerkasGit

/// Exit codes (docs/design.md §6, the README's table).
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
            let summary = KitText.problemSFoundNothingSaved(sorted.count).text(language)
            return sorted.map { $0.formatted(language) } + [summary]
        case .user(_, let message):
            return [message.text(language)]
        case .config(let e):
            return [
                "\(e.file): " + e.message.text(language)
                    + (KitText.askArchiveAdministratorPengelolaFix().text(language))
            ]
        case .internalFailure(let what):
            return [(KitText.internalErrorYourMistake().text(language)) + what]
        case .missingProgram(let program, let why):
            return [KitText.runInstallOpensshSshKeygen(program, why).text(language)]
        case .git(let e):
            if e.isLocked || e.isModified || e.isExists {
                let base = KitText.archiveChangedWhileBerkasWorking().text(language)
                return [base] + (verbose ? [e.description] : [])
            }
            // libgit2's own (English, technical) message only when asked for.
            let base = KitText.gitErrorYourMistake().text(language)
            return [base] + (verbose ? [e.description] : [])
        }
    }

    /// The stable code of the error: the catalog code of its message.
    public var code: String {
        switch self {
        case .invalidRecords: return "kit.invalid-records"
        case .user(_, let message): return message.code ?? "user"
        case .config(let e): return e.message.code ?? "config"
        case .internalFailure: return KitText.internalErrorYourMistake.rawValue
        case .missingProgram: return KitText.runInstallOpensshSshKeygen.rawValue
        case .git(let e) where e.isLocked || e.isModified || e.isExists:
            return KitText.archiveChangedWhileBerkasWorking.rawValue
        case .git: return KitText.gitErrorYourMistake.rawValue
        }
    }

    /// The error for scripts (`--format json`): its code, exit status and
    /// message, and each problem of invalid records with its own code.
    public func json(_ language: Language, verbose: Bool) -> String {
        var error: [String: Any] = [
            "code": code, "exit": Int(exitStatus.rawValue),
            "message": lines(language, verbose: verbose).joined(separator: "\n")
        ]
        if case .invalidRecords(let diags) = self {
            error["problems"] = diags.sortedForDisplay().map { d -> [String: Any] in
                var item: [String: Any] = [
                    "code": d.code, "file": d.file, "line": d.line,
                    "message": d.message.text(language), "hint": d.hint.text(language)
                ]
                if let field = d.field { item["field"] = field }
                return item
            }
        }
        return JSONText.render(["error": error])
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
