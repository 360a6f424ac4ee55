import Foundation
import Testing

/// An ordinary day at the office never hides a request.
@Suite("End to end: a day at the office")
struct OfficeDayTests {
    let forged = ForgedHistoryTests()

    /// A record saved by Notepad (byte-order mark, CRLF) is read by list, whoami and
    /// report as validate reads it: its status and name, and who it waits for.
    @Test func aNotepadRecordIsNotHidden() throws {
        let s = try forged.office()
        let path = forged.record
        let text = try s.read(path)
        try s.write(
            path,
            "\u{FEFF}"
                + text.replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi")
                .replacingOccurrences(of: "\n", with: "\r\n"))
        let commit = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(1), "--key", s.dir + "/keys/staf"])
        #expect(commit.status == 0, "\(commit.stderr)")
        // Stored as the archive stores records: the commit shows the one line the clerk changed.
        #expect(try s.gitOut(["diff", "--numstat", "HEAD~1", "HEAD"]) == "1\t1\t\(Sandbox.recordPath(1))")
        let stored = try s.gitOut(["show", "HEAD:" + Sandbox.recordPath(1)])
        #expect(!stored.contains("\r") && !stored.hasPrefix("\u{FEFF}"))
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        for cold in [true, false] {
            if cold { try? FileManager.default.removeItem(atPath: s.dir + "/arsip/.git/berkas/timeline") }
            let json = try s.berkas(["-C", "arsip", "list", "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(
                rows.first?["status"] as? String == "diterima"
                    && rows.first?["nama"] as? String == "Budi Santoso, S.Kom.", "\(json.stdout)")
            let mine = try s.berkas(["-C", "arsip", "list", "--mine", "--key", s.dir + "/keys/kepala-ukpbj"])
            #expect(mine.stdout.contains(Sandbox.rid(1)), "\(mine.stdout)")
            let whoami = try s.berkas(["-C", "arsip", "whoami", "--key", s.dir + "/keys/kepala-ukpbj"])
            #expect(whoami.stdout.contains(Sandbox.rid(1)), "\(whoami.stdout)")
        }
    }

    /// A head records their key once in their clone; every step after needs no --key.
    @Test func aHeadRecordsTheirKeyOnce() throws {
        let s = try forged.office()
        let use = try s.berkas(["-C", "arsip", "key", "use", s.dir + "/keys/kepala-ukpbj"])
        #expect(
            use.status == 0 && use.stdout.contains("Drs. Ahmad Fauzi (NIP 197001011995031001)"),
            "\(use.stdout)\(use.stderr)")
        #expect(try s.gitOut(["config", "user.signingkey"]) == s.dir + "/keys/kepala-ukpbj")
        let act = try s.berkas(["-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut."])
        #expect(act.status == 0, "\(act.stderr)")
        #expect(try s.gitOut(["log", "-1", "--format=%G? %(trailers:key=Berkas-Role,valueonly)"]) == "G kepala-ukpbj")
        let missing = try s.berkas(["-C", "arsip", "key", "use", s.dir + "/keys/tidak-ada"])
        #expect(missing.status == 77 && missing.stderr.contains("tidak ada"), "\(missing.stderr)")
        #expect(try s.gitOut(["config", "user.signingkey"]) == s.dir + "/keys/kepala-ukpbj")
    }

    /// The clerk's editor loop, with a scripted editor: a template closed unchanged is
    /// cancelled; the problems are written into the draft, which is kept and offered again.
    @Test func theEditorLoopKeepsTheDraftAndShowsTheProblemsInIt() throws {
        let s = try forged.office()
        let key = ["--key", s.dir + "/keys/staf"]
        func editor(_ name: String, _ script: String) throws -> [String: String] {
            try s.write(name, "#!/bin/sh\n" + script + "\n")
            #expect(try s.run(["chmod", "+x", s.dir + "/" + name]).status == 0)
            return ["EDITOR": s.dir + "/" + name, "VISUAL": ""]
        }
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let unchanged = try s.berkas(["-C", "arsip", "new", "--edit"] + key, extraEnv: try editor("diam.sh", "true"))
        #expect(unchanged.status == 1 && unchanged.stderr.contains("dibatalkan"), "\(unchanged.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
        let drafts = s.dir + "/arsip/.git/berkas/draf"
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).isEmpty)
        // A complete letter but for its name: refused, the draft kept with the problem written in it.
        let complete = try s.read(forged.record).replacingOccurrences(
            of: "027/123/405.07/\(Sandbox.year)", with: "027/777")
        try s.write(
            "tanpa-nama.md",
            complete.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("nama:") }.joined(
                separator: "\n"))
        let first = try s.berkas(
            ["-C", "arsip", "new", "--edit"] + key, extraEnv: try editor("isi.sh", "cp '\(s.dir)/tanpa-nama.md' \"$1\"")
        )
        #expect(
            first.status == 1 && first.stderr.contains("nama") && first.stderr.contains("Draf Anda disimpan"),
            "\(first.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
        // The next `new --edit` opens the kept draft, problems at the top; the clerk adds the name.
        let second = try s.berkas(
            ["-C", "arsip", "new", "--edit"] + key,
            extraEnv: try editor(
                "betul.sh", "cat \"$1\" > '\(s.dir)/dilihat.md'; sed -i 's/^jenis: .*/&\\nnama: \"Siti Rahma\"/' \"$1\""
            ))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains(Sandbox.rid(2)), "\(second.stdout)")
        let seen = try s.read("dilihat.md")
        #expect(seen.contains("# berkas: ") && seen.contains("027/777"), "\(seen)")
        let saved = try s.read("arsip/" + Sandbox.recordPath(2))
        #expect(
            saved.contains("nama: \"Siti Rahma\"") && !saved.contains("# berkas:")
                && saved.contains("id: \(Sandbox.rid(2))"), "\(saved)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).isEmpty)
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
    }

    /// Messages that lead to the next step.
    @Test func messagesLeadToTheNextStep() throws {
        let s = try forged.office()
        // show's hint is a whole command that succeeds as written (with the note filled in).
        let show = try s.berkas(["-C", "arsip", "show", Sandbox.rid(1)])
        let hint = try #require(
            show.stdout.split(separator: "\n").first { $0.contains("berkas act \(Sandbox.rid(1)) disposisi") })
        #expect(hint.contains("disposisi --note \"…\""), "\(hint)")
        let args = hint.trimmingCharacters(in: .whitespaces).components(separatedBy: "  (")[0].split(separator: " ")
            .dropFirst().map(String.init)
            .map { $0 == "\"…\"" ? "Lanjut." : $0 }
        let act = try s.berkas(["-C", "arsip"] + args + ["--key", s.dir + "/keys/kepala-ukpbj"])
        #expect(act.status == 0, "\(args): \(act.stderr)")
        // A date written day-month-year gets the right form.
        let date = try s.berkas(
            ["-C", "arsip", "new", "--key", s.dir + "/keys/staf"]
                + Sandbox.sets(
                    Sandbox.fullRequest.map {
                        $0.hasPrefix("tanggal_surat=") ? "tanggal_surat=24-11-\(Sandbox.year)" : $0
                    }))
        #expect(
            date.status == 1 && date.stderr.contains("tulis \(Sandbox.letterDate) (tahun-bulan-hari)"), "\(date.stderr)"
        )
        // list names each next step with the roles that may take it.
        let list = try s.berkas(["-C", "arsip", "list"])
        #expect(
            list.stdout.contains("perintah (kepala-lpse) / tolak (kepala-ukpbj, kepala-lpse, admin-agency)"),
            "\(list.stdout)")
        // An unknown --status names the states.
        let status = try s.berkas(["-C", "arsip", "list", "--status", "baru"])
        #expect(
            status.status == 64
                && status.stderr.contains("yang ada: diterima, didisposisi, diperintahkan, direset, selesai, ditolak"),
            "\(status.stderr)")
        // list shows open requests; --all the finished ones too.
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "tolak", "--note", "Bukan PPK.", "--key",
                s.dir + "/keys/kepala-lpse"
            ]).status == 0)
        #expect(!(try s.berkas(["-C", "arsip", "list"]).stdout.contains(Sandbox.rid(1))))
        #expect(try s.berkas(["-C", "arsip", "list", "--all"]).stdout.contains(Sandbox.rid(1)))
        #expect(try s.berkas(["-C", "arsip", "list", "--status", "ditolak"]).stdout.contains(Sandbox.rid(1)))
    }

    /// "Not found" says where berkas looked.
    @Test func notFoundSaysWhereBerkasLooked() throws {
        let s = try forged.office()
        let r = try s.berkas(["-C", "arsip", "show", Sandbox.rid(99)])
        #expect(
            r.status == 1 && r.stderr.contains("dicari di \(Sandbox.recordPath(99)) pada commit terakhir"),
            "\(r.stderr)")
    }

    /// While the clerk types in the editor the archive is not locked: another
    /// command (here a second clerk's `new` on the same clone, started from the
    /// editor) commits meanwhile, and the edited letter then gets the next ID.
    /// A complete letter, as a clerk would type it, taken from a record made the usual way elsewhere.
    static func completeLetter() throws -> String {
        let other = try Sandbox()
        try other.initArchive()
        #expect(try other.newRequest().status == 0)
        return try other.read("arsip/" + Sandbox.recordPath(1))
    }

    @Test func theEditorDoesNotHoldTheArchive() throws {
        let s = try Sandbox()
        try s.initArchive()
        let key = ["--key", s.dir + "/keys/pengelola"]
        try s.write("surat.md", try Self.completeLetter())
        let inner = (Sandbox.berkasCommand + ["-C", s.dir + "/arsip", "new"] + key + Sandbox.sets(Sandbox.fullRequest))
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try s.write(
            "editor.sh",
            "#!/bin/sh\n\(inner) > '\(s.dir)/inner.out' 2>&1 || exit 1\ncp '\(s.dir)/surat.md' \"$1\"\n")
        #expect(try s.run(["chmod", "+x", s.dir + "/editor.sh"]).status == 0)
        let r = try s.berkas(
            ["-C", "arsip", "new", "--edit"] + key, extraEnv: ["EDITOR": s.dir + "/editor.sh", "VISUAL": ""])
        #expect(r.status == 0, "\(r.stderr) / inner: \((try? s.read("inner.out")) ?? "")")
        #expect(try s.read("inner.out").contains(Sandbox.rid(1)), "the command run meanwhile was not blocked")
        #expect(r.stdout.contains(Sandbox.rid(2)), "the edited letter takes the next free ID: \(r.stdout)")
        #expect(try s.read("arsip/" + Sandbox.recordPath(2)).contains("id: \(Sandbox.rid(2))"))
        let drafts = s.dir + "/arsip/.git/berkas/draf"
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).isEmpty, "the draft is gone")
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
    }

    /// Every command that reads records reads a Notepad twin (byte-order mark,
    /// CRLF) of an archive exactly as the original: the same list, whoami, show,
    /// report and letter.
    @Test func everyCommandReadsANotepadTwinAsTheOriginal() throws {
        let s = try forged.office()
        #expect(
            try s.berkas([
                "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key",
                s.dir + "/keys/kepala-ukpbj"
            ]).status == 0)
        func outputs() throws -> [String] {
            try? FileManager.default.removeItem(atPath: s.dir + "/arsip/.git/berkas/timeline")
            let runs: [[String]] = [
                ["list", "--all"], ["list", "--format", "json"],
                ["list", "--mine", "--key", s.dir + "/keys/kepala-lpse"],
                ["whoami", "--key", s.dir + "/keys/kepala-lpse"], ["report", "--format", "csv"],
                ["render", Sandbox.rid(1)], ["show", Sandbox.rid(1)], ["validate"]
            ]
            return try runs.map { args in
                let r = try s.berkas(["-C", "arsip"] + args)
                #expect(r.status == 0, "\(args): \(r.stderr)")
                // The letter's signed timeline lists every commit that touched the record: up to it only.
                return args.first == "render" ? r.stdout.components(separatedBy: "## Riwayat langkah")[0] : r.stdout
            }
        }
        let original = try outputs()
        // The same record as Notepad saves it, committed with plain git (no berkas step: it
        // changes no field, so every listing must stay as it was).
        let path = "arsip/" + Sandbox.recordPath(1)
        try s.write(path, "\u{FEFF}" + (try s.read(path)).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(
            try s.git(["-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "--no-verify", "-am", "notepad"])
                .status == 0)
        #expect(try s.gitOut(["show", "HEAD:" + Sandbox.recordPath(1)]).hasPrefix("\u{FEFF}"))
        let twin = try outputs()
        for (a, b) in zip(original, twin) { #expect(a == b) }
    }

    /// A draft Notepad saved (byte-order mark, CRLF) keeps its text when its problems
    /// are written into it, and is taken up again by the next `new --edit`.
    @Test func aNotepadDraftIsKeptWholeAndResumed() throws {
        let s = try Sandbox()
        try s.initArchive()
        let key = ["--key", s.dir + "/keys/pengelola"]
        let letter = try Self.completeLetter().split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .filter { !$0.hasPrefix("nama:") }.joined(separator: "\r\n")
        try s.write("notepad.md", "\u{FEFF}" + letter)
        func editor(_ name: String, _ script: String) throws -> [String: String] {
            try s.write(name, "#!/bin/sh\n" + script + "\n")
            #expect(try s.run(["chmod", "+x", s.dir + "/" + name]).status == 0)
            return ["EDITOR": s.dir + "/" + name, "VISUAL": ""]
        }
        let first = try s.berkas(
            ["-C", "arsip", "new", "--edit"] + key, extraEnv: try editor("a.sh", "cp '\(s.dir)/notepad.md' \"$1\""))
        #expect(first.status == 1 && first.stderr.contains("nama"), "\(first.stderr)")
        let draft = s.dir + "/arsip/.git/berkas/draf/baru-permintaan-reset-akun.md"
        let kept = String(decoding: try Data(contentsOf: URL(fileURLWithPath: draft)), as: UTF8.self)
        #expect(kept.contains("jabatan: \"Kepala Seksi Sarana Prasarana\""), "the letter is still in the draft")
        #expect(kept.hasPrefix("\u{FEFF}---\r\n# berkas:"), "the problems go after the opening line")
        let second = try s.berkas(
            ["-C", "arsip", "new", "--edit"] + key,
            extraEnv: try editor("b.sh", "sed -i 's/^jenis: .*/&\\nnama: \"Siti Rahma\"\\r/' \"$1\""))
        #expect(second.status == 0, "\(second.stderr)")
        let stored = try s.gitOut(["show", "HEAD:" + Sandbox.recordPath(1)])
        #expect(stored.contains("nama: \"Siti Rahma\"") && !stored.contains("\r") && !stored.hasPrefix("\u{FEFF}"))
        #expect(!FileManager.default.fileExists(atPath: draft), "the draft is gone once committed")
    }
}
