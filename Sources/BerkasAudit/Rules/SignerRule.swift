import BerkasCore

/// Rule 2: the key belongs to a member, valid at that point, holding a role
/// that may make this change, under the policy in force at the parent.
public struct SignerRule: AuditRule {
    public let name = "penanda-tangan"
    public init() {}

    public func check(_ f: CommitFacts, _ change: ClassifiedChange) -> [Violation] {
        guard case .success(let keyLine) = f.signature, let rules = f.judgingRules else { return [] }
        guard let member = f.signer(in: rules) else {
            return [Violation(commit: f.id, rule: name, message: L("kunci penanda tangan (\(keyLine.prefix(40))…) bukan milik anggota mana pun menurut policy saat itu",
                                                                    "the signing key (\(keyLine.prefix(40))…) belonged to no member under the policy in force"))]
        }
        if let until = member.validUntil, f.date > until {
            return [Violation(commit: f.id, rule: name, message: L("keanggotaan \(member.name) berakhir \(until), commit bertanggal \(f.date)",
                                                                    "\(member.name)'s membership ended on \(until), the commit is dated \(f.date)"))]
        }
        guard let authority = change.authority(rules, newPolicy: f.newRules?.policy) else { return [] }
        if !authority.roles.contains(where: { member.roles.contains($0) }) {
            let record: String? = { if case .record(let r) = change { return r.id.description }; return nil }()
            let held = member.roles.map(\.rawValue).joined(separator: ", ")
            let needed = authority.roles.map(\.rawValue).joined(separator: ", ")
            return [Violation(commit: f.id, rule: name, record: record,
                              message: L("\(member.name) (peran: \(held)) tidak berwenang untuk perubahan ini; yang berwenang: \(needed)",
                                         "\(member.name) (roles: \(held)) may not make this change; allowed: \(needed)"))]
        }
        return []
    }
}
