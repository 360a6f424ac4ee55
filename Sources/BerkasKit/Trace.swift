import Foundation

/// `BERKAS_TRACE=1`: milliseconds since the process started at named points,
/// on standard error (for measuring a command's phases; off otherwise).
/// `BERKAS_TRACE=$EPOCHREALTIME` measures from that moment instead (the
/// shell's clock just before it starts berkas; /proc's start time is too coarse).
public enum Trace {
    static let setting = Environment.value("BERKAS_TRACE")
    static let enabled = setting != nil
    static let shellStart = setting.flatMap { Double($0) }

    public static func mark(_ point: @autoclosure () -> String) {
        guard enabled else { return }
        var now = timespec()
        var start = timespec()
        if let shellStart {
            clock_gettime(CLOCK_REALTIME, &now)
            start.tv_sec = Int(shellStart)
            start.tv_nsec = Int((shellStart - Double(start.tv_sec)) * 1e9)
        } else {
            clock_gettime(CLOCK_MONOTONIC, &now)
        }
        // The process's start time, from /proc (clock ticks since boot).
        if shellStart == nil, let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        {
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 19, let ticks = Double(fields[19]) {
                let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
                start.tv_sec = Int(ticks / hz)
                start.tv_nsec = Int((ticks / hz - Double(start.tv_sec)) * 1e9)
            }
        }
        let ms = Double(now.tv_sec - start.tv_sec) * 1000 + Double(now.tv_nsec - start.tv_nsec) / 1e6
        FileHandle.standardError.write(Data(String(format: "[trace] %7.1f ms  %@\n", ms, point()).utf8))
    }
}
