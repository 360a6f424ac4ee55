/// The workflow's answer to "may these roles do this action on a record in this
/// state?". A pure decision: the caller commits, or explains.
public enum WorkflowDecision: Sendable, Equatable {
    /// Allowed, performed as `role`.
    case allowed(Workflow.Action, role: Role)
    /// The record is final (`selesai`, `ditolak`) and never changes again.
    case final(Status)
    /// No such action from this state; these are the actions that are.
    case illegal(allowed: [ActionName])
    /// A legal action, but none of the actor's roles may do it; these may.
    case wrongRole(allowedRoles: [Role])
}

extension Workflow {
    public func decide(action name: ActionName, in status: Status, roles: Set<Role>) -> WorkflowDecision {
        if isFinal(status) { return .final(status) }
        guard let action = action(name), action.from.contains(status) else {
            return .illegal(allowed: actions(from: status).map(\.name))
        }
        guard let role = action.roles.first(where: { roles.contains($0) }) else {
            return .wrongRole(allowedRoles: action.roles)
        }
        return .allowed(action, role: role)
    }

    /// The steps on the main path (not refusals) that wait for the holder of `roles`.
    public func waiting(in status: Status, roles: Set<Role>) -> [Action] {
        available(in: status, roles: roles).filter { state($0.to)?.isRejection != true }
    }

    /// The actions the holder of `roles` may take now on a record in `status`.
    public func available(in status: Status, roles: Set<Role>) -> [Action] {
        actions(from: status).filter { $0.roles.contains { roles.contains($0) } }
    }
}
