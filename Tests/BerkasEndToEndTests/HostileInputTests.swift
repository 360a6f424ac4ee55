import Foundation
import Testing

/// Paths every clone can hold, no write or read through a link,
/// text git and terminals read as written, spreadsheet-safe CSV.
@Suite("End to end: hostile input and portable paths")
struct HostileInputTests {
    let forged = ForgedHistoryTests()
    var record: String { forged.record }
    let staf = "Siti Aminah (NIP 198801012010012001)"
    var editMessage: String {
        "\(Sandbox.rid(1)): ubah\n\nBerkas-Record: \(Sandbox.rid(1))\nBerkas-Action: ubah\nBerkas-From: diterima\n"
            + "Berkas-To: diterima\nBerkas-Fields: jabatan\nBerkas-Role: staf-ukpbj\nBerkas-Actor: \(staf)"
    }

    /// A signed staff commit that changes the record and adds `files` (name → content) under lampiran/<ID>/,
    /// written into the index directly (`mode` for each), so that git's own checks on paths are passed by.
    func commitWithAttachments(_ s: Sandbox, _ files: [(String, String)], mode: String = "100644") throws -> String {
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        #expect(try s.git(["add", "-A"]).status == 0)
        for (name, content) in files {
            try s.write("blob.txt", content)
            let blob = try s.gitOut(["hash-object", "-w", s.dir + "/blob.txt"])
            let r = try s.git([
                "-c", "core.protectNTFS=false", "-c", "core.protectHFS=false", "update-index", "--add", "--cacheinfo",
                "\(mode),\(blob),lampiran/\(Sandbox.rid(1))/\(name)"
            ])
            #expect(r.status == 0, "update-index \(name): \(r.stderr)")
        }
        return try forged.handCommit(s, key: "staf", message: editMessage, all: false)
    }

    /// The same, for names git's own commands refuse to stage (`.GIT`): the trees are made with `git mktree`.
    func commitWithTreeOf(_ s: Sandbox, folder: String, file: String) throws -> String {
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        #expect(try s.git(["add", "-A"]).status == 0)
        let top = try s.gitOut(["write-tree"])
        func mktree(_ lines: [String]) throws -> String {
            try s.write("tree.txt", lines.joined(separator: "\n") + "\n")
            let r = try s.run(["sh", "-c", "git -C '\(s.dir)/arsip' mktree < '\(s.dir)/tree.txt'"])
            #expect(r.status == 0, "mktree: \(r.stderr)")
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try s.write("blob.txt", "[core]\n")
        let blob = try s.gitOut(["hash-object", "-w", s.dir + "/blob.txt"])
        let inner = try mktree(["100644 blob \(blob)\t\(file)"])
        let idFolder = try mktree(["040000 tree \(inner)\t\(folder)"])
        let lampiran = try mktree(
            try s.gitOut(["ls-tree", top + ":lampiran"]).split(separator: "\n").map(String.init) + [
                "040000 tree \(idFolder)\t\(Sandbox.rid(1))"
            ])
        let root = try mktree(
            try s.gitOut(["ls-tree", top]).split(separator: "\n").filter { !$0.hasSuffix("\tlampiran") }.map(
                String.init)
                + ["040000 tree \(lampiran)\tlampiran"])
        let commit = try s.run([
            "git", "-C", s.dir + "/arsip", "-c", "gpg.format=ssh", "-c", "user.signingkey=\(s.dir)/keys/staf", "-c",
            "user.name=Siti",
            "-c", "user.email=staf@ponorogo.go.id", "commit-tree", "-S", "-p", "HEAD", "-m", editMessage, root
        ])
        #expect(commit.status == 0, "commit-tree: \(commit.stderr)")
        let id = commit.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try s.git(["update-ref", "refs/heads/main", id]).status == 0)
        return id
    }

    @Test(arguments: [".GIT", ".git", "GIT~1", ".Git"])
    func gitsOwnFolderName(folder: String) throws {
        let s = try forged.office()
        let c = try commitWithTreeOf(s, folder: folder, file: "config")
        try forged.expectViolation(s, commit: c, rule: "cakupan")
        #expect(try s.berkas(["-C", "arsip", "verify", "--no-cache"]).stdout.contains("nama folder git sendiri"))
    }

    @Test(arguments: [
        (["SK.pdf", "sk.pdf"], "berkas yang sama di Windows dan macOS"),
        (["caf\u{E9}.pdf", "cafe\u{301}.pdf"], "berkas yang sama di Windows dan macOS"),
        (["sk.pdf."], "berakhir dengan titik atau spasi"),
        (["sk.pdf "], "berakhir dengan titik atau spasi"),
        (["CON.pdf"], "nama perangkat yang dicadangkan Windows"),
        (["aux"], "nama perangkat yang dicadangkan Windows"),
        (["sk:1.pdf"], "yang tidak boleh ada dalam nama berkas di Windows"),
        (["sk\u{202E}fdp.exe"], "karakter kendali atau tak terlihat")
    ])
    func aPathSomeCloneCannotHold(names: [String], why: String) throws {
        let s = try forged.office()
        let c = try commitWithAttachments(s, names.map { ($0, "pindaian \($0)\n") })
        try forged.expectViolation(s, commit: c, rule: "cakupan")
        let verify = try s.berkas(["-C", "arsip", "verify", "--no-cache"])
        #expect(verify.stdout.contains(why), "\(names): \(verify.stdout)")
    }

    @Test func anExecutableAttachment() throws {
        let s = try forged.office()
        let c = try commitWithAttachments(s, [("sk.pdf", "x\n")], mode: "100755")
        try forged.expectViolation(s, commit: c, rule: "cakupan")
    }

    /// The office's size limit (`batas_ukuran_mb`), set by the pengelola, holds for later commits.
    @Test func aFileOverTheOfficesSizeLimit() throws {
        let s = try forged.office()
        let config = "arsip/.berkas/config.yml"
        let text = try s.read(config)
        #expect(text.contains("batas_ukuran_mb: 25\n"))
        try s.write(config, text.replacingOccurrences(of: "batas_ukuran_mb: 25\n", with: "batas_ukuran_mb: 1\n"))
        try forged.handCommit(
            s, key: "pengelola",
            message:
                "Batas ukuran\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Rina Wulandari, S.E. (NIP 199003152015032001)"
        )
        #expect(try s.berkas(["-C", "arsip", "verify"]).status == 0)
        #expect(try s.git(["push", "-q", s.dir + "/pusat.git", "HEAD:refs/heads/main"]).status == 0)
        let c = try commitWithAttachments(s, [("sk.pdf", String(repeating: "x", count: 1_100_000))])
        try forged.expectViolation(s, commit: c, rule: "cakupan")
    }

    /// The same names refused by the commands before anything is written.
    @Test func theCommandsRefuseTheseNamesBeforeWriting() throws {
        let s = try forged.office()
        let folder = "arsip/lampiran/\(Sandbox.rid(1))"
        try s.write(folder + "/sk.pdf", "pindaian\n")
        try s.write(folder + "/CON.pdf", "pindaian\n")
        let before = try s.snapshot()
        let reserved = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "perubahan_data=true",
            "--set", "lampiran_sertifikat=lampiran/\(Sandbox.rid(1))/CON.pdf", "--set",
            "lampiran_sk=lampiran/\(Sandbox.rid(1))/sk.pdf",
            "--key", s.dir + "/keys/staf"
        ])
        #expect(
            reserved.status == 1 && reserved.stderr.contains("nama perangkat yang dicadangkan Windows"),
            "\(reserved.stderr)")
        #expect(try s.snapshot() == before)
        // sk.pdf is committed; SK.PDF beside it is refused.
        let ok = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "perubahan_data=true",
            "--set", "lampiran_sertifikat=lampiran/\(Sandbox.rid(1))/sk.pdf", "--set",
            "lampiran_sk=lampiran/\(Sandbox.rid(1))/sk.pdf",
            "--key", s.dir + "/keys/staf"
        ])
        #expect(ok.status == 0, "\(ok.stderr)")
        try s.write(folder + "/SK.PDF", "lain\n")
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let clash = try s.berkas([
            "-C", "arsip", "edit", Sandbox.rid(1), "--set", "lampiran_sk=lampiran/\(Sandbox.rid(1))/SK.PDF", "--key",
            s.dir + "/keys/staf"
        ])
        #expect(
            clash.status == 1 && clash.stderr.contains("adalah berkas yang sama di Windows dan macOS"),
            "\(clash.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
    }

    /// The pre-commit hook refuses a path some clone cannot hold.
    @Test func thePreCommitHookRefusesTheseNames() throws {
        let s = try forged.office()
        #expect(try s.berkas(["-C", "arsip", "hooks", "install"]).status == 0)
        try s.write("arsip/lampiran/\(Sandbox.rid(1))/aux.pdf", "x\n")
        #expect(try s.git(["add", "-A"]).status == 0)
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let r = try s.run([
            "git", "-C", s.dir + "/arsip", "-c", "user.name=x", "-c", "user.email=x@x.id", "-c", "commit.gpgsign=false",
            "commit", "-qm", "x"
        ])
        #expect(r.status != 0 && r.stderr.contains("nama perangkat yang dicadangkan Windows"), "\(r.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
    }

    // MARK: links

    /// The year folder replaced by a link to a folder outside: new, edit and commit refuse, naming it;
    /// nothing is written there and no commit is made.
    @Test func noWriteOrReadThroughALink() throws {
        let s = try forged.office()
        let year = "arsip/permintaan-reset-akun/\(Sandbox.year)"
        let outside = s.dir + "/luar"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            atPath: s.dir + "/" + year + "/\(Sandbox.rid(1)).md", toPath: outside + "/\(Sandbox.rid(1)).md")
        try FileManager.default.removeItem(atPath: s.dir + "/" + year)
        try FileManager.default.createSymbolicLink(atPath: s.dir + "/" + year, withDestinationPath: outside)
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let outsideBefore = try FileManager.default.contentsOfDirectory(atPath: outside).sorted()
        let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/9" : $0 }
        for (what, args) in [
            ("new", ["new"] + Sandbox.sets(fields)), ("edit", ["edit", Sandbox.rid(1), "--set", "jabatan=Lain"]),
            ("commit", ["commit", Sandbox.recordPath(1)])
        ] {
            let r = try s.berkas(["-C", "arsip"] + args + ["--key", s.dir + "/keys/staf"])
            #expect(r.status != 0, "\(what) went through a link")
            #expect(
                r.stderr.contains("permintaan-reset-akun/\(Sandbox.year) adalah tautan (symlink)"),
                "\(what): \(r.stderr)")
            #expect(try s.gitOut(["rev-parse", "HEAD"]) == head, "\(what) made a commit")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: outside).sorted() == outsideBefore,
                "\(what) wrote outside")
        }
    }

    /// A record that is itself a link to a file outside: its outside content is never committed.
    @Test func aRecordThatIsALinkIsNotFollowed() throws {
        let s = try forged.office()
        let outside = s.dir + "/luar.md"
        try s.write(
            "luar.md",
            try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Bagian Luar"))
        try FileManager.default.removeItem(atPath: s.dir + "/" + record)
        try FileManager.default.createSymbolicLink(atPath: s.dir + "/" + record, withDestinationPath: outside)
        let head = try s.gitOut(["rev-parse", "HEAD"])
        let r = try s.berkas(["-C", "arsip", "commit", Sandbox.recordPath(1), "--key", s.dir + "/keys/staf"])
        #expect(r.status != 0 && r.stderr.contains("adalah tautan (symlink)"), "\(r.stderr)")
        #expect(try s.gitOut(["rev-parse", "HEAD"]) == head)
        #expect(!(try s.gitOut(["log", "-p", "-1"])).contains("Kepala Bagian Luar"))
    }

    // MARK: text

    /// U+0085 (NEL) is a line break to YAML 1.1: refused in a value before anything is written.
    @Test func aControlCharacterInAValueIsRefused() throws {
        let s = try forged.office()
        let before = try s.snapshot()
        for value in ["Kepala\u{85}Seksi", "Kepala\u{1B}[31mSeksi", "Kepala\u{202E}Seksi"] {
            let r = try s.berkas([
                "-C", "arsip", "edit", Sandbox.rid(1), "--set", "jabatan=\(value)", "--key", s.dir + "/keys/staf"
            ])
            #expect(r.status == 1 && r.stderr.contains("karakter kendali atau tak terlihat"), "\(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}"))
        }
        #expect(try s.snapshot() == before)
        // Written by hand into the file and committed with git: verify refuses it.
        try s.write(
            record,
            try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala\u{85}Seksi"))
        let c = try forged.handCommit(s, key: "staf", message: editMessage)
        try forged.expectViolation(s, commit: c, rule: "alur")
    }

    /// A member's name is what git writes in every commit's author line: no `<`, `>` or controls.
    @Test func aMemberNameGitCannotStoreIsRefused() throws {
        let s = try forged.office()
        try s.key("ani")
        let before = try s.snapshot()
        for name in ["Ani <ani@x.go.id>", "Ani\nB", "Ani\u{85}Lestari"] {
            let r = try s.berkas([
                "-C", "arsip", "member", "add", "--key", s.dir + "/keys/pengelola", "--name", name, "--nip",
                "199001012015012001",
                "--email", "ani@ponorogo.go.id", "--role", "staf-ukpbj", "--pubkey", s.dir + "/keys/ani.pub"
            ])
            #expect(r.status == 64 && r.stderr.contains("--name"), "\(name): \(r.stderr)")
        }
        #expect(try s.snapshot() == before)
        // policy.yml edited by hand with such a name: the rules do not load.
        let policy = "arsip/.berkas/policy.yml"
        try s.write(
            policy,
            try s.read(policy).replacingOccurrences(of: "nama: \"Siti Aminah\"", with: "nama: \"Siti <siti@x>\""))
        #expect(try s.read(policy).contains("Siti <siti@x>"))
        let c = try forged.handCommit(
            s, key: "pengelola",
            message:
                "Nama\n\nBerkas-Action: pengaturan\nBerkas-Role: pengelola\nBerkas-Actor: Rina Wulandari, S.E. (NIP 199003152015032001)"
        )
        try forged.expectViolation(s, commit: c, rule: "pengaturan")
    }

    /// `berkas log` escapes what a trailer holds, as every other output does.
    @Test func logEscapesTrailers() throws {
        let s = try forged.office()
        try s.write(
            record, try s.read(record).replacingOccurrences(of: "Kepala Seksi Sarana Prasarana", with: "Kepala Seksi"))
        let evil = "\u{1B}]0;judul\u{07}\u{1B}[2J"
        try forged.handCommit(
            s, key: "staf",
            message:
                "\(Sandbox.rid(1)): ubah\n\nBerkas-Record: \(Sandbox.rid(1))\nBerkas-Action: ubah\(evil)\nBerkas-From: diterima\(evil)\n"
                + "Berkas-To: diterima\nBerkas-Fields: jabatan\nBerkas-Role: staf-ukpbj\(evil)\nBerkas-Actor: \(staf)")
        for args in [["log"], ["log", Sandbox.rid(1)], ["show", Sandbox.rid(1)], ["verify"]] {
            let r = try s.berkas(["-C", "arsip"] + args)
            #expect(
                !r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{07}") && !r.stderr.contains("\u{1B}"),
                "\(args) printed a raw escape")
        }
    }

    /// A cell a spreadsheet would run as a formula is shown as text (OWASP); JSON stays exact.
    @Test func csvCellsNeverRunAsFormulas() throws {
        let s = try forged.office()
        for (i, name) in ["=HYPERLINK(\"http://x\",\"klik\")", "+62 Budi", "-Budi", "@SUM(A1)"].enumerated() {
            let fields = Sandbox.fullRequest.map {
                $0.hasPrefix("nama=") ? "nama=\(name)" : ($0.hasPrefix("nomor_surat=") ? "nomor_surat=027/\(i)" : $0)
            }
            let r = try s.newRequest(key: "staf", fields: fields)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        let csv = try s.berkas(["-C", "arsip", "list", "--format", "csv"])
        #expect(csv.status == 0)
        for cell in ["\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"", "'+62 Budi", "'-Budi", "'@SUM(A1)"] {
            #expect(csv.stdout.contains("," + cell + ","), "\(cell) in \(csv.stdout)")
        }
        let report = try s.berkas(["-C", "arsip", "report", "--format", "csv"])
        #expect(
            !report.stdout.split(separator: "\r\n").contains {
                $0.split(separator: ",").contains { $0.hasPrefix("=") || $0.hasPrefix("@") }
            })
        let json = try s.berkas(["-C", "arsip", "list", "--format", "json"])
        #expect(json.stdout.contains("\"=HYPERLINK(\\\"http://x\\\",\\\"klik\\\")\""), "\(json.stdout)")
    }
}
