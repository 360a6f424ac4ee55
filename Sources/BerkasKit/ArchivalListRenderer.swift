import BerkasCore
import Foundation

/// `daftar-arsip` and `retensi` as a table, CSV, a workbook or a page to print
/// and sign (A4 landscape, numbered pages).
public struct ArchivalListRenderer {
    let lists: ArchivalLists
    let language: Language

    public init(lists: ArchivalLists, language: Language) {
        self.lists = lists
        self.language = language
    }

    func words(_ d: CalendarDate?) -> String { d?.words(language) ?? "-" }
    /// "Permintaan Reset Akun SPSE a.n. Budi Santoso, S.Kom. (RA-2026-0001)".
    func describe(_ e: ArchivalLists.Entry) -> String {
        KitText.archivalDescription(e.type.schema.title, e.name, e.id).text(language)
    }
    func columns(_ t: KitText) -> [String] { t().text(language).components(separatedBy: "|") }

    // MARK: Daftar arsip aktif

    /// No, classification code, description, period, quantity, level of development, retention, remarks.
    func activeRow(_ n: Int, _ e: ArchivalLists.Entry) -> [String] {
        let a = e.type.archival
        let period = words(e.registered) + " – " + (e.closed.map(words) ?? KitText.archivalInProcess().text(language))
        var remarks = [e.statusLabel]
        if let a { remarks.append(KitText.archivalAccess(a.accessClass.rawValue).text(language)) }
        if let until = e.activeUntil {
            remarks.append(
                (until < lists.today
                    ? KitText.archivalInactiveSince(words(CalendarDate(daysSinceEpoch: until.daysSinceEpoch + 1)))
                    : KitText.archivalActiveUntil(words(until))).text(language))
        }
        return [
            String(n), a?.classificationCode ?? "-", describe(e), period, KitText.archivalOneFile().text(language),
            KitText.archivalOriginal().text(language), a?.retentionText ?? "-", remarks.joined(separator: "; ")
        ]
    }

    public func active(
        year: Int?, all: Bool, format: String, separator: Character = ",", byteOrderMark: Bool = true
    ) -> String {
        let entries = lists.active(year: year, on: lists.today, all: all)
        let head = columns(.archivalActiveColumns)
        let rows = entries.enumerated().map { activeRow($0.offset + 1, $0.element) }
        let title = KitText.archivalActiveTitle().text(language)
        let subtitle = [lists.office, year.map { KitText.archivalYear(String($0)).text(language) }].compactMap { $0 }
            .joined(separator: " · ")
        switch format {
        case "csv": return CSV.render([head] + rows, separator: separator, byteOrderMark: byteOrderMark)
        case "html": return page(title: title, subtitle: subtitle, sections: [(nil, head, rows)])
        default:
            let list =
                rows.isEmpty
                ? KitText.records().text(language) : Table.render([head] + rows.map { $0.map(TerminalSafe.escape) })
            return title + " — " + subtitle + "\n\n" + list
        }
    }

    public func activeWorkbook(year: Int?, all: Bool) -> Spreadsheet {
        let entries = lists.active(year: year, on: lists.today, all: all)
        let rows = entries.enumerated().map { n, e -> [Spreadsheet.Cell] in
            activeRow(n + 1, e).enumerated().map { c, v in c == 0 ? .number(Double(n + 1)) : .text(v) }
        }
        return Spreadsheet(sheets: [
            .init(
                name: KitText.archivalActiveTitle().text(language), header: columns(.archivalActiveColumns),
                widths: [5, 10, 50, 34, 9, 12, 26, 40], rows: rows)
        ])
    }

    // MARK: Retensi

    func dueRow(_ n: Int, _ e: ArchivalLists.Entry) -> [String] {
        [
            String(n), e.type.archival?.classificationCode ?? "-", describe(e), words(e.closed),
            words(e.activeUntil), words(e.keptUntil), e.type.archival?.finalDisposition.rawValue ?? "-"
        ]
    }

    /// The sections of `retensi`: their headings and rows.
    func dueSections(on day: CalendarDate) -> [(String, [[String]])] {
        let due = lists.due(on: day)
        let parts: [(KitText, [ArchivalLists.Entry])] = [
            (.archivalToInactive, due.toInactive), (.archivalToDestroy, due.toDestroy),
            (.archivalToKeep, due.toKeepPermanently), (.archivalToReassess, due.toReassess)
        ]
        return parts.map { text, entries in
            (
                text(String(entries.count)).text(language),
                entries.enumerated().map { dueRow($0.offset + 1, $0.element) }
            )
        }
    }

    public func due(
        on day: CalendarDate, format: String, separator: Character = ",", byteOrderMark: Bool = true
    ) -> String {
        let head = columns(.archivalDueColumns)
        let sections = dueSections(on: day)
        let title = KitText.archivalDueTitle(words(day)).text(language)
        switch format {
        case "csv":
            let rows = sections.flatMap { heading, rows in rows.map { [heading] + $0 } }
            return CSV.render(
                [[KitText.archivalGroup().text(language)] + head] + rows, separator: separator,
                byteOrderMark: byteOrderMark)
        case "html":
            return page(
                title: title, subtitle: lists.office, sections: sections.map { ($0.0, head, $0.1) },
                after: destructionRecord(on: day))
        default:
            var out = title + " — " + lists.office + "\n"
            for (heading, rows) in sections {
                out += "\n" + heading + "\n"
                if !rows.isEmpty { out += Table.render([head] + rows.map { $0.map(TerminalSafe.escape) }) + "\n" }
            }
            return out + "\n" + KitText.archivalDueHint().text(language)
        }
    }

    /// The draft of the berita acara for the records whose retention ended with `musnah`.
    func destructionRecord(on day: CalendarDate) -> String {
        let count = lists.due(on: day).toDestroy.count
        guard count > 0 else { return "" }
        let s = lists.signatory
        let text = KitText.archivalMinutes(
            lists.office, String(count), s?.name ?? "", s?.nip ?? "", s?.position ?? ""
        ).text(language)
        return "<div class=\"ba\">" + text.components(separatedBy: "\n").map { "<p>\(htmlEscape($0))</p>" }.joined()
            + "</div>"
    }

    /// A list to print: title, sections of tables, what follows them, and the signature block.
    func page(title: String, subtitle: String, sections: [(String?, [String], [[String]])], after: String = "")
        -> String
    {
        let body = sections.map { heading, head, rows in
            (heading.map { "<h2>\(htmlEscape($0))</h2>" } ?? "") + PrintedPage.table(head, rows, numeric: [0])
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(KitText.htmlLanguage().text(language))"><head><meta charset="utf-8"><title>\(htmlEscape(title + " — " + subtitle))</title>
            <style>
            @page { size: A4 landscape; margin: 12mm 12mm 16mm 12mm; \(PrintedPage.foot(left: title + " — " + lists.office, language: language)) }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; margin: 0; }
            h1 { font-size: 14pt; text-align: center; margin: 0 0 2px; } .sub { text-align: center; margin: 0 0 10px; }
            h2 { font-size: 11pt; margin: 14px 0 4px; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #666; padding: 2px 5px; text-align: left; vertical-align: top; }
            th { background: #e8e8e8; } td.n { text-align: right; } tr { break-inside: avoid; }
            .ba { break-before: page; font-family: "DejaVu Serif", serif; font-size: 11pt; max-width: 200mm; margin: 0 auto; }
            \(PrintedPage.signatureStyle)
            </style></head><body>
            <h1>\(htmlEscape(title))</h1><p class="sub">\(htmlEscape(subtitle))</p>
            \(body)
            \(PrintedPage.signature(on: lists.today, place: lists.place, signatory: lists.signatory, office: lists.office, language: language))
            \(after)
            </body></html>
            """
    }
}
