import BerkasCore
import BerkasGit
import Foundation

/// What every committing command starts with: the archive locked, the commit
/// the change is built on, the rules as they stand in it, the signer and the
/// member they are, and the clock.
final class WriteSession {
    let archive: Archive
    /// Nil for a session that only reads (the editor loop runs without the lock).
    let lock: RepositoryLock?
    let base: ObjectID
    let rules: ArchiveRules
    let key: SigningKey
    let member: Policy.Member
    let clock: CommitClock

    /// - Parameter locked: take the archive's lock (every session that commits);
    ///   without it the session only reads, e.g. while the clerk types in an editor.
    init(archive: Archive, keyFlag: String?, locked: Bool = true) throws {
        self.archive = archive
        Trace.mark("session: start")
        lock = locked ? try RepositoryLock.acquire(gitDir: archive.repo.gitDir) : nil
        if locked { try CommitJournal(gitDir: archive.repo.gitDir).recover(repo: archive.repo) }
        base = try archive.head()
        rules = try archive.rules(at: base)
        Trace.mark("session: rules read")
        key = try SigningKey.resolve(flag: keyFlag, repository: archive.repo)
        clock = try CommitClock.now(zone: rules.config.zone)
        // A clock behind the last step (or a hand-set time ahead of the machine) is refused before anything is signed.
        let last = try archive.repo.commit(base)
        try clock.check(
            after: last.committer.time, parentActor: StepTrailers(message: last.message).actor ?? last.author.name)
        member = try archive.member(for: key, rules: rules, today: clock.date)
        Trace.mark("session: signer known")
    }

    var today: CalendarDate { clock.date }
    var memberRoles: Set<Role> { Set(member.roles) }
    var actor: String { CommitMessage.actor(name: member.name, nip: member.nip) }

    /// The first role in `allowed` the member holds (what the commit names).
    func role(among allowed: [Role]) -> Role? { allowed.first { memberRoles.contains($0) } }

    /// A record to change: found by ID in the base commit, its work-tree file
    /// without unsaved changes, its text as committed.
    func openRecord(_ idText: String, workTreeMayDiffer: Bool = false) throws -> (
        type: RecordType, id: RecordID, path: String, text: String
    ) {
        // The record's entry is read from the base commit once (its year's folder
        // is a tree of thousands of entries), for the clean check and the text.
        let (type, id, path, entry) = try archive.locateEntry(idText, rules: rules, at: base)
        Trace.mark("record located")
        try NoFollow.check(root: archive.root, path: path)
        if !workTreeMayDiffer { try archive.requireClean(path, committed: entry) }
        Trace.mark("record is clean")
        guard let text = UTF8Text.decode(try archive.repo.blob(entry.id)) else {
            throw BerkasError.internalFailure("\(path) cannot be read from the last commit")
        }
        return (type, id, path, text)
    }

    /// Exists in the base commit or as a regular file in the work tree.
    func fileExists() -> @Sendable (String) -> Bool {
        let repoPath = archive.root
        let repo = UncheckedBox(archive.repo)
        let base = self.base
        return { path in
            // An attachment in the base commit, looked up by its path (an archive of
            // years holds thousands), or a regular file in the work tree.
            if path.hasPrefix("lampiran/"), (try? repo.value.treeEntry(at: path, in: base))??.isBlob == true {
                return true
            }
            var st = stat()
            return lstat(repoPath + path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        }
    }

    /// The bytes of the attachments a record names that are new or changed in
    /// the work tree, to be committed with the record.
    func changedAttachments(_ paths: [String]) throws -> [(String, Data?)] {
        var out: [(String, Data?)] = []
        var seen: Set<[UInt8]> = []
        for p in paths
        where RecordPath.isSafeRelative(p) && p.hasPrefix("lampiran/") && seen.insert(Array(p.utf8)).inserted {
            guard let data = try NoFollow.read(root: archive.root, path: p) else { continue }
            let committed = try archive.repo.file(at: p, in: base)
            if committed != data { out.append((p, data)) }
            // A new name must not be, on Windows or macOS, the same file as one beside it.
            guard committed == nil else { continue }
            let folder = (p as NSString).deletingLastPathComponent
            let name = (p as NSString).lastPathComponent
            let siblings =
                ((try? archive.repo.list(folder, in: base)) ?? []).map(\.name)
                + paths.filter { ($0 as NSString).deletingLastPathComponent == folder }.map {
                    ($0 as NSString).lastPathComponent
                }
            if let other = PortablePath.collision(name, among: siblings) {
                throw BerkasError.user(
                    .invalid, KitText.attachmentsOneFileWindowsMacos(TerminalSafe.escape(p), TerminalSafe.escape(other))
                )
            }
        }
        return out
    }

    func commit(files: [(String, Data?)], message: CommitMessage) throws -> ObjectID {
        guard lock != nil else { throw BerkasError.internalFailure("commit without the archive's lock") }
        // The work tree must be able to follow the commit: no file or folder on the way is a link.
        for (path, _) in files { try NoFollow.check(root: archive.root, path: path) }
        let writer = CommitWriter(repo: archive.repo, branch: archive.branch)
        return try writer.commit(
            base: base, files: files, message: message, author: .init(name: member.name, email: member.email),
            key: key, clock: clock)
    }

    func notAllowed(_ what: Localized, allowed: [Role]) -> BerkasError {
        let yours = member.roles.map(\.rawValue).joined(separator: ", ")
        let needed = allowed.map(\.rawValue).joined(separator: ", ")
        return .user(.notAllowed, KitText.yourRolesMayAllowed(what, yours, needed))
    }
}
