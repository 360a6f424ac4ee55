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
        /// The step ended in a refusal.
        public let refused: Bool
    }

    /// The counts of one step (or one performer). They add up:
    /// `steps = finished + running`; `finished = onTime + late + withoutStandard`.
    public struct Total {
        public let key: String
        public let label: String
        public let steps: Int
        public let finished: Int
        public let onTime: Int
        public let late: Int
        /// Finished steps that have no standard time (neither on time nor late).
        public let withoutStandard: Int
        public let running: Int
        /// Of the running steps, those already past their standard time.
        public let runningLate: Int
        /// Of the finished steps, those that ended in a refusal.
        public let refused: Int
        public let median: Int64?
        public let worst: Int64?
        public let standardWorkingDays: Int?
    }

    /// What became of the requests received in the period. They add up:
    /// `received = done + refused + inProcess`.
    public struct Outcomes {
        public let received: Int
        public let done: Int
        public let refused: Int
        public let inProcess: Int
    }

    public struct Report {
        public let office: String
        public let from: CalendarDate?
        public let to: CalendarDate?
        public let rows: [Row]
        public let byAction: [Total]
        public let byPerformer: [Total]
        public let outcomes: Outcomes
        public let calendar: WorkingCalendar
        public let now: Int64
        /// The place and the signatory printed under the report (from the archive's settings).
        public let place: String?
        public let signatory: OfficeConfig.Signatory?
        /// The holiday list the working time was counted with.
        public let holidays: HolidaysUsed
    }

    /// The holiday list a report used: its file, and per year the report spans the
    /// number of holidays and whether the movable ones were entered.
    public struct HolidaysUsed {
        public let file: String?
        public let years: [(year: Int, count: Int, movable: Bool)]
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
        func inPeriod(_ t: Int64) -> Bool {
            let day = CalendarDate(daysSinceEpoch: Int((Double(t + cal.offsetSeconds) / 86400).rounded(.down)))
            return !(fromDate.map { day < $0 } ?? false) && !(toDate.map { day > $0 } ?? false)
        }
        // A few people perform tens of thousands of steps: split each actor once, keep one copy.
        var actors: [String?: (String, String)] = [:]
        for item in timeline.items {
            for s in item.steps where inPeriod(s.start) {
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
                        role: s.role ?? "", refused: s.refused))
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
        let config = timeline.rules.config
        let today = config.zone.date(at: timeline.now)
        HolidayService.warn(timeline.rules, today: today)
        return Report(
            office: config.office, from: fromDate, to: toDate, rows: rows, byAction: byAction,
            byPerformer: byPerformer,
            outcomes: Self.outcomes(of: timeline.items.filter { $0.created.map(inPeriod) ?? false }),
            calendar: cal, now: timeline.now, place: config.place, signatory: config.signatory,
            holidays: Self.holidaysUsed(timeline.rules, rows: rows, from: fromDate, to: toDate, now: today))
    }

    /// The years a report spans (its period, or its steps' days), with the holidays entered for each.
    static func holidaysUsed(
        _ rules: ArchiveRules, rows: [Row], from: CalendarDate?, to: CalendarDate?, now: CalendarDate
    )
        -> HolidaysUsed
    {
        let zone = rules.config.zone
        var years: Set<Int> = []
        for r in rows {
            years.insert(zone.date(at: r.start).year)
            if let end = r.end { years.insert(zone.date(at: end).year) } else { years.insert(now.year) }
        }
        if let from, let to, from <= to { years.formUnion(Array(from.year...to.year)) }
        if years.isEmpty { years.insert(now.year) }
        return HolidaysUsed(
            file: rules.config.holidaysFile,
            years: years.sorted().map { y in
                (y, rules.holidays.keys.filter { $0.year == y }.count, HolidayList.hasMovable(rules.holidays, year: y))
            })
    }

    /// What became of some requests: done, refused or still in process.
    static func outcomes(of items: [ArchiveTimeline.Item]) -> Outcomes {
        var done = 0
        var refused = 0
        for item in items where item.type.workflow.isFinal(item.status) {
            if item.type.workflow.state(item.status)?.isRejection == true { refused += 1 } else { done += 1 }
        }
        return Outcomes(received: items.count, done: done, refused: refused, inProcess: items.count - done - refused)
    }

    private func total(key: String, label: String, _ group: [Row]) -> Total {
        let finished = group.filter { $0.end != nil }
        let running = group.filter { $0.end == nil }
        let times = finished.map(\.workingSeconds)
        return Total(
            key: key, label: label, steps: group.count, finished: finished.count,
            onTime: finished.filter { $0.onTime == true }.count,
            late: finished.filter { $0.onTime == false }.count,
            withoutStandard: finished.filter { $0.onTime == nil }.count,
            running: running.count, runningLate: running.filter { $0.onTime == false }.count,
            refused: finished.filter(\.refused).count,
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
