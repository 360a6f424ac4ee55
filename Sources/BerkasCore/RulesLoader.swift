import Foundation

/// Reads an archive's rules (config, policy, every type's schema, workflow and
/// template) through a reader, so the same code reads a commit or a folder.
public enum RulesLoader {
    public static let configPath = ".berkas/config.yml"
    public static let policyPath = ".berkas/policy.yml"
    public static let allowedSignersPath = ".berkas/allowed_signers"

    public static func typeFolder(_ type: String) -> String { ".berkas/types/\(type)" }

    /// `read` returns a file's bytes, or nil when it does not exist.
    public static func load(_ read: (String) throws -> Data?) throws -> ArchiveRules {
        func text(_ path: String) throws -> String {
            guard let data = try read(path) else {
                throw ConfigError(file: path, message: CoreText.fileMissing())
            }
            guard let s = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: path, message: CoreText.utfText())
            }
            return s
        }
        let config = try OfficeConfig.parse(try text(configPath), file: configPath)
        let policy = try Policy.parse(try text(policyPath), file: policyPath)
        var types: [RecordType] = []
        for name in config.types {
            let folder = typeFolder(name)
            let schema = try Schema.parse(try text("\(folder)/schema.yml"), file: "\(folder)/schema.yml")
            let workflow = try Workflow.parse(try text("\(folder)/workflow.yml"), file: "\(folder)/workflow.yml")
            let template = try text("\(folder)/template.md")
            guard schema.type == name else {
                throw ConfigError(
                    file: "\(folder)/schema.yml", message: CoreText.jenisDiffersFolderName(schema.type, name))
            }
            if let s = schema.fields.first(where: { $0.requiredFrom != nil && workflow.state($0.requiredFrom!) == nil })
            {
                throw ConfigError(
                    file: "\(folder)/schema.yml", message: CoreText.fieldStateWorkflow(s.key, s.requiredFrom!))
            }
            let archival = try read("\(folder)/arsip.yml").map { data throws(ConfigError) in
                try Self.archival(data, file: "\(folder)/arsip.yml", schema: schema, policy: policy)
            }
            types.append(
                RecordType(name: name, schema: schema, workflow: workflow, template: template, archival: archival))
        }
        var holidays: [CalendarDate: String] = [:]
        // The holiday list is part of the rules: it lives in `.berkas/`, where
        // only a pengelola may change it, and what is read is known by that folder.
        if let file = config.holidaysFile, !(file.hasPrefix(".berkas/") && RecordPath.isSafeRelative(file)) {
            throw ConfigError(file: configPath, message: CoreText.hariLiburMustFileInside(file))
        }
        if let file = config.holidaysFile, let data = try read(file) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: file, message: CoreText.utfText())
            }
            for (key, value) in try ConfigNode.document(text, file: file).mappingPairs() {
                let label = try value.string()
                guard let d = CalendarDate(iso: key) else {
                    throw ConfigError(file: file, message: CoreText.yyyyMmDdDate(key))
                }
                holidays[d] = label
            }
        }
        for day in config.workingDays where WorkingCalendar.weekdayNames[day.lowercased()] == nil {
            throw ConfigError(file: configPath, message: CoreText.unknownWorkingDaySeninMinggu(day))
        }
        return ArchiveRules(config: config, policy: policy, types: types, holidays: holidays)
    }

    /// A type's `arsip.yml`, whose personal fields are the schema's and whose readers are the policy's roles.
    static func archival(_ data: Data, file: String, schema: Schema, policy: Policy) throws(ConfigError) -> Archival {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: file, message: CoreText.utfText())
        }
        let archival = try Archival.parse(text, file: file)
        if let f = archival.personalFields.first(where: { schema.field($0) == nil }) {
            throw ConfigError(file: file, message: CoreText.archivalUnknownField(f))
        }
        let roles = Set(policy.roles.map(\.role))
        if let r = archival.readers.first(where: { !roles.contains($0) }) {
            throw ConfigError(file: file, message: CoreText.archivalUnknownRole(r.rawValue))
        }
        return archival
    }
}
