/// Writes the `anggota:` section of policy.yml, leaving everything above it
/// (comments, roles) as it was.
public enum PolicyWriter {
    public static func replacingMembers(in text: String, with members: [Policy.Member]) -> String {
        var raw = RawLines(text)
        let ending = raw.lines.first?.ending.isEmpty == false ? raw.lines[0].ending : "\n"
        let start = raw.lines.firstIndex { $0.content.hasPrefix("anggota:") } ?? raw.lines.count
        raw.lines.removeSubrange(start..<raw.lines.count)
        var out = raw.text
        if !out.isEmpty && !out.hasSuffix("\n") { out += ending }
        out += render(members).replacingOccurrences(of: "\n", with: ending)
        return out
    }

    static func render(_ members: [Policy.Member]) -> String {
        if members.isEmpty { return "anggota: []\n" }
        var out = "anggota:\n"
        for m in members {
            out += "  - nama: \(FrontMatterEditor.format(m.name, style: .quoted))\n"
            out += "    nip: \(FrontMatterEditor.format(m.nip, style: .quoted))\n"
            out += "    email: \(FrontMatterEditor.format(m.email, style: .quoted))\n"
            out += "    peran: [\(m.roles.map(\.rawValue).joined(separator: ", "))]\n"
            out += "    kunci:\n"
            for k in m.keys {
                let line = k.comment.isEmpty ? k.identity : "\(k.identity) \(k.comment)"
                out += "      - \(FrontMatterEditor.format(line, style: .quoted))\n"
            }
            if let until = m.validUntil { out += "    berlaku_sampai: \(until)\n" }
        }
        return out
    }
}

extension Policy.Member {
    public init(
        name: String, nip: String, email: String, roles: [Role], keys: [SSHPublicKey], validUntilDate: CalendarDate?
    ) {
        self.init(name: name, nip: nip, email: email, roles: roles, keys: keys, validUntil: validUntilDate)
    }
}

/// Small line edits to the archive's own YAML files (config.yml).
public enum ConfigEditor {
    /// Replaces the value of a top-level `key:` line, keeping its comment.
    public static func setTopLevel(_ key: String, _ value: String, in text: String) -> String {
        var raw = RawLines(text)
        guard let i = raw.lines.firstIndex(where: { $0.content.hasPrefix(key + ":") }) else { return text }
        let comment = FrontMatterEditor.trailingComment(raw.lines[i].content)
        raw.lines[i].content = "\(key): \(value)" + (comment ?? "")
        return raw.text
    }
}
