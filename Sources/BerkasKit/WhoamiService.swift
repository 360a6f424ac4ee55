import BerkasCore
import BerkasGit
import Foundation

/// `berkas whoami`: the signing key, and who it is in this archive.
public struct WhoamiService {
    public struct Result {
        public let keyPath: String
        public let keySource: String
        public let fingerprint: String
        public let publicKey: String
        public let member: Policy.Member?
        public let roleLabels: [String]
        public let office: String?
    }

    public init() {}

    public func run(archive: Archive?, keyFlag: String?) throws -> Result {
        let key = try SigningKey.resolve(flag: keyFlag, repository: archive?.repo)
        var member: Policy.Member? = nil
        var labels: [String] = []
        var office: String? = nil
        if let archive {
            let rules = try archive.rules(at: try archive.head())
            member = rules.policy.member(for: key.publicKey)
            labels = member?.roles.map { "\($0) (\(rules.policy.label(of: $0)))" } ?? []
            office = rules.config.office
        }
        return Result(keyPath: key.path, keySource: key.source, fingerprint: key.fingerprint(), publicKey: key.publicKey.identity,
                      member: member, roleLabels: labels, office: office)
    }
}
