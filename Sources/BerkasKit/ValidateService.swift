import BerkasCore
import BerkasGit
import Foundation

/// `berkas validate [PATH...]`: checks record files in the work tree against
/// the rules in the work tree. Reports every problem; writes nothing.
public struct ValidateService {
    public struct Result {
        public let checked: Int
        public let problems: [Diagnostic]
    }

    public init() {}

    /// Checks what `git commit` is about to record: the staged record files.
    public func runStaged(archive: Archive) throws -> Result {
        let rules = try archive.workingRules()
        let clock = try CommitClock.now(zone: rules.config.zone)
        let tip = try archive.repo.resolve(archive.branch)
        var problems: [Diagnostic] = []
        var checked = 0
        for rel in try archive.repo.stagedPaths(against: tip) {
            if let p = PortablePath.problem(rel) {
                problems.append(
                    Diagnostic(
                        code: "jalur.tidak-portabel", file: TerminalSafe.escape(rel), line: 0, field: nil, message: p,
                        hint: KitText.renameFileFolder()))
                continue
            }
            guard let (typeName, id) = RecordPath.parse(rel), let type = rules.type(named: typeName) else { continue }
            guard let data = try archive.repo.indexFile(rel) else { continue }
            checked += 1
            let root = archive.root
            let exists: @Sendable (String) -> Bool = { path in FileManager.default.fileExists(atPath: root + path) }
            let ctx = FieldValidator.Context(
                today: clock.date, recordID: id.description, fileExists: exists, workflow: type.workflow,
                typeName: type.name)
            problems += RecordValidator.validate(data: data, file: rel, rules: rules, context: ctx)
        }
        return Result(checked: checked, problems: problems)
    }

    public func run(archive: Archive, paths: [String], currentDirectory: String) throws -> Result {
        let rules = try archive.workingRules()
        let clock = try CommitClock.now(zone: rules.config.zone)
        let root = archive.root
        var targets: [String] = []
        if paths.isEmpty {
            for type in rules.types { targets += recordFiles(root: root, type: type.name) }
        } else {
            for p in paths {
                let absolute = p.hasPrefix("/") ? p : currentDirectory + "/" + p
                let full = URL(fileURLWithPath: absolute).standardizedFileURL.path
                let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
                guard full.hasPrefix(rootPath + "/") else {
                    throw BerkasError.user(.usage, KitText.outsideArchive(p))
                }
                let rel = String(full.dropFirst(rootPath.count + 1))
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), isDir.boolValue {
                    targets += rules.types.flatMap { recordFiles(root: root, type: $0.name) }.filter {
                        $0.hasPrefix(rel + "/") || rel.isEmpty
                    }
                } else {
                    targets.append(rel)
                }
            }
        }
        var problems: [Diagnostic] = []
        for rel in targets {
            problems += check(rel, root: root, rules: rules, today: clock.date)
        }
        return Result(checked: targets.count, problems: problems)
    }

    private func check(_ rel: String, root: String, rules: ArchiveRules, today: CalendarDate) -> [Diagnostic] {
        guard let (typeName, id) = RecordPath.parse(rel), let type = rules.type(named: typeName),
            type.schema.prefix == id.prefix
        else {
            return [
                Diagnostic(
                    code: "berkas.jalur", file: rel, line: 0, field: nil,
                    message: KitText.recordPath(),
                    hint: KitText.recordsLiveTypeYearId())
            ]
        }
        var st = stat()
        guard lstat(root + rel, &st) == 0 else {
            return [
                Diagnostic(
                    code: "berkas.tidak-ada", file: rel, line: 0, field: nil, message: KitText.fileExist(),
                    hint: KitText.checkFileName())
            ]
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            return [
                Diagnostic(
                    code: "berkas.bukan-berkas-biasa", file: rel, line: 0, field: nil,
                    message: KitText.regularFileSymlinkFolder(),
                    hint: KitText.replacePlainTextFile())
            ]
        }
        if st.st_size > off_t(FrontMatterParser.maxFileBytes) {
            return [
                Diagnostic(
                    code: "berkas.terlalu-besar", file: rel, line: 0, field: nil,
                    message: KitText.fileTooLarge(), hint: KitText.recordFewKb())
            ]
        }
        let data: Data
        do { data = try NoFollow.read(root: root, path: rel) ?? Data() } catch {
            return [
                Diagnostic(
                    code: "berkas.tautan", file: rel, line: 0, field: nil, message: BerkasError.linkMessage(error),
                    hint: KitText.replaceLinkPlainFolderFile())
            ]
        }
        let exists: @Sendable (String) -> Bool = { path in
            var s = stat()
            return lstat(root + path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFREG
        }
        let ctx = FieldValidator.Context(
            today: today, recordID: id.description, fileExists: exists, workflow: type.workflow, typeName: type.name)
        return RecordValidator.validate(data: data, file: rel, rules: rules, context: ctx)
    }

    private func recordFiles(root: String, type: String) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for year in ((try? fm.contentsOfDirectory(atPath: root + type)) ?? []).sorted() {
            let folder = "\(type)/\(year)"
            for file in ((try? fm.contentsOfDirectory(atPath: root + folder)) ?? []).sorted()
            where file.hasSuffix(".md") {
                out.append("\(folder)/\(file)")
            }
        }
        return out
    }
}
