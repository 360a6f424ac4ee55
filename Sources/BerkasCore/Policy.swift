/// An SSH public key as written in an authorized_keys / allowed_signers line.
public struct SSHPublicKey: Sendable, Hashable {
    public let algorithm: String
    public let base64: String
    public let comment: String

    /// What `berkas verify` checks in-process (RSA keys are not accepted in a policy).
    public static let allowedAlgorithms: Set<String> = ["ssh-ed25519", "ecdsa-sha2-nistp256"]

    /// Parses `ALGORITHM BASE64 [comment]`, refusing anything that could carry
    /// options into allowed_signers (quotes, commas, `*`, `!`, new lines).
    public init?(line: String) {
        let trimmed = line.trimmingScalars(" \t\r\n")
        guard !trimmed.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0 }) else { return nil }
        let parts = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, SSHPublicKey.allowedAlgorithms.contains(String(parts[0])) else { return nil }
        let b64 = String(parts[1])
        guard
            b64.utf8.allSatisfy({
                ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B
                    || $0 == 0x2F || $0 == 0x3D
            })
        else { return nil }
        algorithm = String(parts[0])
        base64 = b64
        let rawComment = parts.count > 2 ? String(parts[2]) : ""
        comment = rawComment.filter { !TerminalSafe.isUnsafe($0.unicodeScalars.first!) }
    }

    /// A key as `init?(line:)` made it (for `RulesCodec`, which writes only keys read that way).
    init(algorithm: String, base64: String, comment: String) {
        self.algorithm = algorithm
        self.base64 = base64
        self.comment = comment
    }

    /// `ALGORITHM BASE64` (without the comment), the identity of the key.
    public var identity: String { "\(algorithm) \(base64)" }

    // The identity, compared and hashed without building its string.
    public static func == (a: SSHPublicKey, b: SSHPublicKey) -> Bool {
        a.base64 == b.base64 && a.algorithm == b.algorithm
    }
    public func hash(into h: inout Hasher) {
        h.combine(algorithm)
        h.combine(base64)
    }
}

/// `policy.yml`: roles and the members who hold them, with their keys.
public struct Policy: Sendable, Equatable {
    public struct RoleInfo: Sendable, Equatable {
        public let role: Role
        public let label: String
    }

    public struct Member: Sendable, Equatable {
        public let name: String
        public let nip: String
        public let email: String
        public let roles: [Role]
        public let keys: [SSHPublicKey]
        /// Last day (inclusive) the member may sign; nil for no end.
        public let validUntil: CalendarDate?
    }

    public let roles: [RoleInfo]
    public let members: [Member]

    /// The member holding a key, if any.
    public func member(for key: SSHPublicKey) -> Member? {
        members.first { $0.keys.contains(key) }
    }

    public func label(of role: Role) -> String { roles.first { $0.role == role }?.label ?? role.rawValue }
}

extension Policy {
    /// Parses `policy.yml` and refuses anything that could smuggle options into
    /// the generated allowed_signers file.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Policy {
        let root = try ConfigNode.document(text, file: file)
        var roles: [RoleInfo] = []
        for (role, label) in try root.required("peran").mappingPairs() {
            roles.append(RoleInfo(role: Role(rawValue: role), label: try label.string()))
        }
        let known = Set(roles.map(\.role))
        var members: [Member] = []
        var owners: [SSHPublicKey: String] = [:]
        for node in try root.required("anggota").list() {
            let m = (
                nama: try node.required("nama").string(), nip: try node.required("nip").string(),
                email: try node.required("email").string(),
                peran: try node.required("peran").names(RoleKind.self), kunci: try node.required("kunci").strings(),
                berlaku_sampai: try node.optional("berlaku_sampai")?.string()
            )
            if let problem = PolicyRules.principalProblem(m.email) {
                throw ConfigError(file: file, message: CoreText.memberEMail(TerminalSafe.escape(m.nama), problem))
            }
            if let problem = TextRules.identityNameProblem(m.nama) {
                throw ConfigError(file: file, message: CoreText.memberProblem(TerminalSafe.escape(m.nama), problem))
            }
            var keys: [SSHPublicKey] = []
            for line in m.kunci {
                guard let key = SSHPublicKey(line: line) else {
                    throw ConfigError(file: file, message: CoreText.memberPublicKeyValid(m.nama))
                }
                if let other = owners[key], other != m.email {
                    throw ConfigError(file: file, message: CoreText.sameKeyBelongs(other, m.email))
                }
                owners[key] = m.email
                keys.append(key)
            }
            for r in m.peran where !known.contains(r) {
                throw ConfigError(file: file, message: CoreText.memberUnknownRole(m.nama, r))
            }
            var until: CalendarDate? = nil
            if let u = m.berlaku_sampai, !u.isEmpty {
                guard let d = CalendarDate(iso: u) else {
                    throw ConfigError(file: file, message: CoreText.memberBerlakuSampaiMustYyyy(m.nama))
                }
                until = d
            }
            members.append(
                Member(name: m.nama, nip: m.nip, email: m.email, roles: m.peran, keys: keys, validUntil: until))
        }
        return Policy(roles: roles, members: members)
    }

    /// The allowed-signers file git reads (`gpg.ssh.allowedSignersFile`): one line
    /// per key, principal = e-mail, limited to the `git` namespace.
    public func allowedSigners() -> String {
        var out = "# Dibuat oleh berkas dari .berkas/policy.yml — jangan diubah dengan tangan.\n"
        out += "# Generated by berkas from .berkas/policy.yml — do not edit by hand.\n"
        for m in members {
            for k in m.keys {
                var options = "namespaces=\"git\""
                if let until = validUntil(m) { options += ",valid-before=\"\(until)\"" }
                out += "\(m.email) \(options) \(k.identity)\n"
            }
        }
        return out
    }

    private func validUntil(_ m: Member) -> String? {
        guard let d = m.validUntil else { return nil }
        // valid-before is exclusive; berlaku_sampai is the last valid day.
        var y = d.year
        var mo = d.month
        var day = d.day + 1
        if day > CalendarDate.daysIn(month: mo, year: y) {
            day = 1
            mo += 1
        }
        if mo > 12 {
            mo = 1
            y += 1
        }
        return String(format4: y) + String(format2: mo) + String(format2: day)
    }
}

/// Rules for what may stand in policy.yml.
public enum PolicyRules {
    /// Why an e-mail cannot be an allowed_signers principal, or nil.
    public static func principalProblem(_ email: String) -> Localized? {
        let forbidden: Set<Character> = [",", "\"", "'", "*", "!", "?", " ", "\t", "\n", "\r", "\\", "#"]
        if email.contains(where: { forbidden.contains($0) })
            || email.unicodeScalars.contains(where: TerminalSafe.isUnsafe)
        {
            return CoreText.holdsForbiddenCharacterCommaQuote()
        }
        if EmailAddress.check(email) != nil {
            return CoreText.validEMailAddress()
        }
        return nil
    }
}
