import BerkasCore
import BerkasGit
import BerkasTemplate
import Foundation

/// `berkas init DIR`: a new records repository from the embedded template,
/// with one signed commit whose signer is the first `pengelola`.
public struct InitService {
    public struct Request {
        public var directory: String
        public var key: String?
        public var name: String?
        public var email: String?
        public var nip: String?
        public var roles: [String]
        public var office: String?
        public var language: Language?

        public init(
            directory: String, key: String?, name: String?, email: String?, nip: String?, roles: [String],
            office: String?, language: Language?
        ) {
            self.directory = directory
            self.key = key
            self.name = name
            self.email = email
            self.nip = nip
            self.roles = roles
            self.office = office
            self.language = language
        }
    }

    public struct Result {
        public let path: String
        public let commit: ObjectID
        public let member: Policy.Member
    }

    public init() {}

    public func run(_ request: Request) throws -> Result {
        let dir = URL(fileURLWithPath: request.directory).standardizedFileURL.path
        let existed = try Self.checkFolder(dir)
        let key = try SigningKey.resolve(flag: request.key, repository: nil)
        let clock = try CommitClock.now(zone: .jakarta)
        try clock.check(after: nil)
        let founder = try Self.founder(request, key: key, today: clock.date)
        var files = TemplateFiles()
        let config = try files.settings(office: request.office, language: request.language)
        let member = try files.members(founder: founder, extraRoles: request.roles)
        do {
            return try create(
                dir, existed: existed, files: files.files, config: config, member: member, request: request,
                key: key, clock: clock)
        } catch {
            // Nothing half-done: remove what this command created.
            let fm = FileManager.default
            if !existed {
                try? fm.removeItem(atPath: dir)
            } else {
                for item in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] {
                    try? fm.removeItem(atPath: dir + "/" + item)
                }
            }
            if let e = error as? GitError { throw BerkasError.git(e) }
            throw error
        }
    }

    /// Whether the folder exists; it must then be an empty folder.
    static func checkFolder(_ dir: String) throws -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) else { return false }
        guard isDir.boolValue, (try? FileManager.default.contentsOfDirectory(atPath: dir))?.isEmpty == true else {
            throw BerkasError.user(.invalid, KitText.existsEmptyChooseNewFolder(dir))
        }
        return true
    }

    /// The first pengelola, from the options or git's own settings, checked.
    static func founder(_ request: Request, key: SigningKey, today: CalendarDate) throws -> Policy.Member {
        guard let name = nonEmpty(request.name) ?? nonEmpty(try? GitConfig.defaultValue("user.name")) else {
            throw BerkasError.user(.usage, KitText.administratorNameUseNameFull())
        }
        guard let email = nonEmpty(request.email) ?? nonEmpty(try? GitConfig.defaultValue("user.email")) else {
            throw BerkasError.user(.usage, KitText.administratorEMailUseEmail())
        }
        if let p = TextRules.identityNameProblem(name) {
            throw BerkasError.user(.usage, KitText.nameOption(p))
        }
        if let problem = PolicyRules.principalProblem(email) {
            throw BerkasError.user(.usage, KitText.emailOption(email, problem))
        }
        guard let nip = nonEmpty(request.nip) else {
            throw BerkasError.user(.usage, KitText.administratorNipUseNipDigits())
        }
        if case .failure(let p) = NIP.parse(nip, today: today) {
            throw BerkasError.invalidRecords([p.at(file: "--nip", line: 0, field: "nip")])
        }
        return Policy.Member(
            name: name, nip: nip.replacingOccurrences(of: " ", with: ""), email: email, roles: [.pengelola],
            keys: [key.publicKey], validUntilDate: nil)
    }

    /// Makes the repository and its first, signed commit.
    private func create(
        _ dir: String, existed: Bool, files: [(String, Data?)], config: String, member: Policy.Member, request: Request,
        key: SigningKey, clock: CommitClock
    ) throws -> Result {
        if !existed { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        try repo.setLocalConfig("gpg.format", "ssh")
        try repo.setLocalConfig("gpg.ssh.allowedSignersFile", RulesLoader.allowedSignersPath)
        if request.key != nil {
            try repo.setLocalConfig("user.signingkey", URL(fileURLWithPath: key.path).standardizedFileURL.path)
        }
        let branch = try repo.headTarget()
        let lock = try RepositoryLock.acquire(gitDir: repo.gitDir)
        defer { lock.release() }
        let actor = CommitMessage.actor(name: member.name, nip: member.nip)
        let officeName = nonEmpty(request.office) ?? ((try? OfficeConfig.parse(config, file: "").office) ?? "")
        let message = CommitMessage.archiveChange(
            action: "init", subject: "Arsip baru: \(officeName)",
            note: "Pengelola pertama: \(actor). Peran: \(member.roles.map(\.rawValue).joined(separator: ", ")).",
            actor: actor)
        let writer = CommitWriter(repo: repo, branch: branch)
        let id = try writer.commit(
            base: nil, files: files, message: message, author: .init(name: member.name, email: member.email), key: key,
            clock: clock, checkoutAll: true)
        return Result(path: dir, commit: id, member: member)
    }
}

/// The files of a new archive: the template's, with the office's settings and
/// its first member written in.
private struct TemplateFiles {
    var files: [(String, Data?)] = RecordsTemplate.files.map { ($0.path, $0.contents) }

    func text(_ path: String) throws -> String {
        guard let d = RecordsTemplate.file(path), let s = String(data: d, encoding: .utf8) else {
            throw BerkasError.internalFailure("template file \(path) missing from the binary")
        }
        return s
    }

    mutating func replace(_ path: String, _ content: String) {
        files.removeAll { $0.0 == path }
        files.append((path, Data(content.utf8)))
    }

    /// The office's name and language in the settings; returns the settings' text.
    mutating func settings(office: String?, language: Language?) throws -> String {
        var config = try text(RulesLoader.configPath)
        if let office = nonEmpty(office) {
            config = ConfigEditor.setTopLevel("kantor", FrontMatterEditor.format(office, style: .quoted), in: config)
        }
        if let language {
            config = ConfigEditor.setTopLevel("bahasa", language.rawValue, in: config)
        }
        replace(RulesLoader.configPath, config)
        return config
    }

    /// The founder as the only member (pengelola and the roles asked for), and the
    /// allowed-signers file from it; the rules must load from exactly these files.
    mutating func members(founder: Policy.Member, extraRoles: [String]) throws -> Policy.Member {
        let templatePolicy = try text(RulesLoader.policyPath)
        let known: Policy
        do { known = try Policy.parse(templatePolicy, file: RulesLoader.policyPath) } catch {
            throw BerkasError.config(error)
        }
        var roles = founder.roles
        for r in extraRoles.map(Role.init(rawValue:)) where !roles.contains(r) {
            guard known.roles.contains(where: { $0.role == r }) else {
                let list = known.roles.map(\.role.rawValue).joined(separator: ", ")
                throw BerkasError.user(.usage, KitText.unknownRoleRoles(r, list))
            }
            roles.append(r)
        }
        let member = Policy.Member(
            name: founder.name, nip: founder.nip, email: founder.email, roles: roles, keys: founder.keys,
            validUntilDate: nil)
        let policyText = PolicyWriter.replacingMembers(in: templatePolicy, with: [member])
        let policy: Policy
        do { policy = try Policy.parse(policyText, file: RulesLoader.policyPath) } catch {
            throw BerkasError.config(error)
        }
        replace(RulesLoader.policyPath, policyText)
        replace(RulesLoader.allowedSignersPath, policy.allowedSigners())
        let snapshot = files
        do {
            _ = try RulesLoader.load { path in snapshot.first { $0.0 == path }?.1 }
        } catch let e as ConfigError { throw BerkasError.config(e) }
        return member
    }
}

func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return s
}
