import BerkasCore

/// Rule 2: the key belongs to a member, valid at that point, holding a role
/// that may make this change, under the policy in force at the parent.
public struct SignerRule: AuditRule {
    public let name = "penanda-tangan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard case .success(let keyLine) = f.signature, let rules = f.judgingRules else { return [] }
        guard let member = f.signer(in: rules) else {
            return [
                Violation(
                    commit: f.id, rule: name, message: AuditText.signingKeyBelongedMemberUnder(keyLine.prefix(40)))
            ]
        }
        if let until = member.validUntil, f.date > until {
            return [
                Violation(
                    commit: f.id, rule: name, message: AuditText.sMembershipEndedCommitDated(member.name, until, f.date)
                )
            ]
        }
        guard let authority = change.authority(rules, newPolicy: f.newRules?.policy) else { return [] }
        if !authority.roles.contains(where: { member.roles.contains($0) }) {
            let record: String? = {
                if case .record(let r) = change { return r.id.description }
                return nil
            }()
            let held = member.roles.map(\.rawValue).joined(separator: ", ")
            let needed = authority.roles.map(\.rawValue).joined(separator: ", ")
            return [
                Violation(
                    commit: f.id, rule: name, record: record,
                    message: AuditText.rolesMayMakeChangeAllowed(member.name, held, needed))
            ]
        }
        return []
    }
}
