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
        let fm = FileManager.default
        let dir = URL(fileURLWithPath: request.directory).standardizedFileURL.path
        var isDir: ObjCBool = false
        let existed = fm.fileExists(atPath: dir, isDirectory: &isDir)
        if existed {
            guard isDir.boolValue, (try? fm.contentsOfDirectory(atPath: dir))?.isEmpty == true else {
                throw BerkasError.user(.invalid, KitText.existsEmptyChooseNewFolder(dir))
            }
        }
        let key = try SigningKey.resolve(flag: request.key, repository: nil)
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
        let clock = try CommitClock.now(zone: .jakarta)
        try clock.check(after: nil)
        if case .failure(let p) = NIP.parse(nip, today: clock.date) {
            throw BerkasError.invalidRecords([p.at(file: "--nip", line: 0, field: "nip")])
        }
        var files: [(String, Data?)] = RecordsTemplate.files.map { ($0.path, $0.contents) }
        func text(_ path: String) throws -> String {
            guard let d = RecordsTemplate.file(path), let s = String(data: d, encoding: .utf8) else {
                throw BerkasError.internalFailure("template file \(path) missing from the binary")
            }
            return s
        }
        func replace(_ path: String, _ content: String) {
            files.removeAll { $0.0 == path }
            files.append((path, Data(content.utf8)))
        }
        var config = try text(RulesLoader.configPath)
        if let office = nonEmpty(request.office) {
            config = ConfigEditor.setTopLevel("kantor", FrontMatterEditor.format(office, style: .quoted), in: config)
        }
        if let lang = request.language {
            config = ConfigEditor.setTopLevel("bahasa", lang.rawValue, in: config)
        }
        replace(RulesLoader.configPath, config)
        let templatePolicy = try text(RulesLoader.policyPath)
        let known: Policy
        do { known = try Policy.parse(templatePolicy, file: RulesLoader.policyPath) } catch {
            throw BerkasError.config(error)
        }
        var roles: [Role] = [.pengelola]
        for r in request.roles.map(Role.init(rawValue:)) where !roles.contains(r) {
            guard known.roles.contains(where: { $0.role == r }) else {
                let list = known.roles.map(\.role.rawValue).joined(separator: ", ")
                throw BerkasError.user(.usage, KitText.unknownRoleRoles(r, list))
            }
            roles.append(r)
        }
        let member = Policy.Member(
            name: name, nip: nip.replacingOccurrences(of: " ", with: ""), email: email, roles: roles,
            keys: [key.publicKey], validUntilDate: nil)
        let policyText = PolicyWriter.replacingMembers(in: templatePolicy, with: [member])
        let policy: Policy
        do { policy = try Policy.parse(policyText, file: RulesLoader.policyPath) } catch {
            throw BerkasError.config(error)
        }
        replace(RulesLoader.policyPath, policyText)
        replace(RulesLoader.allowedSignersPath, policy.allowedSigners())
        // The rules must load from exactly what will be committed.
        do {
            _ = try RulesLoader.load { path in files.first { $0.0 == path }?.1 }
        } catch let e as ConfigError { throw BerkasError.config(e) }

        var createdDir = false
        do {
            if !existed {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                createdDir = true
            }
            let repo = try GitRepository.create(at: dir, initialBranch: "main")
            try repo.setLocalConfig("gpg.format", "ssh")
            try repo.setLocalConfig("gpg.ssh.allowedSignersFile", RulesLoader.allowedSignersPath)
            if request.key != nil {
                try repo.setLocalConfig("user.signingkey", URL(fileURLWithPath: key.path).standardizedFileURL.path)
            }
            let branch = try repo.headTarget()
            let lock = try RepositoryLock.acquire(gitDir: repo.gitDir)
            defer { lock.release() }
            let actor = CommitMessage.actor(name: name, nip: member.nip)
            let officeName = nonEmpty(request.office) ?? ((try? OfficeConfig.parse(config, file: "").office) ?? "")
            let message = CommitMessage.archiveChange(
                action: "init", subject: "Arsip baru: \(officeName)",
                note: "Pengelola pertama: \(actor). Peran: \(roles.map(\.rawValue).joined(separator: ", ")).",
                actor: actor)
            let writer = CommitWriter(repo: repo, branch: branch)
            let id = try writer.commit(
                base: nil, files: files, message: message, author: .init(name: name, email: email), key: key,
                clock: clock, checkoutAll: true)
            return Result(path: dir, commit: id, member: member)
        } catch {
            // Nothing half-done: remove what this command created.
            if createdDir {
                try? fm.removeItem(atPath: dir)
            } else if existed {
                for item in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] {
                    try? fm.removeItem(atPath: dir + "/" + item)
                }
            }
            if let e = error as? GitError { throw BerkasError.git(e) }
            throw error
        }
    }
}

func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return s
}
