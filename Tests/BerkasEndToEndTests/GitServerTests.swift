import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// README's "Running a central repository" on a real git server, set up as the
/// IT officer would: Debian's gitolite3 for a throwaway user, its own sshd on
/// 127.0.0.1, access regenerated from the archive's member list, berkas's hook as
/// a gitolite repository-specific hook; and cgit run as a CGI program.
@Suite("Central repository under gitolite, and cgit for reviewers")
struct GitServerTests {
    static let cgit = "/usr/lib/cgit/cgit.cgi"
    let forged = ForgedHistoryTests()

    /// Creating a user and running sshd for it needs root (CI's machine runs as root).
    static var canCreateUsers: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")
            && FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/gitolite")
    }

    /// cgit's page for `path` of the archive at `repoPath`, through `berkas server cgit`'s configuration.
    func cgitPage(_ s: Sandbox, repoPath: String, path: String, query: String = "") throws -> String {
        let configured = try s.berkas(["server", "cgit", s.dir + "/cgit", "--repo-path", repoPath])
        #expect(configured.status == 0, "\(configured.stderr)")
        let page = try s.run(
            [Self.cgit],
            extraEnv: [
                "CGIT_CONFIG": s.dir + "/cgit/cgitrc", "REQUEST_METHOD": "GET", "PATH_INFO": path,
                "QUERY_STRING": query, "SCRIPT_NAME": "/"
            ])
        #expect(page.status == 0, "\(page.stderr)")
        return page.stdout
    }

    @Test func cgitShowsEachStepsActorRoleAndVerdict() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.cgit),
            "cgit is missing: `bash scripts/ensure-deps.sh --tests` installs it")
        let s = try forged.office()
        // A path that is no repository, or outside any repository: refused, nothing written.
        let wrong = try s.berkas(["server", "cgit", s.dir + "/cgit", "--repo-path", s.dir + "/tidak-ada"])
        #expect(wrong.status == 64 && wrong.stderr.contains("bukan repositori git"), "\(wrong.stderr)")
        #expect(!s.exists("cgit/cgitrc"))
        let outside = try s.berkas(["server", "gitolite", s.dir + "/gl"])
        #expect(outside.status == 64 && !s.exists("gl"), "\(outside.stderr)")
        let act = try s.berkas([
            "-C", "arsip", "act", Sandbox.rid(1), "disposisi", "--note", "Lanjut.", "--key",
            s.dir + "/keys/kepala-ukpbj"
        ])
        #expect(act.status == 0, "\(act.stderr)")
        let honest = try s.gitOut(["rev-parse", "HEAD"])
        try forged.setStatus(s, "selesai")
        let forgedCommit = try forged.handCommit(s, key: nil, message: "Selesai")
        let repo = s.dir + "/arsip/.git"
        let step = try cgitPage(s, repoPath: repo, path: "/arsip/commit/", query: "id=\(honest)")
        #expect(step.contains("disposisi oleh Drs. Ahmad Fauzi (kepala-ukpbj), sah"), "\(step)")
        let bad = try cgitPage(s, repoPath: repo, path: "/arsip/commit/", query: "id=\(forgedCommit)")
        #expect(!bad.contains("berkas-langkah"), "a commit without berkas trailers gets no line")
        // The log page shows every step's trailers as git does; the verdict is on each commit's page.
        let log = try cgitPage(s, repoPath: repo, path: "/arsip/log/", query: "showmsg=1")
        #expect(
            log.contains("Berkas-Actor: Drs. Ahmad Fauzi (NIP 197001011995031001)")
                && log.contains("Berkas-Role: kepala-ukpbj"))
        // A step whose signature does not hold is named so.
        try s.write(
            forged.record,
            try s.read(forged.record).replacingOccurrences(of: "status: selesai", with: "status: diperintahkan"))
        let lie = try forged.handCommit(
            s, key: "kepala-lpse",
            message: forged.trailers(
                action: "perintah", from: "selesai", to: "diperintahkan", role: "kepala-ukpbj",
                actor: "Drs. Ahmad Fauzi (NIP 197001011995031001)"))
        let lying = try cgitPage(s, repoPath: repo, path: "/arsip/commit/", query: "id=\(lie)")
        #expect(lying.contains("perintah oleh Ir. Sri Handayani (kepala-ukpbj), TIDAK SAH"), "\(lying)")
        let about = try cgitPage(s, repoPath: repo, path: "/arsip/about/")
        #expect(about.contains("<pre>") && !about.contains("<script"), "the README as text")
    }

    /// A throwaway user for gitolite, removed at the end.
    final class GitoliteUser {
        let name = "berkasgl" + String(UInt32.random(in: 0..<0xFFFFFF), radix: 16)
        let home: String
        let s: Sandbox
        init(_ s: Sandbox) throws {
            self.s = s
            home = s.dir + "/gl"
            let made = try s.run(["/usr/sbin/useradd", "-m", "-d", home, "-s", "/bin/sh", name])
            try #require(made.status == 0, "useradd: \(made.stderr)")
            // A locked account (useradd's "!") cannot log in over SSH without PAM: no password, not locked.
            #expect(try s.run(["/usr/sbin/usermod", "-p", "*", name]).status == 0)
        }
        func run(_ command: String) throws -> Sandbox.Run {
            try s.run(["runuser", "-u", name, "--", "env", "HOME=\(home)", "PATH=/usr/bin:/bin", "sh", "-c", command])
        }
        deinit { _ = try? s.run(["/usr/sbin/userdel", name]) }
    }

    // long-function: one office's setup and day on the server, in the README's order; split, the server would travel between functions.
    @Test(.enabled(if: GitServerTests.canCreateUsers, "needs root: a throwaway user for gitolite and sshd for it"))
    func gitoliteAsTheITOfficerSetsItUp() throws {
        let s = try forged.office()
        // git as root reads repositories the gitolite user owns.
        try s.write("home/.gitconfig", "[safe]\n\tdirectory = *\n")
        let user = try GitoliteUser(s)
        try s.key("gladmin")
        try s.key("tamu")
        #expect(try s.run(["cp", s.dir + "/keys/gladmin.pub", user.home + "/admin.pub"]).status == 0)
        #expect(try s.run(["chown", "\(user.name):", user.home + "/admin.pub"]).status == 0)
        let setup = try user.run("gitolite setup -pk \(user.home)/admin.pub")
        try #require(setup.status == 0, "gitolite setup: \(setup.stderr)")
        // The IT officer enables repository-specific hooks in ~/.gitolite.rc.
        let rc = user.home + "/.gitolite.rc"
        try s.write(
            String(rc.dropFirst(s.dir.count + 1)),
            try s.read(String(rc.dropFirst(s.dir.count + 1)))
                .replacingOccurrences(
                    of: "# LOCAL_CODE                =>  \"$ENV{HOME}/local\",",
                    with: "LOCAL_CODE => \"$ENV{HOME}/local\","
                )
                .replacingOccurrences(of: "# 'repo-specific-hooks',", with: "'repo-specific-hooks',"))
        // Access from the member list, the berkas hooks, and the include line, once.
        let written = try s.berkas(["-C", "arsip", "server", "gitolite", user.home + "/.gitolite"])
        #expect(
            written.status == 0 && written.stdout.contains("5 anggota, 5 kunci"), "\(written.stdout)\(written.stderr)")
        #expect(written.stdout.contains("include \"berkas-arsip.conf\""))
        let conf = user.home + "/.gitolite/conf/gitolite.conf"
        try (try String(contentsOfFile: conf, encoding: .utf8) + "include \"berkas-arsip.conf\"\n").write(
            toFile: conf, atomically: true, encoding: .utf8)
        #expect(try s.run(["chown", "-R", "\(user.name):", user.home]).status == 0)
        let compiled = try user.run("gitolite compile && gitolite trigger POST_COMPILE")
        try #require(compiled.status == 0, "gitolite compile: \(compiled.stderr)")
        // sshd on 127.0.0.1 at a free port, with its own configuration.
        let port = CentralOverSSHTests.freePort()
        let sshd = s.dir + "/sshd"
        try FileManager.default.createDirectory(atPath: sshd, withIntermediateDirectories: true)
        #expect(try s.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", sshd + "/host"]).status == 0)
        try """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(sshd)/host
        AuthorizedKeysFile .ssh/authorized_keys
        PidFile \(sshd)/sshd.pid
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        LogLevel ERROR

        """.write(toFile: sshd + "/config", atomically: true, encoding: .utf8)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try #require(try s.run(["/usr/sbin/sshd", "-f", sshd + "/config"]).status == 0)
        defer {
            if let pid = (try? String(contentsOfFile: sshd + "/sshd.pid", encoding: .utf8)).flatMap({
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }) {
                kill(pid, SIGTERM)
            }
        }
        func ssh(_ key: String) -> [String: String] {
            [
                "GIT_SSH_COMMAND":
                    "ssh -p \(port) -i \(s.dir)/keys/\(key) -o IdentitiesOnly=yes -o BatchMode=yes "
                    + "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
            ]
        }
        let url = "ssh://\(user.name)@127.0.0.1:\(port)/arsip"
        func central() throws -> String {
            try s.run(["git", "--git-dir", user.home + "/repositories/arsip.git", "rev-parse", "main"]).stdout
        }
        var up = false
        for _ in 0..<50 where !up {
            up = try s.run(["git", "ls-remote", url], extraEnv: ssh("pengelola")).status == 0
            if !up { usleep(100_000) }
        }
        try #require(up, "gitolite over sshd did not answer on port \(port)")
        // The pengelola's first push; HEAD follows main.
        #expect(try s.git(["remote", "add", "origin", url]).status == 0)
        let first = try s.run(
            ["git", "-C", s.dir + "/arsip", "push", "-q", "origin", "main"], extraEnv: ssh("pengelola"))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            try s.run(["git", "--git-dir", user.home + "/repositories/arsip.git", "symbolic-ref", "HEAD"]).stdout
                == "refs/heads/main\n")
        // A member clones and pushes a signed step of hers.
        #expect(try s.run(["git", "clone", "-q", url, s.dir + "/siti"], extraEnv: ssh("staf")).status == 0)
        let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=027/B" : $0 }
        #expect(try s.berkas(["-C", "siti", "new", "--key", s.dir + "/keys/staf"] + Sandbox.sets(fields)).status == 0)
        let second = try s.run(["git", "-C", s.dir + "/siti", "push", "-q", "origin", "main"], extraEnv: ssh("staf"))
        #expect(second.status == 0, "\(second.stderr)")
        // The pengelola pushes a step the head signed: judged by its signature, not by who pushed.
        #expect(
            try s.run(
                ["git", "-C", s.dir + "/arsip", "pull", "-q", "--ff-only", "origin", "main"], extraEnv: ssh("pengelola")
            ).status == 0)
        let act = try s.berkas([
            "-C", "arsip", "act", Sandbox.rid(2), "disposisi", "--note", "Lanjut.", "--key",
            s.dir + "/keys/kepala-ukpbj"
        ])
        #expect(act.status == 0, "\(act.stderr)")
        let disposition = try s.gitOut(["rev-parse", "HEAD"])
        let third = try s.run(
            ["git", "-C", s.dir + "/arsip", "push", "-q", "origin", "main"], extraEnv: ssh("pengelola"))
        #expect(third.status == 0, "\(third.stderr)")
        // Someone who is no member cannot even read.
        let stranger = try s.run(["git", "ls-remote", url], extraEnv: ssh("tamu"))
        #expect(stranger.status != 0, "\(stranger.stdout)")
        // A member's forged commit is refused by the berkas hook; main does not move.
        let before = try central()
        #expect(
            try s.run(
                ["git", "-C", s.dir + "/siti", "pull", "-q", "--ff-only", "origin", "main"], extraEnv: ssh("staf")
            ).status == 0)
        let sitiRecord = "siti/" + Sandbox.recordPath(2)
        try s.write(
            sitiRecord, try s.read(sitiRecord).replacingOccurrences(of: "status: didisposisi", with: "status: selesai"))
        #expect(
            try s.git(
                ["-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "--no-verify", "-am", "x"], in: "siti"
            ).status == 0)
        let refused = try s.run(["git", "-C", s.dir + "/siti", "push", "origin", "main"], extraEnv: ssh("staf"))
        #expect(refused.status != 0 && refused.stderr.contains("[tanda-tangan]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("pengguna gitolite staf@ponorogo.go.id"), "\(refused.stderr)")
        #expect(try central() == before)
        // The pengelola retires the member; after the push, access follows.
        let remove = try s.berkas([
            "-C", "arsip", "member", "remove", "staf@ponorogo.go.id", "--key", s.dir + "/keys/pengelola"
        ])
        #expect(remove.status == 0, "\(remove.stderr)")
        let fourth = try s.run(
            ["git", "-C", s.dir + "/arsip", "push", "-q", "origin", "main"], extraEnv: ssh("pengelola"))
        #expect(fourth.status == 0, "\(fourth.stderr)")
        let retired = try s.run(["git", "ls-remote", url], extraEnv: ssh("staf"))
        #expect(retired.status != 0, "a retired member still reads: \(retired.stdout)")
        #expect(try s.run(["git", "ls-remote", url], extraEnv: ssh("kepala-ukpbj")).status == 0)
        // Reviewers read the step on cgit, from the central repository itself.
        let page = try cgitPage(
            s, repoPath: user.home + "/repositories/arsip.git", path: "/arsip/log/", query: "showmsg=1")
        #expect(page.contains("Berkas-Action: disposisi"), "\(page)")
        // The filter reads the git user's repository as another user (cgit's web server user).
        let step = try cgitPage(
            s, repoPath: user.home + "/repositories/arsip.git", path: "/arsip/commit/", query: "id=\(disposition)")
        #expect(step.contains("disposisi oleh Drs. Ahmad Fauzi (kepala-ukpbj), sah"), "\(step)")
    }
}
