import BerkasCore
import BerkasGit
import Foundation

/// `berkas libur`: the holiday list the working-day calendar counts without,
/// kept each year from the SKB on national holidays and collective leave.
/// Each change is one signed settings commit by a pengelola (`SettingsService`).
public struct HolidayService {
    public enum Change {
        case add(date: String, name: String, collectiveLeave: Bool)
        case remove(date: String)
        case importFile(path: String, collectiveLeave: Bool)
    }

    /// A year's holidays as the archive's last commit holds them.
    public struct Listing {
        public let file: String?
        public let year: Int
        public let entries: [(date: CalendarDate, name: String)]
        public let hasMovable: Bool
    }

    public init() {}

    public func list(archive: Archive, year: Int?) throws -> Listing {
        let rules = try archive.rules(at: try archive.head())
        let zone = rules.config.zone
        let y = try year ?? zone.date(at: MachineClock.now(zone: zone)).year
        let entries = rules.holidays.filter { $0.key.year == y }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return Listing(
            file: rules.config.holidaysFile, year: y, entries: entries,
            hasMovable: HolidayList.hasMovable(rules.holidays, year: y))
    }

    /// Nil when the list already says so (nothing is written).
    public func run(archive: Archive, change: Change, keyFlag: String?) throws -> SettingsService.Committed? {
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        guard let file = session.rules.config.holidaysFile else {
            throw BerkasError.user(.invalid, KitText.noHolidayFileInConfig())
        }
        try SettingsService().requirePengelola(session, files: [file])
        try archive.requireClean(file)
        let committed = try archive.repo.file(at: file, in: session.base).flatMap(UTF8Text.decode) ?? ""
        var entries = session.rules.holidays
        switch change {
        case .add(let dateText, let name, let collectiveLeave):
            let date = try Self.date(dateText)
            let full = Self.named(name.trimmingCharacters(in: .whitespaces), collectiveLeave: collectiveLeave)
            if let problem = HolidayList.nameProblem(full) { throw BerkasError.user(.usage, problem) }
            entries[date] = full
        case .remove(let dateText):
            let date = try Self.date(dateText)
            guard entries.removeValue(forKey: date) != nil else {
                throw BerkasError.user(.invalid, KitText.noHolidayOn(date.text()))
            }
        case .importFile(let path, let collectiveLeave):
            guard let data = FileManager.default.contents(atPath: UserPath.resolve(path)) else {
                throw BerkasError.user(.usage, KitText.readFile(TerminalSafe.escape(path)))
            }
            guard let text = UTF8Text.decode(data) else {
                throw BerkasError.user(.invalid, KitText.readUtfText(TerminalSafe.escape(path)))
            }
            let read: [HolidayList.Entry]
            do { read = try HolidayList.parsePublished(text, file: path) } catch { throw BerkasError.config(error) }
            guard !read.isEmpty else { throw BerkasError.user(.invalid, KitText.noHolidaysInFile(path)) }
            for e in read { entries[e.date] = Self.named(e.name, collectiveLeave: collectiveLeave) }
        }
        let text = HolidayList.text(keepingHeaderOf: committed, entries: entries)
        guard text != committed else { return nil }
        return try SettingsService().commitSettings(session: session, files: [(file, Data(text.utf8))])
    }

    /// A date given on the command line (`2027-03-10`).
    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw BerkasError.user(.usage, KitText.mustYyyyMmDd(TerminalSafe.escape(text)))
        }
        return date
    }

    /// A holiday's name, marked as collective leave when it is one.
    static func named(_ name: String, collectiveLeave: Bool) -> String {
        guard collectiveLeave, !name.lowercased().hasPrefix(HolidayList.collectiveLeave.lowercased()) else {
            return name
        }
        return HolidayList.collectiveLeave + " " + name
    }

    /// From the last quarter of a year: the year (this one, else the next) whose
    /// movable holidays are not entered yet, when the archive keeps a holiday list.
    public static func missingYear(_ rules: ArchiveRules, today: CalendarDate) -> Int? {
        guard rules.config.holidaysFile != nil else { return nil }
        if !HolidayList.hasMovable(rules.holidays, year: today.year) { return today.year }
        if today.month >= 10, !HolidayList.hasMovable(rules.holidays, year: today.year + 1) { return today.year + 1 }
        return nil
    }

    /// The one-line warning `whoami`, `list` and `report` give (see `missingYear`).
    static func warn(_ rules: ArchiveRules, today: CalendarDate) {
        if let year = missingYear(rules, today: today) { Notices.add(KitText.holidaysMissing(year)) }
    }
}
