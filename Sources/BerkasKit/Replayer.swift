import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// Rebuilds your unpushed commits on top of the central main, one by one, each
/// signed again by your key. A new record whose ID was taken meanwhile gets the
/// next free ID (file, `id:` field, attachments and trailers). A record or rule
/// file someone else changed meanwhile is a conflict: nothing is forced.
public struct Replayer {
    let archive: Archive
    let keyFlag: String?

    struct Output {
        let tip: ObjectID
        let renumbered: [(String, String)]
        /// Your commits not replayed because someone changed the same file in the central
        /// repository meanwhile (kept under `backup`).
        var setAside: [SetAside] = []
        var backup: String? = nil
    }

    /// One of your steps set aside, and who changed its file in the central repository.
    public struct SetAside: Sendable {
        public let commit: ObjectID
        public let subject: String
        public let record: String
        public let path: String
        public let changedBy: String
    }

    /// Where the replay stands: the new tip so far, the IDs given anew, and the
    /// files and steps set aside.
    private struct Progress {
        var base: ObjectID
        var idMap: [String: String] = [:]
        var renumbered: [(String, String)] = []
        var conflicted: Set<String> = []
        var setAside: [SetAside] = []

        /// A file's text with the renumbered IDs in it.
        func transform(_ data: Data?) -> Data? {
            guard var text = data.flatMap(UTF8Text.decode), !idMap.isEmpty else { return data }
            for (old, new) in idMap { text = text.replacingOccurrences(of: old, with: new) }
            return Data(text.utf8)
        }

        func mapID(_ s: String) -> String { idMap[s] ?? s }
    }

    func replay(from local: ObjectID, onto central: ObjectID) throws -> Output {
        let repo = archive.repo
        let key = try SigningKey.resolve(flag: keyFlag, repository: repo)
        let mine = try repo.history(from: local, hiding: [central])
        let theirs = try repo.history(from: central, hiding: [local])
        try checkOwn(mine, key: key)
        let rules = try archive.rules(at: central)
        // The replayed commits follow the central tip: a clock behind it is refused before anything is signed.
        let tip = try repo.commit(central)
        try CommitClock.now(zone: rules.config.zone).check(
            after: tip.committer.time,
            parentActor: StepTrailers(message: tip.message).actor ?? tip.author.name)
        // Files someone else changed since: your commits touching them are set aside (with the
        // later ones of yours that touch the same files), the others are replayed.
        var progress = Progress(base: central)
        for c in mine {
            try replayOne(c, rules: rules, theirs: theirs, key: key, progress: &progress)
        }
        var out = Output(tip: progress.base, renumbered: progress.renumbered, setAside: progress.setAside)
        if !progress.setAside.isEmpty {
            out.backup = try keepBackup(of: local, zone: rules.config.zone)
        }
        return out
    }

    /// Only your own single-parent commits, signed by the key you sign with now, are replayed.
    private func checkOwn(_ mine: [ObjectID], key: SigningKey) throws {
        let repo = archive.repo
        for c in mine {
            let signed = SignedCommit.parse(try repo.rawCommit(c))
            guard
                case .success(let line) = SSHSignatureVerifier.verify(
                    payload: signed.payload, signature: signed.signature),
                SSHPublicKey(line: line) == key.publicKey
            else {
                throw BerkasError.user(.invalid, KitText.commitCentralRepositoryButSigned(c.short))
            }
            if try repo.commit(c).parents.count != 1 {
                throw BerkasError.user(.invalid, KitText.mergeCommitSentArchiveS(c.short))
            }
        }
    }

    /// Replays one commit on `progress.base`, signed again, or sets it aside when
    /// a file it changes was changed in the central repository meanwhile.
    private func replayOne(
        _ c: ObjectID, rules: ArchiveRules, theirs: [ObjectID], key: SigningKey, progress: inout Progress
    ) throws {
        let repo = archive.repo
        let info = try repo.commit(c)
        var changes: [GitRepository.TreeChange] = []
        let changed = try repo.changedFiles(fromCommit: info.parents[0], toCommit: c)
        for d in changed {
            let before = try d.oldBlob.map { try repo.blob($0) }
            let after = try d.newBlob.map { try repo.blob($0) }
            let path = try replayedPath(d.path, isNew: before == nil && after != nil, rules: rules, progress: &progress)
            let current = try repo.file(at: path, in: progress.base)
            if progress.conflicted.contains(path) || current != progress.transform(before) {
                progress.conflicted.formUnion(changed.map(\.path))
                progress.setAside.append(
                    SetAside(
                        commit: c, subject: info.message.split(separator: "\n").first.map(String.init) ?? "",
                        record: RecordPath.parse(path)?.id.description ?? path, path: path,
                        changedBy: try changedBy(path: path, theirs: theirs)))
                return
            }
            changes.append(.init(path: path, blob: try progress.transform(after).map { try repo.writeBlob($0) }))
        }
        var message = info.message
        for (old, new) in progress.idMap { message = message.replacingOccurrences(of: old, with: new) }
        let tree = try repo.tree(basedOn: progress.base, applying: changes)
        // Commit times never go backwards along the shared history.
        let time = max(info.committer.time, try repo.commit(progress.base).committer.time)
        let committer = GitSignature(
            name: info.committer.name, email: info.committer.email, time: time,
            offsetMinutes: info.committer.offsetMinutes)
        let buffer = try repo.commitBuffer(
            tree: tree, parents: [progress.base], author: info.author, committer: committer, message: message)
        progress.base = try repo.createSignedCommit(buffer: buffer, signature: try key.sign(buffer))
    }

    /// Where a changed file goes: a new record whose ID was taken meanwhile gets
    /// the next free one (its attachments follow it).
    private func replayedPath(_ path: String, isNew: Bool, rules: ArchiveRules, progress: inout Progress) throws
        -> String
    {
        if let (typeName, id) = RecordPath.parse(path), let type = rules.type(named: typeName) {
            if isNew, progress.idMap[id.description] == nil,
                try archive.repo.treeEntry(at: path, in: progress.base) != nil
            {
                let fresh = try nextID(type: type, year: id.year, in: progress.base)
                progress.idMap[id.description] = fresh.description
                progress.renumbered.append((id.description, fresh.description))
            }
            return RecordPath.path(type: typeName, id: RecordID(progress.mapID(id.description)) ?? id)
        }
        if path.hasPrefix("lampiran/") {
            let parts = path.split(separator: "/", maxSplits: 2).map(String.init)
            if parts.count == 3 { return "lampiran/\(progress.mapID(parts[1]))/\(parts[2])" }
        }
        return path
    }

    /// Nothing is lost: your history as it was stays under a backup ref named by the local time.
    private func keepBackup(of local: ObjectID, zone: OfficeZone) throws -> String {
        let repo = archive.repo
        let stamp = LocalTime.backupName(try MachineClock.now(zone: zone), zone: zone)
        var name = "refs/berkas/cadangan/\(stamp)"
        var n = 2
        while (try? repo.resolve(name)) ?? nil != nil {
            name = "refs/berkas/cadangan/\(stamp)-\(n)"
            n += 1
        }
        try repo.updateReference(name, to: local, expecting: nil, logMessage: "berkas sync: langkah disisihkan")
        return name
    }

    /// Who changed `path` in the central repository since (the latest such commit).
    private func changedBy(path: String, theirs: [ObjectID]) throws -> String {
        let repo = archive.repo
        for c in theirs.reversed()
        where try repo.changedFiles(fromCommit: try repo.commit(c).parents.first, toCommit: c).contains(where: {
            $0.path == path
        }) {
            let info = try repo.commit(c)
            return TerminalSafe.escape(
                (StepTrailers(message: info.message).actor ?? info.author.name) + ", "
                    + (info.message.split(separator: "\n").first.map(String.init) ?? ""))
        }
        return "?"
    }

    private func nextID(type: RecordType, year: Int, in commit: ObjectID) throws -> RecordID {
        let folder = "\(type.name)/\(String(format: "%04d", year))"
        var highest = 0
        for e in try archive.repo.list(folder, in: commit) where e.isBlob {
            if let (_, id) = RecordPath.parse("\(folder)/\(e.name)") { highest = max(highest, id.number) }
        }
        return RecordID(prefix: type.schema.prefix, year: year, number: highest + 1)
    }

}
