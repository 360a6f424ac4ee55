import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// README's "Running a central repository", followed literally over real SSH:
/// Debian's sshd started by the test on 127.0.0.1 at a free port with its own
/// configuration and keys, a bare repository with `berkas hooks server`, the
/// first push, a second clerk's clone with `berkas hooks install`, both syncing,
/// and a forged commit refused by the hook.
@Suite("Central repository over SSH")
struct CentralOverSSHTests {
    static let sshd = "/usr/sbin/sshd"

    /// A port nothing listens on: the kernel picks one, then it is freed.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) }
        }
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// sshd on 127.0.0.1:`port`, accepting the clerks' keys for the user running
    /// the test; it detaches (its pid in `sshd.pid`) and is stopped at the end.
    final class Server {
        let dir: String

        init(_ s: Sandbox, dir: String, port: Int, clientKeys: [String]) throws {
            self.dir = dir
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let hostKey = dir + "/host_ed25519"
            #expect(try s.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey]).status == 0)
            let authorized = try clientKeys.map { try String(contentsOfFile: $0 + ".pub", encoding: .utf8) }.joined()
            try authorized.write(toFile: dir + "/authorized_keys", atomically: true, encoding: .utf8)
            let config = """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(hostKey)
                AuthorizedKeysFile \(dir)/authorized_keys
                PidFile \(dir)/sshd.pid
                StrictModes no
                UsePAM no
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin prohibit-password
                LogLevel ERROR

                """
            try config.write(toFile: dir + "/sshd_config", atomically: true, encoding: .utf8)
            // Run as root, sshd needs its privilege-separation folder.
            if getuid() == 0 {
                try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
            }
            let started = try s.run([CentralOverSSHTests.sshd, "-f", dir + "/sshd_config"])
            try #require(started.status == 0, "sshd: \(started.stderr)")
        }

        deinit {
            if let text = try? String(contentsOfFile: dir + "/sshd.pid", encoding: .utf8),
                let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                kill(pid, SIGTERM)
            }
        }
    }

    @Test func readmesCentralRepositoryOverSSH() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.sshd),
            "sshd is missing: `bash scripts/ensure-deps.sh --tests` installs openssh-server")
        let s = try Sandbox()
        try s.initArchive(keyName: "rina", roles: ["staf-ukpbj"])
        try s.key("siti")
        let add = try s.berkas([
            "-C", "arsip", "member", "add", "--key", s.dir + "/keys/rina", "--name", "Siti Aminah", "--nip",
            "198801012010012001", "--email", "siti@ponorogo.go.id", "--role", "staf-ukpbj", "--pubkey",
            s.dir + "/keys/siti.pub"
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let port = Self.freePort()
        let server = try Server(
            s, dir: s.dir + "/sshd", port: port, clientKeys: [s.dir + "/keys/rina", s.dir + "/keys/siti"])
        let user = String(cString: getpwuid(getuid()).pointee.pw_name)
        func ssh(_ key: String) -> [String: String] {
            [
                "GIT_SSH_COMMAND":
                    "ssh -p \(port) -i \(s.dir)/keys/\(key) -o IdentitiesOnly=yes -o BatchMode=yes "
                    + "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
            ]
        }
        // The server waits for its first connection.
        var up = false
        for _ in 0..<50 where !up {
            up =
                try s.run(
                    ["ssh"] + ssh("rina")["GIT_SSH_COMMAND"]!.split(separator: " ").dropFirst().map(String.init)
                        + ["\(user)@127.0.0.1", "true"]
                ).status == 0
            if !up { usleep(100_000) }
        }
        try #require(up, "sshd did not answer on port \(port)")

        // On the server: a bare repository with berkas's hook.
        let central = s.dir + "/srv/git/arsip.git"
        #expect(try s.run(["git", "init", "-q", "--bare", central]).status == 0)
        #expect(try s.berkas(["-C", central, "hooks", "server"]).status == 0)
        let url = "ssh://\(user)@127.0.0.1:\(port)\(central)"
        // The first push, from the archive made with `berkas init`.
        #expect(try s.git(["remote", "add", "origin", url]).status == 0)
        let first = try s.run(
            ["git", "-C", s.dir + "/arsip", "push", "-q", "-u", "origin", "main"], extraEnv: ssh("rina"))
        #expect(first.status == 0, "\(first.stderr)")
        // A new clerk clones it and installs the local hook and configuration.
        let clone = try s.run(["git", "clone", "-q", url, s.dir + "/b"], extraEnv: ssh("siti"))
        #expect(clone.status == 0, "\(clone.stderr)")
        #expect(try s.berkas(["-C", "b", "hooks", "install"]).status == 0)
        // Two clerks record a request each and sync through the server.
        for (clone, key, nomor) in [("arsip", "rina", "027/A"), ("b", "siti", "027/B")] {
            let fields = Sandbox.fullRequest.map { $0.hasPrefix("nomor_surat=") ? "nomor_surat=\(nomor)" : $0 }
            let new = try s.berkas(["-C", clone, "new", "--key", s.dir + "/keys/" + key] + Sandbox.sets(fields))
            #expect(new.status == 0, "\(new.stderr)")
            let sync = try s.berkas(["-C", clone, "sync", "--key", s.dir + "/keys/" + key], extraEnv: ssh(key))
            #expect(sync.status == 0, "\(clone): \(sync.stderr)")
        }
        let again = try s.berkas(["-C", "arsip", "sync", "--key", s.dir + "/keys/rina"], extraEnv: ssh("rina"))
        #expect(again.status == 0, "\(again.stderr)")
        #expect(s.exists("arsip/" + Sandbox.recordPath(2)) && s.exists("b/" + Sandbox.recordPath(1)))
        // A forged step, committed with plain git and no signature, is refused by the hook.
        let tip = try s.run(["git", "-C", central, "rev-parse", "main"]).stdout
        let record = "b/" + Sandbox.recordPath(1)
        try s.write(record, try s.read(record).replacingOccurrences(of: "status: diterima", with: "status: selesai"))
        #expect(
            try s.git(["-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "--no-verify", "-am", "x"], in: "b")
                .status == 0)
        let forged = try s.run(["git", "-C", s.dir + "/b", "push", "origin", "main"], extraEnv: ssh("siti"))
        #expect(forged.status != 0)
        #expect(forged.stderr.contains("remote:"), "\(forged.stderr)")
        #expect(try s.run(["git", "-C", central, "rev-parse", "main"]).stdout == tip, "main did not move")
        #expect(try s.berkas(["-C", central, "verify"]).status == 0)
        _ = server
    }
}
