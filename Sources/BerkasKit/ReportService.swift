import BerkasCore
import BerkasGit
import Foundation

/// `berkas report`: standard-time (mutu baku) compliance of every step, from
/// the signed history: who took how long against the SOP's standard.
public struct ReportService {
    public struct Row {
        public let record: String
        public let action: String
        public let start: Int64
        public let end: Int64?
        public let workingSeconds: Int64
        public let standardWorkingDays: Int?
        public let onTime: Bool?
        public let name: String
        public let nip: String
        public let role: String
    }

    public struct Total {
        public let key: String
        public let label: String
        public let steps: Int
        public let finished: Int
        public let onTime: Int
        public let deviations: Int
        public let median: Int64?
        public let worst: Int64?
        public let standardWorkingDays: Int?
    }

    public struct Report {
        public let office: String
        public let from: CalendarDate?
        public let to: CalendarDate?
        public let rows: [Row]
        public let byAction: [Total]
        public let byPerformer: [Total]
        public let calendar: WorkingCalendar
        public let now: Int64
    }

    public init() {}

    public func run(archive: Archive, from: String?, to: String?) throws -> Report {
        func date(_ s: String?, _ flag: String) throws -> CalendarDate? {
            guard let s else { return nil }
            guard let d = CalendarDate(iso: s) else { throw BerkasError.user(.usage, KitText.mustYyyyMmDd(flag)) }
            return d
        }
        let fromDate = try date(from, "--from")
        let toDate = try date(to, "--to")
        let timeline = try ArchiveTimeline.load(archive: archive)
        let cal = timeline.calendar
        var rows: [Row] = []
        // A few people perform tens of thousands of steps: split each actor once, keep one copy.
        var actors: [String?: (String, String)] = [:]
        for item in timeline.items {
            for s in item.steps {
                let startDay = CalendarDate(
                    daysSinceEpoch: Int((Double(s.start + cal.offsetSeconds) / 86400).rounded(.down)))
                if let f = fromDate, startDay < f { continue }
                if let t = toDate, startDay > t { continue }
                let (name, nip): (String, String)
                if let hit = actors[s.actor] {
                    (name, nip) = hit
                } else {
                    (name, nip) = ReportService.splitActor(s.actor)
                    actors[s.actor] = (name, nip)
                }
                rows.append(
                    Row(
                        record: s.record, action: s.action, start: s.start, end: s.end,
                        workingSeconds: s.workingSeconds,
                        standardWorkingDays: s.standardWorkingDays, onTime: s.onTime, name: name, nip: nip,
                        role: s.role ?? ""))
            }
        }
        var labels: [String: String] = [:]
        for t in timeline.rules.types { for a in t.workflow.actions { labels[a.name.rawValue] = a.label } }
        let order = timeline.rules.types.flatMap { $0.workflow.actions.map(\.name.rawValue) }
        // Grouped by position: a copy of every row per grouping would double the memory.
        let byAction = Dictionary(grouping: rows.indices, by: { rows[$0].action }).map { key, group in
            total(key: key, label: labels[key] ?? key, group.map { rows[$0] })
        }.sorted { (order.firstIndex(of: $0.key) ?? 99) < (order.firstIndex(of: $1.key) ?? 99) }
        let byPerformer = Dictionary(
            grouping: rows.indices.filter { rows[$0].end != nil }, by: { "\(rows[$0].name) (NIP \(rows[$0].nip))" }
        ).map { key, group in
            let members = group.map { rows[$0] }
            return total(key: key, label: Array(Set(members.map(\.role))).sorted().joined(separator: ", "), members)
        }.sorted { $0.key < $1.key }
        return Report(
            office: timeline.rules.config.office, from: fromDate, to: toDate, rows: rows, byAction: byAction,
            byPerformer: byPerformer,
            calendar: cal, now: timeline.now)
    }

    private func total(key: String, label: String, _ group: [Row]) -> Total {
        let finished = group.filter { $0.end != nil }
        let times = finished.map(\.workingSeconds)
        return Total(
            key: key, label: label, steps: group.count, finished: finished.count,
            onTime: finished.filter { $0.onTime == true }.count,
            deviations: group.filter { $0.onTime == false }.count,
            median: StepAnalysis.median(times), worst: times.max(),
            standardWorkingDays: group.first?.standardWorkingDays)
    }

    /// `Name (NIP 1970…)` → (name, nip).
    static func splitActor(_ actor: String?) -> (String, String) {
        guard let a = actor, let r = a.range(of: " (NIP ", options: .backwards), a.hasSuffix(")") else {
            return (actor ?? "", "")
        }
        return (String(a[..<r.lowerBound]), String(a[r.upperBound..<a.index(before: a.endIndex)]))
    }
}
