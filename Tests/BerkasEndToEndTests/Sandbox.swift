import Foundation
import Testing

/// A throwaway world for one end-to-end test: its own HOME and git config,
/// throwaway ed25519 keys, and the built `berkas` binary. Its folder is
/// removed when the test is done with it (BERKAS_KEEP_TEST_DIRS=1 keeps it).
final class Sandbox {
    let dir: String
    let env: [String: String]

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    init() throws {
        dir = NSTemporaryDirectory() + "berkas-e2e-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir + "/home", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/keys", withIntermediateDirectories: true)
        var e: [String: String] = [:]
        e["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        e["HOME"] = dir + "/home"
        e["XDG_CONFIG_HOME"] = dir + "/home/.config"
        e["GIT_CONFIG_NOSYSTEM"] = "1"
        e["GIT_CONFIG_GLOBAL"] = dir + "/home/.gitconfig"
        e["BERKAS_LOCK_WAIT"] = "0.2"
        e["TZ"] = "UTC"
        // The plain paths instead of the fast ones (BerkasCore/FastPaths.swift, scripts/test.sh).
        if let plain = ProcessInfo.processInfo.environment["BERKAS_PLAIN_GIT"] {
            e["BERKAS_PLAIN_GIT"] = plain
        }
        // One fixed clock for every process: berkas's "now" and the time of every
        // commit, berkas's or git's. Tests that need other times say so (`Sandbox.at`).
        e.merge(Sandbox.at(Sandbox.clock)) { $1 }
        env = e
    }

    /// The year every test lives in, and the sandbox's clock: Wednesday
    /// 25 November, 10:00 WIB. Expected IDs and dates are derived from these.
    static let year = 2026
    static let clock = "\(year)-11-25T10:00:00+07:00"
    /// The day before the clock: the date on the request letter.
    static let letterDate = "\(year)-11-24"

    /// The n-th request of the sandbox's year: `\(Sandbox.rid(1))`.
    static func rid(_ n: Int, year: Int = Sandbox.year) -> String {
        "RA-\(year)-" + String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n)
    }
    /// Its file, relative to the archive.
    static func recordPath(_ n: Int, year: Int = Sandbox.year) -> String {
        "permintaan-reset-akun/\(year)/\(rid(n, year: year)).md"
    }

    /// Only the machine's clock at `moment`, as on a PC whose clock is wrong: no time set by hand.
    static func machineClock(_ moment: String) -> [String: String] {
        ["BERKAS_NOW": moment, "GIT_COMMITTER_DATE": "", "GIT_AUTHOR_DATE": ""]
    }

    /// The clock set to one moment (`2026-11-27T15:00:00+07:00`): berkas's now and every commit's time.
    static func at(_ moment: String) -> [String: String] {
        ["BERKAS_NOW": moment, "GIT_COMMITTER_DATE": moment, "GIT_AUTHOR_DATE": moment]
    }

    deinit {
        if ProcessInfo.processInfo.environment["BERKAS_KEEP_TEST_DIRS"] == nil {
            try? FileManager.default.removeItem(atPath: dir)
        }
    }

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["BERKAS_BIN"] { return b }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "berkas"
        ).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/berkas").path
    }

    /// Makes an ed25519 key without passphrase; returns its private key path.
    @discardableResult
    func key(_ name: String) throws -> String {
        let path = "\(dir)/keys/\(name)"
        let r = try run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
        #expect(r.status == 0, "ssh-keygen: \(r.stderr)")
        return path
    }

    func run(_ argv: [String], cwd: String? = nil, extraEnv: [String: String] = [:], stdin: String? = nil) throws -> Run
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = argv
        p.environment = env.merging(extraEnv) { $1 }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? dir)
        let out = Pipe()
        let input = Pipe()
        // stderr goes to a file so that neither stream can fill up and block the other.
        let errPath = dir + "/stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errPath, contents: nil) // FileHandle below throws if it is not there
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardOutput = out
        p.standardError = errHandle
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try errHandle.close()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        try? FileManager.default.removeItem(atPath: errPath)
        return Run(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func berkas(_ args: [String], cwd: String? = nil, extraEnv: [String: String] = [:]) throws -> Run {
        try run(Sandbox.berkasCommand + args, cwd: cwd, extraEnv: extraEnv)
    }

    /// The berkas binary; with `BERKAS_TEST_FAKETIME="2027-01-05 10:00:00"`, run under
    /// Debian's `faketime` (libfaketime) with the machine's clock there: nothing may depend on it.
    /// (libfaketime preloaded by hand hides a Swift program's arguments; the `faketime` command does not.)
    static var berkasCommand: [String] {
        guard let fake = ProcessInfo.processInfo.environment["BERKAS_TEST_FAKETIME"], !fake.isEmpty else {
            return [binary]
        }
        return ["faketime", fake, binary]
    }

    func git(_ args: [String], in repo: String = "arsip") throws -> Run {
        try run(["git", "-C", dir + "/" + repo] + args)
    }

    func gitOut(_ args: [String], in repo: String = "arsip") throws -> String {
        try git(args, in: repo).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The file as bytes decoded (keeping a byte-order mark, which Foundation would drop).
    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/" + path)), as: UTF8.self)
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: dir + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: dir + "/" + path) }

    /// `berkas init arsip` with a first pengelola who is also `staf-ukpbj`.
    func initArchive(keyName: String = "pengelola", roles: [String] = ["staf-ukpbj"]) throws {
        let k = try key(keyName)
        let r = try berkas(
            [
                "init", "arsip", "--key", k, "--name", "Rina Wulandari, S.E.", "--email", "rina@ponorogo.go.id",
                "--nip", "199003152015032001"
            ] + roles.flatMap { ["--role", $0] })
        #expect(r.status == 0, "init: \(r.stderr)")
    }

    /// The fields of a complete, valid request.
    static let fullRequest: [String] = [
        "tanggal_surat=\(letterDate)", "nomor_surat=027/123/405.07/\(year)", "nama=Budi Santoso, S.Kom.",
        "nip=198507122010011003",
        "pangkat_golongan=Penata Muda Tingkat I (III/b)", "jabatan=Kepala Seksi Sarana Prasarana",
        "alamat_instansi=Dinas Pendidikan, Jl. Basuki Rahmat 1, Ponorogo", "telepon=081234567890",
        "email=budi.santoso@ponorogo.go.id", "peran=PPK", "nomor_sertifikat_pbj=PBJ.2019.0001234",
        "sk_pengangkatan=188.45/123/405.07/\(year)", "identitas_asli_diperiksa=true"
    ]

    static func sets(_ fields: [String]) -> [String] { fields.flatMap { ["--set", $0] } }

    func newRequest(key: String = "pengelola", fields: [String] = Sandbox.fullRequest, extraEnv: [String: String] = [:])
        throws -> Run
    {
        try berkas(["-C", "arsip", "new", "--key", "\(dir)/keys/\(key)"] + Sandbox.sets(fields), extraEnv: extraEnv)
    }

    /// HEAD, status and the list of files: what must not change after a refused command.
    func snapshot() throws -> String {
        try gitOut(["rev-parse", "HEAD"]) + "|" + gitOut(["status", "--porcelain", "--untracked-files=all"]) + "|"
            + gitOut(["ls-files"])
    }
}
