import CLibgit2
import CLibgit2Start
import Foundation
import TestSupport
import Testing

@testable import BerkasGit

func temporaryDirectory() throws -> String {
    try Scratch.folder("berkas-git-test-")
}

/// Runs stock git in `dir` (with `input` on its standard input); its output.
/// With `check`, a failing git is an error carrying its message.
@discardableResult
func git(_ args: [String], in dir: String, input: String? = nil, check: Bool = false) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", dir, "-c", "user.name=T", "-c", "user.email=t@x.go.id"] + args
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inPipe
    try p.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let message = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if check && p.terminationStatus != 0 {
        throw GitError(
            function: "git " + args.joined(separator: " "), message: String(decoding: message, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
}

let fakeSignature = "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n-----END SSH SIGNATURE-----\n"
let who = GitSignature(name: "Budi", email: "budi@x.go.id", time: 1_764_000_000, offsetMinutes: 420)

@Suite("Git layer on real repositories")
struct GitRepositoryTests {
    func commit(_ repo: GitRepository, base: ObjectID?, _ files: [String: String], message: String = "m\n") throws
        -> ObjectID
    {
        let changes = try files.map {
            GitRepository.TreeChange(path: $0.key, blob: try repo.writeBlob(Data($0.value.utf8)))
        }
        let tree = try repo.tree(basedOn: base, applying: changes)
        let buffer = try repo.commitBuffer(
            tree: tree, parents: base.map { [$0] } ?? [], author: who, committer: who, message: message)
        return try repo.createSignedCommit(buffer: buffer, signature: fakeSignature)
    }

    @Test func signedCommitIsStoredTheWayGitWritesIt() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        #expect(try repo.headTarget() == "refs/heads/main")
        #expect(try repo.resolve("refs/heads/main") == nil)
        let id = try commit(repo, base: nil, ["a/b.md": "hello\n"])
        try repo.updateReference("refs/heads/main", to: id, expecting: nil, logMessage: "test")
        let raw = try git(["cat-file", "commit", id.hex], in: dir)
        #expect(
            raw.contains("gpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lHAAAAAQ==\n -----END SSH SIGNATURE-----\n\nm\n")
        )
        #expect(!raw.contains("\n \n"), "no header line holding a lone space")
        #expect(raw.contains("committer Budi <budi@x.go.id> 1764000000 +0700"))
        #expect(try repo.file(at: "a/b.md", in: id) == Data("hello\n".utf8))
        #expect(try repo.file(at: "a/missing.md", in: id) == nil)
        #expect(try repo.list("a", in: id).map(\.name) == ["b.md"])
    }

    @Test func branchMovesOnlyByCompareAndSwap() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        let first = try commit(repo, base: nil, ["x": "1"])
        try repo.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "1")
        let second = try commit(repo, base: first, ["x": "2"])
        let rival = try commit(repo, base: first, ["x": "3"])
        try repo.updateReference("refs/heads/main", to: second, expecting: first, logMessage: "2")
        do {
            try repo.updateReference("refs/heads/main", to: rival, expecting: first, logMessage: "3")
            Issue.record("a stale compare-and-swap moved the branch")
        } catch {
            #expect(error.isModified)
        }
        #expect(try repo.resolve("refs/heads/main") == second)
        do {
            try repo.updateReference("refs/heads/main", to: rival, expecting: nil, logMessage: "create")
            Issue.record("creating an existing branch succeeded")
        } catch {
            #expect(error.isExists)
        }
    }

    /// `isPathClean` compares HEAD, the index and the file itself; it must
    /// agree with `git status` in every state a clerk's editor or git can leave.
    @Test func aPathIsCleanExactlyWhenGitStatusSaysNothingAboutIt() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        var files: [String: String] = [:]
        for n in 0..<12 { files["tahun/r\(n).md"] = "isi \(n)\n" }
        let c1 = try commit(repo, base: nil, files)
        try repo.updateReference("refs/heads/main", to: c1, expecting: nil, logMessage: "1")
        try repo.checkout(commit: c1, paths: [])
        _ = try git(["config", "user.name", "T"], in: dir)
        _ = try git(["config", "user.email", "t@x"], in: dir)
        func write(_ p: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + p))
        }
        try write("tahun/r1.md", "diubah\n") // modified in the work tree
        try write("tahun/r2.md", "ditambah\n")
        _ = try git(["add", "tahun/r2.md"], in: dir)
        try write("tahun/r2.md", "isi 2\n") // staged, then put back
        try FileManager.default.removeItem(atPath: dir + "/tahun/r3.md") // deleted
        _ = try git(["rm", "-q", "--cached", "tahun/r4.md"], in: dir) // removed from the index only
        _ = try git(["update-index", "--chmod=+x", "tahun/r5.md"], in: dir) // mode staged
        chmod(dir + "/tahun/r6.md", 0o755) // mode in the work tree
        try write("tahun/baru.md", "baru\n") // untracked
        try write("tahun/r7.md", "isi 7\n") // rewritten, same bytes (new mtime)
        try write("tahun/r8.md", "isi 8\r\n") // line endings changed
        var statusOf: [String: String] = [:]
        for line in try git(["status", "--porcelain", "--untracked-files=all"], in: dir).split(separator: "\n") {
            statusOf[String(line.dropFirst(3))] = String(line.prefix(2))
        }
        #expect(statusOf.count == 8, "\(statusOf)")
        for path in files.keys.sorted() + ["tahun/baru.md", "tahun/tidak-ada.md"] {
            #expect(
                try repo.isPathClean(path) == (statusOf[path] == nil),
                "\(path): git status \(statusOf[path] ?? "clean")")
        }
    }

    /// Bytes that differ from the blob only by what a filter undoes
    /// (core.autocrlf on an office PC) are clean, as `git diff` says (`git
    /// status` lists both: it takes any change of size as a change).
    /// A repository whose main and work tree hold `files`.
    func checkedOut(_ files: [String: String]) throws -> (dir: String, repo: GitRepository, commit: ObjectID) {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        let c1 = try commit(repo, base: nil, files)
        try repo.updateReference("refs/heads/main", to: c1, expecting: nil, logMessage: "1")
        try repo.checkout(commit: c1, paths: [])
        return (dir, repo, c1)
    }

    @Test func filtersStillDecideWhenTheBytesDiffer() throws {
        let (dir, _, _) = try checkedOut(["a.md": "isi\nbaris\n", "b.md": "isi\n"])
        _ = try git(["config", "core.autocrlf", "true"], in: dir)
        try Data("isi\r\nbaris\r\n".utf8).write(to: URL(fileURLWithPath: dir + "/a.md"))
        try Data("isi\r\nlain\r\n".utf8).write(to: URL(fileURLWithPath: dir + "/b.md"))
        let changed = try git(["diff", "--name-only"], in: dir)
        #expect(changed == "b.md\n", "\(changed)")
        #expect(try GitRepository.open(at: dir).isPathClean("a.md"))
        #expect(try !GitRepository.open(at: dir).isPathClean("b.md"))
    }

    @Test func checkoutWritesOnlyTheNamedPaths() throws {
        let (dir, repo, c1) = try checkedOut(["a.md": "a1", "b.md": "b1"])
        #expect(try repo.isPathClean("a.md"))
        try Data("local".utf8).write(to: URL(fileURLWithPath: dir + "/b.md"))
        #expect(try !repo.isPathClean("b.md"))
        let c2 = try commit(repo, base: c1, ["a.md": "a2"])
        try repo.updateReference("refs/heads/main", to: c2, expecting: c1, logMessage: "2")
        try repo.checkout(commit: c2, paths: ["a.md"])
        #expect(try String(contentsOfFile: dir + "/a.md", encoding: .utf8) == "a2")
        #expect(try String(contentsOfFile: dir + "/b.md", encoding: .utf8) == "local")
        #expect(try git(["status", "--porcelain"], in: dir) == " M b.md\n")
        #expect(try repo.history(from: c2) == [c1, c2])
    }

    @Test func failuresNameTheFunction() throws {
        do {
            _ = try GitRepository.open(at: "/nonexistent/berkas")
            Issue.record("opened a missing repository")
        } catch {
            #expect(error.function == "git_repository_open_ext")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func localConfigIsWritten() throws {
        let dir = try temporaryDirectory()
        let repo = try GitRepository.create(at: dir, initialBranch: "main")
        try repo.setLocalConfig("gpg.format", "ssh")
        #expect(try repo.configValue("gpg.format") == "ssh")
        #expect(try git(["config", "--local", "gpg.format"], in: dir) == "ssh\n")
    }
}

/// libgit2 starts without parsing the system's CA bundle (CLibgit2Start):
/// the skip must really happen in this binary, and only during start-up.
@Suite("libgit2 start-up")
struct Libgit2StartTests {
    @Test func theCABundleIsSkippedAtStartAndLoadedWhenAskedFor() throws {
        _ = try GitRepository.create(at: try temporaryDirectory(), initialBranch: "main") // starts libgit2
        #expect(
            berkas_ca_bundle_loads_skipped() == 1,
            "libgit2 parsed the CA bundle itself: the executable does not export the replacement")
        // Afterwards the call goes to mbedTLS itself: a missing file is an error, a real bundle loads.
        #expect(berkas_git_set_ssl_cert_file("/nonexistent/berkas-ca.pem") < 0)
        if FileManager.default.fileExists(atPath: "/etc/ssl/certs/ca-certificates.crt") {
            #expect(berkas_git_set_ssl_cert_file("/etc/ssl/certs/ca-certificates.crt") == 0)
        }
        #expect(berkas_ca_bundle_loads_skipped() == 1)
    }
}

/// libgit2's hash checks and cache are process-wide: a `CountedSwitch` turns
/// them off for the outermost holder only, whatever nests or runs beside it.
@Suite("Audit reading switches")
struct AuditReadingTests {
    final class Setting: @unchecked Sendable {
        let lock = NSLock()
        var on = true
        var flips = 0
        func set(_ value: Bool) {
            lock.withLock {
                on = value
                flips += 1
            }
        }
        var isOn: Bool { lock.withLock { on } }
    }

    @Test func aNestedOrParallelHolderCannotLeaveItOffOrSwitchItOnUnderAnother() async throws {
        let setting = Setting()
        let holder = CountedSwitch(off: { setting.set(false) }, on: { setting.set(true) })
        holder.hold {
            holder.hold { #expect(!setting.isOn) }
            #expect(!setting.isOn, "the inner holder switched it back on under the outer one")
        }
        #expect(setting.isOn && setting.flips == 2)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    holder.hold {
                        #expect(!setting.isOn)
                        usleep(2_000)
                    }
                }
            }
        }
        #expect(setting.isOn && !holder.isHeld, "a parallel holder left it off")
        struct Thrown: Error {}
        #expect(throws: Thrown.self) { try holder.hold { throw Thrown() } }
        #expect(setting.isOn)
    }

    @Test func auditReadingHoldsLibgit2sSwitch() {
        GitRepository.withAuditReading { #expect(GitRepository.auditReading.isHeld) }
    }
}
