import BerkasCore
import BerkasGit
import Foundation

/// The archive's records at the branch tip with the steps of each, read from
/// one walk of the history (trailers; `berkas verify` proves they agree with
/// the diffs).
struct ArchiveTimeline {
    struct Item {
        let entry: RecordCatalog.Entry
        let events: [StepEvent]
        let steps: [Step]
        var created: Int64? { events.first?.time }
        var currentSince: Int64? { events.last(where: { $0.from != $0.to })?.time }
    }

    let rules: ArchiveRules
    let calendar: WorkingCalendar
    let now: Int64
    let items: [Item]

    static func load(archive: Archive) throws -> ArchiveTimeline {
        let head = try archive.head()
        let rules = try archive.rules(at: head)
        let zone = TimeZone(identifier: rules.config.timeZone) ?? TimeZone(identifier: "Asia/Jakarta")!
        let calendar = rules.calendar(offsetSeconds: Int64(zone.secondsFromGMT()))
        let now = currentTime()
        var events: [String: [StepEvent]] = [:]
        for id in try archive.repo.history(from: head) {
            let info = try archive.repo.commit(id)
            let t = Trailers.parse(info.message)
            func v(_ k: String) -> String? { t.first { $0.key == k }?.value }
            guard let record = v("Berkas-Record"), let to = v("Berkas-To") else { continue }
            events[record, default: []].append(StepEvent(time: info.committer.time, offsetMinutes: info.committer.offsetMinutes,
                                                         action: v("Berkas-Action") ?? "?", from: v("Berkas-From").map(Status.init(rawValue:)),
                                                         to: Status(rawValue: to), role: v("Berkas-Role"), actor: v("Berkas-Actor"), commit: id.short))
        }
        let entries = try RecordCatalog(archive: archive, rules: rules, commit: head).records()
        let items = entries.map { e -> Item in
            let ev = events[e.id.description] ?? []
            return Item(entry: e, events: ev, steps: StepAnalysis.steps(record: e.id.description, events: ev, workflow: e.type.workflow, calendar: calendar, now: now))
        }
        return ArchiveTimeline(rules: rules, calendar: calendar, now: now, items: items)
    }

    /// Now, or `BERKAS_NOW` (`@SECONDS` or ISO 8601) for reproducible reports.
    static func currentTime() -> Int64 {
        if let raw = ProcessInfo.processInfo.environment["BERKAS_NOW"], let c = CommitClock.parse(raw.hasPrefix("@") && !raw.contains(" ") ? raw + " +0000" : raw) {
            return c.seconds
        }
        return Int64(Date().timeIntervalSince1970)
    }
}

/// Formats working seconds as working days and hours: `0 hk 18 j` / `0 wd 18 h`.
func formatWorking(_ seconds: Int64, _ language: Language) -> String {
    let days = seconds / 86400, hours = (seconds % 86400) / 3600, minutes = (seconds % 3600) / 60
    let (d, h, m) = language == .en ? ("wd", "h", "min") : ("hk", "j", "mnt")
    if days == 0 && hours == 0 { return "\(minutes) \(m)" }
    return days > 0 ? "\(days) \(d) \(hours) \(h)" : "\(hours) \(h) \(minutes) \(m)"
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF between rows.
enum CSV {
    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// JSON output for scripts, keys sorted.
enum JSON {
    static func render(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Escapes text for HTML.
func htmlEscape(_ s: String) -> String {
    var out = ""
    for ch in s {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}

/// `2026-11-27 15:00` in the office's zone.
func formatLocal(_ t: Int64, calendar: WorkingCalendar) -> String {
    formatTime(t, offsetMinutes: Int32(calendar.offsetSeconds / 60)).components(separatedBy: " ").prefix(2).joined(separator: " ")
}
