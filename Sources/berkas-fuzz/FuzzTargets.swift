import BerkasCore
import BerkasGit
import BerkasSignatures
import Foundation

/// What the fuzzer feeds hostile bytes to, each with the property that must
/// hold (beyond "no crash, no hang"). `scripts/fuzz.sh` runs them under
/// libFuzzer; the normal build replays the corpus in `Tests/Fuzz/` (every
/// input the fuzzer ever found is kept there).
enum FuzzTargets {
    static let all: [String: @Sendable (Data) -> Void] = ["frontmatter": frontMatter, "objects": objects, "text": text]

    /// The front-matter reader and editor: when berkas edits a field of a document it
    /// reads, the result either does not read (every command then refuses to save it) or
    /// reads back with that field as written and every other field as it was: an edit
    /// never changes or loses another field silently.
    static func frontMatter(_ data: Data) {
        guard case .success(let doc) = FrontMatterParser.parse(data, file: "fuzz.md"), let text = UTF8Text.decode(data)
        else { return }
        for (key, value, style) in [
            ("nama", "Budi \"B\" \\\\ Santoso: #1", FrontMatterEditor.Style.quoted), ("status", "didisposisi", .plain),
            (doc.entries.first?.key ?? "jabatan", "Kepala Seksi", .quoted)
        ] {
            let edited = FrontMatterEditor.set(
                key, to: value, style: style, in: text, doc: doc, order: ["id", "jenis", "status", "nama", "jabatan"])
            guard case .success(let again) = FrontMatterParser.parse(Data(edited.utf8), file: "fuzz.md") else {
                continue
            }
            guard again.scalar(key) == value else {
                fatalError(
                    "\(key) reads back as \(String(describing: again.scalar(key))), not \(value): \(edited.debugDescription)"
                )
            }
            for e in doc.entries where e.key != key {
                guard again.value(e.key) == e.value else {
                    fatalError(
                        "editing \(key) changed \(e.key) from \(e.value) to \(String(describing: again.value(e.key))): \(edited.debugDescription)"
                    )
                }
            }
            guard again.entries.count == doc.entries.count + (doc.entry(key) == nil ? 1 : 0) else {
                fatalError("editing \(key) changed the fields: \(edited.debugDescription)")
            }
            guard again.body == doc.body else {
                fatalError("editing \(key) changed the body: \(edited.debugDescription)")
            }
        }
    }

    /// The commit reader, the signature splitter and the SSHSIG parser and checker.
    static func objects(_ data: Data) {
        let raw = [UInt8](data)
        let signed = SignedCommit.parse(raw)
        precondition(signed.payload.count <= raw.count, "the payload is longer than the object")
        _ = try? CommitParser.commit(raw, id: ObjectID(hex: String(repeating: "0", count: 40))!)
        if let armored = signed.signature {
            _ = try? SSHSignature.parse(armored: armored)
            _ = SSHSignatureVerifier.verify(payload: signed.payload, signature: armored)
        }
        _ = try? SSHSignature.parse(armored: String(decoding: raw, as: UTF8.self))
    }

    /// Text rules: trailers, secrets, dates, paths.
    static func text(_ data: Data) {
        let s = String(decoding: data, as: UTF8.self)
        _ = Trailers.parse(s)
        _ = SecretScanner.assignsSecret(s)
        _ = SecretScanner.isSecretKey(s)
        _ = GitDate.parse(s, zone: .jakarta)
        _ = PortablePath.problem(s)
        _ = TextRules.identityNameProblem(s)
        let escaped = TerminalSafe.escape(s)
        precondition(!escaped.unicodeScalars.contains(where: TerminalSafe.isUnsafe), "escape left an unsafe character")
    }

    /// The target named by `BERKAS_FUZZ` (default: frontmatter).
    static var selected: @Sendable (Data) -> Void {
        let name = ProcessInfo.processInfo.environment["BERKAS_FUZZ"] ?? "frontmatter"
        guard let t = all[name] else { fatalError("BERKAS_FUZZ: one of \(all.keys.sorted().joined(separator: ", "))") }
        return t
    }
}

#if FUZZING
    /// libFuzzer's driver, called from this program's own `main` (SwiftPM names every
    /// executable's entry point itself, so libFuzzer's `main` is not the one that runs).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The entry libFuzzer's own code expects to find (its `main` refers to it).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        FuzzTargets.selected(start.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }

    @main
    struct Fuzz {
        static func main() {
            _ = FuzzTargets.selected // an unknown BERKAS_FUZZ stops here, before libFuzzer starts
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzOne(data, count) })
        }
    }
#else
    /// The normal build replays inputs: `berkas-fuzz TARGET FILE-OR-FOLDER...`.
    @main
    struct Replay {
        static func main() {
            var args = Array(CommandLine.arguments.dropFirst())
            guard let name = args.first, let target = FuzzTargets.all[name] else {
                FileHandle.standardError.write(
                    Data("usage: berkas-fuzz frontmatter|objects|text FILE-OR-FOLDER...\n".utf8))
                exit(64)
            }
            args.removeFirst()
            var count = 0
            for path in args {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
                let files =
                    isDir.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map {
                        path + "/" + $0
                    } : [path]
                for f in files {
                    guard let d = FileManager.default.contents(atPath: f) else { continue }
                    target(d)
                    count += 1
                }
            }
            print("\(name): \(count) inputs replayed")
        }
    }
#endif
