import BerkasCore
import Foundation

/// Prints a compliance report as a table, JSON, CSV or one self-contained HTML page.
public struct ReportRenderer {
    let report: ReportService.Report
    let language: Language

    /// The words written in every row, taken from the catalog once.
    private let latePending, pending, onTime, deviation: String
    private let standards: [Int: String]

    public init(report: ReportService.Report, language: Language) {
        self.report = report
        self.language = language
        latePending = KitText.latePending().text(language)
        pending = KitText.pending().text(language)
        onTime = KitText.onTime().text(language)
        deviation = KitText.deviation().text(language)
        let days = Set(report.rows.compactMap(\.standardWorkingDays))
        standards = Dictionary(uniqueKeysWithValues: days.map { ($0, KitText.workingDays($0).text(language)) })
    }

    func verdict(_ r: ReportService.Row) -> String {
        switch (r.end, r.onTime) {
        case (nil, false?): return latePending
        case (nil, _): return pending
        case (_, true?): return onTime
        case (_, false?): return deviation
        default: return "-"
        }
    }

    func standard(_ days: Int?) -> String {
        days.map { standards[$0] ?? KitText.workingDays($0).text(language) } ?? "-"
    }
    func time(_ t: Int64?) -> String { t.map { formatLocal($0, calendar: report.calendar) } ?? "-" }
    func dur(_ s: Int64?) -> String { s.map { formatWorking($0, language) } ?? "-" }

    var header: [String] {
        KitText.reportStepRowColumns().text(language).components(separatedBy: "|")
    }

    func cells(_ r: ReportService.Row) -> [String] {
        [
            r.record, r.action, time(r.start), time(r.end), dur(r.workingSeconds), standard(r.standardWorkingDays),
            verdict(r), r.name, r.nip, r.role
        ]
    }

    public func render(format: String) -> String {
        switch format {
        case "json": return json()
        case "csv": return CSV.render([header] + report.rows.map(cells))
        case "html": return html()
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
        sink((KitText.standardTimeReport().text(language)) + report.office + "\n\n")
        let rows = report.rows
        let head = header
        Table.write(
            count: rows.count + 1, cells: { $0 == 0 ? head : cells(rows[$0 - 1]).map(TerminalSafe.escape) }, to: sink)
        var out = "\n\n" + (KitText.perStep().text(language)) + "\n"
        out += Table.render([totalsHeader] + report.byAction.map(totalCells)) + "\n\n"
        out += (KitText.perPerformer().text(language)) + "\n"
        out += Table.render([performerHeader] + report.byPerformer.map(performerCells))
        sink(out)
    }

    var totalsHeader: [String] {
        KitText.reportStepTotalColumns().text(language).components(separatedBy: "|")
    }

    func totalCells(_ t: ReportService.Total) -> [String] {
        [
            t.key, "\(t.steps)", "\(t.finished)", "\(t.onTime)", "\(t.deviations)", dur(t.median), dur(t.worst),
            standard(t.standardWorkingDays)
        ]
    }

    var performerHeader: [String] {
        KitText.reportPerformerColumns().text(language).components(separatedBy: "|")
    }

    func performerCells(_ t: ReportService.Total) -> [String] {
        [
            TerminalSafe.escape(t.key), t.label, "\(t.finished)", "\(t.onTime)", "\(t.deviations)", dur(t.median),
            dur(t.worst)
        ]
    }

    func json() -> String {
        typealias S = JSONText.Scalar
        func total(_ t: ReportService.Total) -> [(String, S)] {
            [
                ("kunci", S(t.key)), ("label", S(t.label)), ("jumlah", S(t.steps)), ("selesai", S(t.finished)),
                ("tepat_waktu", S(t.onTime)),
                ("menyimpang", S(t.deviations)), ("median_detik_kerja", S(t.median)),
                ("terlama_detik_kerja", S(t.worst)),
                ("mutu_baku_hari_kerja", S(t.standardWorkingDays))
            ]
        }
        var out = "{\n  \"dari\" : "
        JSONText.string(report.from?.description ?? "", into: &out)
        if report.from == nil { out = String(out.dropLast(2)) + "null" }
        out += ",\n  \"kantor\" : "
        JSONText.string(report.office, into: &out)
        out += ",\n  \"langkah\" : "
        JSONText.array(
            report.rows.map { r in
                [
                    ("nomor", S(r.record)), ("langkah", S(r.action)), ("mulai", S(r.start)), ("selesai", S(r.end)),
                    ("detik_kerja", S(r.workingSeconds)),
                    ("mutu_baku_hari_kerja", S(r.standardWorkingDays)), ("tepat_waktu", S(r.onTime)),
                    ("pelaksana", S(r.name)), ("nip", S(r.nip)), ("peran", S(r.role))
                ]
            }, indent: 2, into: &out)
        out += ",\n  \"per_langkah\" : "
        JSONText.array(report.byAction.map(total), indent: 2, into: &out)
        out += ",\n  \"per_pelaksana\" : "
        JSONText.array(report.byPerformer.map(total), indent: 2, into: &out)
        out += ",\n  \"sampai\" : "
        if let to = report.to { JSONText.string(to.description, into: &out) } else { out += "null" }
        return out + "\n}"
    }

    /// One page, no external resources: inline CSS and an SVG chart of the
    /// median and worst working time of each step against its standard.
    func html() -> String {
        let title = (KitText.standardTimeReport2().text(language)) + " — " + report.office
        let period = [report.from?.description, report.to?.description].map { $0 ?? "…" }.joined(separator: " s.d. ")
        func tableHTML(_ head: [String], _ rows: [[String]], highlight: [Bool] = []) -> String {
            var h = "<table><thead><tr>" + head.map { "<th>\(htmlEscape($0))</th>" }.joined() + "</tr></thead><tbody>"
            for (i, r) in rows.enumerated() {
                let cls = highlight.indices.contains(i) && highlight[i] ? " class=\"late\"" : ""
                h += "<tr\(cls)>" + r.map { "<td>\(htmlEscape($0))</td>" }.joined() + "</tr>"
            }
            return h + "</tbody></table>"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(KitText.htmlLanguage().text(language))"><head><meta charset="utf-8"><title>\(htmlEscape(title))</title>
            <style>
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 16px; }
            h1 { font-size: 15pt; margin: 0 0 4px; } h2 { font-size: 12pt; margin: 18px 0 6px; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
            th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; } tr.late td { background: #fde2e2; }
            .meta { color: #444; } svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
            @media print { h2 { break-after: avoid; } tr { break-inside: avoid; } }
            </style></head><body>
            <h1>\(htmlEscape(title))</h1>
            <p class="meta">\(KitText.period().text(language)): \(htmlEscape(period)) · \(KitText.generatedSignedHistory().text(language)) · \(htmlEscape(time(report.now)))</p>
            <h2>\(KitText.timePerStepAgainstStandard().text(language))</h2>
            \(chart())
            <h2>\(KitText.perStep2().text(language))</h2>
            \(tableHTML(totalsHeader, report.byAction.map(totalCells)))
            <h2>\(KitText.perPerformer2().text(language))</h2>
            \(tableHTML(performerHeader, report.byPerformer.map(performerCells)))
            <h2>\(KitText.everyStep().text(language))</h2>
            \(tableHTML(header, report.rows.map(cells), highlight: report.rows.map { $0.onTime == false }))
            </body></html>
            """
    }

    func chart() -> String {
        let items = report.byAction.filter { $0.finished > 0 }
        guard !items.isEmpty else { return "<p>\(KitText.finishedStepsPeriod().text(language))</p>" }
        let hours: (Int64?) -> Double = { Double($0 ?? 0) / 3600 }
        let maxHours = max(items.map { max(hours($0.worst), Double(($0.standardWorkingDays ?? 0) * 24)) }.max() ?? 1, 1)
        let left = 150.0
        let width = 560.0
        let rowH = 34.0
        let height = Double(items.count) * rowH + 40
        func x(_ h: Double) -> Double { left + h / maxHours * width }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(left + width + 90))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"chart\">"
        for (i, t) in items.enumerated() {
            let y = 10 + Double(i) * rowH
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"11\">\(htmlEscape(t.key))</text>"
            svg +=
                "<rect x=\"\(left)\" y=\"\(y + 2)\" width=\"\(x(hours(t.worst)) - left)\" height=\"8\" fill=\"#f4a3a3\"><title>worst</title></rect>"
            let medianColor =
                (t.standardWorkingDays.map { hours(t.median) <= Double($0 * 24) } ?? true) ? "#3a7d44" : "#c0392b"
            svg +=
                "<rect x=\"\(left)\" y=\"\(y + 11)\" width=\"\(max(1, x(hours(t.median)) - left))\" height=\"12\" fill=\"\(medianColor)\"><title>median</title></rect>"
            svg +=
                "<text x=\"\(x(hours(t.worst)) + 4)\" y=\"\(y + 20)\" font-size=\"10\">\(htmlEscape(dur(t.median))) / \(htmlEscape(dur(t.worst)))</text>"
            if let s = t.standardWorkingDays {
                let sx = x(Double(s * 24))
                svg +=
                    "<line x1=\"\(sx)\" y1=\"\(y)\" x2=\"\(sx)\" y2=\"\(y + 26)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
            }
        }
        let legendY = height - 12
        svg +=
            "<rect x=\"\(left)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\" fill=\"#3a7d44\"/><text x=\"\(left + 16)\" y=\"\(legendY)\" font-size=\"10\">median</text>"
        svg +=
            "<rect x=\"\(left + 80)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\" fill=\"#f4a3a3\"/><text x=\"\(left + 96)\" y=\"\(legendY)\" font-size=\"10\">\(KitText.worst().text(language))</text>"
        svg +=
            "<line x1=\"\(left + 170)\" y1=\"\(legendY - 9)\" x2=\"\(left + 170)\" y2=\"\(legendY + 1)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/><text x=\"\(left + 176)\" y=\"\(legendY)\" font-size=\"10\">\(KitText.standard().text(language))</text>"
        return svg + "</svg>"
    }
}
