import BerkasCore
import BerkasGit
import Foundation

/// `berkas retensi --musnahkan NOMOR`: carries out a berita acara pemusnahan as
/// one signed commit by a pengelola that removes exactly the records whose
/// retention ended today with the final disposition `musnah`, and their
/// attachments (rule book §7a; design note docs/retention-and-destruction.md).
public struct DestructionService {
    public struct Result {
        /// The records removed, in ID order (none: nothing was due).
        public let destroyed: [String]
        public let commit: ObjectID?
        public let day: CalendarDate
    }

    public init() {}

    /// - Parameter only: the records the berita acara names, when it names fewer
    ///   than are due (each must be due); empty: every record due.
    public func run(archive: Archive, minutes: String, only: [String] = [], keyFlag: String?) throws -> Result {
        if let problem = Archival.minutesProblem(minutes) {
            throw BerkasError.user(.usage, KitText.minutesOption(problem))
        }
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        guard session.memberRoles.contains(.pengelola) else {
            throw session.notAllowed(KitText.destroyingRecords(), allowed: [.pengelola])
        }
        let lists = try ArchivalLists.load(archive: archive)
        var due = lists.due(on: session.today).toDestroy
        if !only.isEmpty {
            for id in only where !due.contains(where: { $0.id == id }) {
                throw BerkasError.user(.invalid, notDue(TerminalSafe.escape(id), lists: lists))
            }
            due = due.filter { only.contains($0.id) }
        }
        guard !due.isEmpty else { return Result(destroyed: [], commit: nil, day: session.today) }
        var files: [(String, Data?)] = []
        for entry in due {
            guard let id = RecordID(entry.id) else { continue }
            let path = RecordPath.path(type: entry.type.name, id: id)
            try archive.requireClean(path)
            files.append((path, nil))
            for attachment in try archive.repo.files(under: "lampiran/" + entry.id, in: session.base) {
                try archive.requireClean(attachment)
                files.append((attachment, nil))
            }
        }
        let ids = due.map(\.id)
        let commit = try session.commit(
            files: files, message: .destruction(minutes: minutes, ids: ids, actor: session.actor))
        removeEmptyFolders(files.map(\.0), root: archive.root)
        return Result(destroyed: ids, commit: commit, day: session.today)
    }

    /// Why a record the pengelola named is not due for destruction today.
    private func notDue(_ id: String, lists: ArchivalLists) -> Localized {
        guard let entry = lists.entries.first(where: { $0.id == id }) else {
            return KitText.notDueNoSuchRecord(id)
        }
        guard let archival = entry.type.archival else {
            return KitText.notDueNoRetention(id, RulesLoader.typeFolder(entry.type.name) + "/arsip.yml")
        }
        guard let kept = entry.keptUntil else { return KitText.notDueStillOpen(id, entry.statusLabel) }
        guard archival.finalDisposition == .musnah else {
            return KitText.notDueNotToBeDestroyed(id, archival.finalDisposition.rawValue)
        }
        return KitText.notDueRetentionRunning(id, Localized(id: kept.words(.id), en: kept.words(.en)))
    }

    /// The folders the removed files leave empty in the work tree (`lampiran/<ID>/`,
    /// a year's folder), so that no empty folder stands for a destroyed record.
    /// Top-level folders (a type's, `lampiran`) stay.
    private func removeEmptyFolders(_ paths: [String], root: String) {
        func parent(_ path: String) -> String? {
            let parts = path.split(separator: "/")
            return parts.count > 2 ? parts.dropLast().joined(separator: "/") : nil
        }
        var folders = Set(paths.compactMap(parent))
        while let folder = folders.max(by: { $0.count < $1.count }) {
            folders.remove(folder)
            // rmdir removes only an empty folder, and never follows a link.
            if rmdir(root + folder) == 0, let up = parent(folder) { folders.insert(up) }
        }
    }
}
