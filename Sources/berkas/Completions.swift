import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

/// What the shell completes after `berkas --generate-completion-script bash`
/// (or zsh, fish) is installed: the archive's record IDs, the next actions of
/// the record written before the action, and the workflow's states. Read from
/// the archive the shell is in (or the one `-C DIR` names), as `list` reads it;
/// outside an archive nothing is offered.
enum Completions {
    static func recordIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let archive = archive(words) else { return [] }
        let rows =
            (try? ListService().run(archive: archive, status: nil, mine: false, overdue: false, all: true, keyFlag: nil))
            ?? []
        return rows.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// The next actions of the record before the cursor (`berkas act ID <TAB>`);
    /// every action of the archive's workflows when that is not a record.
    static func actions(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let archive = archive(words) else { return [] }
        let id = index > 0 && index - 1 < words.count ? words[index - 1] : ""
        if let row =
            (try? ListService().run(
                archive: archive, status: nil, mine: false, overdue: false, all: true, keyFlag: nil))?
            .first(where: { $0.id == id })
        {
            return row.next.filter { $0.hasPrefix(prefix) }
        }
        guard let rules = try? archive.rules(at: try archive.head()) else { return [] }
        var seen: Set<String> = []
        return rules.types.flatMap { $0.workflow.actions.map(\.name.rawValue) }
            .filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    static func statuses(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let archive = archive(words), let rules = try? archive.rules(at: try archive.head()) else { return [] }
        var seen: Set<String> = []
        return rules.types.flatMap { $0.workflow.states.map(\.name.rawValue) }
            .filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    /// The archive of the folder the shell is in, or of `-C DIR` on the line.
    private static func archive(_ words: [String]) -> Archive? {
        var folder = FileManager.default.currentDirectoryPath
        if let c = words.firstIndex(of: "-C"), c + 1 < words.count {
            folder = (words[c + 1] as NSString).expandingTildeInPath
            if !folder.hasPrefix("/") { folder = FileManager.default.currentDirectoryPath + "/" + folder }
        }
        return try? Archive.open(from: folder)
    }
}
