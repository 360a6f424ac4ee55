import BerkasAudit
import BerkasCore
import BerkasGit
import Foundation

/// The pengelola's changes to the archive's settings (`.berkas/`) and its
/// documentation (`README.md`, `lampiran/README.md`), each kind as one signed
/// commit with the trailers the rule book gives (§5.1, §12.1): `berkas commit`
/// takes them from the work tree, `berkas libur` makes them.
public struct SettingsService {
    /// One commit made.
    public struct Committed {
        /// `pengaturan`, `member-add`, …, or `dokumentasi`.
        public let action: String
        /// What changed, in the office's words.
        public let lines: [Localized]
        public let commit: ObjectID
    }

    public init() {}

    /// The settings and documentation files that differ in the work tree from the last
    /// commit, among the named paths (a file, or a folder holding it; nil: all).
    public static func changedFiles(archive: Archive, named: Set<String>?) throws -> (
        settings: [String], documentation: [String]
    ) {
        let head = try archive.head()
        var paths = Set(try archive.repo.files(under: ".berkas", in: head))
        paths.formUnion(try workTreeFiles(".berkas", root: archive.root))
        var settings: [String] = []
        for p in paths.sorted() where selected(p, named) {
            if try NoFollow.read(root: archive.root, path: p) != archive.repo.file(at: p, in: head) {
                settings.append(p)
            }
        }
        var documentation: [String] = []
        for p in ClassifiedChange.documentationFiles.sorted() where selected(p, named) {
            if try NoFollow.read(root: archive.root, path: p) != archive.repo.file(at: p, in: head) {
                documentation.append(p)
            }
        }
        return (settings, documentation)
    }

    static func selected(_ path: String, _ named: Set<String>?) -> Bool {
        guard let named else { return true }
        return named.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Commits the changed files of the work tree: the settings, then the documentation.
    public func commitWorkTree(archive: Archive, named: Set<String>?, keyFlag: String?) throws -> [Committed] {
        let changed = try Self.changedFiles(archive: archive, named: named)
        guard !changed.settings.isEmpty || !changed.documentation.isEmpty else { return [] }
        var done: [Committed] = []
        if !changed.settings.isEmpty {
            let (session, files) = try pengelolasFiles(changed.settings, archive: archive, keyFlag: keyFlag)
            done.append(try commitSettings(session: session, files: files))
        }
        if !changed.documentation.isEmpty {
            let (session, files) = try pengelolasFiles(changed.documentation, archive: archive, keyFlag: keyFlag)
            let lines = changed.documentation.map { KitText.documentationUpdated($0) }
            let message = CommitMessage.archiveChange(
                action: "dokumentasi",
                subject: "Petunjuk arsip diperbarui: "
                    + changed.documentation.joined(separator: ", "), note: nil, actor: session.actor)
            let commit = try session.commit(files: files, message: message)
            done.append(Committed(action: "dokumentasi", lines: lines, commit: commit))
        }
        return done
    }

    /// A session signed by a pengelola, and the files as the work tree holds them.
    private func pengelolasFiles(_ paths: [String], archive: Archive, keyFlag: String?) throws -> (
        WriteSession, [(String, Data?)]
    ) {
        let session = try WriteSession(archive: archive, keyFlag: keyFlag)
        try requirePengelola(session, files: paths)
        var files: [(String, Data?)] = []
        for p in paths { files.append((p, try workTreeVersion(p, archive: archive, base: session.base))) }
        return (session, files)
    }

    /// A file as the work tree holds it; a settings file saved by Notepad (byte-order mark,
    /// CRLF) is stored as the archive stored it, so that the commit shows only the changed lines.
    private func workTreeVersion(_ path: String, archive: Archive, base: ObjectID) throws -> Data? {
        guard let data = try NoFollow.read(root: archive.root, path: path) else { return nil }
        guard let committed = try archive.repo.file(at: path, in: base), let text = UTF8Text.decode(data) else {
            return data
        }
        return Data(UTF8Text.likeCommitted(text, committed: committed).utf8)
    }

    func requirePengelola(_ session: WriteSession, files: [String]) throws {
        guard !session.memberRoles.contains(.pengelola) else { return }
        let names = session.rules.policy.members.filter { $0.roles.contains(.pengelola) }.map(\.name)
        throw BerkasError.user(
            .notAllowed,
            KitText.settingsOnlyByPengelola(
                files.joined(separator: ", "), names.joined(separator: ", "), session.member.name))
    }

    /// One signed settings commit with `files` (path → new bytes, nil removes), after
    /// checking that the new rules load, keep a pengelola, and leave every open record valid.
    func commitSettings(session: WriteSession, files given: [(String, Data?)]) throws -> Committed {
        try requirePengelola(session, files: given.map(\.0))
        var files = given
        let archive = session.archive
        for (path, data) in files {
            if let problem = PortablePath.problem(path) {
                throw BerkasError.user(.invalid, KitText.settingsPathCannotBeHeld(TerminalSafe.escape(path), problem))
            }
            if let size = data?.count, size > session.rules.config.maxFileMegabytes * 1_048_576 {
                throw BerkasError.user(
                    .invalid, KitText.settingsFileTooLarge(path, session.rules.config.maxFileMegabytes))
            }
        }
        if files.contains(where: { $0.0 == RulesLoader.allowedSignersPath }) {
            throw BerkasError.user(.invalid, KitText.allowedSignersIsGenerated())
        }
        let overrides = Dictionary(files.map { ($0.0, $0.1) }, uniquingKeysWith: { $1 })
        let base = session.base
        let newRules: ArchiveRules
        do {
            newRules = try RulesLoader.load { path in
                if let o = overrides[path] { return o }
                return try archive.repo.file(at: path, in: base)
            }
        } catch let e as ConfigError {
            throw BerkasError.config(e)
        }
        guard newRules.policy.members.contains(where: { $0.roles.contains(.pengelola) }) else {
            throw BerkasError.user(.invalid, KitText.archiveMustKeepPengelola())
        }
        if overrides[RulesLoader.policyPath] != nil {
            files.append((RulesLoader.allowedSignersPath, Data(newRules.policy.allowedSigners().utf8)))
        }
        try checkRecords(session: session, under: newRules)
        var lines = RulesSummary.lines(from: session.rules, to: newRules)
        // Files the rules do not read (a letter form, or a stray copy an editor left) are named.
        let unread = given.map(\.0).filter { !Self.isRulesFile($0, newRules) || lines.isEmpty }
        if !unread.isEmpty { lines.append(KitText.settingsFilesChanged(unread.joined(separator: ", "))) }
        let action = ArchiveAction.expected(
            old: session.rules.policy, new: newRules.policy, paths: files.map(\.0))
        let first = lines[0].text(.id)
        let subject = "Pengaturan: " + first + (lines.count > 1 ? " (dan \(lines.count - 1) lainnya)" : "")
        let note = lines.map { $0.text(.id) }.joined(separator: "\n")
        let commit = try session.commit(
            files: files,
            message: .archiveChange(action: action, subject: subject, note: note, actor: session.actor))
        return Committed(action: action, lines: lines, commit: commit)
    }

    /// A file the rules are read from (whose change `RulesSummary` describes).
    static func isRulesFile(_ path: String, _ rules: ArchiveRules) -> Bool {
        if [RulesLoader.configPath, RulesLoader.policyPath, RulesLoader.allowedSignersPath].contains(path)
            || path == rules.config.holidaysFile
        {
            return true
        }
        return rules.types.contains { t in
            ["schema.yml", "workflow.yml", "template.md", "arsip.yml"].contains {
                path == RulesLoader.typeFolder(t.name) + "/" + $0
            }
        }
    }

    /// Every record the archive holds still has its type, its prefix and, when it is
    /// still open, is valid under the new rules (a final record never changes again).
    private func checkRecords(session: WriteSession, under newRules: ArchiveRules) throws {
        let catalog = RecordCatalog(archive: session.archive, rules: session.rules, commit: session.base)
        var problems: [Diagnostic] = []
        let exists = session.fileExists()
        for entry in try catalog.records() {
            guard let type = newRules.type(named: entry.type.name) else {
                throw BerkasError.user(.invalid, KitText.typeRemovedButRecordsRemain(entry.type.name, entry.id))
            }
            guard type.schema.prefix == entry.id.prefix else {
                throw BerkasError.user(
                    .invalid, KitText.prefixChangedButRecordsRemain(entry.type.name, entry.id.prefix, entry.id))
            }
            if entry.type.workflow.isFinal(entry.status) { continue }
            let context = FieldValidator.Context(
                today: session.today, recordID: entry.id.description, fileExists: exists, workflow: type.workflow,
                typeName: type.name)
            problems += RecordValidator.validate(entry.document, file: entry.path, type: type, context: context)
        }
        if !problems.isEmpty {
            Notices.add(KitText.settingsWouldMakeRecordsInvalid())
            throw BerkasError.invalidRecords(problems)
        }
    }

    /// The files under a folder of the work tree (links are not followed: reading them is refused later).
    private static func workTreeFiles(_ folder: String, root: String) throws -> [String] {
        try NoFollow.check(root: root, path: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + folder) else { return [] }
        var out: [String] = []
        for name in names.sorted() {
            let path = folder + "/" + name
            var st = stat()
            guard lstat(root + path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: out += try workTreeFiles(path, root: root)
            default: out.append(path)
            }
        }
        return out
    }
}
