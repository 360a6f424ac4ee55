/// One record type of an archive: its schema and workflow, read from
/// `.berkas/types/<type>/`.
public struct RecordType: Sendable, Equatable {
    public let name: String
    public let schema: Schema
    public let workflow: Workflow
    /// `template.md`: the skeleton of a new record.
    public let template: String

    public init(name: String, schema: Schema, workflow: Workflow, template: String) {
        self.name = name
        self.schema = schema
        self.workflow = workflow
        self.template = template
    }
}

/// Everything an archive's rules are made of, as they stand in one commit.
public struct ArchiveRules: Sendable, Equatable {
    public let config: OfficeConfig
    public let policy: Policy
    public let types: [RecordType]

    public init(config: OfficeConfig, policy: Policy, types: [RecordType]) {
        self.config = config
        self.policy = policy
        self.types = types
    }

    public func type(named name: String) -> RecordType? { types.first { $0.name == name } }
    public func type(forPrefix prefix: String) -> RecordType? { types.first { $0.schema.prefix == prefix } }
}
