import BerkasCore

/// Rule 4: the trailers say what the diff does, and who did it as which role.
public struct TrailerRule: AuditRule {
    public let name = "trailer"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard let rules = f.judgingRules, let authority = change.authority(rules) else { return [] }
        var out: [Violation] = []
        var record: String? = nil
        if case .record(let r) = change { record = r.id.description }
        func add(_ m: Localized) { out.append(Violation(commit: f.id, rule: name, record: record, message: m)) }
        func expect(_ key: String, _ expected: String?) {
            let actual = f.trailer(key)
            guard actual != expected else { return }
            add(L("trailer \(key) berbunyi \"\(actual ?? "—")\", padahal perubahannya \"\(expected ?? "—")\"",
                  "trailer \(key) says \"\(actual ?? "—")\" but the change is \"\(expected ?? "—")\""))
        }
        let action = f.trailer("Berkas-Action")
        if action == nil || !authority.actions.contains(action!) {
            add(L("trailer Berkas-Action \"\(action ?? "—")\" tidak sesuai perubahan (\(authority.actions.joined(separator: "/")))",
                  "trailer Berkas-Action \"\(action ?? "—")\" does not match the change (\(authority.actions.joined(separator: "/")))"))
        }
        if case .record(let r) = change {
            expect("Berkas-Record", r.id.description)
            expect("Berkas-From", r.beforeStatus?.rawValue)
            expect("Berkas-To", r.afterStatus?.rawValue)
        } else {
            expect("Berkas-Record", nil)
        }
        if let member = f.signer(in: rules) {
            expect("Berkas-Actor", CommitMessage.actor(name: member.name, nip: member.nip))
            let role = f.trailer("Berkas-Role").map(Role.init(rawValue:))
            if role == nil || !member.roles.contains(role!) || !authority.roles.contains(role!) {
                add(L("trailer Berkas-Role \"\(role?.rawValue ?? "—")\" bukan peran penanda tangan yang berwenang untuk perubahan ini",
                      "trailer Berkas-Role \"\(role?.rawValue ?? "—")\" is not a role of the signer that may make this change"))
            }
        }
        return out
    }
}
