import BerkasCore
internal import CXlsxWriter
import Foundation

/// A workbook (`.xlsx`) written with libxlsxwriter, whose cells keep their
/// types: a NIP, a phone number or a record number is a text cell (a
/// spreadsheet would turn an 18-digit NIP into `1.97001E+17` and lose its last
/// digits), a moment is a date cell, a duration a number.
public struct Spreadsheet {
    public enum Cell {
        case text(String)
        case number(Double)
        /// A local date and time (seconds since midnight), or a date alone.
        case date(CalendarDate, secondOfDay: Int?)
        case empty
    }

    public struct Sheet {
        public let name: String
        public let header: [String]
        /// Column widths in characters, one per header cell.
        public let widths: [Double]
        public let rows: [[Cell]]
    }

    public let sheets: [Sheet]

    /// The workbook's bytes. libxlsxwriter writes only to a file: it is made in
    /// the temporary folder and removed at once.
    public func bytes() throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "berkas-\(getpid())-\(UUID().uuidString).xlsx"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(to: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BerkasError.internalFailure("the workbook \(path) cannot be read back")
        }
        return [UInt8](data)
    }

    // long-function: the workbook, its formats and every sheet written in the order libxlsxwriter takes them.
    func write(to path: String) throws {
        guard let workbook = workbook_new(path) else {
            throw BerkasError.internalFailure("libxlsxwriter cannot create \(path)")
        }
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        format_set_bg_color(bold, 0xE8E8E8)
        let dateTime = workbook_add_format(workbook)
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm")
        let dateOnly = workbook_add_format(workbook)
        format_set_num_format(dateOnly, "yyyy-mm-dd")
        let decimal = workbook_add_format(workbook)
        format_set_num_format(decimal, "0.00")
        let textFormat = workbook_add_format(workbook)
        format_set_num_format(textFormat, "@")
        var failed: lxw_error = LXW_NO_ERROR
        func check(_ e: lxw_error) { if e != LXW_NO_ERROR && failed == LXW_NO_ERROR { failed = e } }
        for sheet in sheets {
            guard let ws = workbook_add_worksheet(workbook, Self.sheetName(sheet.name)) else { continue }
            for (c, width) in sheet.widths.enumerated() {
                check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nil))
            }
            for (c, title) in sheet.header.enumerated() {
                check(worksheet_write_string(ws, 0, lxw_col_t(c), Self.cellText(title), bold))
            }
            worksheet_freeze_panes(ws, 1, 0)
            for (r, row) in sheet.rows.enumerated() {
                let at = lxw_row_t(r + 1)
                for (c, cell) in row.enumerated() {
                    let col = lxw_col_t(c)
                    switch cell {
                    case .text(let s): check(worksheet_write_string(ws, at, col, Self.cellText(s), textFormat))
                    case .number(let n): check(worksheet_write_number(ws, at, col, n, decimal))
                    case .date(let d, let second) where (1900...9999).contains(d.year):
                        var dt = lxw_datetime(
                            year: Int32(d.year), month: Int32(d.month), day: Int32(d.day),
                            hour: Int32((second ?? 0) / 3600), min: Int32((second ?? 0) % 3600 / 60), sec: 0)
                        check(worksheet_write_datetime(ws, at, col, &dt, second == nil ? dateOnly : dateTime))
                    case .date(let d, let second):
                        check(worksheet_write_string(ws, at, col, d.text(secondOfDay: second), textFormat))
                    case .empty: break
                    }
                }
            }
            if !sheet.header.isEmpty {
                check(
                    worksheet_autofilter(
                        ws, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(sheet.header.count - 1)))
            }
        }
        let closed = workbook_close(workbook)
        guard failed == LXW_NO_ERROR, closed == LXW_NO_ERROR else {
            let e = failed != LXW_NO_ERROR ? failed : closed
            throw BerkasError.internalFailure(
                "libxlsxwriter: " + String(cString: lxw_strerror(e)) + " (\(path))")
        }
    }

    /// A worksheet's name as a spreadsheet takes it: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ s: String) -> String {
        String(s.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    /// A cell's text: at most 32,767 characters (the format's limit), no NUL.
    static func cellText(_ s: String) -> String {
        let clean = s.contains("\u{0}") ? s.replacingOccurrences(of: "\u{0}", with: "") : s
        return clean.count > 32767 ? String(clean.prefix(32767)) : clean
    }
}
