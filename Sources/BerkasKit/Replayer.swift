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

    func replay(from local: ObjectID, onto central: ObjectID) throws -> Output {
        let repo = archive.repo
        let key = try SigningKey.resolve(flag: keyFlag, repository: repo)
        let mine = try repo.history(from: local, hiding: [central])
        let theirs = try repo.history(from: central, hiding: [local])
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
        let rules = try archive.rules(at: central)
        // The replayed commits follow the central tip: a clock behind it is refused before anything is signed.
        let tip = try repo.commit(central)
        try CommitClock.now(zone: rules.config.zone).check(
            after: tip.committer.time,
            parentActor: StepTrailers(message: tip.message).actor ?? tip.author.name)
        var base = central
        var idMap: [String: String] = [:]
        var renumbered: [(String, String)] = []
        func transform(_ data: Data?) -> Data? {
            guard var text = data.flatMap(UTF8Text.decode), !idMap.isEmpty else { return data }
            for (old, new) in idMap { text = text.replacingOccurrences(of: old, with: new) }
            return Data(text.utf8)
        }
        func mapID(_ s: String) -> String { idMap[s] ?? s }
        // Files someone else changed since: your commits touching them are set aside (with the
        // later ones of yours that touch the same files), the others are replayed.
        var conflicted: Set<String> = []
        var setAside: [SetAside] = []
        replay: for c in mine {
            let info = try repo.commit(c)
            var changes: [GitRepository.TreeChange] = []
            for d in try repo.changedFiles(fromCommit: info.parents[0], toCommit: c) {
                let before = try d.oldBlob.map { try repo.blob($0) }
                let after = try d.newBlob.map { try repo.blob($0) }
                var path = d.path
                if let (typeName, id) = RecordPath.parse(d.path), let type = rules.type(named: typeName) {
                    if before == nil, after != nil, idMap[id.description] == nil,
                        try repo.treeEntry(at: d.path, in: base) != nil
                    {
                        let fresh = try nextID(type: type, year: id.year, in: base)
                        idMap[id.description] = fresh.description
                        renumbered.append((id.description, fresh.description))
                    }
                    path = RecordPath.path(type: typeName, id: RecordID(mapID(id.description)) ?? id)
                } else if d.path.hasPrefix("lampiran/") {
                    let parts = d.path.split(separator: "/", maxSplits: 2).map(String.init)
                    if parts.count == 3 { path = "lampiran/\(mapID(parts[1]))/\(parts[2])" }
                }
                let current = try repo.file(at: path, in: base)
                if conflicted.contains(path) || current != transform(before) {
                    let paths = try repo.changedFiles(fromCommit: info.parents[0], toCommit: c).map(\.path)
                    conflicted.formUnion(paths)
                    setAside.append(
                        SetAside(
                            commit: c, subject: info.message.split(separator: "\n").first.map(String.init) ?? "",
                            record: RecordPath.parse(path)?.id.description ?? path, path: path,
                            changedBy: try changedBy(path: path, theirs: theirs)))
                    continue replay
                }
                changes.append(.init(path: path, blob: try transform(after).map { try repo.writeBlob($0) }))
            }
            var message = info.message
            for (old, new) in idMap { message = message.replacingOccurrences(of: old, with: new) }
            let tree = try repo.tree(basedOn: base, applying: changes)
            // Commit times never go backwards along the shared history.
            let time = max(info.committer.time, try repo.commit(base).committer.time)
            let committer = GitSignature(
                name: info.committer.name, email: info.committer.email, time: time,
                offsetMinutes: info.committer.offsetMinutes)
            let buffer = try repo.commitBuffer(
                tree: tree, parents: [base], author: info.author, committer: committer, message: message)
            base = try repo.createSignedCommit(buffer: buffer, signature: try key.sign(buffer))
        }
        var out = Output(tip: base, renumbered: renumbered, setAside: setAside)
        if !setAside.isEmpty {
            // Nothing is lost: your history as it was stays under a backup ref named by the local time.
            let stamp = LocalTime.backupName(try MachineClock.now(zone: rules.config.zone), zone: rules.config.zone)
            var name = "refs/berkas/cadangan/\(stamp)"
            var n = 2
            while (try? repo.resolve(name)) ?? nil != nil {
                name = "refs/berkas/cadangan/\(stamp)-\(n)"
                n += 1
            }
            try repo.updateReference(name, to: local, expecting: nil, logMessage: "berkas sync: langkah disisihkan")
            out.backup = name
        }
        return out
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
