import Testing

@testable import BerkasCore

@Suite("The holiday list: as kept and as the SKB publishes it")
struct PublishedHolidayListTests {
    func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    @Test func theSKBsTableIsReadLineByLine() throws {
        let text = """
            \u{FEFF}HARI LIBUR NASIONAL\r
            No.|Tanggal|Hari|Keterangan\r
            1.|1 Januari 2027|Jumat|Tahun Baru 2027 Masehi\r
            2.|9-10 Maret 2027|Selasa-Rabu|Idul Fitri 1448 Hijriah\r
            3) 10/03/2027 Rabu "Hari Suci Nyepi"\r
            2027-05-06, Kenaikan Yesus Kristus\r
            """
        let entries = try HolidayList.parsePublished(text, file: "skb.txt")
        #expect(
            entries == [
                .init(date: day("2027-01-01"), name: "Tahun Baru 2027 Masehi"),
                .init(date: day("2027-03-09"), name: "Idul Fitri 1448 Hijriah"),
                .init(date: day("2027-03-10"), name: "Idul Fitri 1448 Hijriah"),
                .init(date: day("2027-03-10"), name: "Hari Suci Nyepi"),
                .init(date: day("2027-05-06"), name: "Kenaikan Yesus Kristus")
            ])
    }

    @Test func aLineWithADigitButNoDateIsRefusedWithItsLine() {
        for line in ["Nyepi: 31 Februari 2027", "Nomor 3 Tahun 2026", "2027-03-10"] {
            #expect(throws: ConfigError.self, "\(line)") { try HolidayList.parsePublished("Judul\n" + line, file: "f") }
            do {
                _ = try HolidayList.parsePublished("Judul\n" + line, file: "f")
            } catch {
                #expect(error.message.id.hasPrefix("baris 2: "), "\(error.message.id)")
            }
        }
    }

    @Test func theFileKeepsItsHeaderAndListsTheHolidaysInDateOrder() {
        let old = "# Hari libur\n# SKB\n\n2026-01-01: \"Tahun Baru\"\n"
        let text = HolidayList.text(
            keepingHeaderOf: old, entries: [day("2027-03-10"): "Nyepi \"Saka\"", day("2026-01-01"): "Tahun Baru"])
        #expect(text == "# Hari libur\n# SKB\n2026-01-01: \"Tahun Baru\"\n2027-03-10: \"Nyepi \\\"Saka\\\"\"\n")
        #expect(HolidayList.hasMovable([day("2027-03-10"): "Nyepi"], year: 2027))
        #expect(!HolidayList.hasMovable([day("2027-12-25"): "Natal", day("2027-01-01"): "Tahun Baru"], year: 2027))
    }
}
