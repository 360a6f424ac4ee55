import BerkasCore
import BerkasGit
import Foundation

/// The records of an archive as they stand in a commit, and their history.
struct RecordCatalog {
    let archive: Archive
    let rules: ArchiveRules
    let commit: ObjectID

    struct Entry {
        let type: RecordType
        let id: RecordID
        let path: String
        let document: FrontMatterDocument
        var status: Status { Status(rawValue: document.scalar("status") ?? "") }
    }

    /// Every record file in the commit that parses.
    func records() throws -> [Entry] {
        var out: [Entry] = []
        let repo = archive.repo
        for type in rules.types {
            for year in try repo.list(type.name, in: commit) where year.isTree {
                for file in try repo.list("\(type.name)/\(year.name)", in: commit) where file.isBlob {
                    let path = "\(type.name)/\(year.name)/\(file.name)"
                    guard let (_, id) = RecordPath.parse(path),
                        case .success(let doc) = FrontMatterParser.parse(try repo.blob(file.id), file: path)
                    else { continue }
                    out.append(Entry(type: type, id: id, path: path, document: doc))
                }
            }
        }
        return out.sorted { $0.id < $1.id }
    }

    /// One step of a record's history, read from a commit's trailers.
    struct Step {
        let commit: ObjectID
        let time: Int64
        let offsetMinutes: Int32
        let action: String
        let from: String?
        let to: String?
        let role: String?
        let actor: String?
        let note: String?
    }

    /// The steps of one record, oldest first.
    func timeline(of id: RecordID) throws -> [Step] {
        var steps: [Step] = []
        for c in try archive.repo.history(from: commit) {
            let info = try archive.repo.commit(c)
            let step = StepTrailers(message: info.message)
            guard step.record == id.description else { continue }
            let paragraphs = info.message.components(separatedBy: "\n\n")
            let note = paragraphs.count >= 3 ? paragraphs[1].trimmingCharacters(in: .whitespacesAndNewlines) : nil
            steps.append(
                Step(
                    commit: c, time: info.committer.time, offsetMinutes: info.committer.offsetMinutes,
                    action: step.action ?? "?",
                    from: step.from, to: step.to, role: step.role, actor: step.actor, note: note))
        }
        return steps
    }
}

/// Formats a commit's time as `formatTime` does; one berkas cannot place
/// (see `Moment.range`) is shown as unknown, with a notice naming the commit.
func formatCommitTime(_ seconds: Int64, offsetMinutes: Int32, commit: String) -> String {
    guard Moment(seconds: seconds, offsetMinutes: offsetMinutes).isPlaceable else {
        Notices.add(KitText.warningCommitDatedOutsideYears(commit))
        return "????-??-?? ??:?? ?????"
    }
    return formatTime(seconds, offsetMinutes: offsetMinutes)
}

/// Formats a commit time in its own zone: `2026-11-24 09:00 +0700`.
func formatTime(_ seconds: Int64, offsetMinutes: Int32) -> String {
    let (d, second) = localTime(seconds, offsetSeconds: Int64(offsetMinutes) * 60)
    let sign = offsetMinutes < 0 ? "-" : "+"
    let off = abs(Int(offsetMinutes))
    return d.text(secondOfDay: second) + " " + sign + zeroPadded(off / 60, 2) + zeroPadded(off % 60, 2)
}
