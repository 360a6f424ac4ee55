import BerkasAudit
import BerkasCore
import BerkasGit
import Foundation

/// cgit, the read-only web view of git, for reviewers who do not use a terminal:
/// a `cgitrc` for the archive and the filters cgit runs — the commit filter adds,
/// under a step's message, one readable line from its `Berkas-*` trailers and its
/// verdict ("disposisi oleh Drs. Ahmad Fauzi (kepala-ukpbj), sah"); the about
/// filter shows the office's README as text.
public struct CgitService {
    public init() {}

    /// Writes `DIR/cgitrc` and the two filter scripts; returns their paths.
    public func write(dir: String, repoPath: String, repoName: String, title: String) throws -> [String] {
        guard RecordPath.isSafeSegment(repoName) else {
            throw BerkasError.user(.usage, KitText.gitoliteRepoName(TerminalSafe.escape(repoName)))
        }
        try GitRepository.readOtherUsersRepositories() // the git user's repository, read by whoever runs this
        guard (try? GitRepository.open(at: repoPath)) != nil else {
            throw BerkasError.user(.usage, KitText.cgitNoRepository(TerminalSafe.escape(repoPath)))
        }
        guard TextRules.isShortLabel(title) else {
            throw BerkasError.user(.usage, KitText.cgitTitle())
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let berkas = HooksService.selfPath
        var out: [String] = []
        for (name, command) in [("berkas-commit-filter", "cgit-filter"), ("berkas-about-filter", "cgit-about")] {
            out.append(
                try HooksService.writeScript(
                    at: dir + "/" + name, body: "A cgit filter.\nexec \"\(berkas)\" server \(command)"))
        }
        let rc = """
            # cgit for the berkas archive — written by `berkas server cgit`.
            root-title=\(title)
            root-desc=Arsip berkas: setiap langkah ditandatangani, diperiksa dengan berkas verify.
            virtual-root=/
            cache-size=0
            enable-http-clone=0
            enable-index-links=1
            enable-log-filecount=1
            max-commit-count=100
            commit-filter=\(dir)/berkas-commit-filter
            about-filter=\(dir)/berkas-about-filter
            readme=:README.md

            repo.url=\(repoName)
            repo.path=\(repoPath)
            repo.desc=\(title)
            repo.defbranch=main

            """
        let rcPath = dir + "/cgitrc"
        try Data(rc.utf8).write(to: URL(fileURLWithPath: rcPath))
        return [rcPath] + out
    }

    /// cgit's commit filter: the message as cgit gives it (HTML-escaped) comes back
    /// unchanged, and when it carries berkas trailers, one line more with the step,
    /// who took it as which role, and the verdict of `berkas verify` on that commit.
    public func commitFilter(input: String, repoPath: String?, query: String?) -> String {
        let text = Self.unescape(input)
        let step = StepTrailers(message: "x\n\n" + text)
        guard let action = step.action, let repoPath, (try? GitRepository.readOtherUsersRepositories()) != nil,
            let repo = try? GitRepository.open(at: repoPath)
        else { return input }
        let rules = (try? repo.resolve("refs/heads/main")).flatMap { $0 }.flatMap { tip in
            try? RulesLoader.load { try repo.file(at: $0, in: tip) }
        }
        let language = rules?.config.language ?? .id
        let id = Self.commit(in: query).flatMap { ObjectID(hex: $0) } ?? find(text, in: repo)
        var verdict = KitText.cgitUnknownCommit()
        var actor = step.actor ?? "?"
        if let id, let found = judge(id, repo: repo) {
            verdict = found.violations.isEmpty ? KitText.cgitValid() : KitText.cgitInvalid(found.violations)
            if let name = found.signer { actor = name }
        }
        let line = KitText.cgitStep(action, actor, step.role ?? "?", verdict).text(language)
        return input + "\n<div class=\"berkas-langkah\"><b>" + htmlEscape(line) + "</b></div>\n"
    }

    /// The about filter: the README as preformatted text (never as HTML of its own).
    public func aboutFilter(input: String) -> String { "<pre>" + htmlEscape(input) + "</pre>\n" }

    /// The commit whose message ends with `text` (cgit gives the message without
    /// its subject, or the subject alone), newest first.
    private func find(_ text: String, in repo: GitRepository) -> ObjectID? {
        guard let tip = (try? repo.resolve("refs/heads/main")) ?? nil, let history = try? repo.history(from: tip)
        else { return nil }
        let wanted = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for id in history {
            guard let message = try? repo.commit(id).message else { continue }
            if message.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(wanted) { return id }
        }
        return nil
    }

    /// The rules' verdict on one commit, and its signer's member name.
    private func judge(_ id: ObjectID, repo: GitRepository) -> (violations: String, signer: String?)? {
        GitRepository.withAuditReading {
            guard var reader = try? FactsReader(repo: repo), let facts = try? reader.facts(for: id) else { return nil }
            let rules = facts.isRoot ? facts.newRules : facts.rules
            let violations = Auditor().audit(facts).map { "[\($0.rule)]" }
            return (violations.joined(separator: " "), rules.flatMap { facts.signer(in: $0) }?.name)
        }
    }

    /// `id=` of cgit's query string, when the page names a commit.
    static func commit(in query: String?) -> String? {
        guard let query else { return nil }
        for part in query.split(separator: "&") where part.hasPrefix("id=") {
            let value = String(part.dropFirst(3))
            if value.count == 40, value.allSatisfy(\.isHexDigit) { return value }
        }
        return nil
    }

    /// cgit escapes the message before a filter reads it; the trailers are read from the text.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
