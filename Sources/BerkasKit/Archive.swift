import BerkasCore
import BerkasGit
import Foundation

/// An open records repository: the git repository, its branch, and its rules
/// as they stand in a commit.
public final class Archive {
    public let repo: GitRepository
    /// The work tree, with a trailing slash.
    public let root: String
    /// The branch berkas commits to (HEAD's target, `refs/heads/main`).
    public let branch: String

    init(repo: GitRepository, root: String, branch: String) {
        self.repo = repo
        self.root = root
        self.branch = branch
    }

    /// Opens the archive that contains the current folder.
    public static func open(from path: String = FileManager.default.currentDirectoryPath) throws -> Archive {
        let repo: GitRepository
        do {
            repo = try GitRepository.discover(from: path)
        } catch {
            throw BerkasError.user(.invalid, KitText.berkasArchiveGitRepositoryCreate(path))
        }
        guard let root = repo.workdir else {
            throw BerkasError.user(.invalid, KitText.bareRepositoryUsedCommand())
        }
        let branch = try repo.headTarget()
        return Archive(repo: repo, root: root, branch: branch)
    }

    /// The commit the branch points at, or an error when the archive has none.
    public func head() throws -> ObjectID {
        guard let id = try repo.resolve(branch) else {
            throw BerkasError.user(.invalid, KitText.archiveCommitYetCreateBerkas())
        }
        return id
    }

    /// The rules (config, policy, types) as they stand in a commit: from the
    /// rules cache when it was written for the same `.berkas` folder, else read
    /// from the commit's files (and the cache written for the next command).
    public func rules(at commit: ObjectID) throws -> ArchiveRules {
        Trace.mark("rules: reading")
        defer { Trace.mark("rules: read") }
        let tree = try repo.treeEntry(at: ".berkas", in: commit).flatMap { $0.isTree ? $0.id : nil }
        let cache = RulesCache(gitDir: repo.gitDir)
        if FastPaths.enabled, let tree, let cached = cache.load(tree: tree) { return cached }
        let rules: ArchiveRules
        do {
            rules = try RulesLoader.load { path throws -> Data? in try repo.file(at: path, in: commit) }
        } catch let e as ConfigError {
            throw BerkasError.config(e)
        }
        if let tree { cache.save(rules, tree: tree) }
        return rules
    }

    /// The rules as they stand in the work tree (for `validate`).
    public func workingRules() throws -> ArchiveRules {
        do {
            return try RulesLoader.load { path throws -> Data? in try NoFollow.read(root: root, path: path) }
        } catch let e as ConfigError {
            throw BerkasError.config(e)
        }
    }

    /// The language for messages: the config's `bahasa`, when it can be read.
    public func configuredLanguage() -> Language? {
        // Only the top-level `bahasa:` line is read (every command asks; decoding
        // the whole configuration for it cost a few milliseconds each time).
        guard let data = FileManager.default.contents(atPath: root + RulesLoader.configPath),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("bahasa:") {
            var value = line.dropFirst("bahasa:".count)
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"'"))
            return Language(rawValue: word)
        }
        return nil
    }

    /// The roles of whoever reads: the member whose key `--key` (or BERKAS_KEY, or
    /// git's user.signingkey) names; none when there is no key or it is no member's.
    /// What a record's access class lets them read follows from these.
    public func readerRoles(keyFlag: String?, rules: ArchiveRules) -> Set<Role> {
        guard let key = try? SigningKey.resolve(flag: keyFlag, repository: repo),
            let m = rules.policy.member(for: key.publicKey)
        else { return [] }
        return Set(m.roles)
    }

    /// Finds a record by ID in a commit: its type and path.
    public func locate(_ idText: String, rules: ArchiveRules, at commit: ObjectID) throws -> (
        type: RecordType, id: RecordID, path: String
    ) {
        let found = try locateEntry(idText, rules: rules, at: commit)
        return (found.type, found.id, found.path)
    }

    /// `locate`, with the record's entry in the commit's tree.
    func locateEntry(_ idText: String, rules: ArchiveRules, at commit: ObjectID) throws
        -> (type: RecordType, id: RecordID, path: String, entry: GitRepository.TreeEntry)
    {
        guard let id = RecordID(idText) else {
            throw BerkasError.user(.usage, KitText.recordIdEGRa(TerminalSafe.escape(idText)))
        }
        guard let type = rules.type(forPrefix: id.prefix) else {
            throw BerkasError.user(.invalid, KitText.recordTypePrefix(id.prefix))
        }
        let path = RecordPath.path(type: type.name, id: id)
        guard let entry = try repo.treeEntry(at: path, in: commit), entry.isBlob else {
            if let destroyed = destruction(of: path) { throw BerkasError.user(.invalid, destroyed(id)) }
            let exists = FileManager.default.fileExists(atPath: root + path)
            throw BerkasError.user(
                .invalid,
                exists
                    ? KitText.recordRecordedWorkTreeBut(id, path)
                    : KitText.recordArchiveLookedLastCommit(id, path))
        }
        return (type, id, path, entry)
    }

    /// The member of the policy who holds the signing key, with the checks
    /// every committing command makes (registered, still valid).
    public func member(for key: SigningKey, rules: ArchiveRules, today: CalendarDate) throws -> Policy.Member {
        guard let member = rules.policy.member(for: key.publicKey) else {
            throw BerkasError.user(.notAllowed, KitText.keyRegisteredBerkasPolicyYml(key.path))
        }
        if let until = member.validUntil, today > until {
            throw BerkasError.user(.notAllowed, KitText.sMembershipEndedAskAdministrator(member.name, until))
        }
        return member
    }

    /// Errors when a work-tree file differs from the last commit, so berkas never overwrites unsaved work.
    /// `committed`: what HEAD holds at the path, when just read from it.
    public func requireClean(_ path: String, committed: GitRepository.TreeEntry? = nil) throws {
        if try !repo.isPathClean(path, committed: committed) {
            throw BerkasError.user(.invalid, KitText.unsavedChangesSaveThemBerkas(path))
        }
    }

    /// When a record was destroyed (`Berkas-Action: musnah`), what to say to
    /// whoever asks for it: when, under which berita acara, in which commit.
    private func destruction(of path: String) -> ((RecordID) -> Localized)? {
        guard let head = try? head(),
            let info = try? GitRepository.withAuditReading({
                try CheckedObjectReader(repo: repo).removal(of: path, from: head)
            })
        else { return nil }
        let step = StepTrailers(message: info.message)
        guard step.action == "musnah", let minutes = step.minutes else { return nil }
        let zone = (try? rules(at: head))?.config.zone ?? .jakarta
        let day = zone.date(at: info.committer.time)
        return { id in
            KitText.recordDestroyed(id, Localized(id: day.words(.id), en: day.words(.en)), minutes, info.id.short)
        }
    }
}
