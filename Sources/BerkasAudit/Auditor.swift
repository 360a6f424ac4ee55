/// Runs every rule on one commit's facts.
public struct Auditor: Sendable {
    public let rules: [any AuditRule]

    /// The rules of the rule book (docs/verification-rules.md); a shallow history is checked by the caller.
    public init(notAfter: Int64? = nil) {
        rules = [
            SignatureRule(), SignerRule(), ScopeRule(), TransitionRule(), DestructionRule(), TrailerRule(),
            SecretRule(),
            LinearHistoryRule(),
            CommitTimeRule(notAfter: notAfter), ArchiveRulesRule()
        ]
    }

    public func audit(_ facts: CommitFacts) -> [Violation] {
        let change = ClassifiedChange.classify(facts)
        return rules.flatMap { $0.check(facts, change) }
    }
}
