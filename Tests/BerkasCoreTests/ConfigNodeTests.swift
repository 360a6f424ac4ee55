import BerkasTemplate
import Foundation
import Testing
import Yams

@testable import BerkasCore

/// The `.berkas` files are read from Yams nodes by hand (not `Codable`): the
/// shipped rules must come out as Yams' own untyped reading says, and every
/// mistake must be refused with its line and key path.
@Suite("Config reader")
struct ConfigNodeTests {
    static let schemaPath = ".berkas/types/permintaan-reset-akun/schema.yml"
    static let workflowPath = ".berkas/types/permintaan-reset-akun/workflow.yml"

    static func text(_ path: String) throws -> String {
        try #require(RecordsTemplate.file(path).flatMap { String(data: $0, encoding: .utf8) })
    }

    /// Every field of the shipped schema, in file order, with each property as
    /// Yams' default (typed) loader reads it.
    @Test func shippedSchemaMatchesYamsOwnReading() throws {
        let text = try Self.text(Self.schemaPath)
        let schema = try Schema.parse(text, file: "schema.yml")
        let loaded = try #require(try Yams.load(yaml: text) as? [String: Any])
        let fields = try #require(loaded["fields"] as? [String: Any])
        // File order: the keys indented by two spaces under `fields:`.
        let order = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") else { return nil }
            return String(line.dropFirst(2).dropLast())
        }
        #expect(schema.keys == order)
        #expect(schema.keys.count == fields.count && fields.count > 15)
        #expect(
            schema.type == loaded["jenis"] as? String && schema.prefix == loaded["prefix"] as? String
                && schema.title == loaded["judul"] as? String)
        for spec in schema.fields {
            let raw = try #require(fields[spec.key] as? [String: Any])
            #expect(spec.type.rawValue == raw["type"] as? String, "\(spec.key)")
            #expect(spec.label == (raw["label"] as? String ?? spec.key), "\(spec.key)")
            #expect(spec.help == raw["help"] as? String, "\(spec.key)")
            #expect(spec.required == (raw["required"] as? Bool ?? false), "\(spec.key)")
            #expect(spec.notFuture == (raw["not_future"] as? Bool ?? false), "\(spec.key)")
            #expect(spec.list == (raw["list"] as? Bool ?? false), "\(spec.key)")
            #expect(
                spec.minLength == raw["min_length"] as? Int && spec.maxLength == raw["max_length"] as? Int,
                "\(spec.key)")
            #expect(spec.values == (raw["values"] as? [String] ?? []), "\(spec.key)")
            #expect(spec.requiredWhen == (raw["required_when"] as? [String: String] ?? [:]), "\(spec.key)")
            #expect(spec.requiredFrom?.rawValue == raw["required_from"] as? String, "\(spec.key)")
        }
    }

    @Test func shippedWorkflowMatchesYamsOwnReading() throws {
        let text = try Self.text(Self.workflowPath)
        let workflow = try Workflow.parse(text, file: "workflow.yml")
        let loaded = try #require(try Yams.load(yaml: text) as? [String: Any])
        let actions = try #require(loaded["actions"] as? [String: Any])
        let states = try #require(loaded["states"] as? [String: Any])
        #expect(Set(workflow.actions.map(\.name.rawValue)) == Set(actions.keys))
        #expect(Set(workflow.states.map(\.name.rawValue)) == Set(states.keys))
        for a in workflow.actions {
            let raw = try #require(actions[a.name.rawValue] as? [String: Any])
            #expect(
                a.from.map(\.rawValue) == raw["from"] as? [String] && a.to.rawValue == raw["to"] as? String, "\(a.name)"
            )
            #expect(a.roles.map(\.rawValue) == raw["roles"] as? [String], "\(a.name)")
            #expect(a.note.rawValue == (raw["note"] as? String ?? "optional"), "\(a.name)")
            #expect(
                a.fields == (raw["fields"] as? [String] ?? [])
                    && a.optionalFields == (raw["optional_fields"] as? [String] ?? []), "\(a.name)")
            #expect(a.requires == (raw["requires"] as? [String: Any] ?? [:]).mapValues { "\($0)" }, "\(a.name)")
            #expect(a.standardWorkingDays == raw["standard_working_days"] as? Int, "\(a.name)")
        }
        for s in workflow.states {
            let raw = try #require(states[s.name.rawValue] as? [String: Any])
            #expect(
                s.isInitial == (raw["initial"] as? Bool ?? false) && s.isFinal == (raw["final"] as? Bool ?? false)
                    && s.isRejection == (raw["rejection"] as? Bool ?? false), "\(s.name)")
        }
        #expect(workflow.actions.contains { $0.standardWorkingDays == 1 })
    }

    static let small = """
        jenis: uji
        prefix: UJ
        fields:
          id:
            type: id
          jenis:
            type: jenis
          status:
            type: status
          nama:
            type: text
            required: true
            max_length: 40
        """

    static func schema(replacing old: String, with new: String) -> String {
        small.replacingOccurrences(of: old, with: new)
    }

    @Test(
        arguments: [
            // (change, what the message must say, the line it must name)
            ("prefix: UJ\n", "kunci `prefix` tidak ada", nil),
            ("    required: true", "baris 12: `fields.nama.required`: harus true atau false", "    required: ya"),
            ("    required: true", "baris 12: `fields.nama.required`: harus true atau false", "    required: \"true\""),
            ("    max_length: 40", "baris 13: `fields.nama.max_length`: harus bilangan bulat", "    max_length: 40x"),
            (
                "    max_length: 40", "baris 13: `fields.nama.max_length`: harus bilangan bulat tanpa tanda kutip",
                "    max_length: \"40\""
            ),
            (
                "    type: text", "baris 11: `fields.nama.type`: \"teks\" tidak dikenal; pilih salah satu: id, jenis",
                "    type: teks"
            ),
            ("    type: text", "`fields.nama.type`: harus teks, bukan daftar atau pemetaan", "    type: [text]"),
            ("    max_length: 40", "baris 14: `fields.nama.values`: harus daftar", "    max_length: 40\n    values: a"),
            ("    max_length: 40", "tidak dapat dibaca", "    max_length: 40\n    max_length: 41")
        ] as [(String, String, String?)])
    func mistakesAreNamedWithLineAndPath(_ old: String, _ expected: String, _ new: String?) {
        let text = Self.schema(replacing: old, with: new ?? "")
        #expect(text != Self.small)
        do {
            _ = try Schema.parse(text, file: "schema.yml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.file == "schema.yml")
            #expect(error.message.id.contains(expected), "\(error.message.id)")
        }
    }

    @Test func wrongShapesAtTheTopAreRefused() {
        for text in ["- a\n- b\n", "", "# only a comment\n", "just text\n", "fields:\n  - id\n"] {
            #expect(throws: ConfigError.self, "\(text.debugDescription)") { try Schema.parse(text, file: "schema.yml") }
        }
    }

    @Test func nullsAndSpellingsReadAsCodableDid() throws {
        let text = Self.schema(
            replacing: "    max_length: 40",
            with: "    max_length: 40\n    label:\n    help: ~\n    not_future: Yes\n    list: off\n    min_length: +2")
        let spec = try #require(try Schema.parse(text, file: "schema.yml").field("nama"))
        #expect(
            spec.label == "nama" && spec.help == nil && spec.notFuture && !spec.list && spec.minLength == 2
                && spec.maxLength == 40)
        // A quoted empty string is a value, not "not set".
        let quoted = try #require(
            try Schema.parse(Self.schema(replacing: "    max_length: 40", with: "    help: \"\""), file: "s").field(
                "nama"))
        #expect(quoted.help == "")
    }

    @Test func holidaysAndPolicyMistakesNameTheirKey() throws {
        do {
            _ = try Policy.parse(
                policyText().replacingOccurrences(of: "peran: [pengelola]", with: "peran: pengelola"),
                file: "policy.yml")
            Issue.record("accepted a role that is not a list")
        } catch {
            #expect(error.message.id.contains("`anggota[0].peran`: harus daftar"), "\(error.message.id)")
        }
        do {
            _ = try OfficeConfig.parse("kantor: X\njenis: [a]\nhari_kerja: senin\n", file: "config.yml")
            Issue.record("accepted working days that are not a list")
        } catch {
            #expect(error.message.id.contains("baris 3: `hari_kerja`: harus daftar"), "\(error.message.id)")
        }
    }

    @Test func whatIsPrintedComesFromTheSettings() throws {
        let base = "kantor: X\njenis: [a]\n"
        let plain = try OfficeConfig.parse(base, file: "config.yml")
        #expect(plain.place == nil && plain.letterhead.isEmpty && plain.signatory == nil)
        let full = try OfficeConfig.parse(
            base
                + "tempat: Ponorogo\nkop:\n  - PEMERINTAH KABUPATEN PONOROGO\n  - \"\"\npenandatangan:\n"
                + "  jabatan: Kepala Bagian\n  nama: Drs. Ahmad\n  nip: \"197001011995031001\"\n",
            file: "config.yml")
        #expect(full.place == "Ponorogo" && full.letterhead == ["PEMERINTAH KABUPATEN PONOROGO"])
        #expect(
            full.signatory
                == OfficeConfig.Signatory(position: "Kepala Bagian", name: "Drs. Ahmad", nip: "197001011995031001"))
        do {
            _ = try OfficeConfig.parse(base + "penandatangan:\n  jabatan: K\n  nip: 1970 0101\n", file: "config.yml")
            Issue.record("accepted a signatory's NIP that is not 18 digits")
        } catch {
            #expect(error.message.id.contains("penandatangan.nip \"1970 0101\" harus 18 angka"), "\(error.message.id)")
        }
        do {
            _ = try OfficeConfig.parse(base + "penandatangan:\n  nama: K\n", file: "config.yml")
            Issue.record("accepted a signatory without a position")
        } catch {
            #expect(error.message.id.contains("penandatangan.jabatan"), "\(error.message.id)")
        }
    }

    @Test func theArchivalSettingsReadAsWrittenEvenFromNotepad() throws {
        let text = try #require(
            RecordsTemplate.file(".berkas/types/permintaan-reset-akun/arsip.yml").map {
                String(decoding: $0, as: UTF8.self)
            })
        let notepad = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        for t in [text, notepad] {
            let a = try Archival.parse(t, file: "arsip.yml")
            #expect(a.classificationCode == "027" && a.activeYears == 2 && a.inactiveYears == 3)
            #expect(a.finalDisposition == .musnah && a.accessClass == .terbatas)
            #expect(a.personalFields == ["nip", "telepon", "email"] && a.readers.count == 5)
            #expect(a.activeUntil(closedIn: 2026) == CalendarDate(year: 2028, month: 12, day: 31))
            #expect(a.keptUntil(closedIn: 2026) == CalendarDate(year: 2031, month: 12, day: 31))
        }
        do {
            _ = try Archival.parse(text.replacingOccurrences(of: "kode: \"027\"", with: "kode: \"02x\""), file: "a")
            Issue.record("accepted a classification code with a letter")
        } catch {
            #expect(error.message.id.contains("kode klasifikasi `02x`"), "\(error.message.id)")
        }
        #expect(Archival.masked("198507122010011003") == "19**************03" && Archival.masked("abc") == "***")
        // Every settings file is read the same way: config.yml from Notepad too.
        let config = try OfficeConfig.parse(
            "\u{FEFF}kantor: X\r\njenis: [a]\r\ntempat: Ponorogo\r\n", file: "config.yml")
        #expect(config.office == "X" && config.place == "Ponorogo")
    }
}
