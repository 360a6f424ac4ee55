/// One record type of an archive: its schema and workflow, read from
/// `.berkas/types/<type>/`.
///
/// A class (immutable): every record of a listing refers to its type, and a
/// copy of this value as a struct retained the schema's and workflow's
/// fifteen arrays and texts one by one (a warm `list` of 20,000 records moved
/// each record several times).
public final class RecordType: Sendable, Equatable {
    public let name: String
    public let schema: Schema
    public let workflow: Workflow
    /// `template.md`: the skeleton of a new record.
    public let template: String
    /// `arsip.yml`: classification, retention and access; nil in an archive made before it.
    public let archival: Archival?

    public init(name: String, schema: Schema, workflow: Workflow, template: String, archival: Archival? = nil) {
        self.name = name
        self.schema = schema
        self.workflow = workflow
        self.template = template
        self.archival = archival
    }

    /// Every stored property (the rules cache's round-trip tests rely on it).
    public static func == (a: RecordType, b: RecordType) -> Bool {
        a === b
            || (a.name == b.name && a.schema == b.schema && a.workflow == b.workflow && a.template == b.template
                && a.archival == b.archival)
    }
}

/// Everything an archive's rules are made of, as they stand in one commit.
/// A class (immutable), as `RecordType`: `verify` hands the rules to each
/// commit's checks, and a copy of the struct retained every part of them.
public final class ArchiveRules: Sendable, Equatable {
    public let config: OfficeConfig
    public let policy: Policy
    public let types: [RecordType]
    /// Public holidays and collective leave (`hari-libur.yml`).
    public let holidays: [CalendarDate: String]

    public init(config: OfficeConfig, policy: Policy, types: [RecordType], holidays: [CalendarDate: String] = [:]) {
        self.config = config
        self.policy = policy
        self.types = types
        self.holidays = holidays
    }

    /// Every stored property (the rules cache's round-trip tests rely on it).
    public static func == (a: ArchiveRules, b: ArchiveRules) -> Bool {
        a === b || (a.config == b.config && a.policy == b.policy && a.types == b.types && a.holidays == b.holidays)
    }

    /// The office's working calendar; `offsetSeconds` is its zone's offset from UTC.
    public func calendar(offsetSeconds: Int64) -> WorkingCalendar {
        let days = Set(config.workingDays.compactMap { WorkingCalendar.weekdayNames[$0.lowercased()] })
        return WorkingCalendar(workingWeekdays: days, holidays: Set(holidays.keys), offsetSeconds: offsetSeconds)
    }

    public func type(named name: String) -> RecordType? { types.first { $0.name == name } }
    public func type(forPrefix prefix: String) -> RecordType? { types.first { $0.schema.prefix == prefix } }
}
