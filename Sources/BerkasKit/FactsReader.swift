import BerkasAudit
import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// Reads one commit into `CommitFacts`, loading rules once per `.berkas` tree.
/// Every object is read through a `CheckedObjectReader` (hash-checked).
struct FactsReader {
    let repo: GitRepository
    let objects: CheckedObjectReader
    var rulesCache: [ObjectID?: Result<ArchiveRules, ConfigError>]
    /// The `.berkas` folder of the root tree read last (usually the next commit's parent's).
    private var lastBerkas: (tree: ObjectID, folder: ObjectID?)?
    /// The commit read last (usually the next one's parent).
    private var last: CommitInfo?
    /// Signers' keys as parsed from their lines (an archive has a handful).
    private var keys: [String: SSHPublicKey?] = [:]
    /// Files' bytes as a commit left them (hash-checked when read), until a
    /// later commit replaces that version: its "before", read here rather
    /// than from git again. Bounded; only this worker's recent commits.
    private var recentBlobs = RecentBlobs(capacity: 512)

    /// Rules decoded by any worker.
    let shelf: RulesShelf

    init(repo: GitRepository, shelf: RulesShelf = RulesShelf()) throws {
        self.repo = repo
        objects = try CheckedObjectReader(repo: repo)
        rulesCache = [:]
        self.shelf = shelf
    }

    private mutating func commitInfo(_ id: ObjectID) throws -> (CommitInfo, [UInt8]) {
        let raw = try objects.rawCommit(id)
        let info = try CommitParser.commit(raw, id: id)
        return (info, raw)
    }

    mutating func facts(for id: ObjectID) throws -> CommitFacts {
        let (info, raw) = try commitInfo(id)
        let signed = SignedCommit.parse(raw)
        let verdict = SSHSignatureVerifier.verify(payload: signed.payload, signature: signed.signature)
        let parent: CommitInfo?
        if let p = info.parents.first {
            parent = last?.id == p ? last : try commitInfo(p).0
        } else {
            parent = nil
        }
        last = info
        let deltas = try objects.changedFiles(fromTree: parent?.tree, toTree: info.tree)
        let changes = try fileChanges(deltas)
        let parentRules = try parent.map { try rules(at: $0) }
        let touchesRules = parent == nil || deltas.contains { $0.path.hasPrefix(".berkas/") }
        let ownRules = touchesRules ? try rules(at: info) : nil
        func describe(_ e: ConfigError) -> String { "\(e.file): \(e.message.id)" }
        let reader = TreeReader(objects: objects, tree: info.tree)
        var facts = CommitFacts(
            id: id.hex, parents: info.parents.map(\.hex), message: info.message,
            committerTime: info.committer.time, committerOffsetMinutes: info.committer.offsetMinutes,
            authorTime: info.author.time,
            parentCommitterTime: parent?.committer.time,
            signed: signed, signature: verdict,
            rules: parent == nil ? (try? ownRules?.get()) : (try? parentRules?.get()),
            rulesProblem: parentRules.flatMap {
                if case .failure(let e) = $0 { return describe(e) }
                return nil
            },
            newRules: try? ownRules?.get(),
            newRulesProblem: ownRules.flatMap {
                if case .failure(let e) = $0 { return describe(e) }
                return nil
            },
            changes: changes,
            existsInCommit: { reader.exists($0) },
            fileInCommit: { reader.read($0) },
            parseKey: { line in
                if let known = keys[line] { return known }
                let key = SSHPublicKey(line: line)
                if keys.count > 256 { keys.removeAll() }
                keys[line] = key
                return key
            })
        facts.namesInCommit = { reader.names($0) }
        if let p = info.parents.first {
            let objects = UncheckedBox(objects)
            facts.lastChanged = { paths in (try? objects.value.lastChanges(of: Set(paths), from: p)) ?? [:] }
        }
        return facts
    }

    /// The rules in force at a commit (its `.berkas` folder), loaded once per
    /// version of the folder and shared between the workers (`RulesShelf`).
    private mutating func rules(at commit: CommitInfo) throws -> Result<ArchiveRules, ConfigError> {
        let key: ObjectID?
        if let known = lastBerkas, known.tree == commit.tree {
            key = known.folder
        } else {
            key = try objects.entry(at: ".berkas", inTree: commit.tree)?.id
            lastBerkas = (commit.tree, key)
        }
        if let hit = rulesCache[key] { return hit }
        if let shared = shelf.rules(for: key) {
            rulesCache[key] = shared
            return shared
        }
        let objects = self.objects
        let loaded: Result<ArchiveRules, ConfigError>
        do {
            loaded = .success(try RulesLoader.load { path in try objects.file(at: path, inTree: commit.tree) })
        } catch let e as ConfigError {
            loaded = .failure(e)
        } catch {
            loaded = .failure(ConfigError(file: ".berkas", message: Localized(verbatim: String(describing: error))))
        }
        rulesCache[key] = loaded
        shelf.keep(loaded, for: key)
        return loaded
    }

    /// Each changed file with its content before and after (hash-checked).
    private mutating func fileChanges(_ deltas: [CheckedObjectReader.Delta]) throws -> [CommitFacts.FileChange] {
        let objects = self.objects
        func content(_ blob: ObjectID?) throws -> Data? {
            guard let blob else { return nil }
            do { return try objects.blob(blob) } catch CheckedObjectReader.Failure.wrongType {
                return Data() // a submodule entry: not a file; the rules judge it as an empty one
            }
        }
        var changes: [CommitFacts.FileChange] = []
        for d in deltas {
            let before = try d.oldBlob.flatMap { recentBlobs.take($0) } ?? content(d.oldBlob)
            let after = try content(d.newBlob)
            if let id = d.newBlob, let after { recentBlobs.keep(after, for: id) }
            changes.append(
                .init(
                    path: d.path, before: before, after: after, beforeID: d.oldBlob?.hex, afterID: d.newBlob?.hex,
                    afterMode: d.newMode))
        }
        return changes
    }
}

/// The bytes of recently written file versions, by blob id: kept when a
/// commit writes them, taken out when a later commit replaces them (in a
/// linear history a version is replaced once). When full, the older half goes.
struct RecentBlobs {
    private var entries: [ObjectID: Data] = [:]
    private var order: [ObjectID] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    mutating func take(_ id: ObjectID) -> Data? { entries.removeValue(forKey: id) }

    mutating func keep(_ data: Data, for id: ObjectID) {
        guard entries.updateValue(data, forKey: id) == nil else { return }
        order.append(id)
        if order.count > capacity {
            let drop = order.prefix(capacity / 2)
            for d in drop { entries[d] = nil }
            order.removeFirst(drop.count)
        }
    }

    var count: Int { entries.count }
}
