import BerkasCore
import Foundation

/// The lists an archive unit produces, from the signed history and each
/// type's `arsip.yml`: the list of active records (`berkas daftar-arsip`) and
/// what retention makes due (`berkas retensi`).
public struct ArchivalLists {
    /// One record as an archive list writes it.
    public struct Entry {
        public let id: String
        public let type: RecordType
        public let name: String
        public let statusLabel: String
        public let isClosed: Bool
        /// Registered (the record's first signed commit), in the archive's zone.
        public let registered: CalendarDate
        /// Closed (reached a final state), in the archive's zone; nil while open.
        public let closed: CalendarDate?
        /// The last day of the active period and of the retention; nil while open or without `arsip.yml`.
        public let activeUntil: CalendarDate?
        public let keptUntil: CalendarDate?
    }

    public let entries: [Entry]
    public let office: String
    public let place: String?
    public let signatory: OfficeConfig.Signatory?
    public let today: CalendarDate

    public static func load(archive: Archive) throws -> ArchivalLists {
        let timeline = try ArchiveTimeline.load(archive: archive, finishedSteps: false)
        let zone = timeline.rules.config.zone
        func day(_ t: Int64) -> CalendarDate { LocalTime(t, offsetSeconds: zone.offsetSeconds(at: t)).date }
        let entries = timeline.items.compactMap { item -> Entry? in
            guard let created = item.created else { return nil }
            let workflow = item.type.workflow
            let closed = workflow.isFinal(item.status) ? item.currentSince.map(day) : nil
            let archival = item.type.archival
            return Entry(
                id: item.id.description, type: item.type, name: item.name,
                statusLabel: workflow.state(item.status)?.label ?? item.status.rawValue, isClosed: closed != nil,
                registered: day(created), closed: closed,
                activeUntil: closed.flatMap { c in archival?.activeUntil(closedIn: c.year) },
                keptUntil: closed.flatMap { c in archival?.keptUntil(closedIn: c.year) })
        }
        for type in timeline.rules.types where type.archival == nil {
            Notices.add(KitText.archivalMissing(type.name, RulesLoader.typeFolder(type.name) + "/arsip.yml"))
        }
        let config = timeline.rules.config
        return ArchivalLists(
            entries: entries, office: config.office, place: config.place, signatory: config.signatory,
            today: day(timeline.now))
    }

    /// The list of active records: registered in `year` (all years when nil),
    /// still in their active period on `day` (or every record, with `all`).
    public func active(year: Int?, on day: CalendarDate, all: Bool) -> [Entry] {
        entries.filter { e in
            (year.map { e.registered.year == $0 } ?? true) && (all || e.activeUntil.map { day <= $0 } ?? true)
        }
    }

    /// What retention makes due on `day`, in the order of the lists an archive unit makes.
    public struct Due {
        /// Past their active period, within their retention: to move to the inactive archive.
        public let toInactive: [Entry]
        /// Past their retention, by final disposition.
        public let toDestroy: [Entry]
        public let toKeepPermanently: [Entry]
        public let toReassess: [Entry]
    }

    public func due(on day: CalendarDate) -> Due {
        func ended(_ e: Entry, _ d: Archival.FinalDisposition) -> Bool {
            e.type.archival?.finalDisposition == d && (e.keptUntil.map { $0 < day } ?? false)
        }
        return Due(
            toInactive: entries.filter { e in
                guard let active = e.activeUntil, let kept = e.keptUntil else { return false }
                return active < day && day <= kept
            },
            toDestroy: entries.filter { ended($0, .musnah) },
            toKeepPermanently: entries.filter { ended($0, .permanen) },
            toReassess: entries.filter { ended($0, .dinilaiKembali) })
    }
}
