import BerkasCore
import Foundation

/// The compliance report as one self-contained HTML page to print on A4
/// (landscape): the period and what became of the requests, a chart of each
/// step's working time against its standard, the counts per step and per
/// performer with a legend, every step, and a signature block; every printed
/// page numbered. No external resources: inline CSS and SVG.
struct ReportPage {
    let renderer: ReportRenderer
    var report: ReportService.Report { renderer.report }
    var language: Language { renderer.language }

    func text(_ t: KitText) -> String { htmlEscape(t().text(language)) }

    func html() -> String {
        let title = KitText.standardTimeReport2().text(language)
        let printedOn = localTime(report.now, offsetSeconds: report.calendar.offsetSeconds).date.words(language)
        return """
            <!DOCTYPE html>
            <html lang="\(text(.htmlLanguage))"><head><meta charset="utf-8"><title>\(htmlEscape(title + " — " + report.office))</title>
            <style>
            @page { size: A4 landscape; margin: 12mm 12mm 16mm 12mm;
              \(PrintedPage.foot(left: title + " — " + report.office, language: language)) }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
            h1 { font-size: 15pt; margin: 0 0 2px; } h2 { font-size: 12pt; margin: 16px 0 6px; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
            th, td { border: 1px solid #999; padding: 2px 5px; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; } td.n { text-align: right; } tr.late td { background: #fde2e2; }
            td:first-child { white-space: nowrap; }
            .meta { color: #333; margin: 2px 0; } .legend { font-size: 8.5pt; color: #333; margin: 2px 0; }
            svg text { font-family: "DejaVu Sans", Arial, sans-serif; fill: #111; }
            \(PrintedPage.signatureStyle)
            @media print { h2 { break-after: avoid; } tr { break-inside: avoid; } svg { break-inside: avoid; } }
            </style></head><body>
            <h1>\(htmlEscape(title))</h1>
            <p class="meta">\(htmlEscape(report.office))</p>
            <p class="meta">\(text(.period)): \(htmlEscape(renderer.period)) · \(text(.generatedSignedHistory)) · \(text(.reportPrintedOn)) \(htmlEscape(printedOn))</p>
            <p class="meta">\(htmlEscape(renderer.outcomes))</p>
            <h2>\(text(.timePerStepAgainstStandard))</h2>
            \(chart())
            <h2>\(text(.perStep2))</h2>
            \(PrintedPage.table(renderer.totalsHeader, report.byAction.map(renderer.totalCells), numeric: Set(1...7)))
            \(renderer.legend.map { "<p class=\"legend\">\(htmlEscape($0))</p>" }.joined())
            <h2>\(text(.perPerformer2))</h2>
            \(PrintedPage.table(renderer.performerHeader, report.byPerformer.map(renderer.performerCells), numeric: Set(2...6)))
            <h2>\(text(.everyStep))</h2>
            \(PrintedPage.table(renderer.header, report.rows.map(renderer.cells), highlight: report.rows.map { $0.onTime == false }))
            \(signature())
            </body></html>
            """
    }

    func signature() -> String {
        PrintedPage.signature(
            on: localTime(report.now, offsetSeconds: report.calendar.offsetSeconds).date, place: report.place,
            signatory: report.signatory, office: report.office, language: language)
    }

    /// Median and longest working time of each step (bars) against its
    /// standard (a dashed line), on an axis in working days.
    // long-function: one SVG drawn top to bottom (axis, bars, labels, legend); split, its coordinates would travel between functions.
    func chart() -> String {
        let items = report.byAction.filter { $0.finished > 0 }
        guard !items.isEmpty else { return "<p>\(text(.finishedStepsPeriod))</p>" }
        let days: (Int64?) -> Double = { Double($0 ?? 0) / 86400 }
        let longest = items.map { max(days($0.worst), Double($0.standardWorkingDays ?? 0)) }.max() ?? 1
        let tick = ReportPage.tickStep(longest)
        let top = max(tick, (longest / tick).rounded(.up) * tick)
        let (left, width, rowH) = (230.0, 640.0, 46.0)
        let height = Double(items.count) * rowH + 70
        func x(_ d: Double) -> Double { left + d / top * width }
        let medianWord = text(.median)
        let worstWord = text(.worst)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(left + width + 40))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(text(.timePerStepAgainstStandard))\">"
        var v = 0.0
        while v <= top + tick / 2 {
            let tx = x(v)
            svg += "<line x1=\"\(tx)\" y1=\"4\" x2=\"\(tx)\" y2=\"\(height - 52)\" stroke=\"#ccc\" stroke-width=\"1\"/>"
            svg +=
                "<text x=\"\(tx)\" y=\"\(height - 38)\" font-size=\"12\" text-anchor=\"middle\">\(ReportPage.number(v, language))</text>"
            v += tick
        }
        svg +=
            "<text x=\"\(left + width / 2)\" y=\"\(height - 22)\" font-size=\"12\" text-anchor=\"middle\">\(text(.reportAxisWorkingDays))</text>"
        for (i, t) in items.enumerated() {
            let y = 8 + Double(i) * rowH
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(htmlEscape(t.label))</text>"
            let worst = htmlEscape(renderer.dur(t.worst))
            let median = htmlEscape(renderer.dur(t.median))
            svg +=
                "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(max(1, x(days(t.worst)) - left))\" height=\"12\" fill=\"#f4a3a3\"><title>\(worstWord): \(worst)</title></rect>"
            let late = t.standardWorkingDays.map { days(t.median) > Double($0) } ?? false
            svg +=
                "<rect x=\"\(left)\" y=\"\(y + 18)\" width=\"\(max(1, x(days(t.median)) - left))\" height=\"14\" fill=\"\(late ? "#c0392b" : "#3a7d44")\"><title>\(medianWord): \(median)</title></rect>"
            svg +=
                "<text x=\"0\" y=\"\(y + 30)\" font-size=\"10.5\" fill=\"#333\">\(medianWord) \(median) · \(worstWord) \(worst)</text>"
            if let s = t.standardWorkingDays {
                svg +=
                    "<line x1=\"\(x(Double(s)))\" y1=\"\(y)\" x2=\"\(x(Double(s)))\" y2=\"\(y + 36)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"5 3\"><title>\(text(.standard)): \(htmlEscape(renderer.standard(s)))</title></line>"
            }
        }
        let ly = height - 6
        svg +=
            "<rect x=\"\(left)\" y=\"\(ly - 11)\" width=\"14\" height=\"12\" fill=\"#3a7d44\"/><text x=\"\(left + 20)\" y=\"\(ly)\" font-size=\"12\">\(medianWord)</text>"
        svg +=
            "<rect x=\"\(left + 110)\" y=\"\(ly - 11)\" width=\"14\" height=\"12\" fill=\"#f4a3a3\"/><text x=\"\(left + 130)\" y=\"\(ly)\" font-size=\"12\">\(worstWord)</text>"
        svg +=
            "<line x1=\"\(left + 230)\" y1=\"\(ly - 12)\" x2=\"\(left + 230)\" y2=\"\(ly + 1)\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"\(left + 238)\" y=\"\(ly)\" font-size=\"12\">\(text(.standard))</text>"
        return svg + "</svg>"
    }

    /// A round step for the axis: about five ticks over `longest` working days.
    static func tickStep(_ longest: Double) -> Double {
        let raw = max(longest, 0.25) / 5
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where raw <= m * magnitude { return m * magnitude }
        return 10 * magnitude
    }

    /// A tick's number: `0,5` in Indonesian, `0.5` in English; whole numbers without decimals.
    static func number(_ v: Double, _ language: Language) -> String {
        if v == v.rounded() { return String(Int(v)) }
        let s = String(format: "%g", v)
        return language == .en ? s : s.replacingOccurrences(of: ".", with: ",")
    }
}
