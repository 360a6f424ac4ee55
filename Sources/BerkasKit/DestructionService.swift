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

    public func run(archive: Archive, minutes: String, keyFlag: String?) throws -> Result {
        if let problem = Archival.minutesProblem(minutes) {
            throw BerkasError.user(.usage, KitText.minutesOption(problem))
        }
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        guard session.memberRoles.contains(.pengelola) else {
            throw session.notAllowed(KitText.destroyingRecords(), allowed: [.pengelola])
        }
        let due = try ArchivalLists.load(archive: archive).due(on: session.today).toDestroy
        guard !due.isEmpty else { return Result(destroyed: [], commit: nil, day: session.today) }
        var files: [(String, Data?)] = []
        for entry in due {
            guard let id = RecordID(entry.id) else { continue }
            let path = RecordPath.path(type: entry.type.name, id: id)
            try archive.requireClean(path)
            files.append((path, nil))
            for attachment in try filesUnder("lampiran/" + entry.id, in: session.base, repo: archive.repo) {
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

    /// Every file under a folder of a commit (none when there is no such folder).
    private func filesUnder(_ folder: String, in commit: ObjectID, repo: GitRepository) throws -> [String] {
        var out: [String] = []
        for e in try repo.list(folder, in: commit) {
            let path = folder + "/" + e.name
            if e.isTree { out += try filesUnder(path, in: commit, repo: repo) } else { out.append(path) }
        }
        return out
    }

    /// The folders the removed files leave empty in the work tree (an attachment
    /// folder `lampiran/<ID>/`), so that no empty folder stands for a destroyed record.
    private func removeEmptyFolders(_ paths: [String], root: String) {
        var folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }.filter { $0.hasPrefix("lampiran/") })
        while let folder = folders.max(by: { $0.count < $1.count }) {
            folders.remove(folder)
            // rmdir removes only an empty folder, and never follows a link.
            if rmdir(root + folder) == 0 {
                let parent = (folder as NSString).deletingLastPathComponent
                if parent.hasPrefix("lampiran/") { folders.insert(parent) }
            }
        }
    }
}
