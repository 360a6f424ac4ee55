import ArgumentParser
import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasKit
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: HelpText.verifyVerifyWholeHistoryUnder.text)

    @Option(help: HelpText.verifyOnlyCommitsAfterOld.help)
    var range: String?
    @Option(help: "table | json")
    var format: String = "table"
    @Flag(help: HelpText.verifyIgnoreVerificationCache.help)
    var noCache = false
    @Option(help: HelpText.verifyArchiveSRecordedFingerprint.help)
    var root: String?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["table", "json"].contains(format) else { throw ValidationError("--format: table | json") }
        if root != nil && range != nil { throw ValidationError(HelpText.verifyRange.text) }
        if let root, root.count < 10 || !root.allSatisfy(\.isHexDigit) {
            throw ValidationError(HelpText.verifyFingerprintLeastHexDigits.text)
        }
    }

    func run() throws {
        try Output.run(global, json: format == "json") {
            let repo: GitRepository
            do { repo = try GitRepository.discover(from: FileManager.default.currentDirectoryPath) } catch {
                throw BerkasError.user(.invalid, CommandText.gitRepositoryUseCDir())
            }
            let archive = try? Archive.open()
            let language = global.language(archive)
            let showProgress = isatty(2) == 1 && format == "table"
            if showProgress {
                // Ctrl-C while the progress line is shown: the line is cleared, the prompt comes back clean.
                signal(SIGINT) { _ in
                    let clear: [UInt8] = Array("\r\u{1B}[K".utf8)
                    _ = clear.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
                    _exit(130)
                }
            }
            // Shown each time another 200 commits are judged (workers report whole chunks;
            // the calls come one at a time).
            var shownHundreds = 0
            var report = try VerifyService().run(repo: repo, range: range, useCache: !noCache) { done, total in
                if showProgress && (done / 200 > shownHundreds || done == total) {
                    shownHundreds = done / 200
                    FileHandle.standardError.write(
                        Data("\r\(CommandText.verifying().text(language)) \(done)/\(total)".utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
            // The fingerprint the auditor was given: the history must start there.
            if let expected = root?.lowercased(), report.tip != nil, report.root?.hex.hasPrefix(expected) != true {
                let actual = report.root?.hex ?? "?"
                report.violations.insert(
                    Violation(
                        commit: actual, rule: "akar",
                        message: CommandText.historyStartsRecordedFingerprintArchive(actual, expected)), at: 0)
            }
            if format == "json" {
                Output.out(json(report, language))
            } else {
                for v in report.violations {
                    let commit = v.commit.count >= 10 ? String(v.commit.prefix(10)) : v.commit
                    let place = [v.record, v.file].compactMap { $0 }.first.map { " \($0)" } ?? ""
                    Output.out("\(commit) [\(v.rule)]\(place): \(TerminalSafe.escape(v.message.text(language)))")
                }
                let cached = report.fromCache ? (CommandText.earlierCommitsAlreadyVerified().text(language)) : ""
                if report.violations.isEmpty {
                    Output.out(CommandText.commitSCheckedAllValid(report.checked, cached).text(language))
                    if let r = report.root {
                        Output.out(CommandText.archiveFingerprintFirstCommit(r.hex).text(language))
                    }
                } else {
                    Output.out(CommandText.violationSCommitS(report.violations.count, report.checked).text(language))
                }
            }
            if !report.violations.isEmpty { throw ExitCode(1) }
        }
    }

    private func json(_ r: VerifyService.Report, _ language: Language) -> String {
        let items: [[String: Any]] = r.violations.map { v in
            var d: [String: Any] = ["commit": v.commit, "rule": v.rule, "message": v.message.text(language)]
            if let code = v.message.code { d["code"] = code }
            if let rec = v.record { d["record"] = rec }
            if let f = v.file { d["file"] = f }
            return d
        }
        let object: [String: Any] = [
            "ok": r.violations.isEmpty, "checked": r.checked, "tip": r.tip?.hex ?? NSNull(),
            "root": r.root?.hex ?? NSNull(),
            "violations": items
        ]
        return JSONText.render(object)
    }
}
