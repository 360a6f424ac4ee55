/// The message of a berkas commit: a subject an auditor can read in
/// `git log --oneline`, an optional note, and trailers that say exactly what
/// the commit does (checked against the diff by `berkas verify`).
public struct CommitMessage: Sendable, Equatable {
    public var subject: String
    public var note: String?
    public var trailers: [(String, String)]

    public init(subject: String, note: String?, trailers: [(String, String)]) {
        self.subject = subject
        self.note = note
        self.trailers = trailers
    }

    public static func == (a: CommitMessage, b: CommitMessage) -> Bool {
        a.subject == b.subject && a.note == b.note && a.trailers.elementsEqual(b.trailers, by: { $0 == $1 })
    }

    /// `Name (NIP 1970…)`, the actor as auditors read it.
    public static func actor(name: String, nip: String) -> String { "\(name) (NIP \(nip))" }

    public var text: String {
        var out = subject + "\n"
        if let note, !note.isEmpty {
            out += "\n" + note + "\n"
        }
        out += "\n"
        for (k, v) in trailers { out += "\(k): \(v)\n" }
        return out
    }

    /// A record's step: `RA-2026-0001: disposisi (diterima → didisposisi)`.
    public static func recordStep(
        id: String, action: String, from: Status?, to: Status, note: String?, role: Role,
        actor: String, fields: [String] = []
    ) -> CommitMessage {
        let arrow = from.map { "\($0) → \(to)" } ?? "→ \(to)"
        var trailers: [(String, String)] = [(Trailer.record.rawValue, id), (Trailer.action.rawValue, action)]
        if let from { trailers.append((Trailer.from.rawValue, from.rawValue)) }
        trailers.append((Trailer.to.rawValue, to.rawValue))
        if !fields.isEmpty { trailers.append((Trailer.fields.rawValue, fields.joined(separator: ", "))) }
        trailers.append((Trailer.role.rawValue, role.rawValue))
        trailers.append((Trailer.actor.rawValue, actor))
        return CommitMessage(subject: "\(id): \(action) (\(arrow))", note: note, trailers: trailers)
    }

    /// The destruction of records whose retention ended (`Berkas-Action: musnah`),
    /// carrying out a berita acara; the note names every record it removes.
    public static func destruction(minutes: String, ids: [String], actor: String) -> CommitMessage {
        CommitMessage(
            subject: "Pemusnahan arsip: \(ids.count) berkas, berita acara \(minutes)",
            note: "Dimusnahkan: " + ids.joined(separator: ", ") + ".",
            trailers: [
                (Trailer.action.rawValue, "musnah"), (Trailer.minutes.rawValue, minutes),
                (Trailer.role.rawValue, Role.pengelola.rawValue), (Trailer.actor.rawValue, actor)
            ])
    }

    /// A change of the archive's rules (`.berkas/`).
    public static func archiveChange(action: String, subject: String, note: String?, actor: String) -> CommitMessage {
        CommitMessage(
            subject: subject, note: note,
            trailers: [
                (Trailer.action.rawValue, action), (Trailer.role.rawValue, Role.pengelola.rawValue),
                (Trailer.actor.rawValue, actor)
            ])
    }
}
