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
        /// Records waiting for one of your roles: ID, status, the actions you may take.
        public let waiting: [(id: String, status: String, actions: [String])]
    }

    public init() {}

    public func run(archive: Archive?, keyFlag: String?) throws -> Result {
        let key = try SigningKey.resolve(flag: keyFlag, repository: archive?.repo)
        var member: Policy.Member? = nil
        var labels: [String] = []
        var office: String? = nil
        var waiting: [(id: String, status: String, actions: [String])] = []
        if let archive {
            let head = try archive.head()
            let rules = try archive.rules(at: head)
            member = rules.policy.member(for: key.publicKey)
            labels = member?.roles.map { "\($0) (\(rules.policy.label(of: $0)))" } ?? []
            office = rules.config.office
            let zone = rules.config.zone
            HolidayService.warn(rules, today: zone.date(at: try MachineClock.now(zone: zone)))
            if let m = member {
                let roles = Set(m.roles)
                for r in try ArchiveTimeline.load(archive: archive, finishedSteps: false).items {
                    // Waiting for you: a step on the main path is yours (refusing is always possible, not a queue).
                    guard !r.type.workflow.waiting(in: r.status, roles: roles).isEmpty else { continue }
                    let actions = r.type.workflow.available(in: r.status, roles: roles).map(\.name.rawValue)
                    waiting.append((r.id.description, r.status.rawValue, actions))
                }
            }
        }
        return Result(
            keyPath: key.path, keySource: key.source, fingerprint: key.fingerprint(), publicKey: key.publicKey.identity,
            member: member, roleLabels: labels, office: office, waiting: waiting)
    }
}
