import BerkasCore

/// What a settings change changes, in the office's words: one line per
/// thing a person would name ("mutu baku disposisi: 1 → 2 hari kerja",
/// "jenis baru: permintaan-akun-baru", "hari libur 2027: +14").
enum RulesSummary {
    static func lines(from old: ArchiveRules, to new: ArchiveRules) -> [Localized] {
        config(old.config, new.config) + types(old, new) + holidays(old.holidays, new.holidays)
            + members(old.policy, new.policy)
    }

    private static func config(_ a: OfficeConfig, _ b: OfficeConfig) -> [Localized] {
        var out: [Localized] = []
        func compare(_ label: KitText, _ x: String, _ y: String) {
            if x != y { out.append(KitText.settingChanged(label(), "", x.isEmpty ? "—" : x, y.isEmpty ? "—" : y)) }
        }
        compare(.settingOffice, a.office, b.office)
        compare(.settingLanguage, a.language.rawValue, b.language.rawValue)
        compare(.settingZone, a.timeZone, b.timeZone)
        compare(.settingWorkingDays, a.workingDays.joined(separator: ", "), b.workingDays.joined(separator: ", "))
        compare(.settingHolidayFile, a.holidaysFile ?? "", b.holidaysFile ?? "")
        compare(.settingSizeLimit, "\(a.maxFileMegabytes) MB", "\(b.maxFileMegabytes) MB")
        compare(.settingPlace, a.place ?? "", b.place ?? "")
        if a.letterhead != b.letterhead { out.append(KitText.settingLetterheadChanged()) }
        let signatory = { (s: OfficeConfig.Signatory?) in
            s.map { [$0.position, $0.name, $0.nip].filter { !$0.isEmpty }.joined(separator: ", ") } ?? ""
        }
        compare(.settingSignatory, signatory(a.signatory), signatory(b.signatory))
        return out
    }

    private static func types(_ old: ArchiveRules, _ new: ArchiveRules) -> [Localized] {
        var out: [Localized] = []
        for t in new.types where old.type(named: t.name) == nil {
            out.append(KitText.typeAdded(t.name, t.schema.prefix))
        }
        for t in old.types where new.type(named: t.name) == nil { out.append(KitText.typeRemoved(t.name)) }
        let several = new.types.count > 1
        for b in new.types {
            guard let a = old.type(named: b.name) else { continue }
            let suffix = several ? " (\(b.name))" : ""
            out += type(a, b, suffix: suffix)
        }
        return out
    }

    private static func type(_ a: RecordType, _ b: RecordType, suffix: String) -> [Localized] {
        var out: [Localized] = []
        if a.schema.prefix != b.schema.prefix {
            out.append(KitText.settingChanged(KitText.settingPrefix(), suffix, a.schema.prefix, b.schema.prefix))
        }
        if a.schema.title != b.schema.title {
            out.append(KitText.settingChanged(KitText.settingTitle(), suffix, a.schema.title, b.schema.title))
        }
        for action in b.workflow.actions {
            let before = a.workflow.actions.first { $0.name == action.name }
            guard let before else {
                out.append(KitText.actionAdded(action.name.rawValue + suffix))
                continue
            }
            if before.standardWorkingDays != action.standardWorkingDays {
                out.append(
                    KitText.standardTimeChanged(
                        action.name.rawValue + suffix, days(before.standardWorkingDays),
                        days(action.standardWorkingDays)
                    ))
            }
            if before != action && before.standardWorkingDays == action.standardWorkingDays {
                out.append(KitText.actionChanged(action.name.rawValue + suffix))
            }
        }
        for action in a.workflow.actions where !b.workflow.actions.contains(where: { $0.name == action.name }) {
            out.append(KitText.actionRemoved(action.name.rawValue + suffix))
        }
        if out.isEmpty && a.workflow != b.workflow { out.append(KitText.workflowChanged(b.name)) }
        let added = b.schema.keys.filter { a.schema.field($0) == nil }
        let removed = a.schema.keys.filter { b.schema.field($0) == nil }
        let changed = b.schema.fields.filter { f in a.schema.field(f.key).map { $0 != f } ?? false }.map(\.key)
        if !added.isEmpty { out.append(KitText.fieldsAdded(added.joined(separator: ", ") + suffix)) }
        if !removed.isEmpty { out.append(KitText.fieldsRemoved(removed.joined(separator: ", ") + suffix)) }
        if !changed.isEmpty { out.append(KitText.fieldsChanged(changed.joined(separator: ", ") + suffix)) }
        if a.template != b.template { out.append(KitText.newRecordTemplateChanged(b.name)) }
        if a.archival != b.archival {
            out.append(
                a.archival == nil ? KitText.archivalSet(b.name) : KitText.archivalChanged(b.name, retention(b.archival))
            )
        }
        return out
    }

    private static func days(_ n: Int?) -> String { n.map(String.init) ?? "—" }

    private static func retention(_ a: Archival?) -> String { a?.retentionText ?? "—" }

    private static func holidays(_ a: [CalendarDate: String], _ b: [CalendarDate: String]) -> [Localized] {
        let years = Set(a.keys.map(\.year)).union(b.keys.map(\.year)).sorted()
        return years.compactMap { year in
            let x = a.filter { $0.key.year == year }
            let y = b.filter { $0.key.year == year }
            let added = y.keys.filter { x[$0] == nil }.count
            let removed = x.keys.filter { y[$0] == nil }.count
            let renamed = y.filter { x[$0.key] != nil && x[$0.key] != $0.value }.count
            guard added + removed + renamed > 0 else { return nil }
            var parts: [String] = []
            if added > 0 { parts.append("+\(added)") }
            if removed > 0 { parts.append("−\(removed)") }
            if renamed > 0 { parts.append("~\(renamed)") }
            return KitText.holidaysChanged(year, parts.joined(separator: " "), y.count)
        }
    }

    private static func members(_ a: Policy, _ b: Policy) -> [Localized] {
        guard a != b else { return [] }
        let added = b.members.filter { m in !a.members.contains { $0.nip == m.nip } }.map(\.name)
        let removed = a.members.filter { m in !b.members.contains { $0.nip == m.nip } }.map(\.name)
        var out: [Localized] = []
        if !added.isEmpty { out.append(KitText.membersAdded(added.joined(separator: ", "))) }
        if !removed.isEmpty { out.append(KitText.membersRemoved(removed.joined(separator: ", "))) }
        for m in b.members {
            guard let before = a.members.first(where: { $0.nip == m.nip }), before != m else { continue }
            out.append(KitText.memberChanged(m.name))
        }
        if a.roles != b.roles { out.append(KitText.rolesChanged()) }
        return out
    }
}
