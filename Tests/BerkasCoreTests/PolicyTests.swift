import Testing

@testable import BerkasCore

let keyA = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINIV8HOtZ8B01Po0rPA2kwdmhwJC8L5sJ1QBEROlWzOE"
let keyB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFx7JwC2xLQ0ZKpV0m3c0b6ZyW6l7bHc9m1m2Gk5q3Yq"

func policyText(email: String = "a@x.go.id", keys: [String] = [keyA], extra: String = "") -> String {
    """
    peran:
      pengelola: "Pengelola"
      staf-ukpbj: "Staf"
    anggota:
      - nama: "Ahmad"
        nip: "197001011995031001"
        email: "\(email)"
        peran: [pengelola]
        kunci: [\(keys.map { "\"\($0)\"" }.joined(separator: ", "))]
    \(extra)
    """
}

@Suite("Policy")
struct PolicyTests {
    @Test func allowedSignersLine() throws {
        let p = try Policy.parse(policyText(), file: "policy.yml")
        let lines = p.allowedSigners().split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == ["a@x.go.id namespaces=\"git\" \(keyA)"])
    }

    @Test func validUntilBecomesExclusiveValidBefore() throws {
        let text = policyText().replacingOccurrences(
            of: "peran: [pengelola]", with: "peran: [pengelola]\n    berlaku_sampai: 2026-12-31")
        let p = try Policy.parse(text, file: "policy.yml")
        #expect(p.allowedSigners().contains("valid-before=\"20270101\""))
    }

    @Test(arguments: [
        "a,b@x.go.id", "a\"@x.go.id", "*@x.go.id", "!a@x.go.id", "a b@x.go.id", "cert-authority a@x.go.id"
    ])
    func principalsThatCouldInjectAreRefused(_ email: String) {
        #expect(throws: ConfigError.self) { try Policy.parse(policyText(email: email), file: "policy.yml") }
    }

    @Test(arguments: [
        "cert-authority \(keyA)", "\(keyA)\nssh-ed25519 AAAA", "ssh-ed25519 AAAA\"bad\"", "ssh-dss AAAAB3NzaC1kc3M",
        "namespaces=\"file\" \(keyA)"
    ])
    func keyLinesThatCouldInjectAreRefused(_ key: String) {
        #expect(SSHPublicKey(line: key) == nil, "\(key.debugDescription) accepted")
    }

    @Test func oneKeyOneMember() {
        let two = policyText(
            extra: """
                  - nama: "Siti"
                    nip: "198507122010012003"
                    email: "s@x.go.id"
                    peran: [staf-ukpbj]
                    kunci: ["\(keyA) siti"]
                """)
        #expect(throws: ConfigError.self) { try Policy.parse(two, file: "policy.yml") }
    }

    @Test func writerRoundTrips() throws {
        let p = try Policy.parse(policyText(keys: [keyA + " laptop", keyB]), file: "policy.yml")
        let rewritten = PolicyWriter.replacingMembers(in: policyText(), with: p.members)
        #expect(try Policy.parse(rewritten, file: "policy.yml") == p)
        #expect(rewritten.hasPrefix("peran:\n  pengelola: \"Pengelola\"\n"))
    }
}
