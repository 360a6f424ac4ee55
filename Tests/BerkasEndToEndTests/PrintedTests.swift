import Foundation
import Testing

/// What the office prints and opens, checked as a person would: the letter and
/// the report printed by a real browser (Debian's Chromium) to PDF and read
/// back page by page (poppler's pdftotext), the workbook read back by an
/// independent reader (openpyxl). `scripts/ensure-deps.sh --tests` installs them.
@Suite("End to end: printed letter, printed report, spreadsheets")
struct PrintedTests {
    let now = ["BERKAS_NOW": "2026-12-29T08:00:00+07:00"]

    /// A shell command line with each word quoted.
    static func shell(_ words: [String]) -> String {
        words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// Prints an HTML file to PDF with headless Chromium; returns each page's text.
    func printed(_ s: Sandbox, html: String, name: String) throws -> [String] {
        let htmlPath = s.dir + "/\(name).html"
        let pdf = s.dir + "/\(name).pdf"
        try html.write(toFile: htmlPath, atomically: true, encoding: .utf8)
        let browser = try s.run([
            "timeout", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf)", "file://\(htmlPath)"
        ])
        #expect(browser.status == 0, "chromium: \(browser.stderr)")
        let info = try s.run(["pdfinfo", pdf])
        #expect(info.status == 0, "pdfinfo: \(info.stderr)")
        let count = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
            Int($0.split(separator: " ").last ?? "")
        }
        #expect(info.stdout.contains("(A4)"), "\(info.stdout)")
        return try (1...(try #require(count))).map { page in
            try s.run(["pdftotext", "-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
        }
    }

    /// The lines of a page that hold text, without the running foot (page number).
    static func bodyLines(_ page: String) -> [String] {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{0C}"])) }.filter
        {
            !$0.isEmpty && !$0.contains("Halaman ")
        }
    }

    @Test func theLetterPrintsAsTheSOPFormOnOnePageAndEveryFieldAfterIt() throws {
        let s = try ReportEndToEndTests().office()
        let letter = try s.berkas(["-C", "arsip", "render", Sandbox.rid(1), "--format", "html"])
        #expect(letter.status == 0, "\(letter.stderr)")
        let pages = try printed(s, html: letter.stdout, name: "surat")
        #expect(pages.count == 2, "the letter on page 1, its data and timeline on page 2: \(pages.count) pages")
        let first = try #require(pages.first)
        let lines = Self.bodyLines(first)
        // The SOP's letter, line by line in its order, with the record's data in the slots.
        let expected: [[String]] = [
            ["PEMERINTAH KABUPATEN PONOROGO"], ["SURAT PERMINTAAN RESET AKUN"],
            ["Saya yang bertanda tangan dibawah ini:"], ["Nama", ":", "Budi Santoso, S.Kom."],
            ["NIP", ":", "198507122010011003"], ["Pangkat/Golongan", ":", "Penata Muda Tingkat I (III/b)"],
            ["No. Telepon", ":", "0812-3456-7890"], ["Alamat email", ":", "budi.santoso@ponorogo.go.id"],
            ["Alamat Instansi", ":", "Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo"],
            ["Memohon untuk melakukan reset akun pada aplikasi SPSE"], ["Demikian surat permintaan reset akun ini"],
            ["Ponorogo, \(Sandbox.letterDate.suffix(2)) November \(Sandbox.year)"], ["Hormat Saya,"],
            ["Budi Santoso, S.Kom."], ["Kepala Seksi Sarana Prasarana"]
        ]
        var at = lines.startIndex
        for parts in expected {
            // Every part on one line, in the order written.
            let found = lines[at...].firstIndex { line in
                var rest = Substring(line)
                for part in parts {
                    guard let r = rest.range(of: part) else { return false }
                    rest = rest[r.upperBound...]
                }
                return true
            }
            #expect(found != nil, "page 1 lacks \(parts) after line \(at): \(lines)")
            at = (found ?? at) + 1
        }
        for later in ["KELENGKAPAN", "Data pencatatan", "Lampiran", "Riwayat langkah"] {
            #expect(!first.contains(later), "page 1 holds the letter alone, not \(later)")
        }
        let whole = pages.joined(separator: "\n")
        for text in [
            "KELENGKAPAN DATA UNTUK RESET AKUN", "☑ Pejabat Pembuat Komitmen", "☐ Pokja Pemilihan", "PBJ.2019.0001234",
            "188.45/123/405.07/\(Sandbox.year)", "027/2026-11-27T15:00:00", Sandbox.rid(1), "diperintahkan",
            "Riwayat langkah", "Drs. Ahmad Fauzi", "Halaman 2 dari 2"
        ] {
            #expect(whole.contains(text), "the printed letter lacks \"\(text)\"")
        }
        for (n, page) in pages.enumerated() {
            #expect(Self.bodyLines(page).count >= 3, "page \(n + 1) holds a stray line: \(page)")
        }
    }

    @Test func theReportPrintsWithPageNumbersLegendAndASignatureBlock() throws {
        let s = try ReportEndToEndTests().office()
        let report = try s.berkas(["-C", "arsip", "report", "--format", "html"], extraEnv: now)
        #expect(report.status == 0, "\(report.stderr)")
        let pages = try printed(s, html: report.stdout, name: "laporan")
        let whole = pages.joined(separator: "\n")
        for text in [
            "Laporan Kepatuhan Mutu Baku", "Periode: seluruh riwayat", "Permintaan yang diterima dalam periode ini: 3",
            "hk = hari kerja", "Jumlah = selesai + berjalan", "waktu kerja (hari kerja)", "Disposisi surat permintaan",
            "197001011995031001", "Halaman 1 dari \(pages.count)", "29 Desember 2026"
        ] {
            #expect(whole.contains(text), "the printed report lacks \"\(text)\"")
        }
        let last = try #require(pages.last)
        #expect(last.contains("Mengetahui,") && last.contains("Kepala Bagian Pengadaan Barang dan Jasa"))
        #expect(last.contains("Ponorogo, 29 Desember 2026"))
        for (n, page) in pages.enumerated() {
            #expect(Self.bodyLines(page).count >= 3, "page \(n + 1) holds a stray line: \(page)")
        }
    }

    @Test func aRefusalIsAnOutcomeOfTheStepItEnded() throws {
        let s = try ReportEndToEndTests().office()
        // C waits for the head of LPSE's perintah; she refuses it instead.
        let r = try s.berkas(
            [
                "-C", "arsip", "act", Sandbox.rid(3), "tolak", "--note", "SK belum ditandatangani.", "--key",
                s.dir + "/keys/kepala-lpse"
            ], extraEnv: Sandbox.at("2026-12-28T10:00:00+07:00"))
        #expect(r.status == 0, "\(r.stderr)")
        let json = try s.berkas(["-C", "arsip", "report", "--format", "json"], extraEnv: now)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(report["langkah"] as? [[String: Any]])
        #expect(!steps.contains { $0["langkah"] as? String == "tolak" }, "a refusal is not a step of its own")
        let refused = steps.filter { $0["ditolak"] as? Bool == true }
        #expect(refused.map { $0["nomor"] as? String } == [Sandbox.rid(3)])
        #expect(refused.first?["langkah"] as? String == "perintah" && refused.first?["tepat_waktu"] as? Bool == true)
        let totals = try #require(report["per_langkah"] as? [[String: Any]])
        let perintah = try #require(totals.first { $0["kunci"] as? String == "perintah" })
        #expect(
            perintah["ditolak"] as? Int == 1 && perintah["selesai"] as? Int == 2 && perintah["berjalan"] as? Int == 1)
        let requests = try #require(report["permintaan"] as? [String: Any])
        #expect(
            requests["ditolak"] as? Int == 1 && requests["dalam_proses"] as? Int == 2
                && requests["diterima"] as? Int == 3)
        let table = try s.berkas(["-C", "arsip", "report"], extraEnv: now)
        #expect(table.stdout.contains("tepat waktu · ditolak"), "\(table.stdout)")
    }

    /// Reads a workbook with openpyxl: per sheet, its rows as [type, value] pairs.
    func readBack(_ s: Sandbox, _ path: String) throws -> [String: [[[String]]]] {
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {}
            for ws in wb.worksheets:
                out[ws.title] = [[[type(c.value).__name__, str(c.value)] for c in row] for row in ws.iter_rows()]
            print(json.dumps(out))
            """
        let r = try s.run(["/usr/bin/python3", "-c", script, path])
        #expect(r.status == 0, "openpyxl: \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: [[[String]]]])
    }

    @Test func theWorkbookKeepsNIPAsTextDatesAsDatesAndDurationsAsNumbers() throws {
        let s = try ReportEndToEndTests().office()
        let path = s.dir + "/laporan.xlsx"
        let env = now.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let write = try s.run([
            "sh", "-c",
            "\(env) \(Self.shell(Sandbox.berkasCommand + ["-C", "arsip", "report", "--format", "xlsx"])) > '\(path)'"
        ])
        #expect(write.status == 0, "\(write.stderr)")
        let book = try readBack(s, path)
        #expect(Set(book.keys) == ["Per langkah", "Per pelaksana", "Seluruh langkah"], "\(book.keys)")
        let rows = try #require(book["Seluruh langkah"])
        #expect(rows.first?.map { $0[1] }.prefix(5) == ["nomor", "langkah", "mulai", "selesai", "waktu kerja (jam)"])
        let b = try #require(rows.first { $0.first?[1] == Sandbox.rid(2) && $0[1][1] == "disposisi" })
        #expect(b[2] == ["datetime", "2026-11-27 15:05:00"] && b[3] == ["datetime", "2026-12-01 16:00:00"], "\(b)")
        #expect(b[4] == ["float", "48.92"] && b[5] == ["float", "2.04"] && ["int", "float"].contains(b[6][0]), "\(b)")
        #expect(b[10] == ["str", "197001011995031001"], "an 18-digit NIP survives as text: \(b[10])")
        let performers = try #require(book["Per pelaksana"])
        #expect(performers.contains { $0[1] == ["str", "197001011995031001"] })
        let listPath = s.dir + "/daftar.xlsx"
        let list = try s.run([
            "sh", "-c",
            "\(env) \(Self.shell(Sandbox.berkasCommand + ["-C", "arsip", "list", "--format", "xlsx"])) > '\(listPath)'"
        ])
        #expect(list.status == 0, "\(list.stderr)")
        let listed = try #require(try readBack(s, listPath)["Daftar berkas"])
        #expect(
            listed.dropFirst().map { $0[0] } == [
                ["str", Sandbox.rid(1)], ["str", Sandbox.rid(2)], ["str", Sandbox.rid(3)]
            ])
        #expect(listed.dropFirst().allSatisfy { $0[3][0] == "datetime" && $0[4][0] == "float" })
        // On a terminal the workbook's bytes are refused, with the command that saves them.
        let tty = try s.run([
            "script", "-qec",
            Self.shell(Sandbox.berkasCommand + ["-C", s.dir + "/arsip", "report", "--format", "xlsx"]),
            "/dev/null"
        ])
        #expect(tty.status == 64 && tty.stdout.contains("> laporan.xlsx"), "\(tty.stdout)")
    }
}
