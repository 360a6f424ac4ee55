import Foundation
import Testing

/// Issue 19: an ordinary day at the office never hides a request.
@Suite("End to end: a day at the office")
struct OfficeDayTests {
    let forged = ForgedHistoryTests()

    /// A record saved by Notepad (byte-order mark, CRLF) is read by list, whoami and
    /// report as validate reads it: its status and name, and who it waits for.
    @Test func aNotepadRecordIsNotHidden() throws {
        let s = try forged.office()
        let path = forged.record
        let text = try s.read(path)
        try s.write(path, "\u{FEFF}" + text.replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi").replacingOccurrences(of: "\n", with: "\r\n"))
        let commit = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(1), "--key", s.dir + "/keys/staf"])
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        for cold in [true, false] {
            if cold { try? FileManager.default.removeItem(atPath: s.dir + "/arsip/.git/berkas/timeline") }
            let json = try s.berkas(["-C", "arsip", "list", "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(rows.first?["status"] as? String == "diterima" && rows.first?["nama"] as? String == "Budi Santoso, S.Kom.", "\(json.stdout)")
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
        #expect(use.status == 0 && use.stdout.contains("Drs. Ahmad Fauzi (NIP 197001011995031001)"), "\(use.stdout)\(use.stderr)")
        #expect(try s.gitOut(["config", "user.signingkey"]) == s.dir + "/keys/kepala-ukpbj")
        let act = try s.berkas(["-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut."])
        #expect(act.status == 0, "\(act.stderr)")
        #expect(try s.gitOut(["log", "-1", "--format=%G? %(trailers:key=Berkas-Role,valueonly)"]) == "G kepala-ukpbj")
        let missing = try s.berkas(["-C", "arsip", "key", "use", s.dir + "/keys/tidak-ada"])
        #expect(missing.status == 77 && missing.stderr.contains("tidak ada"), "\(missing.stderr)")
        #expect(try s.gitOut(["config", "user.signingkey"]) == s.dir + "/keys/kepala-ukpbj")
    }
}
