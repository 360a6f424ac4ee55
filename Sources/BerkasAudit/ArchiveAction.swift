import BerkasCore

/// The one name an archive change has (`Berkas-Action` of a commit that
/// changes `.berkas/`), worked out from what the change does. Rule book:
/// docs/verification-rules.md, "Archive actions".
public enum ArchiveAction {
    /// - `member-add`: only policy.yml and allowed_signers change; the members are
    ///   the parent's plus exactly one, all others unchanged, roles unchanged.
    /// - `member-remove`: likewise, exactly one member fewer.
    /// - `key-add` / `key-retire`: the same members; exactly one member's keys
    ///   change, by exactly one key added / taken away; nothing else about them.
    /// - `pengaturan`: any other change under `.berkas/`.
    public static func expected(old: Policy?, new: Policy?, paths: [String]) -> String {
        let policyOnly = Set(paths).isSubset(of: [RulesLoader.policyPath, RulesLoader.allowedSignersPath])
        guard policyOnly, let old, let new, old.roles == new.roles else { return "pengaturan" }
        let a = old.members
        let b = new.members
        if b.count == a.count + 1, b.filter({ m in !a.contains(m) }).count == 1, a.allSatisfy({ b.contains($0) }) {
            return "member-add"
        }
        if b.count + 1 == a.count, a.filter({ m in !b.contains(m) }).count == 1, b.allSatisfy({ a.contains($0) }) {
            return "member-remove"
        }
        if a.count == b.count {
            let changed = zip(a, b).filter { $0 != $1 }
            if changed.count == 1, let (x, y) = changed.first,
                x.name == y.name, x.nip == y.nip, x.email == y.email, x.roles == y.roles, x.validUntil == y.validUntil
            {
                let added = y.keys.filter { !x.keys.contains($0) }
                let removed = x.keys.filter { !y.keys.contains($0) }
                if added.count == 1, removed.isEmpty, y.keys.count == x.keys.count + 1 { return "key-add" }
                if removed.count == 1, added.isEmpty, y.keys.count + 1 == x.keys.count { return "key-retire" }
            }
        }
        return "pengaturan"
    }
}
