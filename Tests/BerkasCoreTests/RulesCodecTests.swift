import Foundation
import TestSupport
import Testing

@testable import BerkasCore

/// The rules cache's bytes: any rules read back equal, and nothing else reads back.
@Suite("Rules as bytes (the rules cache)")
struct RulesCodecTests {
    @Test func theTemplateRulesReadBackEqual() throws {
        let rules = try TemplateRules.load()
        let bytes = RulesCodec.encode(rules)
        let back = try #require(RulesCodec.decode(bytes))
        #expect(back == rules)
        // Derived lookups are worked out again, as when parsed.
        let type = try #require(back.type(named: "permintaan-reset-akun"))
        #expect(type.schema.field("nip")?.type == .nip)
        #expect(type.workflow.statesFrom("diterima") == (try TemplateRules.resetType).workflow.statesFrom("diterima"))
    }

    @Test func rulesWithEveryFieldSetOrNotReadBackEqual() {
        var g = Seeded(state: 0x5EED_2026_1126)
        for _ in 0..<300 {
            let rules = Self.randomRules(&g)
            let bytes = RulesCodec.encode(rules)
            #expect(RulesCodec.decode(bytes) == rules)
            #expect(RulesCodec.encode(RulesCodec.decode(bytes)!) == bytes)
        }
    }

    @Test func bytesCutShortLongerOrOfAnotherFormatAreRefused() throws {
        let bytes = RulesCodec.encode(try TemplateRules.load())
        for n in 0..<bytes.count {
            #expect(RulesCodec.decode(Array(bytes[0..<n])) == nil, "cut at \(n)")
        }
        #expect(RulesCodec.decode(bytes + [0]) == nil)
        var other = bytes
        other[0] = RulesCodec.formatVersion &+ 1
        #expect(RulesCodec.decode(other) == nil)
    }

    /// A damaged byte gives nil or rules whose bytes are exactly the damaged
    /// ones (there is one way only to write given rules), never a crash.
    @Test func damagedBytesAreRefusedOrReadExactly() {
        var g = Seeded(state: 77)
        let bytes = RulesCodec.encode(Self.randomRules(&g))
        var refused = 0
        for i in 0..<bytes.count {
            for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF, bytes[i] ^ 0x20] where value != bytes[i] {
                var damaged = bytes
                damaged[i] = value
                if let rules = RulesCodec.decode(damaged) {
                    #expect(RulesCodec.encode(rules) == damaged, "byte \(i) = \(value)")
                } else {
                    refused += 1
                }
            }
        }
        #expect(refused > 0)
    }

    @Test func varintsOnlyInTheirShortestForm() {
        var w = RulesCodec.Writer()
        for n in [0, 1, 127, 128, 300, Int.max, Int.min, -1] { w.int(n) }
        var r = RulesCodec.Reader(bytes: w.bytes)
        for n in [0, 1, 127, 128, 300, Int.max, Int.min, -1] { #expect(r.int() == n) }
        #expect(r.atEnd)
        var padded = RulesCodec.Reader(bytes: [0x81, 0x00]) // 1, written long
        #expect(padded.varint() == nil)
        var tooLong = RulesCodec.Reader(bytes: Array(repeating: 0xFF, count: 9) + [0x02])
        #expect(tooLong.varint() == nil)
    }

    // MARK: - Random rules

    static func text(_ g: inout Seeded) -> String {
        let pieces = [
            "", "a", "kepala-lpse", "Pejabat Pembuat Komitmen", "é", "e\u{301}", "日本", "🙂", "tab\there", "baris\nbaru",
            "\"quoted\""
        ]
        return (0..<g.below(3)).map { _ in pieces[g.below(pieces.count)] }.joined()
    }

    static func texts(_ g: inout Seeded) -> [String] { (0..<g.below(4)).map { _ in text(&g) } }

    static func map(_ g: inout Seeded) -> [String: String] {
        var m: [String: String] = [:]
        for _ in 0..<g.below(4) { m[text(&g)] = text(&g) }
        return m
    }

    static func maybe<T>(_ g: inout Seeded, _ make: (inout Seeded) -> T) -> T? { g.below(2) == 0 ? nil : make(&g) }

    static func number(_ g: inout Seeded) -> Int {
        [0, 1, -1, 5, 127, 128, 1 << 40, Int.max, Int.min][g.below(9)]
    }

    static func date(_ g: inout Seeded) -> CalendarDate {
        CalendarDate(year: 2000 + g.below(40), month: 1 + g.below(12), day: 1 + g.below(28))!
    }

    static func randomRules(_ g: inout Seeded) -> ArchiveRules {
        let config = OfficeConfig(
            office: text(&g), language: g.below(2) == 0 ? .id : .en, timeZone: text(&g), workingDays: texts(&g),
            holidaysFile: maybe(&g, text), types: texts(&g), maxFileMegabytes: 1 + g.below(1024),
            place: maybe(&g, text),
            letterhead: texts(&g),
            signatory: maybe(&g) { g in OfficeConfig.Signatory(position: text(&g), name: text(&g), nip: text(&g)) })
        let roles = (0..<g.below(4)).map { _ in Policy.RoleInfo(role: Role(rawValue: text(&g)), label: text(&g)) }
        let members = (0..<g.below(4)).map { _ in
            Policy.Member(
                name: text(&g), nip: text(&g), email: text(&g), roles: texts(&g).map { Role(rawValue: $0) },
                keys: (0..<g.below(3)).map { _ in SSHPublicKey(algorithm: text(&g), base64: text(&g), comment: text(&g))
                },
                validUntil: maybe(&g, date))
        }
        let types = (0..<g.below(3)).map { _ in
            let fields = (0..<g.below(5)).map { _ in
                FieldSpec(
                    key: text(&g), type: FieldType.allCases[g.below(FieldType.allCases.count)], label: text(&g),
                    help: maybe(&g, text),
                    required: g.below(2) == 0, requiredWhen: map(&g),
                    requiredFrom: maybe(&g, text).map { Status(rawValue: $0) },
                    values: texts(&g), minLength: maybe(&g, number), maxLength: maybe(&g, number),
                    notFuture: g.below(2) == 0,
                    list: g.below(2) == 0)
            }
            let states = (0..<g.below(4)).map { _ in
                Workflow.State(
                    name: Status(rawValue: text(&g)), label: text(&g), isInitial: g.below(2) == 0,
                    isFinal: g.below(2) == 0,
                    isRejection: g.below(2) == 0)
            }
            let edits = (0..<g.below(3)).map { _ in
                Workflow.EditRule(
                    states: texts(&g).map { Status(rawValue: $0) }, roles: texts(&g).map { Role(rawValue: $0) })
            }
            let actions = (0..<g.below(4)).map { _ in
                Workflow.Action(
                    name: ActionName(rawValue: text(&g)), label: text(&g), from: texts(&g).map { Status(rawValue: $0) },
                    to: Status(rawValue: text(&g)), roles: texts(&g).map { Role(rawValue: $0) },
                    note: Workflow.NoteRule.allCases[g.below(3)], fields: texts(&g), optionalFields: texts(&g),
                    requires: map(&g), standardWorkingDays: maybe(&g, number))
            }
            return RecordType(
                name: text(&g), schema: Schema(type: text(&g), title: text(&g), prefix: text(&g), fields: fields),
                workflow: Workflow(
                    states: states, createRoles: texts(&g).map { Role(rawValue: $0) }, editRules: edits,
                    actions: actions),
                template: text(&g),
                archival: maybe(&g) { g in
                    Archival(
                        classificationCode: text(&g), classificationName: text(&g), activeYears: number(&g),
                        inactiveYears: number(&g),
                        finalDisposition: Archival.FinalDisposition.allCases[g.below(3)],
                        accessClass: Archival.AccessClass.allCases[g.below(3)],
                        readers: texts(&g).map { Role(rawValue: $0) }, personalFields: texts(&g))
                })
        }
        var holidays: [CalendarDate: String] = [:]
        for _ in 0..<g.below(5) { holidays[date(&g)] = text(&g) }
        return ArchiveRules(
            config: config, policy: Policy(roles: roles, members: members), types: types, holidays: holidays)
    }
}
