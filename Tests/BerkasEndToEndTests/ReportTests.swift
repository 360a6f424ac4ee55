import Foundation
import Testing

/// Queues and the standard-time report, from a history with fixed commit times.
@Suite("End to end: queues and standard-time report")
struct ReportEndToEndTests {
    /// Jakarta wall-clock time as git reads it.
    func at(_ s: String) -> [String: String] { Sandbox.at(s + "+07:00") }

    /// A (Fri 15:00 → Mon 09:00, on time), B (Fri 15:05 → Tue 16:00, late), C (Thu 24 Dec 15:00,
    /// Christmas and a weekend between → Mon 09:00, on time); A's perintah done at once.
    func office() throws -> Sandbox {
        let s = try Sandbox()
        let k = try s.key("pengelola")
        var r = try s.berkas(
            [
                "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001", "--role", "staf-ukpbj"
            ], extraEnv: at("2026-11-20T08:00:00"))
        #expect(r.status == 0, "\(r.stderr)")
        for (key, name, nip, role, minute) in [
            ("kepala-ukpbj", "Drs. Ahmad Fauzi, M.Si.", "197001011995031001", "kepala-ukpbj", "01"),
            ("kepala-lpse", "Ir. Sri \"Yanti\" Handayani", "197505202000122002", "kepala-lpse", "02")
        ] {
            try s.key(key)
            r = try s.berkas(
                [
                    "-C", "arsip", "member", "add", "--key", k, "--name", name, "--nip", nip, "--email",
                    "\(key)@ponorogo.go.id",
                    "--role", role, "--pubkey", s.dir + "/keys/\(key).pub"
                ], extraEnv: at("2026-11-20T08:\(minute):00"))
            #expect(r.status == 0, "\(r.stderr)")
        }
        func new(_ when: String) throws {
            let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/\(when)" : $0 }
            let r = try s.berkas(["-C", "arsip", "new", "--key", k] + Sandbox.sets(fields), extraEnv: at(when))
            #expect(r.status == 0, "\(r.stderr)")
        }
        func act(_ id: String, _ action: String, _ key: String, _ when: String) throws {
            let r = try s.berkas(
                ["-C", "arsip", "act", id, action, "--note", "Lanjut.", "--key", s.dir + "/keys/" + key],
                extraEnv: at(when))
            #expect(r.status == 0, "\(r.stderr)")
        }
        try new("2026-11-27T15:00:00") // A, Friday
        try new("2026-11-27T15:05:00") // B, Friday
        try act(Sandbox.rid(1), "disposisi", "kepala-ukpbj", "2026-11-30T09:00:00") // Monday 09:00: on time
        try act(Sandbox.rid(1), "perintah", "kepala-lpse", "2026-11-30T10:00:00")
        try act(Sandbox.rid(2), "disposisi", "kepala-ukpbj", "2026-12-01T16:00:00") // Tuesday 16:00: late
        try new("2026-12-24T15:00:00") // C, Thursday; Friday 25 December is a holiday
        try act(Sandbox.rid(3), "disposisi", "kepala-ukpbj", "2026-12-28T09:00:00") // Monday: on time
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        return s
    }

    let now = ["BERKAS_NOW": "2026-12-29T08:00:00+07:00"]

    @Test func overdueListsExactlyTheLateRequests() throws {
        let s = try office()
        let r = try s.berkas(["-C", "arsip", "list", "--overdue"], extraEnv: now)
        #expect(r.status == 0, "\(r.stderr)")
        let ids = r.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(12)) }
        #expect(ids == [Sandbox.rid(2)], "\(r.stdout)")
        let json = try s.berkas(["-C", "arsip", "list", "--format", "json"], extraEnv: now)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == [Sandbox.rid(1), Sandbox.rid(2), Sandbox.rid(3)])
        #expect(rows.map { $0["terlambat"] as? Bool } == [false, true, false])
        #expect(rows[1]["status"] as? String == "didisposisi")
        #expect(rows[1]["tenggat"] as? String == "2026-12-02 16:00")
        #expect(rows[0]["aksi_berikutnya"] as? [String] == ["reset", "tolak"])
        let later = try s.berkas(
            ["-C", "arsip", "list", "--overdue"], extraEnv: ["BERKAS_NOW": "2026-12-29T09:30:00+07:00"])
        #expect(later.stdout.contains(Sandbox.rid(3)), "C's perintah was due at 09:00 on the 29th")
        let mine = try s.berkas(["-C", "arsip", "list", "--mine", "--key", s.dir + "/keys/kepala-lpse"], extraEnv: now)
        #expect(
            mine.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(12)) } == [
                Sandbox.rid(2), Sandbox.rid(3)
            ])
        let status = try s.berkas(["-C", "arsip", "list", "--status", "diperintahkan"], extraEnv: now)
        #expect(status.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(12)) } == [Sandbox.rid(1)])
    }

    /// A cold listing reads the history through git's commit-graph file when
    /// there is one: the same queue and report with it, without it, and with
    /// a graph that is older than the branch.
    @Test func aColdListingIsTheSameWithOrWithoutGitsCommitGraph() throws {
        let s = try office()
        func cold(_ args: [String]) throws -> String {
            try? FileManager.default.removeItem(atPath: s.dir + "/arsip/.git/berkas/timeline")
            let r = try s.berkas(["-C", "arsip"] + args, extraEnv: now)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        let list = ["list", "--format", "json"]
        let report = ["report", "--format", "json"]
        let plain = (try cold(list), try cold(report))
        #expect(try s.git(["commit-graph", "write", "--reachable"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: s.dir + "/arsip/.git/objects/info/commit-graph"))
        #expect(try cold(list) == plain.0)
        #expect(try cold(report) == plain.1)
        // Newer commits than the graph: read from the tip until the graph knows them.
        let r = try s.berkas(
            [
                "-C", "arsip", "act", Sandbox.rid(2), "perintah", "--note", "Lanjut.", "--key",
                s.dir + "/keys/kepala-lpse"
            ],
            extraEnv: at("2026-12-29T07:00:00"))
        #expect(r.status == 0, "\(r.stderr)")
        let withStaleGraph = try cold(list)
        try FileManager.default.removeItem(atPath: s.dir + "/arsip/.git/objects/info/commit-graph")
        #expect(try cold(list) == withStaleGraph)
        #expect(withStaleGraph.contains("\"\(Sandbox.rid(2))\"") && withStaleGraph != plain.0)
    }

    @Test func reportFigures() throws {
        let s = try office()
        let r = try s.berkas(["-C", "arsip", "report", "--format", "json"], extraEnv: now)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let steps = try #require(report["langkah"] as? [[String: Any]])
        let disposisi = steps.filter { $0["langkah"] as? String == "disposisi" }
        #expect(disposisi.map { $0["nomor"] as? String } == [Sandbox.rid(1), Sandbox.rid(2), Sandbox.rid(3)])
        #expect(disposisi.map { $0["tepat_waktu"] as? Bool } == [true, false, true])
        // B arrived at 15:05
        #expect(disposisi.map { $0["detik_kerja"] as? Int } == [18 * 3600, 49 * 3600 - 300, 18 * 3600])
        #expect(disposisi[1]["pelaksana"] as? String == "Drs. Ahmad Fauzi, M.Si.")
        #expect(disposisi[1]["nip"] as? String == "197001011995031001")
        #expect(disposisi[1]["peran"] as? String == "kepala-ukpbj")
        let totals = try #require(report["per_langkah"] as? [[String: Any]])
        let d = try #require(totals.first { $0["kunci"] as? String == "disposisi" })
        #expect(d["jumlah"] as? Int == 3 && d["tepat_waktu"] as? Int == 2 && d["terlambat"] as? Int == 1)
        #expect(d["selesai"] as? Int == 3 && d["berjalan"] as? Int == 0)
        #expect(d["median_detik_kerja"] as? Int == 18 * 3600 && d["terlama_detik_kerja"] as? Int == 49 * 3600 - 300)
        let perintah = try #require(totals.first { $0["kunci"] as? String == "perintah" })
        #expect(
            perintah["jumlah"] as? Int == 3 && perintah["selesai"] as? Int == 1 && perintah["terlambat"] as? Int == 0)
        // B's pending perintah is past its standard; C's is not yet
        #expect(perintah["berjalan"] as? Int == 2 && perintah["berjalan_lewat_mutu_baku"] as? Int == 1)
        // The counts add up for every step: all = finished + running; finished = on time + late + no standard.
        for t in totals {
            let n = { (k: String) in t[k] as? Int ?? -1 }
            #expect(n("jumlah") == n("selesai") + n("berjalan"), "\(t)")
            #expect(n("selesai") == n("tepat_waktu") + n("terlambat") + n("tanpa_mutu_baku"), "\(t)")
        }
        let requests = try #require(report["permintaan"] as? [String: Any])
        #expect(requests["diterima"] as? Int == 3 && requests["dalam_proses"] as? Int == 3)
        let performers = try #require(report["per_pelaksana"] as? [[String: Any]])
        let ahmad = try #require(performers.first { ($0["kunci"] as? String)?.hasPrefix("Drs. Ahmad Fauzi") == true })
        #expect(ahmad["terlambat"] as? Int == 1 && ahmad["tepat_waktu"] as? Int == 2 && ahmad["selesai"] as? Int == 3)
        let ranged = try s.berkas(
            ["-C", "arsip", "report", "--format", "json", "--from", "2026-12-01", "--to", "2026-12-31"], extraEnv: now)
        let rangedSteps = try #require(
            (try JSONSerialization.jsonObject(with: Data(ranged.stdout.utf8)) as? [String: Any])?["langkah"]
                as? [[String: Any]])
        #expect(!rangedSteps.isEmpty && rangedSteps.count < steps.count, "\(rangedSteps.count) of \(steps.count)")
        #expect(rangedSteps.allSatisfy { ($0["mulai"] as? Int ?? 0) >= 1_796_058_000 }) // 2026-12-01 00:00 +0700
    }

    @Test func csvQuotesNamesWithCommasAndQuotes() throws {
        let s = try office()
        let r = try s.berkas(["-C", "arsip", "report", "--format", "csv"], extraEnv: now)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("\u{FEFF}"), "a byte-order mark, so that a spreadsheet reads UTF-8")
        let lines = String(r.stdout.dropFirst()).components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "nomor,langkah,mulai,selesai,waktu kerja (jam),waktu kerja (hari kerja),mutu baku (hari kerja),hasil,ditolak,pelaksana,NIP,peran"
        )
        #expect(r.stdout.contains(",\"Drs. Ahmad Fauzi, M.Si.\",197001011995031001,kepala-ukpbj\r\n"))
        #expect(r.stdout.contains(",\"Ir. Sri \"\"Yanti\"\" Handayani\",197505202000122002,kepala-lpse\r\n"))
        #expect(r.stdout.hasSuffix("\r\n") && !r.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(
            lines.dropLast().allSatisfy { line in csvFields(line).count == 12 }, "every row has the header's 12 fields")
        // Durations are numbers: A's disposisi took 18 working hours, B's 49 hours less 5 minutes.
        let disposisi = lines.filter { $0.hasPrefix(Sandbox.rid(2) + ",disposisi,") }.map(csvFields)
        #expect(disposisi.first?[2] == "2026-11-27 15:05" && disposisi.first?[3] == "2026-12-01 16:00")
        #expect(disposisi.first?[4] == "48.92" && disposisi.first?[5] == "2.04" && disposisi.first?[6] == "1")
        // For a spreadsheet in an Indonesian locale: `;` between fields and a decimal comma.
        let semi = try s.berkas(["-C", "arsip", "report", "--format", "csv", "--separator", ";"], extraEnv: now)
        #expect(semi.stdout.contains(Sandbox.rid(2) + ";disposisi;2026-11-27 15:05;2026-12-01 16:00;48,92;2,04;1;"))
        #expect(semi.stdout.contains(";Drs. Ahmad Fauzi, M.Si.;197001011995031001;kepala-ukpbj\r\n"))
        let plain = try s.berkas(["-C", "arsip", "report", "--format", "csv", "--no-bom"], extraEnv: now)
        #expect(plain.stdout.hasPrefix("nomor,"))
        let list = try s.berkas(["-C", "arsip", "list", "--format", "csv", "--separator", ";"], extraEnv: now)
        #expect(list.stdout.hasPrefix("\u{FEFF}id;status;nama;dibuat;umur (hari kerja);"), "\(list.stdout)")
        let bad = try s.berkas(["-C", "arsip", "report", "--format", "csv", "--separator", "|"], extraEnv: now)
        #expect(bad.status == 64 && bad.stderr.contains("--separator"), "\(bad.stderr)")
    }

    @Test func htmlReportAndLetterCarryTheirContent() throws {
        let s = try office()
        let html = try s.berkas(["-C", "arsip", "report", "--format", "html"], extraEnv: now)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<svg") && html.stdout.contains("stroke-dasharray"))
        #expect(!html.stdout.contains("src=\"http") && !html.stdout.contains("href=\"http"), "self-contained")
        #expect(html.stdout.contains("Ir. Sri &quot;Yanti&quot; Handayani"))
        let letter = try s.berkas(["-C", "arsip", "render", Sandbox.rid(1), "--format", "html"])
        #expect(letter.status == 0, "\(letter.stderr)")
        for text in [
            "SURAT PERMINTAAN RESET AKUN", "Budi Santoso, S.Kom.", "198507122010011003",
            "Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo",
            "0812-3456-7890", "budi.santoso@ponorogo.go.id", "Penata Muda Tingkat I (III/b)",
            "Kepala Seksi Sarana Prasarana",
            "☑ Pejabat Pembuat Komitmen ☐ Pejabat Pengadaan ☐ Pokja Pemilihan", "PBJ.2019.0001234",
            "188.45/123/405.07/2026", "24 November 2026", "@page { size: A4",
            "Riwayat langkah"
        ] {
            #expect(letter.stdout.contains(text), "letter lacks \(text)")
        }
        let md = try s.berkas(["-C", "arsip", "render", Sandbox.rid(1)])
        #expect(md.stdout.contains("| NIP | : | 198507122010011003 |"))
        #expect(md.stdout.hasPrefix("**PEMERINTAH KABUPATEN PONOROGO**  \n"), "the letterhead from the settings")
        #expect(
            md.stdout.contains(
                "| disposisi (diterima → didisposisi) | Drs. Ahmad Fauzi, M.Si. (NIP 197001011995031001) | kepala-ukpbj |"
            ))
    }
}

/// A small RFC 4180 field splitter for one line (no embedded newlines in these rows).
func csvFields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var chars = Array(line)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    current.append("\"")
                    chars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                current.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            fields.append(current)
            current = ""
        } else {
            current.append(c)
        }
    }
    fields.append(current)
    return fields
}
