import BerkasCore
import Foundation

/// What every printed page (a letter, a report, an archive list) shares: the
/// foot with the page number, tables, and the signature block.
enum PrintedPage {
    /// CSS page-margin boxes: `left` at the bottom left, "Halaman N dari M" at the bottom right.
    static func foot(left: String, language: Language) -> String {
        let pageOf = cssString(KitText.pageOf().text(language))
            .replacingOccurrences(of: "{1}", with: "\" counter(page) \"")
            .replacingOccurrences(of: "{2}", with: "\" counter(pages) \"")
        let font = "font: 8pt \"DejaVu Sans\", sans-serif; color: #444;"
        return "@bottom-left { content: \(cssString(left)); \(font) } @bottom-right { content: \(pageOf); \(font) }"
    }

    /// A CSS string literal.
    static func cssString(_ s: String) -> String {
        "\""
            + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\""
    }

    /// An HTML table; rows marked in `highlight` get the class `late`, columns in `numeric` align right.
    static func table(_ head: [String], _ rows: [[String]], highlight: [Bool] = [], numeric: Set<Int> = []) -> String {
        var h = "<table><thead><tr>" + head.map { "<th>\(htmlEscape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (i, r) in rows.enumerated() {
            let cls = highlight.indices.contains(i) && highlight[i] ? " class=\"late\"" : ""
            h += "<tr\(cls)>"
            for (c, cell) in r.enumerated() {
                h += numeric.contains(c) ? "<td class=\"n\">\(htmlEscape(cell))</td>" : "<td>\(htmlEscape(cell))</td>"
            }
            h += "</tr>"
        }
        return h + "</tbody></table>"
    }

    /// "Mengetahui," the signatory's position, a space to sign, name and NIP
    /// (dotted lines when the settings leave them empty), under the place and date.
    static func signature(
        on date: CalendarDate, place: String?, signatory: OfficeConfig.Signatory?, office: String, language: Language
    ) -> String {
        let placeDate = [place, date.words(language)].compactMap { $0 }.joined(separator: ", ")
        let position = signatory?.position ?? KitText.reportHeadOf(office).text(language)
        let name = signatory.flatMap { $0.name.isEmpty ? nil : $0.name }
        let nip = signatory?.nip ?? ""
        return """
            <div class="ttd"><div>\(htmlEscape(placeDate))</div><div>\(htmlEscape(KitText.reportAcknowledged().text(language)))</div>
            <div>\(htmlEscape(position))</div><div class="space"></div>
            <div class="name">\(htmlEscape(name ?? "(" + String(repeating: ".", count: 40) + ")"))</div>
            <div>NIP \(htmlEscape(nip.isEmpty ? String(repeating: ".", count: 30) : nip))</div></div>
            """
    }

    /// The CSS of the signature block.
    static let signatureStyle =
        ".ttd { width: 80mm; margin: 18px 0 0 auto; break-inside: avoid; } .ttd .space { height: 20mm; } .ttd .name { font-weight: bold; text-decoration: underline; }"
}
