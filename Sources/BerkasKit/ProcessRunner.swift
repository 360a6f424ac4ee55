import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with posix_spawn. (Foundation's Process waits tens of
/// milliseconds a call on Linux; ssh-keygen may be called for every commit.)
enum ProcessRunner {
    struct Output {
        let status: Int32
        let stdout: Data
        let stderr: Data
    }

    /// Runs `argv` with `input` on stdin and captures stdout and stderr.
    static func run(_ argv: [String], input: Data = Data(), environment: [String: String]? = nil) throws -> Output {
        var inPipe: [Int32] = [0, 0]
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw BerkasError.internalFailure("pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let pid = try spawn(argv, actions: &actions, environment: environment)
        close(inPipe[0])
        close(outPipe[1])
        close(errPipe[1])
        // One poll loop feeds stdin and drains stdout and stderr, so no pipe can fill up and deadlock.
        let (outData, errData) = pump(input: input, stdinFD: inPipe[1], stdoutFD: outPipe[0], stderrFD: errPipe[0])
        let status = waitFor(pid)
        return Output(status: status, stdout: outData, stderr: errData)
    }

    /// Runs `argv` attached to this terminal (an editor) and returns its exit status.
    static func runInteractive(_ argv: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let pid = try spawn(argv, actions: &actions, environment: nil)
        return waitFor(pid)
    }

    private static func spawn(
        _ argv: [String], actions: inout posix_spawn_file_actions_t, environment: [String: String]?
    ) throws -> pid_t {
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in env { free(p) } }
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, env)
        guard rc == 0 else {
            throw BerkasError.missingProgram(argv[0], String(cString: strerror(rc)))
        }
        return pid
    }

    private static func waitFor(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    private static func pump(input: Data, stdinFD: Int32, stdoutFD: Int32, stderrFD: Int32) -> (Data, Data) {
        var out = Data()
        var err = Data()
        var inFD: Int32 = stdinFD
        var outFD: Int32 = stdoutFD
        var errFD: Int32 = stderrFD
        var offset = 0
        let bytes = [UInt8](input)
        if bytes.isEmpty {
            close(inFD)
            inFD = -1
        }
        signal(SIGPIPE, SIG_IGN)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while outFD >= 0 || errFD >= 0 || inFD >= 0 {
            var fds = [
                pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: outFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)
            ]
            let ready = poll(&fds, 3, -1)
            if ready < 0 { if errno == EINTR { continue } else { break } }
            if inFD >= 0 && fds[0].revents != 0 {
                let n = bytes.withUnsafeBufferPointer {
                    write(inFD, $0.baseAddress! + offset, min(65536, bytes.count - offset))
                }
                if n > 0 { offset += n }
                if n <= 0 || offset >= bytes.count {
                    close(inFD)
                    inFD = -1
                }
            }
            for (i, isOut) in [(1, true), (2, false)] where fds[i].revents != 0 {
                let fd = isOut ? outFD : errFD
                let n = read(fd, &buffer, buffer.count)
                if n > 0 {
                    if isOut { out.append(buffer, count: n) } else { err.append(buffer, count: n) }
                } else if !(n < 0 && errno == EINTR) {
                    close(fd)
                    if isOut { outFD = -1 } else { errFD = -1 }
                }
            }
        }
        return (out, err)
    }
}
