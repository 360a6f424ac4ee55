import BerkasCore
import BerkasGit
import Foundation
import Ink

/// `berkas render ID`: the type's letter form (`surat.md`) filled from the
/// record — page 1 the letter as the SOP gives it, then its data items — and
/// after them every field the form does not print, the attachments and the
/// signed timeline, for the paper file.
///
/// The form's slots: `{{key}}` is a field as printed (a phone number grouped,
/// a yes/no field in words); `{{key=value}}` is a box, ☑ when the field holds
/// that value and ☐ when not (the SOP's "pilih salah satu"); `{{tempat_tanggal}}`
/// is the place and date line; `<!-- halaman baru -->` starts a new printed page.
public struct RenderService {
    public init() {}

    /// The line in a letter form where a new printed page begins.
    static let pageBreak = "<!-- halaman baru -->"

    public func run(archive: Archive, idText: String, format: String, language: Language, keyFlag: String? = nil)
        throws -> String
    {
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        let (type, id, path) = try archive.locate(idText, rules: rules, at: head)
        guard
            let template = try archive.repo.file(at: ".berkas/types/\(type.name)/surat.md", in: head).flatMap(
                UTF8Text.decode)
        else {
            throw BerkasError.user(.invalid, KitText.typeSuratMd(type.name))
        }
        guard let data = try archive.repo.file(at: path, in: head),
            case .success(let doc) = FrontMatterParser.parse(data, file: path)
        else {
            throw BerkasError.internalFailure("\(path) cannot be read")
        }
        var values = Self.values(of: doc, type: type, config: rules.config, language: language)
        if let archival = type.archival, !archival.mayReadWhole(archive.readerRoles(keyFlag: keyFlag, rules: rules)) {
            for key in archival.personalFields { values[key] = values[key].map(Archival.masked) }
        }
        let letter = Letter(html: format == "html", language: language, zone: rules.config.zone, values: values)
        let form = template.replacingOccurrences(of: "\r\n", with: "\n")
        var text = letter.fill(form)
        if !form.contains(Self.pageBreak) { text += "\n\n" + Self.pageBreak + "\n" }
        text += letter.remainingFields(id: id, type: type, printed: Letter.slots(in: form))
        text += letter.attachments(type: type)
        text += letter.timeline(try LogService().run(archive: archive, idText: id.description))
        guard letter.html else { return Letter.letterhead(markdown: rules.config.letterhead) + text }
        return Letter.page(
            markdown: text, letterhead: rules.config.letterhead, title: type.schema.title + " — " + id.description,
            id: id, language: language)
    }

    /// The letter's values by key: the record's fields as printed, and the ones
    /// the letter form adds (the office, the place and date).
    static func values(of doc: FrontMatterDocument, type: RecordType, config: OfficeConfig, language: Language)
        -> [String: String]
    {
        var values: [String: String] = [:]
        for entry in doc.entries {
            switch entry.value {
            case .scalar(let s): values[entry.key] = s
            case .list(let l): values[entry.key] = l.joined(separator: ", ")
            }
        }
        if let t = values["telepon"], case .success(let p) = PhoneNumber.parse(t) { values["telepon"] = p.display }
        for spec in type.schema.fields where spec.type == .bool {
            values[spec.key] = (values[spec.key] == "true" ? KitText.yes() : KitText.no()).text(language)
        }
        let date = CalendarDate(iso: values["tanggal_surat"] ?? "")?.words(language)
        for spec in type.schema.fields where spec.type == .date {
            if let d = values[spec.key].flatMap(CalendarDate.init(iso:)) { values[spec.key] = d.words(language) }
        }
        values["kantor"] = config.office
        // Slots of the form archives made before the SOP's own wording: their letters still print whole.
        values["instansi"] = (values["alamat_instansi"] ?? "").components(separatedBy: ",").first ?? ""
        let roleChoices = type.schema.field("peran")?.values ?? []
        values["peran_pilihan"] = roleChoices.map { ($0 == values["peran"] ? "☑ " : "☐ ") + $0 }.joined(
            separator: "   ")
        let attachments = type.schema.fields.filter { $0.type == .attachment && !(values[$0.key] ?? "").isEmpty }
        values["jumlah_lampiran"] = attachments.isEmpty ? "-" : "\(attachments.count) berkas"
        let place = values["tempat_surat"].flatMap { $0.isEmpty ? nil : $0 } ?? config.place
        values["tempat_tanggal"] = [place, date].compactMap { $0 }.joined(separator: ", ")
        return values
    }
}

/// The letter as Markdown (or, for `html`, Markdown made safe for a page).
private struct Letter {
    let html: Bool
    let language: Language
    let zone: OfficeZone
    let values: [String: String]

    /// A value made safe for Markdown (and, for HTML, for the page).
    func safe(_ s: String) -> String {
        var v = TerminalSafe.escape(s)
        if html { v = htmlEscape(v) }
        var out = ""
        for ch in v {
            if "\\`*_[]<>|#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out.replacingOccurrences(of: "\n", with: " ")
    }

    /// The keys of the slots in a form (`{{key}}` and `{{key=value}}`).
    static func slots(in template: String) -> Set<String> {
        var keys: Set<String> = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let slot = rest[open.upperBound..<close.lowerBound]
            keys.insert(
                String(slot.split(separator: "=", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return keys
    }

    /// The form with each slot filled: `{{key}}` by its value, `{{key=value}}` by ☑ or ☐.
    func fill(_ template: String) -> String {
        var text = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            text += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let slot = rest[open.upperBound..<close.lowerBound].split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if slot.count == 2 {
                text += values[slot.first ?? ""] == slot[1] ? "☑" : "☐"
            } else {
                text += safe(values[slot.first ?? ""] ?? "")
            }
            rest = rest[close.upperBound...]
        }
        return text + rest
    }

    /// The record's fields the form does not print (its number, status, the
    /// later steps' fields), so that the paper file holds every field.
    func remainingFields(id: RecordID, type: RecordType, printed: Set<String>) -> String {
        var text = "\n\n## " + KitText.renderRecordData(id.description).text(language) + "\n\n"
        text += "| " + KitText.renderFieldColumns().text(language).replacingOccurrences(of: "|", with: " | ")
        text += " |\n|---|---|\n"
        for spec in type.schema.fields where !printed.contains(spec.key) && spec.type != .attachment {
            guard let v = values[spec.key], !v.isEmpty else { continue }
            text += "| \(safe(spec.label)) | \(safe(v)) |\n"
        }
        return text
    }

    /// The record's attachments (scans under `lampiran/<ID>/`).
    func attachments(type: RecordType) -> String {
        let text = "\n## " + KitText.renderAttachments().text(language) + "\n\n"
        let attachments = type.schema.fields.filter { $0.type == .attachment && !(values[$0.key] ?? "").isEmpty }
        if attachments.isEmpty { return text + KitText.renderNoAttachments().text(language) + "\n" }
        return text + attachments.map { "- \(safe($0.label)): \(safe(values[$0.key] ?? ""))\n" }.joined()
    }

    /// The record's signed steps, each with its verdict.
    func timeline(_ entries: [LogService.Entry]) -> String {
        var text = "\n## " + KitText.renderTimeline().text(language) + "\n\n"
        let columns = KitText.renderTimelineColumns().text(language).components(separatedBy: "|")
        text +=
            "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
        for e in entries {
            let move = e.to.map { to in e.from.map { "\($0) → \(to)" } ?? "→ \(to)" } ?? ""
            let verdict =
                e.violations.isEmpty
                ? KitText.renderValid().text(language)
                : KitText.renderNotValid(e.violations.map(\.rule).joined(separator: ", ")).text(language)
            let offset = zone.offsetSeconds(at: e.seconds)
            let local = LocalTime(e.seconds, offsetSeconds: offset)
            let when =
                local.date.words(language, secondOfDay: local.secondOfDay) + " "
                + zone.abbreviation(at: e.seconds, language: language)
            text += "| \(safe(when)) | \(safe(e.action)) (\(safe(move))) | \(safe(e.actor)) | \(safe(e.role))"
            text += " | \(e.commit) | \(verdict) |\n"
        }
        return text
    }

    /// The letterhead as Markdown: its lines in bold, a rule below.
    static func letterhead(markdown lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return lines.map { "**" + TerminalSafe.escape($0) + "**  " }.joined(separator: "\n") + "\n\n---\n\n"
    }

    /// The Markdown as printable A4 pages: the letter on page 1, the rest from
    /// page 2; every page numbered, with the record's number at its foot.
    static func page(markdown: String, letterhead: [String], title: String, id: RecordID, language: Language)
        -> String
    {
        let body = MarkdownParser().html(from: markdown).replacingOccurrences(
            of: RenderService.pageBreak, with: "<div class=\"halaman-baru\"></div>")
        let kop =
            letterhead.isEmpty
            ? ""
            : "<div class=\"kop\">" + letterhead.map { htmlEscape(TerminalSafe.escape($0)) }.joined(separator: "<br>")
                + "</div>"
        let foot = PrintedPage.foot(left: KitText.renderPageFoot(id.description).text(language), language: language)
        return """
            <!DOCTYPE html>
            <html lang="\(KitText.htmlLanguage().text(language))"><head><meta charset="utf-8"><title>\(htmlEscape(TerminalSafe.escape(title)))</title>
            <style>
            @page { size: A4; margin: 18mm 20mm 20mm 20mm;
              \(foot) }
            body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11.5pt; line-height: 1.45; color: #000; max-width: 170mm; margin: 0 auto; }
            .kop { text-align: center; font-weight: bold; line-height: 1.3; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 14px; }
            h1 { font-size: 13pt; text-align: center; text-decoration: underline; margin: 18px 0; }
            h2 { font-size: 11.5pt; margin-top: 18px; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0; }
            td, th { padding: 2px 6px; vertical-align: top; text-align: left; }
            h1 + p + table td:first-child { width: 38mm; } h1 + p + table td:nth-child(2) { width: 4mm; }
            h2 ~ table td, h2 ~ table th { border: 1px solid #666; font-size: 9.5pt; }
            h2 ~ p { margin: 6px 0; } h2 { margin: 14px 0 4px; }
            table:last-of-type td, table:last-of-type th { font-size: 8.5pt; }
            table:last-of-type td:nth-child(1) { width: 30mm; } table:last-of-type td:nth-child(2) { width: 34mm; }
            table:last-of-type td:nth-child(4) { width: 22mm; } table:last-of-type td:nth-child(5) { width: 20mm; }
            h2 ~ table th:empty { display: none; }
            .halaman-baru { break-before: page; }
            @media print { tr { break-inside: avoid; } h2 { break-after: avoid; } }
            </style></head><body>
            \(kop)
            \(body)
            </body></html>
            """
    }
}
