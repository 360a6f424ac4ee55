import BerkasCore

extension ClassifiedChange {
    /// What the commit must call itself in `Berkas-Action`, and the roles that
    /// may make it, under the rules at the parent. Nil when the change is not
    /// a legal shape (other rules report why).
    /// `newPolicy`: the policy as the commit leaves it (for an archive change).
    public func authority(_ rules: ArchiveRules, newPolicy: Policy? = nil) -> (actions: [String], roles: [Role])? {
        switch self {
        case .root:
            return (["init"], [.pengelola])
        case .archive(let paths):
            return ([ArchiveAction.expected(old: rules.policy, new: newPolicy, paths: paths)], [.pengelola])
        case .documentation:
            return (["dokumentasi"], [.pengelola])
        case .destruction:
            return (["musnah"], [.pengelola])
        case .record(let r):
            let wf = r.type.workflow
            switch (r.beforeStatus, r.afterStatus) {
            case (nil, _?):
                return (["buat"], wf.createRoles)
            case (let b?, let a?) where b == a:
                return (["ubah"], wf.editRules.filter { $0.states.contains(b) }.flatMap(\.roles))
            case (let b?, let a?):
                let matching = wf.actions.filter { $0.from.contains(b) && $0.to == a }
                guard !matching.isEmpty else { return nil }
                return (matching.map(\.name.rawValue), matching.flatMap(\.roles))
            default:
                return nil
            }
        case .mixed, .empty:
            return nil
        }
    }
}

extension CommitFacts {
    /// The member who signed, under the given rules, if the signature is good.
    public func signer(in rules: ArchiveRules) -> Policy.Member? {
        guard let key = signerKey else { return nil }
        return rules.policy.member(for: key)
    }

    /// The rules a commit is judged by: the parent's, or for the root its own.
    var judgingRules: ArchiveRules? { isRoot ? newRules ?? rules : rules }
}
