import BerkasCore
import Foundation

extension ReportRenderer {
    /// The report as a workbook: per step, per performer, every step; counts
    /// and durations as numbers (hours, working days), moments as date cells,
    /// NIP and record numbers as text.
    public func workbook() -> Spreadsheet {
        typealias C = Spreadsheet.Cell
        let hours = { (s: Int64?) -> C in s.map { .number(Self.hours($0)) } ?? .empty }
        let count = { (n: Int) -> C in .number(Double(n)) }
        let perStep = report.byAction.map { t -> [C] in
            let timed = t.standardWorkingDays != nil
            return [
                .text(t.label), count(t.steps), count(t.finished), timed ? count(t.onTime) : .empty,
                timed ? count(t.late) : .empty, count(t.running), timed ? count(t.runningLate) : .empty,
                count(t.refused), hours(t.median), hours(t.worst),
                t.standardWorkingDays.map { .number(Double($0)) } ?? .empty
            ]
        }
        let perPerformer = report.byPerformer.map { t -> [C] in
            let (name, nip) = ReportService.splitActor(t.key)
            return [
                .text(name), .text(nip), .text(t.label), count(t.finished), count(t.onTime), count(t.late),
                count(t.withoutStandard), count(t.refused), hours(t.median), hours(t.worst)
            ]
        }
        let (yes, no) = (KitText.yes().text(language), KitText.no().text(language))
        let steps = report.rows.map { r -> [C] in
            [
                .text(r.record), .text(r.action), moment(r.start), r.end.map(moment) ?? .empty,
                .number(Self.hours(r.workingSeconds)), .number(Self.workingDays(r.workingSeconds)),
                r.standardWorkingDays.map { .number(Double($0)) } ?? .empty, .text(verdict(r)),
                .text(r.refused ? yes : no), .text(r.name), .text(r.nip), .text(r.role)
            ]
        }
        func columns(_ t: KitText) -> [String] { t().text(language).components(separatedBy: "|") }
        return Spreadsheet(sheets: [
            .init(
                name: KitText.perStep2().text(language), header: columns(.reportXLSXStepColumns),
                widths: [30] + Array(repeating: 12, count: 10), rows: perStep),
            .init(
                name: KitText.perPerformer2().text(language), header: columns(.reportXLSXPerformerColumns),
                widths: [32, 20, 24] + Array(repeating: 12, count: 7), rows: perPerformer),
            .init(
                name: KitText.everyStep().text(language), header: columns(.reportCSVColumns),
                widths: [14, 12, 17, 17, 12, 12, 12, 22, 9, 32, 20, 16], rows: steps)
        ])
    }

    /// A moment as a date cell in the archive's zone.
    func moment(_ t: Int64) -> Spreadsheet.Cell {
        let (d, second) = localTime(t, offsetSeconds: report.calendar.offsetSeconds)
        return .date(d, secondOfDay: second)
    }
}

extension ListService {
    /// The list as a workbook: moments as date cells, age as a number of working days.
    public func workbook(_ rows: [Row], language: Language) -> Spreadsheet {
        typealias C = Spreadsheet.Cell
        let (yes, no) = (KitText.yes().text(language), KitText.no().text(language))
        let cells = rows.map { r -> [C] in
            [
                .text(r.id), .text(r.status), .text(r.name), Spreadsheet.Cell.local(r.created),
                .number(ReportRenderer.workingDays(r.ageWorkingSeconds)), Spreadsheet.Cell.local(r.since),
                .text(r.next.joined(separator: " ")), .text(r.nextRoles.joined(separator: " ")),
                r.deadline.map(Spreadsheet.Cell.local) ?? .empty, .text(r.overdue ? yes : no)
            ]
        }
        return Spreadsheet(sheets: [
            .init(
                name: KitText.listSheet().text(language),
                header: KitText.listCSVColumns().text(language).components(separatedBy: "|"),
                widths: [14, 14, 32, 17, 12, 17, 20, 24, 17, 10], rows: cells)
        ])
    }
}

extension Spreadsheet.Cell {
    /// `2026-11-30 09:00` (as berkas writes a local moment) as a date cell; anything else as text.
    static func local(_ text: String) -> Spreadsheet.Cell {
        let parts = text.split(separator: " ")
        guard let date = parts.first.flatMap({ CalendarDate(iso: String($0)) }) else {
            return text == "-" || text.isEmpty ? .empty : .text(text)
        }
        guard parts.count == 2 else { return .date(date, secondOfDay: nil) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return .text(text) }
        return .date(date, secondOfDay: clock[0] * 3600 + clock[1] * 60)
    }
}
