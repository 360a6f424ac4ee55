import BerkasCore

/// Rule 4: the trailers say what the diff does, and who did it as which role.
/// Each `Berkas-*` trailer appears at most once, in the order berkas writes
/// them, only the known ones, and each one agrees with the diff and the signer.
public struct TrailerRule: AuditRule {
    public let name = "trailer"
    public init() {}

    /// The trailers berkas writes, in this order.
    public static let order = Trailer.allCases.map(\.rawValue)

    /// Which, once each, in order: whatever the change is (§8 (1)).
    static func orderProblems(_ f: CommitFacts) -> [Localized] {
        var out: [Localized] = []
        var seen: [String] = []
        for t in f.trailers where t.key.hasPrefix(Trailer.prefix) {
            guard let position = order.firstIndex(of: t.key) else {
                out.append(AuditText.trailerOneBerkasKnows(TerminalSafe.escape(t.key)))
                continue
            }
            if seen.contains(t.key) {
                out.append(AuditText.trailerAppearsMoreThanOnce(t.key))
            } else if let last = seen.last, let lastPosition = order.firstIndex(of: last), lastPosition > position {
                out.append(AuditText.trailerOutOrder(t.key, order.joined(separator: ", ")))
            }
            seen.append(t.key)
        }
        return out
    }

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        var out: [Violation] = []
        var record: String? = nil
        if case .record(let r) = change { record = r.id.description }
        func add(_ m: Localized) { out.append(Violation(commit: f.id, rule: name, record: record, message: m)) }
        Self.orderProblems(f).forEach(add)
        guard let rules = f.judgingRules, let authority = change.authority(rules, newPolicy: f.newRules?.policy) else {
            return out
        }
        func expect(_ trailer: Trailer, _ expected: String?) {
            let key = trailer.rawValue
            let actual = f.trailer(trailer)
            guard actual != expected else { return }
            add(AuditText.trailerSaysButChange(key, TerminalSafe.escape(actual ?? "—"), expected ?? "—"))
        }
        let action = f.trailer(.action)
        if action == nil || !authority.actions.contains(action!) {
            add(
                AuditText.trailerBerkasActionMatchChange(
                    TerminalSafe.escape(action ?? "—"), authority.actions.joined(separator: "/")))
        }
        if case .record(let r) = change {
            expect(.record, r.id.description)
            expect(.from, r.beforeStatus?.rawValue)
            expect(.to, r.afterStatus?.rawValue)
            // The fields whose values changed, in the schema's order (status aside); none for a new record.
            if let before = r.before, let after = r.after {
                let changed = r.type.schema.keys.filter { $0 != "status" && before.value($0) != after.value($0) }
                expect(.fields, changed.isEmpty ? nil : changed.joined(separator: ", "))
            } else if r.before == nil {
                expect(.fields, nil)
            }
        } else {
            for key in [Trailer.record, .from, .to, .fields] { expect(key, nil) }
        }
        // Only a destruction names a berita acara (the destruction rule says whether it does).
        if case .destruction = change {} else { expect(.minutes, nil) }
        if let member = f.signer(in: rules) {
            expect(.actor, CommitMessage.actor(name: member.name, nip: member.nip))
            let role = f.trailer(.role).map(Role.init(rawValue:))
            if role == nil || !member.roles.contains(role!) || !authority.roles.contains(role!) {
                add(AuditText.trailerBerkasRoleRoleSigner(TerminalSafe.escape(role?.rawValue ?? "—")))
            }
        }
        return out
    }
}
