/// An archive's rules as they stand after `RulesLoader` read and checked them,
/// written as plain bytes and read back, for the rules cache (`.git/berkas/rules`).
///
/// Why: reading the rules from YAML (five files through libyaml, Yams' nodes
/// and the checks) is a good part of every command that reads them; read back
/// from these bytes they cost a fraction of that (BENCHMARKS.md). Only rules
/// that passed every check are ever written.
///
/// Every value is built again through its own initialiser (so `Schema` and
/// `Workflow` work out their lookups as when parsed). The bytes of given rules
/// are one sequence only (varints in their shortest form, maps and holidays in
/// order), and `decode` takes nothing else: it returns nil for bytes that do
/// not read back whole (cut short, too long, a bad count, a second way of
/// writing a value), and the caller then reads the YAML again.
public enum RulesCodec {
    /// Changes whenever what is written changes.
    public static let formatVersion: UInt8 = 4

    // long-function: the cache format field by field; encode and decode mirror each other line for line, so each stays whole.
    public static func encode(_ rules: ArchiveRules) -> [UInt8] {
        var w = Writer()
        w.byte(formatVersion)
        let c = rules.config
        w.string(c.office)
        w.string(c.language.rawValue)
        w.string(c.timeZone)
        w.strings(c.workingDays)
        w.optional(c.holidaysFile) { $0.string($1) }
        w.strings(c.types)
        w.int(c.maxFileMegabytes)
        w.optional(c.place) { $0.string($1) }
        w.strings(c.letterhead)
        w.optional(c.signatory) { w, s in
            w.string(s.position)
            w.string(s.name)
            w.string(s.nip)
        }
        w.count(rules.policy.roles.count)
        for r in rules.policy.roles {
            w.string(r.role.rawValue)
            w.string(r.label)
        }
        w.count(rules.policy.members.count)
        for m in rules.policy.members {
            w.string(m.name)
            w.string(m.nip)
            w.string(m.email)
            w.names(m.roles)
            w.count(m.keys.count)
            for k in m.keys {
                w.string(k.algorithm)
                w.string(k.base64)
                w.string(k.comment)
            }
            w.optional(m.validUntil) { $0.date($1) }
        }
        w.count(rules.types.count)
        for t in rules.types {
            w.string(t.name)
            w.string(t.template)
            let s = t.schema
            w.string(s.type)
            w.string(s.title)
            w.string(s.prefix)
            w.count(s.fields.count)
            for f in s.fields {
                w.string(f.key)
                w.string(f.type.rawValue)
                w.string(f.label)
                w.optional(f.help) { $0.string($1) }
                w.bool(f.required)
                w.map(f.requiredWhen)
                w.optional(f.requiredFrom) { $0.string($1.rawValue) }
                w.strings(f.values)
                w.optional(f.minLength) { $0.int($1) }
                w.optional(f.maxLength) { $0.int($1) }
                w.bool(f.notFuture)
                w.bool(f.list)
            }
            let wf = t.workflow
            w.count(wf.states.count)
            for st in wf.states {
                w.string(st.name.rawValue)
                w.string(st.label)
                w.bool(st.isInitial)
                w.bool(st.isFinal)
                w.bool(st.isRejection)
            }
            w.names(wf.createRoles)
            w.count(wf.editRules.count)
            for e in wf.editRules {
                w.names(e.states)
                w.names(e.roles)
            }
            w.count(wf.actions.count)
            for a in wf.actions {
                w.string(a.name.rawValue)
                w.string(a.label)
                w.names(a.from)
                w.string(a.to.rawValue)
                w.names(a.roles)
                w.string(a.note.rawValue)
                w.strings(a.fields)
                w.strings(a.optionalFields)
                w.map(a.requires)
                w.optional(a.standardWorkingDays) { $0.int($1) }
            }
            w.optional(t.archival) { w, a in
                w.string(a.classificationCode)
                w.string(a.classificationName)
                w.int(a.activeYears)
                w.int(a.inactiveYears)
                w.string(a.finalDisposition.rawValue)
                w.string(a.accessClass.rawValue)
                w.names(a.readers)
                w.strings(a.personalFields)
            }
        }
        let holidays = rules.holidays.sorted { $0.key < $1.key }
        w.count(holidays.count)
        for (d, label) in holidays {
            w.date(d)
            w.string(label)
        }
        return w.bytes
    }

    // long-function: the mirror of encode, field by field (see encode).
    public static func decode(_ bytes: [UInt8]) -> ArchiveRules? {
        var r = Reader(bytes: bytes)
        guard r.byte() == formatVersion else { return nil }
        guard let office = r.string(), let language = r.string().flatMap(Language.init(rawValue:)),
            let timeZone = r.string(),
            let workingDays = r.strings(), let holidaysFile = r.optional({ $0.string() }), let typeNames = r.strings(),
            let maxFileMegabytes = r.int(), let place = r.optional({ $0.string() }), let letterhead = r.strings(),
            let signatory = r.optional({ r -> OfficeConfig.Signatory? in
                guard let position = r.string(), let name = r.string(), let nip = r.string() else { return nil }
                return OfficeConfig.Signatory(position: position, name: name, nip: nip)
            })
        else { return nil }
        let config = OfficeConfig(
            office: office, language: language, timeZone: timeZone, workingDays: workingDays,
            holidaysFile: holidaysFile, types: typeNames, maxFileMegabytes: maxFileMegabytes, place: place,
            letterhead: letterhead, signatory: signatory)
        guard let roleCount = r.count() else { return nil }
        var roles: [Policy.RoleInfo] = []
        for _ in 0..<roleCount {
            guard let role = r.string(), let label = r.string() else { return nil }
            roles.append(.init(role: Role(rawValue: role), label: label))
        }
        guard let memberCount = r.count() else { return nil }
        var members: [Policy.Member] = []
        for _ in 0..<memberCount {
            guard let name = r.string(), let nip = r.string(), let email = r.string(),
                let memberRoles: [Role] = r.names(),
                let keyCount = r.count()
            else { return nil }
            var keys: [SSHPublicKey] = []
            for _ in 0..<keyCount {
                guard let algorithm = r.string(), let base64 = r.string(), let comment = r.string() else { return nil }
                keys.append(SSHPublicKey(algorithm: algorithm, base64: base64, comment: comment))
            }
            guard let until = r.optional({ $0.date() }) else { return nil }
            members.append(.init(name: name, nip: nip, email: email, roles: memberRoles, keys: keys, validUntil: until))
        }
        guard let typeCount = r.count() else { return nil }
        var types: [RecordType] = []
        for _ in 0..<typeCount {
            guard let name = r.string(), let template = r.string(), let schemaType = r.string(), let title = r.string(),
                let prefix = r.string(), let fieldCount = r.count()
            else { return nil }
            var fields: [FieldSpec] = []
            for _ in 0..<fieldCount {
                guard let key = r.string(), let type = r.string().flatMap(FieldType.init(rawValue:)),
                    let label = r.string(),
                    let help = r.optional({ $0.string() }), let required = r.bool(), let requiredWhen = r.map(),
                    let requiredFrom = r.optional({ $0.string().map(Status.init(rawValue:)) }),
                    let values = r.strings(),
                    let minLength = r.optional({ $0.int() }), let maxLength = r.optional({ $0.int() }),
                    let notFuture = r.bool(), let list = r.bool()
                else { return nil }
                fields.append(
                    FieldSpec(
                        key: key, type: type, label: label, help: help, required: required, requiredWhen: requiredWhen,
                        requiredFrom: requiredFrom, values: values, minLength: minLength, maxLength: maxLength,
                        notFuture: notFuture, list: list))
            }
            guard let stateCount = r.count() else { return nil }
            var states: [Workflow.State] = []
            for _ in 0..<stateCount {
                guard let s = r.string(), let label = r.string(), let initial = r.bool(), let final = r.bool(),
                    let rejection = r.bool()
                else { return nil }
                states.append(
                    .init(
                        name: Status(rawValue: s), label: label, isInitial: initial, isFinal: final,
                        isRejection: rejection))
            }
            guard let createRoles: [Role] = r.names(), let editCount = r.count() else { return nil }
            var editRules: [Workflow.EditRule] = []
            for _ in 0..<editCount {
                guard let s: [Status] = r.names(), let roles: [Role] = r.names() else { return nil }
                editRules.append(.init(states: s, roles: roles))
            }
            guard let actionCount = r.count() else { return nil }
            var actions: [Workflow.Action] = []
            for _ in 0..<actionCount {
                guard let a = r.string(), let label = r.string(), let from: [Status] = r.names(), let to = r.string(),
                    let roles: [Role] = r.names(), let note = r.string().flatMap(Workflow.NoteRule.init(rawValue:)),
                    let fields = r.strings(), let optionalFields = r.strings(), let requires = r.map(),
                    let days = r.optional({ $0.int() })
                else { return nil }
                actions.append(
                    .init(
                        name: ActionName(rawValue: a), label: label, from: from, to: Status(rawValue: to), roles: roles,
                        note: note, fields: fields, optionalFields: optionalFields, requires: requires,
                        standardWorkingDays: days))
            }
            guard
                let archival = r.optional({ r -> Archival? in
                    guard let code = r.string(), let codeName = r.string(), let active = r.int(),
                        let inactive = r.int(),
                        let disposition = r.string().flatMap(Archival.FinalDisposition.init(rawValue:)),
                        let access = r.string().flatMap(Archival.AccessClass.init(rawValue:)),
                        let readers: [Role] = r.names(), let personal = r.strings()
                    else { return nil }
                    return Archival(
                        classificationCode: code, classificationName: codeName, activeYears: active,
                        inactiveYears: inactive, finalDisposition: disposition, accessClass: access, readers: readers,
                        personalFields: personal)
                })
            else { return nil }
            types.append(
                RecordType(
                    name: name, schema: Schema(type: schemaType, title: title, prefix: prefix, fields: fields),
                    workflow: Workflow(
                        states: states, createRoles: createRoles, editRules: editRules, actions: actions),
                    template: template, archival: archival))
        }
        guard let holidayCount = r.count() else { return nil }
        var holidays: [CalendarDate: String] = [:]
        var last: CalendarDate? = nil
        for _ in 0..<holidayCount {
            // days in order, once each
            guard let d = r.date(), let label = r.string(), last.map({ $0 < d }) ?? true else { return nil }
            holidays[d] = label
            last = d
        }
        guard r.atEnd else { return nil }
        return ArchiveRules(
            config: config, policy: Policy(roles: roles, members: members), types: types, holidays: holidays)
    }

    // MARK: - Bytes

    /// Counts and numbers as LEB128 varints (numbers zig-zagged), texts as a
    /// count and UTF-8, an optional as a 0/1 byte and then its value.
    struct Writer {
        var bytes: [UInt8] = []

        mutating func byte(_ b: UInt8) { bytes.append(b) }
        mutating func count(_ n: Int) { varint(UInt64(n)) }
        mutating func varint(_ v: UInt64) {
            var v = v
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }
        mutating func int(_ n: Int) { varint(UInt64(bitPattern: Int64((n << 1) ^ (n >> 63)))) }
        mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }
        mutating func string(_ s: String) {
            count(s.utf8.count)
            bytes.append(contentsOf: s.utf8)
        }
        mutating func strings(_ list: [String]) {
            count(list.count)
            for s in list { string(s) }
        }
        mutating func names<Kind>(_ list: [Name<Kind>]) { strings(list.map(\.rawValue)) }
        mutating func map(_ m: [String: String]) {
            count(m.count)
            for (k, v) in m.sorted(by: { $0.key < $1.key }) {
                string(k)
                string(v)
            }
        }
        mutating func date(_ d: CalendarDate) {
            int(d.year)
            int(d.month)
            int(d.day)
        }
        mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
            if let value {
                bytes.append(1)
                write(&self, value)
            } else {
                bytes.append(0)
            }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func byte() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }
        mutating func varint() -> UInt64? {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while let b = byte() {
                guard shift < 64, shift < 63 || b <= 1 else { return nil }
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return b == 0 && shift > 0 ? nil : v } // the shortest form only
                shift += 7
            }
            return nil
        }
        /// A count of things still to come: never more than the bytes left (each takes one at least).
        mutating func count() -> Int? {
            guard let v = varint(), v <= UInt64(bytes.count - at) else { return nil }
            return Int(v)
        }
        mutating func int() -> Int? {
            guard let v = varint() else { return nil }
            return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
        }
        mutating func bool() -> Bool? {
            switch byte() {
            case 0: return false
            case 1: return true
            default: return nil
            }
        }
        mutating func string() -> String? {
            guard let n = count() else { return nil }
            defer { at += n }
            return String(validating: bytes[at..<(at + n)], as: UTF8.self)
        }
        mutating func strings() -> [String]? {
            guard let n = count() else { return nil }
            var out: [String] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                guard let s = string() else { return nil }
                out.append(s)
            }
            return out
        }
        mutating func names<Kind>() -> [Name<Kind>]? { strings()?.map { Name(rawValue: $0) } }
        mutating func map() -> [String: String]? {
            guard let n = count() else { return nil }
            var out: [String: String] = [:]
            var last: String? = nil
            for _ in 0..<n {
                // keys in order, once each
                guard let k = string(), let v = string(), last.map({ $0 < k }) ?? true else { return nil }
                out[k] = v
                last = k
            }
            return out
        }
        mutating func date() -> CalendarDate? {
            guard let y = int(), let m = int(), let d = int() else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        /// `.some(nil)` for a value written absent, nil when the bytes are wrong.
        mutating func optional<T>(_ read: (inout Reader) -> T?) -> T?? {
            switch byte() {
            case 0: return .some(nil)
            case 1: return read(&self).map { .some($0) }
            default: return nil
            }
        }
    }
}
