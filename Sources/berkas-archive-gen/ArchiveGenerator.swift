import BerkasCore
import BerkasGit
import BerkasKit
import BerkasSignatures
import BerkasTemplate
import Foundation

/// Generates a synthetic records archive with full lifecycles, several members
/// and keys, Indonesian data and commit times spread over years, that
/// `berkas verify` accepts:
///
///     berkas-archive-gen DIR --records N [--seed S]
///
/// Trees and blobs are written by `git fast-import` (packed, with deltas), then
/// the commit chain is rebuilt over the same trees with SSH signatures made
/// in-process (Ed25519), so 100,000 signed commits take minutes.
@main
struct ArchiveGenerator {
    struct Member {
        let key: String
        let name: String
        let nip: String
        let email: String
        let roles: [String]
        var signer: SSHSigner! = nil
        var publicLine = ""
    }

    struct PlannedCommit {
        var time: Int64
        var order: Int
        var signer: Int
        var message: String
        var files: [(String, String)]
    }

    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        guard let dir = args.first, !dir.hasPrefix("-") else {
            FileHandle.standardError.write(Data("usage: berkas-archive-gen DIR --records N [--seed S]\n".utf8))
            exit(64)
        }
        args.removeFirst()
        var records = 1000
        var seed: UInt64 = 42
        while args.count >= 2 {
            switch args[0] {
            case "--records": records = Int(args[1]) ?? records
            case "--seed": seed = UInt64(args[1]) ?? seed
            default: break
            }
            args.removeFirst(2)
        }
        let started = Date()
        var gen = Generator(
            dir: URL(fileURLWithPath: dir).standardizedFileURL.path, records: records, rng: SplitMix(seed: seed))
        do {
            try gen.run()
        } catch let e as GenError {
            // A plain message and exit 1, not a crash report (e.g. "DIR exists").
            FileHandle.standardError.write(Data("berkas-archive-gen: \(e)\n".utf8))
            exit(1)
        }
        let secs = Date().timeIntervalSince(started)
        print(
            "generated \(gen.commitCount) signed commits, \(records) records in \(String(format: "%.1f", secs)) s at \(gen.dir)"
        )
    }
}

/// Deterministic random numbers (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Generator {
    let dir: String
    let records: Int
    var rng: SplitMix
    var commitCount = 0
    var members: [ArchiveGenerator.Member] = [
        .init(
            key: "rina", name: "Rina Wulandari, S.E.", nip: "199003152015032001",
            email: "rina.wulandari@ponorogo.go.id", roles: ["pengelola", "staf-ukpbj"]),
        .init(
            key: "siti", name: "Siti Aminah, S.AP.", nip: "198801012010012001", email: "siti.aminah@ponorogo.go.id",
            roles: ["staf-ukpbj"]),
        .init(
            key: "ahmad", name: "Drs. Ahmad Fauzi, M.Si.", nip: "197001011995031001",
            email: "ahmad.fauzi@ponorogo.go.id", roles: ["kepala-ukpbj"]),
        .init(
            key: "sri", name: "Ir. Sri Handayani", nip: "197505202000122002", email: "sri.handayani@ponorogo.go.id",
            roles: ["kepala-lpse"]),
        .init(
            key: "dwi", name: "Dwi Prasetyo, S.Kom.", nip: "198811112014021001", email: "dwi.prasetyo@ponorogo.go.id",
            roles: ["admin-agency"]),
        .init(
            key: "eko", name: "Eko Saputro, A.Md.", nip: "199205172019031002", email: "eko.saputro@ponorogo.go.id",
            roles: ["admin-agency"])
    ]

    static let offset: Int64 = 7 * 3600
    static let firstNames = [
        "Budi", "Agus", "Sri", "Dewi", "Eko", "Joko", "Siti", "Nur", "Ahmad", "Rina", "Wahyu", "Bambang", "Endang",
        "Hadi", "Yuli",
        "Dian", "Rudi", "Tri", "Lestari", "Heru", "Ani", "Bayu", "Fitri", "Gunawan", "Indah", "Slamet", "Wati", "Yusuf",
        "Ratna", "Teguh"
    ]
    static let lastNames = [
        "Santoso", "Wibowo", "Susanto", "Rahayu", "Setiawan", "Purnomo", "Hidayat", "Kurniawan", "Lestari", "Saputra",
        "Wijaya",
        "Pratama", "Nugroho", "Utami", "Handoko", "Suryani", "Prasetyo", "Haryanto", "Wulandari", "Sulistyo"
    ]
    static let titles = ["", "", "S.Pd.", "S.E.", "S.T.", "S.Kom.", "S.H.", "M.Si.", "S.Sos.", "Ir."]
    static let offices = [
        "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perhubungan",
        "Dinas Pertanian",
        "Badan Perencanaan Pembangunan Daerah", "Dinas Sosial", "Dinas Lingkungan Hidup", "RSUD dr. Harjono",
        "Kecamatan Babadan",
        "Kecamatan Jetis", "Dinas Komunikasi dan Informatika", "Satuan Polisi Pamong Praja",
        "Dinas Perumahan dan Kawasan Permukiman"
    ]
    static let streets = [
        "Jl. Basuki Rahmat", "Jl. Jenderal Sudirman", "Jl. Soekarno-Hatta", "Jl. Gajah Mada", "Jl. Urip Sumoharjo",
        "Jl. Pramuka"
    ]
    static let positions = [
        "Kepala Seksi Sarana Prasarana", "Kepala Bidang Program", "Kepala Sub Bagian Umum", "Sekretaris",
        "Kepala Seksi Perencanaan",
        "Pengelola Barang", "Kepala Bidang Anggaran"
    ]

    mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
    mutating func between(_ lo: Int64, _ hi: Int64) -> Int64 { lo + Int64(rng.next() % UInt64(hi - lo + 1)) }

    /// A valid NIP: birth 1965–1995, appointed 22–30 years later, before 2021.
    mutating func nip() -> String {
        let y = Int(between(1965, 1995))
        let m = Int(between(1, 12))
        let d = Int(between(1, 28))
        let ay = min(2020, y + Int(between(22, 30)))
        let am = Int(between(1, 12))
        return String(format: "%04d%02d%02d%04d%02d%d%03d", y, m, d, ay, am, Int(between(1, 2)), Int(between(1, 999)))
    }

    mutating func run() throws {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: dir) else { throw GenError("\(dir) exists") }
        try fm.createDirectory(atPath: dir + "/keys", withIntermediateDirectories: true)
        for i in members.indices {
            let path = "\(dir)/keys/\(members[i].key)"
            try shell(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", members[i].key, "-f", path])
            members[i].signer = try SSHSigner(openSSHPrivateKey: try String(contentsOfFile: path, encoding: .utf8))
            members[i].publicLine = members[i].signer.publicKeyLine
        }
        let plan = try planCommits()
        commitCount = plan.count
        let repoDir = dir + "/arsip"
        try shell(["git", "init", "-q", "-b", "main", repoDir])
        // 1. Trees and blobs through fast-import (one pack, deltas between versions).
        let stream = dir + "/fast-import.stream"
        try writeStream(plan, to: stream)
        try shell(["sh", "-c", "git -C '\(repoDir)' fast-import --quiet --done < '\(stream)'"])
        try? fm.removeItem(atPath: stream)
        let trees = try shellOutput(["git", "-C", repoDir, "log", "--reverse", "--format=%T", "refs/heads/gen"])
            .split(separator: "\n").map { ObjectID(hex: String($0))! }
        guard trees.count == plan.count else {
            throw GenError("fast-import made \(trees.count) commits, expected \(plan.count)")
        }
        // 2. The signed chain over the same trees.
        let repo = try GitRepository.open(at: repoDir)
        var parent: ObjectID? = nil
        for (i, c) in plan.enumerated() {
            let m = members[c.signer]
            let sig = GitSignature(name: m.name, email: m.email, time: c.time, offsetMinutes: 420)
            let buffer = try repo.commitBuffer(
                tree: trees[i], parents: parent.map { [$0] } ?? [], author: sig, committer: sig, message: c.message)
            parent = try repo.createSignedCommit(buffer: buffer, signature: try m.signer.sign(Array(buffer.utf8)))
        }
        try repo.updateReference("refs/heads/main", to: parent!, expecting: nil, logMessage: "generated")
        try shell(["git", "-C", repoDir, "update-ref", "-d", "refs/heads/gen"])
        try shell(["git", "-C", repoDir, "config", "gpg.format", "ssh"])
        try shell(["git", "-C", repoDir, "config", "gpg.ssh.allowedSignersFile", ".berkas/allowed_signers"])
        try shell(["git", "-C", repoDir, "reflog", "expire", "--expire=now", "--all"])
        try shell(["git", "-C", repoDir, "gc", "--quiet", "--prune=now"])
        try shell(["git", "-C", repoDir, "checkout", "-q", "-f", "main"])
    }

    // MARK: - The plan

    func policy(_ count: Int) -> String {
        let template = String(decoding: RecordsTemplate.file(RulesLoader.policyPath)!, as: UTF8.self)
        let list = members.prefix(count).map {
            Policy.Member(
                name: $0.name, nip: $0.nip, email: $0.email, roles: $0.roles.map(Role.init(rawValue:)),
                keys: [SSHPublicKey(line: $0.publicLine + " " + $0.key)!], validUntilDate: nil)
        }
        return PolicyWriter.replacingMembers(in: template, with: list)
    }

    func actor(_ i: Int) -> String { CommitMessage.actor(name: members[i].name, nip: members[i].nip) }

    func writeStream(_ plan: [ArchiveGenerator.PlannedCommit], to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil) // FileHandle below throws if it is not there
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? h.close() }
        var buf = Data()
        for (i, c) in plan.enumerated() {
            let m = members[c.signer]
            var s = "commit refs/heads/gen\nmark :\(i + 1)\n"
            s += "committer \(m.name) <\(m.email)> \(c.time) +0700\n"
            let msg = Data(c.message.utf8)
            s += "data \(msg.count)\n"
            buf.append(Data(s.utf8))
            buf.append(msg)
            buf.append(Data("\n".utf8))
            if i > 0 { buf.append(Data("from :\(i)\n".utf8)) }
            for (p, text) in c.files {
                let d = Data(text.utf8)
                buf.append(Data("M 100644 inline \(p)\ndata \(d.count)\n".utf8))
                buf.append(d)
                buf.append(Data("\n".utf8))
            }
            buf.append(Data("\n".utf8))
            if buf.count > 8_000_000 {
                h.write(buf)
                buf.removeAll(keepingCapacity: true)
            }
        }
        buf.append(Data("done\n".utf8))
        h.write(buf)
    }
}

struct GenError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

@discardableResult
func shell(_ argv: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    try p.run()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
        throw GenError("\(argv.joined(separator: " ")) failed (\(p.terminationStatus))")
    }
    return p.terminationStatus
}

func shellOutput(_ argv: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
