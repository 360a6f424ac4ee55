/// The steps of the procedure, read from a record's signed history: when each
/// began and ended, how much working time it took against its standard time,
/// and who performed it. Pure: the caller reads git.
public struct StepEvent: Sendable, Equatable {
    public let time: Int64
    public let offsetMinutes: Int32
    public let action: String
    public let from: Status?
    public let to: Status
    public let role: String?
    public let actor: String?
    public let commit: String

    public init(
        time: Int64, offsetMinutes: Int32, action: String, from: Status?, to: Status, role: String?, actor: String?,
        commit: String
    ) {
        self.time = time
        self.offsetMinutes = offsetMinutes
        self.action = action
        self.from = from
        self.to = to
        self.role = role
        self.actor = actor
        self.commit = commit
    }
}

/// One step of one record: finished (it has an end and a performer) or pending.
public struct Step: Sendable, Equatable {
    public let record: String
    public let action: String
    public let start: Int64
    /// Nil while the step is pending.
    public let end: Int64?
    public let standardWorkingDays: Int?
    public let deadline: Int64?
    /// Working seconds from start to end (or to now, while pending).
    public let workingSeconds: Int64
    /// Nil when the step has no standard time.
    public let onTime: Bool?
    public let role: String?
    public let actor: String?
    public let commit: String?
    /// True when the step ended in a refusal (the action taken led to a
    /// rejecting state): the step is counted as the one being waited for
    /// (`action` is that step's name), its outcome a refusal.
    public let refused: Bool

    public var isPending: Bool { end == nil }
}

public enum StepAnalysis {
    /// The status changes of a record, oldest first, into steps. The record's
    /// current state, unless final, yields a pending step for its next action
    /// on the main path (the first non-rejecting action from that state).
    public static func steps(
        record: String, events: [StepEvent], workflow: Workflow, calendar: WorkingCalendar, now: Int64
    ) -> [Step] {
        let changes = events.filter { $0.from != $0.to }
        var out: [Step] = []
        for (i, e) in changes.enumerated() where i > 0 {
            let start = changes[i - 1].time
            // A refusal ends the step the record was waiting for: it is counted
            // under that step, against that step's standard time.
            let refused = workflow.state(e.to)?.isRejection == true
            let awaited =
                refused ? e.from.flatMap { mainAction(from: $0, in: workflow) }?.name.rawValue ?? e.action : e.action
            let standard = workflow.action(ActionName(rawValue: awaited))?.standardWorkingDays
            let deadline = standard.map { calendar.deadline(from: start, workingDays: $0) }
            out.append(
                Step(
                    record: record, action: awaited, start: start, end: e.time, standardWorkingDays: standard,
                    deadline: deadline,
                    workingSeconds: calendar.workingSeconds(from: start, to: e.time),
                    onTime: deadline.map { e.time <= $0 },
                    role: e.role, actor: e.actor, commit: e.commit, refused: refused))
        }
        if let last = changes.last, !workflow.isFinal(last.to), let next = mainAction(from: last.to, in: workflow) {
            let standard = next.standardWorkingDays
            let deadline = standard.map { calendar.deadline(from: last.time, workingDays: $0) }
            out.append(
                Step(
                    record: record, action: next.name.rawValue, start: last.time, end: nil,
                    standardWorkingDays: standard, deadline: deadline,
                    workingSeconds: calendar.workingSeconds(from: last.time, to: now),
                    onTime: deadline.map { now <= $0 },
                    role: nil, actor: nil, commit: nil, refused: false))
        }
        return out
    }

    /// The action on the procedure's main path from a state: its first action
    /// that does not lead to a rejecting state.
    static func mainAction(from state: Status, in workflow: Workflow) -> Workflow.Action? {
        workflow.actions(from: state).first { workflow.state($0.to)?.isRejection != true }
    }

    /// The median of some values (the mean of the middle two for an even count).
    public static func median(_ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
