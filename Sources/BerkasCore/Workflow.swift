/// `workflow.yml`: the states of a record type and the actions between them.
/// A pure value; it decides, the caller commits.
public struct Workflow: Sendable, Equatable {
    public struct State: Sendable, Equatable {
        public let name: Status
        public let label: String
        public let isInitial: Bool
        public let isFinal: Bool
        /// A state reached by refusing the request (`ditolak`): fields required
        /// "from" a later state are not demanded here.
        public let isRejection: Bool
    }

    /// Whether an action needs a note (the disposition text, a reason).
    public enum NoteRule: String, Sendable, Codable, CaseIterable { case required, optional, none }

    public struct Action: Sendable, Equatable {
        public let name: ActionName
        public let label: String
        public let from: [Status]
        public let to: Status
        public let roles: [Role]
        public let note: NoteRule
        /// Fields this action must set (and may set).
        public let fields: [String]
        /// Fields this action may also set (e.g. `identitas_asli_diperiksa` at disposisi).
        public let optionalFields: [String]
        /// Conditions on the record's fields, e.g. `identitas_asli_diperiksa: "true"`.
        public let requires: [String: String]
        /// Standard time (mutu baku) in working days; nil when the SOP sets none.
        public let standardWorkingDays: Int?
    }

    /// Who may change fields without changing the status, and in which states.
    public struct EditRule: Sendable, Equatable {
        public let states: [Status]
        public let roles: [Role]
    }

    public let states: [State]
    public let createRoles: [Role]
    public let editRules: [EditRule]
    public let actions: [Action]
    /// `statesFrom` of every state, worked out once (it is asked for each
    /// field of each record in each commit `verify` reads).
    private let reachable: [Status: Set<Status>]

    public init(states: [State], createRoles: [Role], editRules: [EditRule], actions: [Action]) {
        self.states = states
        self.createRoles = createRoles
        self.editRules = editRules
        self.actions = actions
        var reachable: [Status: Set<Status>] = [:]
        for s in states { reachable[s.name] = Self.walk(from: s.name, states: states, actions: actions) }
        self.reachable = reachable
    }

    public var initial: Status { states.first { $0.isInitial }?.name ?? states[0].name }
    public func state(_ s: Status) -> State? { states.first { $0.name == s } }
    public func action(_ a: ActionName) -> Action? { actions.first { $0.name == a } }
    public func isFinal(_ s: Status) -> Bool { state(s)?.isFinal ?? false }

    /// The actions that can start from a state (whatever the role).
    public func actions(from s: Status) -> [Action] { actions.filter { $0.from.contains(s) } }

    /// States at or after `s` along the workflow's forward actions, leaving out
    /// rejection states: where a field "required from `s`" must be present.
    public func statesFrom(_ s: Status) -> Set<Status> {
        reachable[s] ?? Self.walk(from: s, states: states, actions: actions)
    }

    private static func walk(from s: Status, states: [State], actions: [Action]) -> Set<Status> {
        var seen: Set<Status> = [s]
        var queue = [s]
        while let current = queue.popLast() {
            for a in actions where a.from.contains(current) {
                guard states.first(where: { $0.name == a.to })?.isRejection != true, !seen.contains(a.to) else {
                    continue
                }
                seen.insert(a.to)
                queue.append(a.to)
            }
        }
        return seen
    }

    /// May someone holding `roles` create a record?
    public func mayCreate(_ roles: Set<Role>) -> Bool { createRoles.contains { roles.contains($0) } }

    /// May someone holding `roles` change fields of a record in state `s`?
    public func mayEdit(in s: Status, roles: Set<Role>) -> Bool {
        guard !isFinal(s) else { return false }
        return editRules.contains { $0.states.contains(s) && $0.roles.contains { roles.contains($0) } }
    }
}

extension Workflow {
    /// Parses `workflow.yml` and checks that it hangs together.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Workflow {
        let root = try ConfigNode.document(text, file: file)
        var states: [State] = []
        for (name, s) in try root.required("states").mappingPairs() {
            states.append(
                State(
                    name: Status(rawValue: name), label: try s.optional("label")?.string() ?? name,
                    isInitial: try s.optional("initial")?.bool() ?? false,
                    isFinal: try s.optional("final")?.bool() ?? false,
                    isRejection: try s.optional("rejection")?.bool() ?? false))
        }
        let createRoles = try root.required("create").required("roles").names(RoleKind.self)
        var editRules: [EditRule] = []
        for e in try root.optional("edit")?.list() ?? [] {
            editRules.append(
                EditRule(
                    states: try e.required("states").names(StatusKind.self),
                    roles: try e.required("roles").names(RoleKind.self)))
        }
        var actions: [Action] = []
        for (name, a) in try root.required("actions").mappingPairs() {
            actions.append(
                Action(
                    name: ActionName(rawValue: name), label: try a.optional("label")?.string() ?? name,
                    from: try a.required("from").names(StatusKind.self), to: try a.required("to").name(StatusKind.self),
                    roles: try a.required("roles").names(RoleKind.self),
                    note: try a.optional("note")?.choice(NoteRule.self, among: NoteRule.allCases) ?? .optional,
                    fields: try a.optional("fields")?.strings() ?? [],
                    optionalFields: try a.optional("optional_fields")?.strings() ?? [],
                    requires: try a.optional("requires")?.stringMap() ?? [:],
                    standardWorkingDays: try a.optional("standard_working_days")?.int()))
        }
        let workflow = Workflow(states: states, createRoles: createRoles, editRules: editRules, actions: actions)
        guard states.filter(\.isInitial).count == 1 else {
            throw ConfigError(file: file, message: CoreText.exactlyOneStateMustInitial())
        }
        let known = Set(states.map(\.name))
        for a in actions {
            for s in a.from + [a.to] where !known.contains(s) {
                throw ConfigError(file: file, message: CoreText.actionNamesUnknownState(a.name, s))
            }
            if a.from.contains(where: { workflow.isFinal($0) }) {
                throw ConfigError(file: file, message: CoreText.actionStartsFinalState(a.name))
            }
        }
        return workflow
    }
}
