import BerkasAudit
import BerkasCore
import BerkasGit
import Foundation

/// `berkas hooks install|server` and the pre-receive check itself.
public struct HooksService {
    public init() {}

    /// This binary's absolute path, so hooks run the same berkas.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static func write(hook: String, in gitDir: String, body: String) throws -> String {
        try writeScript(at: (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "hooks/" + hook, body: body)
    }

    /// A shell script berkas installs (a git hook, gitolite's hooks, cgit's filters): the
    /// body's first line becomes its comment, the rest its commands; written whole through a
    /// temporary file, executable. A script at that path that berkas did not write is kept.
    static func writeScript(at path: String, body: String) throws -> String {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let existing = FileManager.default.contents(atPath: path),
            let text = String(data: existing, encoding: .utf8),
            !text.contains("Installed by berkas")
        {
            throw BerkasError.user(.invalid, KitText.existsWrittenBerkasMergeHand(path))
        }
        let script =
            "#!/bin/sh\n# Installed by berkas. \(body.components(separatedBy: "\n").first ?? "")\n"
            + body.components(separatedBy: "\n").dropFirst().joined(separator: "\n") + "\n"
        let tmp = path + ".tmp-\(getpid())"
        try Data(script.utf8).write(to: URL(fileURLWithPath: tmp))
        chmod(tmp, 0o755)
        guard rename(tmp, path) == 0 else { throw BerkasError.internalFailure("rename \(tmp)") }
        return path
    }

    /// A pre-commit hook: plain `git commit` gets the same checks as berkas.
    /// Also sets what a fresh clone lacks so `git log --show-signature` works.
    public func installPreCommit(archive: Archive) throws -> String {
        try archive.repo.setLocalConfig("gpg.format", "ssh")
        try archive.repo.setLocalConfig("gpg.ssh.allowedSignersFile", RulesLoader.allowedSignersPath)
        return try HooksService.write(
            hook: "pre-commit", in: archive.repo.gitDir,
            body: """
                Checks staged records before a plain `git commit`.
                exec "\(HooksService.selfPath)" validate --staged
                """)
    }

    /// A pre-receive hook for a central bare repository.
    public func installServer(repo: GitRepository) throws -> String {
        guard repo.isBare else {
            throw BerkasError.user(.usage, KitText.berkasHooksServerBelongsCentral())
        }
        // Clones of the central repository should check out main.
        if (try? repo.headTarget()) != "refs/heads/main" { try repo.setHead("refs/heads/main") }
        return try HooksService.write(
            hook: "pre-receive", in: repo.gitDir,
            body: """
                Verifies every push: only fast-forwards of main, every new commit judged by the rules at its parent.
                exec "\(HooksService.selfPath)" hooks pre-receive
                """)
    }

    /// One line of pre-receive's input.
    public struct Update {
        public let old: String
        public let new: String
        public let ref: String
        public init(old: String, new: String, ref: String) {
            self.old = old
            self.new = new
            self.ref = ref
        }
    }

    /// Decides a push. Returns the lines to print; empty means accepted.
    public func preReceive(updates: [Update], now: Int64, language: Language) throws -> [String] {
        let repo = try GitRepository.openFromEnvironment()
        let zero = String(repeating: "0", count: 40)
        var problems: [String] = []
        for u in updates {
            guard u.ref == "refs/heads/main" else {
                problems.append(KitText.archiveAcceptsOnlyMainBranch(u.ref).text(language))
                continue
            }
            guard u.new != zero, let new = ObjectID(hex: u.new) else {
                problems.append(KitText.mainMayDeleted().text(language))
                continue
            }
            let service = VerifyService()
            let report: VerifyService.Report
            // A few minutes of clock difference between computers are tolerated.
            let limit = now + CommitClock.allowedLead
            func line(_ v: Violation) -> String {
                let place = [v.record, v.file].compactMap { $0 }.first.map { " \($0)" } ?? ""
                return "\(v.commit.prefix(10)) [\(v.rule)]\(place): \(v.message.text(language))"
            }
            if u.old == zero {
                report = try service.run(repo: repo, range: nil, tip: new, useCache: false, notAfter: limit)
            } else {
                guard let old = ObjectID(hex: u.old) else {
                    problems.append(KitText.pushRefusedFastForwardMain().text(language))
                    continue
                }
                let isAncestor: Bool
                do { isAncestor = try repo.isAncestor(old, of: new) } catch {
                    // git's walk cannot pass a commit libgit2 cannot parse: name it.
                    let bad = try service.unreadableCommits(repo: repo, tip: new, hiding: [old]).violations
                    guard !bad.isEmpty else { throw error }
                    problems += bad.map(line)
                    continue
                }
                guard isAncestor else {
                    problems.append(KitText.pushRefusedFastForwardMain().text(language))
                    continue
                }
                report = try service.run(repo: repo, range: "\(old.hex)..\(new.hex)", useCache: false, notAfter: limit)
            }
            problems += report.violations.map(line)
        }
        return problems
    }
}
