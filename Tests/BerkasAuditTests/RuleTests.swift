import BerkasSignatures
import BerkasTemplate
import Foundation
import Testing

@testable import BerkasAudit
@testable import BerkasCore

let staffKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINIV8HOtZ8B01Po0rPA2kwdmhwJC8L5sJ1QBEROlWzOE"
let headKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFx7JwC2xLQ0ZKpV0m3c0b6ZyW6l7bHc9m1m2Gk5q3Yq"

/// The template's rules with two members: a clerk and a Kepala UKPBJ.
func rules() throws -> ArchiveRules {
    let base = try RulesLoader.load { RecordsTemplate.file($0) }
    let members = [
        Policy.Member(
            name: "Siti", nip: "198801012010012001", email: "siti@x.go.id", roles: ["staf-ukpbj"],
            keys: [SSHPublicKey(line: staffKey)!], validUntilDate: nil),
        Policy.Member(
            name: "Ahmad", nip: "197001011995031001", email: "ahmad@x.go.id", roles: ["kepala-ukpbj"],
            keys: [SSHPublicKey(line: headKey)!],
            validUntilDate: CalendarDate(year: 2026, month: 6, day: 30))
    ]
    return ArchiveRules(
        config: base.config, policy: Policy(roles: base.policy.roles, members: members), types: base.types)
}

func record(status: String, extra: String = "") -> Data {
    Data(
        """
        ---
        id: RA-2026-0001
        jenis: permintaan-reset-akun
        status: \(status)
        tanggal_surat: 2026-01-05
        nomor_surat: "1"
        nama: "Budi Santoso"
        nip: "198507122010011003"
        pangkat_golongan: "III/b"
        jabatan: "Kepala Seksi"
        alamat_instansi: "Dinas"
        telepon: "081234567890"
        email: "budi@x.go.id"
        peran: PPK
        nomor_sertifikat_pbj: "1"
        sk_pengangkatan: "1"
        perubahan_data: false
        identitas_asli_diperiksa: true
        \(extra)---

        """.utf8)
}

func facts(
    key: String = headKey, message: String, changes: [CommitFacts.FileChange], parents: [String] = ["p"],
    time: Int64 = 1_767_600_000,
    offsetMinutes: Int32 = 420, parentTime: Int64? = 1_767_500_000,
    signature: Result<String, SSHSignatureVerifier.Failure>? = nil
) throws -> CommitFacts {
    CommitFacts(
        id: "c0ffee0000", parents: parents, message: message, committerTime: time,
        committerOffsetMinutes: offsetMinutes, authorTime: time,
        parentCommitterTime: parentTime, signed: SignedCommit.parse(Array("tree x\n\nm\n".utf8)),
        signature: signature ?? .success(key),
        rules: try rules(), rulesProblem: nil, newRules: nil, newRulesProblem: nil, changes: changes,
        existsInCommit: { _ in false }, fileInCommit: { _ in nil })
}

let path = "permintaan-reset-akun/2026/RA-2026-0001.md"

func disposisi(
    from: String = "diterima", to: String = "didisposisi", role: String = "kepala-ukpbj",
    actor: String = "Ahmad (NIP 197001011995031001)"
) -> String {
    "RA-2026-0001: disposisi\n\nLanjut.\n\nBerkas-Record: RA-2026-0001\nBerkas-Action: disposisi\nBerkas-From: \(from)\nBerkas-To: \(to)\nBerkas-Role: \(role)\nBerkas-Actor: \(actor)\n"
}

func step(_ before: String, _ after: String) -> [CommitFacts.FileChange] {
    [.init(path: path, before: record(status: before), after: record(status: after))]
}

@Suite("Audit rules on plain facts")
struct RuleTests {
    @Test func anHonestDisposisiBreaksNoRule() throws {
        let f = try facts(message: disposisi(), changes: step("diterima", "didisposisi"))
        #expect(Auditor().audit(f).isEmpty, "\(Auditor().audit(f).map(\.message.en))")
    }

    @Test func signatureRule() throws {
        let f = try facts(
            message: disposisi(), changes: step("diterima", "didisposisi"), signature: .failure(.namespace("file")))
        #expect(SignatureRule().check(f, ClassifiedChange.classify(f)).map(\.rule) == ["tanda-tangan"])
    }

    @Test func signerRuleWrongRoleAndExpiredMembership() throws {
        let wrong = try facts(
            key: staffKey, message: disposisi(role: "staf-ukpbj", actor: "Siti (NIP 198801012010012001)"),
            changes: step("diterima", "didisposisi"))
        #expect(SignerRule().check(wrong, ClassifiedChange.classify(wrong)).count == 1)
        let late = try facts(
            message: disposisi(), changes: step("diterima", "didisposisi"), time: 1_790_000_000,
            parentTime: 1_789_000_000)
        #expect(
            SignerRule().check(late, ClassifiedChange.classify(late)).first?.message.en.contains("ended on 2026-06-30")
                == true)
    }

    @Test func transitionRuleSkippedStepAndFinal() throws {
        let jump = try facts(message: disposisi(to: "diperintahkan"), changes: step("diterima", "diperintahkan"))
        #expect(
            TransitionRule().check(jump, ClassifiedChange.classify(jump)).first?.message.en.contains(
                "not one legal action") == true)
        let final = try facts(
            message: disposisi(),
            changes: [
                .init(
                    path: path,
                    before: record(status: "selesai", extra: "user_id_spse: x\ndikirim_melalui: sms\ndikirim_ke: x\n"),
                    after: record(status: "selesai", extra: "user_id_spse: y\ndikirim_melalui: sms\ndikirim_ke: x\n"))
            ])
        #expect(
            TransitionRule().check(final, ClassifiedChange.classify(final)).first?.message.en.contains("final") == true)
        // A record only removed is a destruction, judged by its own rule; removed while an attachment of it is added, a deleted record.
        let removed = try facts(
            message: disposisi(), changes: [.init(path: path, before: record(status: "diterima"), after: nil)])
        #expect(
            DestructionRule().check(removed, ClassifiedChange.classify(removed)).contains {
                $0.message.en.contains("destroyed while not final")
            })
        let deleted = try facts(
            message: disposisi(),
            changes: [
                .init(path: path, before: record(status: "diterima"), after: nil),
                .init(path: "lampiran/RA-2026-0001/sk.pdf", before: nil, after: Data("x".utf8))
            ])
        #expect(
            TransitionRule().check(deleted, ClassifiedChange.classify(deleted)).first?.message.en.contains("deleted")
                == true)
    }

    /// Retention is counted in the archive's zone (rule book §7a (2.3)): a record closed on
    /// 31 December 2020 at 23.30 WIB was closed in 2020 and is kept until 31 December 2025.
    @Test func destructionCountsRetentionInTheArchivesZone() throws {
        let closed: Int64 = 1_609_432_200 // 2020-12-31 16.30 UTC = 23.30 WIB
        let message =
            "Pemusnahan\n\nBerkas-Action: musnah\nBerkas-Berita-Acara: BA/1\nBerkas-Role: pengelola\nBerkas-Actor: x"
        func destroyed(at time: Int64) throws -> [Violation] {
            var f = try facts(
                message: message, changes: [.init(path: path, before: record(status: "ditolak"), after: nil)],
                time: time, parentTime: closed)
            f.lastChanged = { paths in paths.contains(path) ? [path: closed] : [:] }
            return DestructionRule().check(f, ClassifiedChange.classify(f))
        }
        // 1 January 2026 00.10 WIB (still 2025 in UTC): the retention has ended.
        #expect(try destroyed(at: 1_767_201_000).isEmpty)
        // 31 December 2025 23.10 WIB: its last day.
        let early = try destroyed(at: 1_767_197_400)
        #expect(early.map(\.rule) == ["pemusnahan"] && early[0].message.en.contains("ends on 31 December 2025"))
    }

    @Test func trailerRule() throws {
        let lie = try facts(message: disposisi(to: "selesai"), changes: step("diterima", "didisposisi"))
        #expect(
            TrailerRule().check(lie, ClassifiedChange.classify(lie)).map(\.message.en) == [
                "trailer Berkas-To says \"selesai\" but the change is \"didisposisi\""
            ])
        let actor = try facts(message: disposisi(actor: "Orang Lain (NIP 1)"), changes: step("diterima", "didisposisi"))
        #expect(TrailerRule().check(actor, ClassifiedChange.classify(actor)).count == 1)
    }

    @Test func scopeRule() throws {
        let two = try facts(
            message: disposisi(),
            changes: step("diterima", "didisposisi") + [
                .init(
                    path: "permintaan-reset-akun/2026/RA-2026-0002.md", before: nil, after: record(status: "diterima"))
            ])
        #expect(
            ScopeRule().check(two, ClassifiedChange.classify(two)).first?.message.en.contains("one commit, one record")
                == true)
        let outside = try facts(
            message: disposisi(), changes: [.init(path: "catatan.txt", before: nil, after: Data("x".utf8))])
        #expect(ScopeRule().check(outside, ClassifiedChange.classify(outside)).count == 1)
    }

    @Test func secretRule() throws {
        let f = try facts(message: "RA-2026-0001: kirim\n\nPassword: abc\n", changes: step("diterima", "diterima"))
        #expect(SecretRule().check(f, ClassifiedChange.classify(f)).count == 1)
        // A secret written into the record is named by the commit that writes it, in its own line;
        // a later commit that leaves that line as it was is not blamed again, one that changes it is.
        let secret = String(decoding: record(status: "diterima"), as: UTF8.self) + "kata sandi baru: Rahasia123\n"
        let withSecret = Data(secret.utf8)
        let writes = try facts(
            message: disposisi(), changes: [.init(path: path, before: record(status: "diterima"), after: withSecret)])
        let found = SecretRule().check(writes, ClassifiedChange.classify(writes))
        let lineNumber =
            secret.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("kata sandi") }!
            + 1
        #expect(found.map(\.message.en) == ["\(path) line \(lineNumber) looks like it holds a password"])
        let moved = Data(secret.replacingOccurrences(of: "status: diterima", with: "status: didisposisi").utf8)
        let keeps = try facts(message: disposisi(), changes: [.init(path: path, before: withSecret, after: moved)])
        #expect(SecretRule().check(keeps, ClassifiedChange.classify(keeps)).isEmpty)
        let changed = Data(secret.replacingOccurrences(of: "Rahasia123", with: "Rahasia456").utf8)
        let edits = try facts(message: disposisi(), changes: [.init(path: path, before: withSecret, after: changed)])
        #expect(SecretRule().check(edits, ClassifiedChange.classify(edits)).count == 1)
    }

    @Test func linearAndTimeRules() throws {
        let merge = try facts(message: "m", changes: [], parents: ["a", "b"])
        #expect(LinearHistoryRule().check(merge, .empty).count == 1)
        let back = try facts(message: "m", changes: [], time: 100, parentTime: 200)
        #expect(CommitTimeRule().check(back, .empty).count == 1)
        let future = try facts(message: "m", changes: [], time: 1000, parentTime: 900)
        #expect(CommitTimeRule(notAfter: 999).check(future, .empty).count == 1)
        #expect(CommitTimeRule(notAfter: 1000).check(future, .empty).isEmpty)
    }

    @Test func commitDateIsTheArchivesZoneNotTheSignersOffset() throws {
        // 2026-01-04 20:00 UTC is already 2026-01-05 in the archive's zone (Asia/Jakarta),
        // whatever offset the signer wrote the commit in.
        for offset: Int32 in [420, 0, -720, 840] {
            let f = try facts(message: "m", changes: [], time: 1_767_556_800, offsetMinutes: offset)
            #expect(f.date == CalendarDate(year: 2026, month: 1, day: 5), "\(offset)")
        }
    }
}

@Suite("Lines a commit changes")
struct ChangedLinesTests {
    func range(_ old: String, _ new: String) -> Range<Int> {
        SecretRule.changedLines(old: Data(old.utf8), new: Data(new.utf8), lineCount: RawLines(new).contents.count)
    }

    @Test func fromTheFirstDifferingByteToTheLast() {
        #expect(range("a\nb\nc\n", "a\nb\nc\n").isEmpty)
        #expect(range("a\nb\nc\n", "x\nb\nc\n") == 0..<1)
        #expect(range("a\nb\nc\n", "a\nB\nc\n") == 1..<2)
        #expect(range("a\nb\nc\n", "a\nbb\nc\ndd\n") == 1..<4)
        #expect(range("a\nb\nc\n", "a\nb\nc\nd\n") == 3..<4)
        #expect(range("a\nb\nc\n", "a\nc\n") == 1..<2, "a removed line: the line that took its place")
        #expect(range("a\nb\nc\n", "a\nb\n").isEmpty, "lines removed at the end: nothing new")
        #expect(range("", "password: x\n") == 0..<1)
        #expect(range("a\r\nb\r\n", "a\r\nb2\r\n") == 1..<2)
    }
}

@Suite("Lines the secret rule reads")
struct SecretRuleLinesTests {
    @Test(arguments: ["a\nb\nc\n", "a\r\nb\r\nc", "\n\n", "", "x", "a\r\n\r\nb\r", "é\n\u{2028}\nz\n"])
    func splitAsRawLinesSplits(_ text: String) {
        let all = RawLines(text).contents
        #expect(SecretRule.lines(of: Data(text.utf8), in: 0..<Int.max).map(\.1) == all)
        for lower in 0...all.count {
            for upper in lower...all.count {
                let got = SecretRule.lines(of: Data(text.utf8), in: lower..<upper)
                #expect(got.map(\.0) == Array(lower..<upper))
                #expect(got.map(\.1) == Array(all[lower..<upper]))
            }
        }
    }
}

@Suite("The note of a commit message")
struct CommitNoteTests {
    func note(_ message: String) throws -> String? {
        try facts(message: message, changes: []).note
    }

    @Test func theParagraphsBetweenSubjectAndTrailers() throws {
        #expect(
            try note("RA-2026-0001: disposisi\n\nDiteruskan ke LPSE.\nSegera.\n\nBerkas-Record: RA-2026-0001\n")
                == "Diteruskan ke LPSE.\nSegera.")
        #expect(
            try note("S\n\nA\n  \n\n B\n\nT: x\n") == "A\n\n B",
            "blank lines of spaces separate paragraphs; several count as one")
        #expect(try note("S\r\n\r\nCatatan.\r\n\r\nT: x\r\n") == "Catatan.\r", "CR LF: lines of only CR are blank")
        #expect(try note("S\n\nBerkas-Record: RA-2026-0001\n") == nil)
        #expect(try note("S") == nil)
        #expect(try note("") == nil)
    }
}
