import BerkasCore
import BerkasGit
import Foundation

/// `berkas member …`: policy changes by a `pengelola`, each one signed commit
/// that updates policy.yml and regenerates allowed_signers together.
public struct MemberService {
    public enum Change {
        case add(name: String, nip: String, email: String, roles: [String], publicKey: String, validUntil: String?)
        case remove(who: String)
        case addKey(who: String, publicKey: String)
        case retireKey(who: String, publicKey: String)
    }

    public struct Result {
        public let summary: String
        public let commit: ObjectID
    }

    public init() {}

    public func run(archive: Archive, change: Change, keyFlag: String?) throws -> Result {
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        guard session.memberRoles.contains(.pengelola) else {
            throw session.notAllowed(KitText.changingArchiveSMembers(), allowed: [.pengelola])
        }
        for p in [RulesLoader.policyPath, RulesLoader.allowedSignersPath] { try archive.requireClean(p) }
        guard let data = try archive.repo.file(at: RulesLoader.policyPath, in: session.base),
            let text = String(data: data, encoding: .utf8)
        else {
            throw BerkasError.internalFailure("policy.yml cannot be read from the last commit")
        }
        var members = session.rules.policy.members
        let (action, summary) = try apply(change, to: &members, session: session)
        let newText = PolicyWriter.replacingMembers(in: text, with: members)
        let policy: Policy
        do { policy = try Policy.parse(newText, file: RulesLoader.policyPath) } catch {
            throw BerkasError.config(error)
        }
        guard policy.members.contains(where: { $0.roles.contains(.pengelola) }) else {
            throw BerkasError.user(.invalid, KitText.archiveMustKeepPengelola())
        }
        let message = CommitMessage.archiveChange(action: action, subject: summary, note: nil, actor: session.actor)
        let commit = try session.commit(
            files: [
                (RulesLoader.policyPath, Data(newText.utf8)),
                (RulesLoader.allowedSignersPath, Data(policy.allowedSigners().utf8))
            ],
            message: message)
        return Result(summary: summary, commit: commit)
    }

    /// The member list after the change, and the change's action and subject for the commit.
    private func apply(_ change: Change, to members: inout [Policy.Member], session: WriteSession) throws -> (
        action: String, summary: String
    ) {
        switch change {
        case .add(let name, let nip, let email, let roleNames, let publicKey, let validUntil):
            let member = try makeMember(
                name: name, nip: nip, email: email, roleNames: roleNames, publicKey: publicKey, validUntil: validUntil,
                session: session)
            if members.contains(where: { $0.email.lowercased() == email.lowercased() || $0.nip == member.nip }) {
                throw BerkasError.user(.invalid, KitText.memberEMailNipExists())
            }
            try requireUnowned(member.keys[0], members: members)
            members.append(member)
            let roles = member.roles.map(\.rawValue).joined(separator: ", ")
            return ("member-add", "Anggota baru: \(member.name) (NIP \(member.nip)), peran: \(roles)")
        case .remove(let who):
            let i = try index(of: who, in: members)
            let removed = members.remove(at: i)
            if !members.contains(where: { $0.roles.contains(.pengelola) }) {
                throw BerkasError.user(.invalid, KitText.lastPengelolaAddAnotherOne(removed.name))
            }
            return ("member-remove", "Anggota dicabut: \(removed.name) (NIP \(removed.nip))")
        case .addKey(let who, let publicKey):
            let i = try index(of: who, in: members)
            let key = try parseKey(publicKey)
            try requireUnowned(key, members: members)
            let m = members[i]
            members[i] = Policy.Member(
                name: m.name, nip: m.nip, email: m.email, roles: m.roles, keys: m.keys + [key],
                validUntilDate: m.validUntil)
            return ("key-add", "Kunci baru untuk \(m.name) (NIP \(m.nip))")
        case .retireKey(let who, let publicKey):
            let i = try index(of: who, in: members)
            let key = try parseKey(publicKey)
            let m = members[i]
            guard m.keys.contains(key) else {
                throw BerkasError.user(.invalid, KitText.keyBelong(m.name))
            }
            let keys = m.keys.filter { $0 != key }
            if keys.isEmpty {
                throw BerkasError.user(.invalid, KitText.wouldHaveKeyLeftRemove(m.name))
            }
            members[i] = Policy.Member(
                name: m.name, nip: m.nip, email: m.email, roles: m.roles, keys: keys, validUntilDate: m.validUntil)
            return ("key-retire", "Kunci \(m.name) (NIP \(m.nip)) dipensiunkan")
        }
    }

    private func makeMember(
        name: String, nip: String, email: String, roleNames: [String], publicKey: String, validUntil: String?,
        session: WriteSession
    ) throws -> Policy.Member {
        let cleanName = name.trimmingCharacters(in: .whitespaces)
        if let p = TextRules.identityNameProblem(cleanName) {
            throw BerkasError.user(.usage, KitText.nameOption(p))
        }
        guard cleanName.count >= 3 else {
            throw BerkasError.user(.usage, KitText.nameMustFullNameWithout())
        }
        let cleanNIP = nip.replacingOccurrences(of: " ", with: "")
        if case .failure(let p) = NIP.parse(cleanNIP, today: session.today) {
            throw BerkasError.invalidRecords([p.at(file: "--nip", line: 0, field: "nip")])
        }
        if let problem = PolicyRules.principalProblem(email) {
            throw BerkasError.user(.usage, KitText.emailOption(email, problem))
        }
        guard !roleNames.isEmpty else {
            throw BerkasError.user(.usage, KitText.nameLeastOneRole())
        }
        var roles: [Role] = []
        for r in roleNames.map(Role.init(rawValue:)) where !roles.contains(r) {
            guard session.rules.policy.roles.contains(where: { $0.role == r }) else {
                let list = session.rules.policy.roles.map(\.role.rawValue).joined(separator: ", ")
                throw BerkasError.user(.usage, KitText.unknownRoleRoles(r, list))
            }
            roles.append(r)
        }
        var until: CalendarDate? = nil
        if let v = validUntil {
            guard let d = CalendarDate(iso: v) else { throw BerkasError.user(.usage, KitText.validUntilMustYyyyMm()) }
            until = d
        }
        return Policy.Member(
            name: cleanName, nip: cleanNIP, email: email, roles: roles, keys: [try parseKey(publicKey)],
            validUntilDate: until)
    }

    /// Reads a public key from a file path or the key line itself.
    private func parseKey(_ source: String) throws -> SSHPublicKey {
        var line = source
        if !source.hasPrefix("ssh-") && !source.hasPrefix("ecdsa-") {
            guard let data = FileManager.default.contents(atPath: UserPath.resolve(source)),
                let text = String(data: data, encoding: .utf8)
            else {
                throw BerkasError.user(.usage, KitText.readPublicKeyFile(source))
            }
            line = text
        }
        let lines = line.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard lines.count == 1, let key = SSHPublicKey(line: String(lines[0])) else {
            throw BerkasError.user(.invalid, KitText.publicKeyValidMustOne())
        }
        return key
    }

    private func requireUnowned(_ key: SSHPublicKey, members: [Policy.Member]) throws {
        if let owner = members.first(where: { $0.keys.contains(key) }) {
            throw BerkasError.user(.invalid, KitText.keyAlreadyBelongsOneKey(owner.name))
        }
    }

    private func index(of who: String, in members: [Policy.Member]) throws -> Int {
        guard
            let i = members.firstIndex(where: {
                $0.email.lowercased() == who.lowercased() || $0.nip == who.replacingOccurrences(of: " ", with: "")
            })
        else {
            throw BerkasError.user(.invalid, KitText.memberEMailNip(TerminalSafe.escape(who)))
        }
        return i
    }
}
