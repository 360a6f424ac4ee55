import BerkasCore
import BerkasGit
import Foundation
import Ink

/// `berkas render ID`: the SURAT PERMINTAAN RESET AKUN filled from the record,
/// with its data, attachments and the signed timeline, for the paper file.
public struct RenderService {
    public init() {}

    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember"
    ]

    public func run(archive: Archive, idText: String, format: String, language: Language) throws -> String {
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
        let letter = Letter(
            html: format == "html", values: Self.values(of: doc, type: type, office: rules.config.office))
        var text = letter.fill(template)
        text += letter.appendix(id: id, type: type)
        text += letter.timeline(try LogService().run(archive: archive, idText: id.description))
        return letter.html ? Letter.page(markdown: text, id: id) : text
    }

    /// The letter's values by key: the record's fields as printed, and the ones
    /// the letter form adds (the office, the chosen role, the place and date).
    static func values(of doc: FrontMatterDocument, type: RecordType, office: String) -> [String: String] {
        var values: [String: String] = [:]
        for entry in doc.entries {
            switch entry.value {
            case .scalar(let s): values[entry.key] = s
            case .list(let l): values[entry.key] = l.joined(separator: ", ")
            }
        }
        if let t = values["telepon"], case .success(let p) = PhoneNumber.parse(t) { values["telepon"] = p.display }
        values["kantor"] = office
        values["instansi"] = (values["alamat_instansi"] ?? "").components(separatedBy: ",").first ?? ""
        let yesNo: (String?) -> String = { $0 == "true" ? "ya" : "tidak" }
        values["perubahan_data"] = yesNo(values["perubahan_data"])
        values["identitas_asli_diperiksa"] = yesNo(values["identitas_asli_diperiksa"])
        let roleChoices = type.schema.field("peran")?.values ?? []
        values["peran_pilihan"] = roleChoices.map { ($0 == values["peran"] ? "☑ " : "☐ ") + $0 }.joined(
            separator: "   ")
        let attachments = type.schema.fields.filter { $0.type == .attachment && !(values[$0.key] ?? "").isEmpty }
        values["jumlah_lampiran"] = attachments.isEmpty ? "-" : "\(attachments.count) berkas"
        if let d = CalendarDate(iso: values["tanggal_surat"] ?? "") {
            values["tempat_tanggal"] = "\(d.day) \(RenderService.months[d.month - 1]) \(d.year)"
        }
        return values
    }
}

/// The letter as Markdown (or, for `html`, Markdown made safe for a page).
private struct Letter {
    let html: Bool
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

    /// The letter form with each `{{ key }}` replaced by its value.
    func fill(_ template: String) -> String {
        var text = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            text += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            text += safe(values[key] ?? "")
            rest = rest[close.upperBound...]
        }
        return text + rest
    }

    /// The record's data and attachments, for the paper file.
    func appendix(id: RecordID, type: RecordType) -> String {
        var text = "\n\n## Data berkas \(id)\n\n| Kolom | Isi |\n|---|---|\n"
        for spec in type.schema.fields {
            guard let v = values[spec.key], !v.isEmpty else { continue }
            text += "| \(safe(spec.label)) | \(safe(v)) |\n"
        }
        text += "\n## Lampiran\n\n"
        let attachments = type.schema.fields.filter { $0.type == .attachment && !(values[$0.key] ?? "").isEmpty }
        if attachments.isEmpty { return text + "Tidak ada lampiran.\n" }
        return text + attachments.map { "- \(safe($0.label)): \(safe(values[$0.key] ?? ""))\n" }.joined()
    }

    /// The record's signed steps, each with its verdict.
    func timeline(_ entries: [LogService.Entry]) -> String {
        var text = "\n## Riwayat langkah (bertanda tangan)\n\n"
        text += "| Waktu | Langkah | Pelaksana | Peran | Commit | Tanda tangan |\n|---|---|---|---|---|---|\n"
        for e in entries {
            let move = e.to.map { to in e.from.map { "\($0) → \(to)" } ?? "→ \(to)" } ?? ""
            let verdict =
                e.violations.isEmpty ? "sah" : "TIDAK SAH (" + e.violations.map(\.rule).joined(separator: ", ") + ")"
            text += "| \(safe(e.time)) | \(safe(e.action)) (\(safe(move))) | \(safe(e.actor)) | \(safe(e.role))"
            text += " | \(e.commit) | \(verdict) |\n"
        }
        return text
    }

    /// The Markdown as a printable A4 page.
    static func page(markdown: String, id: RecordID) -> String {
        let body = MarkdownParser().html(from: markdown)
        return """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>\(htmlEscape("Surat Permintaan Reset Akun — \(id)"))</title>
            <style>
            @page { size: A4; margin: 20mm 18mm; }
            body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 11.5pt; line-height: 1.45; color: #000; max-width: 170mm; margin: 12mm auto; }
            h1 { font-size: 13pt; text-align: center; text-decoration: underline; margin: 18px 0; }
            h2 { font-size: 11.5pt; margin-top: 22px; border-bottom: 1px solid #000; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0; }
            td, th { padding: 2px 6px; vertical-align: top; text-align: left; }
            h2 + table td, h2 + table th { border: 1px solid #666; font-size: 10pt; }
            hr { border: 0; border-top: 1px solid #000; margin: 18px 0; }
            @media print { h2 { break-before: page; } h2 ~ h2 { break-before: avoid; } tr { break-inside: avoid; } }
            </style></head><body>
            \(body)
            </body></html>
            """
    }
}
