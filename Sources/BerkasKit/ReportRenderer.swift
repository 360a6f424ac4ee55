import BerkasCore
import Foundation

/// Prints a compliance report as a table, JSON, CSV, one self-contained HTML
/// page (`ReportPage`) or a workbook (`ReportWorkbook`). The words and
/// figures every format shares are made here.
public struct ReportRenderer {
    let report: ReportService.Report
    let language: Language

    /// The words written in every row, taken from the catalog once.
    private let verdicts: [String]
    private let refusedWord: String
    private let standards: [Int: String]

    public init(report: ReportService.Report, language: Language) {
        self.report = report
        self.language = language
        verdicts = [
            KitText.latePending(), KitText.pending(), KitText.onTime(), KitText.lateFinished(), KitText.finished()
        ].map { $0.text(language) }
        refusedWord = KitText.refusedOutcome().text(language)
        let days = Set(report.rows.compactMap(\.standardWorkingDays))
        standards = Dictionary(uniqueKeysWithValues: days.map { ($0, KitText.workingDays($0).text(language)) })
    }

    /// How a step went: on time, late, running (past its standard or not), or
    /// finished without a standard; a refusal is said after it.
    func verdict(_ r: ReportService.Row) -> String {
        let word: String
        switch (r.end, r.onTime) {
        case (nil, false?): word = verdicts[0]
        case (nil, _): word = verdicts[1]
        case (_, true?): word = verdicts[2]
        case (_, false?): word = verdicts[3]
        default: word = verdicts[4]
        }
        return r.refused ? word + " · " + refusedWord : word
    }

    func standard(_ days: Int?) -> String {
        days.map { standards[$0] ?? KitText.workingDays($0).text(language) } ?? "-"
    }
    /// A moment as people read it: `30 November 2026 09.00`.
    func time(_ t: Int64?) -> String {
        guard let t else { return "-" }
        let (d, second) = localTime(t, offsetSeconds: report.calendar.offsetSeconds)
        return d.words(language, secondOfDay: second)
    }
    /// A moment as spreadsheets and scripts read it: `2026-11-30 09:00`.
    func machineTime(_ t: Int64?) -> String { t.map { formatLocal($0, calendar: report.calendar) } ?? "" }
    func dur(_ s: Int64?) -> String { s.map { formatWorking($0, language) } ?? "-" }

    /// The period the report covers, in words.
    var period: String {
        switch (report.from, report.to) {
        case (nil, nil): return KitText.wholeHistory().text(language)
        case (let f?, nil): return KitText.periodFrom(f.words(language)).text(language)
        case (nil, let t?): return KitText.periodUntil(t.words(language)).text(language)
        case (let f?, let t?): return KitText.periodBetween(f.words(language), t.words(language)).text(language)
        }
    }

    /// What became of the requests received in the period, in one sentence.
    var outcomes: String {
        let o = report.outcomes
        return KitText.reportOutcomes(String(o.received), String(o.done), String(o.refused), String(o.inProcess))
            .text(language)
    }

    /// What every column and unit means.
    var legend: [String] {
        [KitText.reportLegendUnits(), KitText.reportLegendCounts(), KitText.reportLegendMedian(), holidaysUsed].map {
            $0.text(language)
        }
    }

    /// Which holiday list the working time was counted with, per year.
    var holidaysUsed: Localized {
        let h = report.holidays
        guard let file = h.file else { return KitText.reportNoHolidayList() }
        let years = h.years.map { y in
            (y.movable
                ? KitText.reportHolidayYear(y.year, y.count) : KitText.reportHolidayYearNoMovable(y.year, y.count))
                .text(language)
        }
        return KitText.reportHolidayList(file, years.joined(separator: "; "))
    }

    var header: [String] { KitText.reportStepRowColumns().text(language).components(separatedBy: "|") }

    func cells(_ r: ReportService.Row) -> [String] {
        [
            r.record, r.action, time(r.start), time(r.end), dur(r.workingSeconds), standard(r.standardWorkingDays),
            verdict(r), r.name, r.nip, r.role
        ]
    }

    public func render(format: String, separator: Character = ",", byteOrderMark: Bool = true) -> String {
        switch format {
        case "json": return json()
        case "csv": return csv(separator: separator, byteOrderMark: byteOrderMark)
        case "html": return ReportPage(renderer: self).html()
        default: return table()
        }
    }

    func table() -> String {
        var out = ""
        writeTable { out += $0 }
        return out
    }

    /// The table, in pieces (it runs to megabytes for years of requests).
    public func writeTable(to sink: (String) -> Void) {
        sink(KitText.standardTimeReport().text(language) + report.office + "\n")
        sink(KitText.period().text(language) + ": " + period + "\n" + outcomes + "\n\n")
        let rows = report.rows
        let head = header
        Table.write(
            count: rows.count + 1, cells: { $0 == 0 ? head : cells(rows[$0 - 1]).map(TerminalSafe.escape) }, to: sink)
        var out = "\n\n" + (KitText.perStep().text(language)) + "\n"
        out += Table.render([totalsHeader] + report.byAction.map(totalCells)) + "\n\n"
        out += (KitText.perPerformer().text(language)) + "\n"
        out += Table.render([performerHeader] + report.byPerformer.map(performerCells)) + "\n\n"
        out += legend.joined(separator: "\n")
        sink(out)
    }

    var totalsHeader: [String] { KitText.reportStepTotalColumns().text(language).components(separatedBy: "|") }

    func totalCells(_ t: ReportService.Total) -> [String] {
        let timed = t.standardWorkingDays != nil
        return [
            t.label, "\(t.steps)", "\(t.finished)", timed ? "\(t.onTime)" : "-", timed ? "\(t.late)" : "-",
            "\(t.running)", timed ? "\(t.runningLate)" : "-", "\(t.refused)", dur(t.median), dur(t.worst),
            standard(t.standardWorkingDays)
        ]
    }

    var performerHeader: [String] { KitText.reportPerformerColumns().text(language).components(separatedBy: "|") }

    func performerCells(_ t: ReportService.Total) -> [String] {
        [
            TerminalSafe.escape(t.key), t.label, "\(t.finished)", "\(t.onTime)", "\(t.late)", "\(t.withoutStandard)",
            "\(t.refused)", dur(t.median), dur(t.worst)
        ]
    }

    /// Hours of working time as a number a spreadsheet adds up (two decimals).
    static func hours(_ seconds: Int64) -> Double { (Double(seconds) / 36).rounded() / 100 }
    /// Working days (24 working hours each) as a number (two decimals).
    static func workingDays(_ seconds: Int64) -> Double { (Double(seconds) / 864).rounded() / 100 }

    /// RFC 4180 rows; numbers are plain numbers (a decimal comma when the
    /// separator is `;`, as an Indonesian-locale spreadsheet reads them).
    func csv(separator: Character, byteOrderMark: Bool) -> String {
        func number(_ v: Double) -> String { CSV.number(v, separator: separator) }
        let (yes, no) = (KitText.yes().text(language), KitText.no().text(language))
        let head = KitText.reportCSVColumns().text(language).components(separatedBy: "|")
        let rows = report.rows.map { r in
            [
                r.record, r.action, machineTime(r.start), machineTime(r.end), number(Self.hours(r.workingSeconds)),
                number(Self.workingDays(r.workingSeconds)), r.standardWorkingDays.map(String.init) ?? "",
                verdict(r), r.refused ? yes : no, r.name, r.nip, r.role
            ]
        }
        return CSV.render([head] + rows, separator: separator, byteOrderMark: byteOrderMark)
    }

    func json() -> String {
        typealias S = JSONText.Scalar
        func total(_ t: ReportService.Total) -> [(String, S)] {
            [
                ("kunci", S(t.key)), ("label", S(t.label)), ("jumlah", S(t.steps)), ("selesai", S(t.finished)),
                ("tepat_waktu", S(t.onTime)), ("terlambat", S(t.late)), ("tanpa_mutu_baku", S(t.withoutStandard)),
                ("berjalan", S(t.running)), ("berjalan_lewat_mutu_baku", S(t.runningLate)),
                ("ditolak", S(t.refused)), ("median_detik_kerja", S(t.median)), ("terlama_detik_kerja", S(t.worst)),
                ("mutu_baku_hari_kerja", S(t.standardWorkingDays))
            ]
        }
        var out = "{\n  \"dari\" : "
        if let from = report.from { JSONText.string(from.description, into: &out) } else { out += "null" }
        out += ",\n  \"hari_libur\" : "
        JSONText.array(
            report.holidays.years.map { y in
                [
                    ("berkas", S(report.holidays.file)), ("tahun", S(y.year)), ("jumlah", S(y.count)),
                    ("bergerak_dimasukkan", S(y.movable))
                ]
            }, indent: 2, into: &out)
        out += ",\n  \"kantor\" : "
        JSONText.string(report.office, into: &out)
        out += ",\n  \"langkah\" : "
        JSONText.array(
            report.rows.map { r in
                [
                    ("nomor", S(r.record)), ("langkah", S(r.action)), ("mulai", S(r.start)), ("selesai", S(r.end)),
                    ("detik_kerja", S(r.workingSeconds)),
                    ("mutu_baku_hari_kerja", S(r.standardWorkingDays)), ("tepat_waktu", S(r.onTime)),
                    ("ditolak", S(r.refused)), ("pelaksana", S(r.name)), ("nip", S(r.nip)), ("peran", S(r.role))
                ]
            }, indent: 2, into: &out)
        out += ",\n  \"per_langkah\" : "
        JSONText.array(report.byAction.map(total), indent: 2, into: &out)
        out += ",\n  \"per_pelaksana\" : "
        JSONText.array(report.byPerformer.map(total), indent: 2, into: &out)
        let o = report.outcomes
        out += ",\n  \"permintaan\" : "
        JSONText.object(
            [
                ("diterima", S(o.received)), ("selesai", S(o.done)), ("ditolak", S(o.refused)),
                ("dalam_proses", S(o.inProcess))
            ], indent: 2, into: &out)
        out += ",\n  \"sampai\" : "
        if let to = report.to { JSONText.string(to.description, into: &out) } else { out += "null" }
        return out + "\n}"
    }
}
