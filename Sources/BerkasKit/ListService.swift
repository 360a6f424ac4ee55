import BerkasCore
import BerkasGit
import Foundation

/// `berkas list`: records and queues, from the signed history.
public struct ListService {
    public struct Row {
        public let id: String
        public let status: String
        public let name: String
        public let created: String
        public let ageWorkingSeconds: Int64
        public let since: String
        public let next: [String]
        public let nextRoles: [String]
        /// Each next action with the roles that may take it: `disposisi (kepala-ukpbj)`.
        public let nextWithRoles: [String]
        public let deadline: String?
        public let overdue: Bool
        public let mine: Bool
    }

    public init() {}

    /// - Parameter all: finished requests too (by default only open ones: a queue); a
    ///   `status` asked for is always shown.
    public func run(archive: Archive, status: String?, mine: Bool, overdue: Bool, all: Bool = false, keyFlag: String?)
        throws -> [Row]
    {
        // A record in a final state has no pending step: its steps are not computed.
        let timeline = try ArchiveTimeline.load(archive: archive, finishedSteps: false)
        HolidayService.warn(timeline.rules, today: timeline.rules.config.zone.date(at: timeline.now))
        let myRoles = mine ? try Self.roles(of: keyFlag, archive: archive, rules: timeline.rules) : []
        if let status { try Self.requireKnown(status, rules: timeline.rules) }
        let cal = timeline.calendar
        // What follows a state, per record type and state (a handful), not per record.
        var nextOf: [String: Next] = [:]
        var rows: [Row] = []
        rows.reserveCapacity(timeline.items.count)
        // Fields read in place: a copy of each item (its strings and steps) costs more than the row.
        let items = timeline.items
        for i in items.indices {
            let recordStatus = items[i].status
            if let status, recordStatus.rawValue != status { continue }
            let type = items[i].type
            if status == nil && !all && type.workflow.isFinal(recordStatus) { continue }
            let key = type.name + "\u{0}" + recordStatus.rawValue
            let next = nextOf[key] ?? Next(type.workflow, recordStatus, myRoles: myRoles)
            nextOf[key] = next
            let pending = items[i].steps.last(where: \.isPending)
            let isOverdue = pending?.onTime == false
            if mine && !next.mine { continue }
            if overdue && !isOverdue { continue }
            let created = items[i].created
            let since = items[i].currentSince
            rows.append(
                Row(
                    id: items[i].id.description, status: recordStatus.rawValue,
                    name: TerminalSafe.escape(items[i].name),
                    created: created.map { formatLocal($0, calendar: cal) } ?? "-",
                    ageWorkingSeconds: created.map { cal.workingSeconds(from: $0, to: timeline.now) } ?? 0,
                    since: since.map { formatLocal($0, calendar: cal) } ?? "-",
                    next: next.actions, nextRoles: next.roles, nextWithRoles: next.withRoles,
                    deadline: pending?.deadline.map { formatLocal($0, calendar: cal) }, overdue: isOverdue,
                    mine: next.mine))
        }
        return rows
    }

    /// The roles of the member whose key this is (`--mine`).
    static func roles(of keyFlag: String?, archive: Archive, rules: ArchiveRules) throws -> Set<Role> {
        let key = try SigningKey.resolve(flag: keyFlag, repository: archive.repo)
        guard let m = rules.policy.member(for: key.publicKey) else {
            throw BerkasError.user(.notAllowed, KitText.keyRegisteredArchive(key.path))
        }
        return Set(m.roles)
    }

    /// A `--status` no workflow has is refused with the states there are, in
    /// the workflows' own order, each once.
    static func requireKnown(_ status: String, rules: ArchiveRules) throws {
        guard !rules.types.contains(where: { $0.workflow.state(Status(rawValue: status)) != nil }) else { return }
        var seen: Set<String> = []
        let known = rules.types.flatMap { $0.workflow.states.map(\.name.rawValue) }.filter {
            seen.insert($0).inserted
        }.joined(separator: ", ")
        throw BerkasError.user(.usage, KitText.unknownStatusStates(TerminalSafe.escape(status), known))
    }

    /// What follows a state: its actions, their roles, and whether one waits for you.
    struct Next {
        let actions: [String]
        let roles: [String]
        let withRoles: [String]
        let mine: Bool

        init(_ workflow: Workflow, _ status: Status, myRoles: Set<Role>) {
            let actions = workflow.actions(from: status)
            self.actions = actions.map(\.name.rawValue)
            roles = Array(Set(actions.flatMap(\.roles).map(\.rawValue))).sorted()
            withRoles = actions.map { "\($0.name.rawValue) (\($0.roles.map(\.rawValue).joined(separator: ", ")))" }
            mine = !workflow.waiting(in: status, roles: myRoles).isEmpty
        }
    }

    public func render(
        _ rows: [Row], format: String, language: Language, separator: Character = ",", byteOrderMark: Bool = true
    ) -> String {
        switch format {
        case "json":
            typealias S = JSONText.Scalar
            var out = ""
            JSONText.array(
                rows.map { r -> [(String, S)] in
                    [
                        ("id", S(r.id)), ("status", S(r.status)), ("nama", S(r.name)), ("dibuat", S(r.created)),
                        ("umur_detik_kerja", S(r.ageWorkingSeconds)),
                        ("sejak", S(r.since)), ("tenggat", S(r.deadline)), ("terlambat", S(r.overdue)),
                        ("aksi_berikutnya", .list(r.next)), ("peran_berikutnya", .list(r.nextRoles))
                    ]
                }, indent: 0, into: &out)
            return out
        case "csv":
            let (yes, no) = (KitText.yes().text(language), KitText.no().text(language))
            let header =
                KitText.listCSVColumns().text(language).components(separatedBy: "|")
            return CSV.render(
                [header]
                    + rows.map { r in
                        [
                            r.id, r.status, r.name, r.created,
                            CSV.number(ReportRenderer.workingDays(r.ageWorkingSeconds), separator: separator), r.since,
                            r.next.joined(separator: " "),
                            r.nextRoles.joined(separator: " "), r.deadline ?? "",
                            r.overdue ? yes : no
                        ]
                    }, separator: separator, byteOrderMark: byteOrderMark)
        default:
            if rows.isEmpty { return KitText.records().text(language) }
            let late = KitText.late().text(language)
            var lines = [
                KitText.listColumns().text(language).components(separatedBy: "|")
            ]
            for r in rows {
                let next = r.next.isEmpty ? "-" : r.nextWithRoles.joined(separator: " / ")
                let deadline = (r.deadline ?? "-") + (r.overdue ? late : "")
                lines.append([
                    r.id, r.status, Table.prefix(r.name, 28), formatWorking(r.ageWorkingSeconds, language), next,
                    deadline
                ])
            }
            return Table.render(lines)
        }
    }
}

/// A plain text table with columns padded to their widest cell.
enum Table {
    /// Characters on screen; ASCII (most cells) without grapheme counting.
    static func width(_ s: String) -> Int { s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.count : s.count }

    /// A table of `count` rows whose cells are made once, on demand, and kept
    /// as bytes in one buffer until the widths are known (a large report held
    /// as separate cells took many times the memory; BENCHMARKS.md); written
    /// out in pieces.
    static func write(count: Int, cells: (Int) -> [String], to sink: (String) -> Void) {
        guard count > 0 else { return }
        let separator: UInt8 = 0x1F // ends each cell; shown as "␟" in the rare cell that holds it
        var store: [UInt8] = []
        var rowEnds: [Int] = []
        rowEnds.reserveCapacity(count)
        var widths: [Int] = []
        for r in 0..<count {
            let row = cells(r)
            if widths.count < row.count { widths += Array(repeating: 0, count: row.count - widths.count) }
            for (i, cell) in row.enumerated() {
                var c = cell
                let plain = c.withUTF8 { u -> Bool in
                    guard u.count == 0 || memchr(u.baseAddress!, Int32(separator), u.count) == nil else { return false }
                    store.append(contentsOf: u)
                    widths[i] = max(
                        widths[i], u.allSatisfy { $0 < 0x80 } ? u.count : String(decoding: u, as: UTF8.self).count)
                    return true
                }
                if !plain {
                    let shown = cell.replacingOccurrences(of: "\u{1F}", with: "␟")
                    store.append(contentsOf: shown.utf8)
                    widths[i] = max(widths[i], width(shown))
                }
                store.append(separator)
            }
            rowEnds.append(store.count)
        }
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        store.withUnsafeBufferPointer { all in
            var start = 0
            for r in 0..<count {
                if r > 0 { out.append(0x0A) }
                let end = rowEnds[r]
                var column = 0
                while start < end {
                    let stop =
                        start
                        + (memchr(all.baseAddress! + start, Int32(separator), end - start).map {
                            all.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) - start
                        } ?? (end - start))
                    let cell = UnsafeBufferPointer(rebasing: all[start..<stop])
                    out.append(contentsOf: cell)
                    start = stop + 1
                    if start < end { // every cell but the row's last is padded to its column
                        let w = cell.allSatisfy { $0 < 0x80 } ? cell.count : String(decoding: cell, as: UTF8.self).count
                        out.append(contentsOf: repeatElement(0x20, count: widths[column] - w + 2))
                    }
                    column += 1
                }
                start = end
                if out.count >= 1 << 16 {
                    sink(String(decoding: out, as: UTF8.self))
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        sink(String(decoding: out, as: UTF8.self))
    }

    /// The first `n` characters (ASCII without grapheme counting).
    static func prefix(_ s: String, _ n: Int) -> String {
        if s.utf8.count <= n { return s }
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: s.utf8.prefix(n), as: UTF8.self) }
        return String(s.prefix(n))
    }

    static func render(_ rows: [[String]]) -> String {
        var out = ""
        write(count: rows.count, cells: { rows[$0] }, to: { out += $0 })
        return out
    }
}
