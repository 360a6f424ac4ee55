import Foundation
import Yams

/// The value of one front-matter key: a scalar's own text, or a simple list of them.
public enum FieldValue: Sendable, Equatable {
    case scalar(String)
    case list([String])

    /// The scalar text, or nil for a list.
    public var scalar: String? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    /// True for an empty scalar (also `~` and `null` written plain) or an empty list.
    public var isEmpty: Bool {
        switch self {
        case .scalar(let s): return s.isEmpty
        case .list(let l): return l.isEmpty
        }
    }
}

/// Which line ending a file uses; a rewrite keeps it.
public enum LineEnding: String, Sendable {
    case lf = "\n"
    case crlf = "\r\n"
}

/// A Markdown file with YAML front matter, read without losing anything needed
/// to report lines and to rewrite it byte for byte.
public struct FrontMatterDocument: Sendable, Equatable {
    /// One key of the front matter.
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let value: FieldValue
        /// 1-based line of the key in the file.
        public let line: Int
    }

    public let entries: [Entry]
    /// The Markdown after the front matter (line endings normalised to LF).
    public let body: String
    /// 1-based file line of the first body line.
    public let bodyStartLine: Int
    public let lineEnding: LineEnding
    public let hasBOM: Bool
    /// 1-based line of the closing `---`.
    public let closingLine: Int
    /// Where each key is in `entries` (keys are unique: the parser refuses a repeated one).
    private let positions: [String: Int]

    public init(
        entries: [Entry], body: String, bodyStartLine: Int, lineEnding: LineEnding, hasBOM: Bool, closingLine: Int
    ) {
        self.entries = entries
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.lineEnding = lineEnding
        self.hasBOM = hasBOM
        self.closingLine = closingLine
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() where positions[e.key] == nil { positions[e.key] = i }
        self.positions = positions
    }

    public func entry(_ key: String) -> Entry? { positions[key].map { entries[$0] } }
    public func value(_ key: String) -> FieldValue? { entry(key)?.value }
    public func scalar(_ key: String) -> String? { value(key)?.scalar }
    public func line(of key: String) -> Int { entry(key)?.line ?? 1 }
}

/// Reads front matter safely: size limits before parsing, no anchors, aliases,
/// tags or merge keys, no duplicate keys, values as the scalars' own text.
public enum FrontMatterParser {
    /// Front matter larger than this is refused before YAML sees it.
    public static let maxFrontMatterBytes = 64 * 1024
    /// A record file larger than this is refused outright.
    public static let maxFileBytes = 1024 * 1024

    public static func parse(_ data: Data, file: String) -> Result<FrontMatterDocument, DiagnosticList> {
        parse(data, file: file, flat: FastPaths.enabled)
    }

    /// Whether a line before `closingLine` (1-based, the closing `---`) holds a character `TextRules` refuses.
    static func frontMatterHasUnsafeCharacter(_ text: String, closingLine: Int) -> Bool {
        var text = text
        return text.withUTF8 { b in
            // Printable ASCII, LF, CR and tab: nothing to refuse (every record berkas writes itself).
            guard b.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09) || $0 >= 0x7F }) else {
                return false
            }
            var found = false
            RawLines.forEach(in: b, droppingCR: false) { i, line in
                guard !found, i > 0, i + 1 < closingLine else { return }
                if TextRules.unsafeScalar(inLine: String(decoding: line, as: UTF8.self)) != nil { found = true }
            }
            return found
        }
    }

    /// - Parameter flat: whether berkas's own simple form may be read without
    ///   YAML (tests compare both ways).
    static func parse(_ data: Data, file: String, flat: Bool) -> Result<FrontMatterDocument, DiagnosticList> {
        let problem = { (code: String, line: Int, message: Localized, hint: Localized) in
            DiagnosticList([Diagnostic(code: code, file: file, line: line, field: nil, message: message, hint: hint)])
        }
        if let refused = byteProblem(data) { return .failure(problem(refused.0, 0, refused.1, refused.2)) }
        guard var text = UTF8Text.decode(data) else {
            return .failure(
                problem("berkas.bukan-utf8", 0, CoreText.fileUtfText(), CoreText.saveAgainUtfEncoding()))
        }
        // berkas's own form, read directly; a front matter with a control or invisible character
        // goes the long way, where YAMLGuard names the line.
        if flat, let doc = FlatFrontMatter.parse(text),
            !frontMatterHasUnsafeCharacter(text, closingLine: doc.closingLine)
        {
            return .success(doc)
        }
        var hasBOM = false
        if text.unicodeScalars.first == "\u{FEFF}" {
            hasBOM = true
            text.unicodeScalars.removeFirst()
        }
        let lineEnding: LineEnding = text.utf8.contains(13) ? .crlf : .lf
        let lines = RawLines(text).contents
        let closeIndex: Int
        switch closingLine(lines) {
        case .success(let i): closeIndex = i
        case .failure(let refused): return .failure(problem(refused.code, 1, refused.message, refused.hint))
        }
        let yamlLines = Array(lines[1..<closeIndex])
        let guarded = guardProblems(yamlLines, file: file)
        if !guarded.isEmpty { return .failure(DiagnosticList(guarded)) }
        switch entries(yamlLines.joined(separator: "\n"), file: file) {
        case .failure(let list): return .failure(list)
        case .success(let entries):
            let body = lines[(closeIndex + 1)...].joined(separator: "\n")
            return .success(
                FrontMatterDocument(
                    entries: entries, body: body, bodyStartLine: closeIndex + 2,
                    lineEnding: lineEnding, hasBOM: hasBOM, closingLine: closeIndex + 1))
        }
    }

    /// A file berkas refuses before reading it as text: too large, or binary.
    private static func byteProblem(_ data: Data) -> (String, Localized, Localized)? {
        if data.count > maxFileBytes {
            return (
                "berkas.terlalu-besar", CoreText.fileTooLargeBytesMost(data.count, maxFileBytes),
                CoreText.keepAttachmentsUnderLampiranId()
            )
        }
        if data.withUnsafeBytes({ $0.firstIndex(of: 0) != nil }) {
            return ("berkas.biner", CoreText.fileHoldsBinaryDataNul(), CoreText.savePlainUtfText())
        }
        return nil
    }

    /// The index of the line closing the front matter (`---` or `...`), or why there is none.
    private static func closingLine(_ lines: [String]) -> Result<Int, RefusedFrontMatter> {
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(
                RefusedFrontMatter(
                    "frontmatter.tidak-ada", CoreText.firstLineMustStartFront(), CoreText.startFileWriteKeyValue()))
        }
        var size = 0
        for i in 1..<lines.count {
            let t = lines[i].trimmingTrailingSpaces()
            if t == "---" || t == "..." { return .success(i) }
            size += lines[i].utf8.count + 1
            if size > maxFrontMatterBytes {
                return .failure(
                    RefusedFrontMatter(
                        "frontmatter.terlalu-besar", CoreText.frontMatterOverKib(), CoreText.recordNeedsOnlyFewLines()))
            }
        }
        return .failure(
            RefusedFrontMatter(
                "frontmatter.tidak-ditutup", CoreText.frontMatterClosed(), CoreText.addLineAfterLastData()))
    }

    /// Why a front matter cannot be read at all: a code, the message and the hint.
    private struct RefusedFrontMatter: Error {
        let code: String, message: Localized, hint: Localized
        init(_ code: String, _ message: Localized, _ hint: Localized) {
            self.code = code
            self.message = message
            self.hint = hint
        }
    }

    /// The lexical guard, line by line, before YAML is read: anchors, aliases,
    /// tags and merge keys are refused before Yams builds anything, so no alias
    /// bomb or odd key can cost time; and the first field must begin its line.
    private static func guardProblems(_ yamlLines: [String], file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var inBlock = false
        for (i, line) in yamlLines.enumerated() {
            if let c = line.unicodeScalars.first, c != " ", c != "\t" { inBlock = false }
            if let issue = YAMLGuard.check(line: line, inBlock: inBlock) {
                problems.append(
                    Diagnostic(
                        code: issue.code, file: file, line: i + 2, field: YAMLGuard.keyOf(line),
                        message: issue.message, hint: issue.hint))
            }
            if YAMLGuard.opensBlock(line) { inBlock = true }
        }
        // An indented first field would make every key indented, which berkas's own
        // editing (keys at the start of the line) would break.
        if let i = yamlLines.firstIndex(where: { l in
            l.contains(where: { $0 != " " && $0 != "\t" && $0 != "\r" })
                && !l.trimmingCharacters(in: .whitespaces).hasPrefix("#")
        }),
            yamlLines[i].unicodeScalars.first == " "
        {
            problems.append(
                Diagnostic(
                    code: "frontmatter.menjorok", file: file, line: i + 2, field: nil,
                    message: CoreText.firstDataLineBeginsSpace(),
                    hint: CoreText.writeEveryKeyValueStart()))
        }
        return problems
    }

    /// The fields of the front matter, read as YAML: a mapping of simple keys to
    /// a scalar or a list of scalars each.
    private static func entries(_ yaml: String, file: String) -> Result<[FrontMatterDocument.Entry], DiagnosticList> {
        var entries: [FrontMatterDocument.Entry] = []
        var problems: [Diagnostic] = []
        do {
            // The encoding is named: Yams would otherwise read the environment on every parse.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success([]) }
            guard case .mapping(let mapping) = root else {
                return .failure(
                    DiagnosticList([
                        Diagnostic(
                            code: "frontmatter.bukan-peta", file: file, line: (root.mark?.line ?? 1) + 1, field: nil,
                            message: CoreText.frontMatterMustKeyValue(), hint: CoreText.writeEachFieldOwnLine())
                    ]))
            }
            for (keyNode, valueNode) in mapping {
                let line = (keyNode.mark?.line ?? 1) + 1
                guard case .scalar(let keyScalar) = keyNode, keyNode.anchor == nil else {
                    problems.append(
                        Diagnostic(
                            code: "frontmatter.kunci", file: file, line: line, field: nil,
                            message: CoreText.keyMustSimpleName(), hint: CoreText.writeKeyNameValue()))
                    continue
                }
                let key = keyScalar.string
                if let value = simpleValue(valueNode) {
                    entries.append(.init(key: key, value: value, line: line))
                } else {
                    problems.append(
                        Diagnostic(
                            code: "frontmatter.nilai-bertingkat", file: file, line: line, field: key,
                            message: CoreText.nestedValuesAllowed(), hint: CoreText.writeOneValueSimpleList()))
                }
            }
        } catch let error as YamlError {
            return .failure(DiagnosticList([yamlDiagnostic(error, file: file)]))
        } catch {
            return .failure(
                DiagnosticList([
                    Diagnostic(
                        code: "frontmatter.yaml", file: file, line: 1, field: nil,
                        message: CoreText.frontMatterRead(error), hint: CoreText.checkKeyValueLines())
                ]))
        }
        return problems.isEmpty ? .success(entries) : .failure(DiagnosticList(problems))
    }

    private static func simpleValue(_ node: Node) -> FieldValue? {
        guard node.anchor == nil else { return nil }
        switch node {
        case .scalar(let s):
            return .scalar(normalizedScalar(s))
        case .sequence(let seq):
            var items: [String] = []
            for item in seq {
                guard case .scalar(let s) = item, item.anchor == nil else { return nil }
                items.append(normalizedScalar(s))
            }
            return .list(items)
        default:
            return nil
        }
    }

    /// A plain `~` or `null` means "no value"; quoted text is kept as typed; a `>` or `|`
    /// block without its final line breaks (YAML keeps one or not depending on whether
    /// another field follows it: adding a field after it must not change it).
    private static func normalizedScalar(_ s: Node.Scalar) -> String {
        if s.style == .plain, ["~", "null", "Null", "NULL"].contains(s.string) { return "" }
        if s.style == .folded || s.style == .literal {
            var v = Substring(s.string)
            while v.last == "\n" { v = v.dropLast() }
            return String(v)
        }
        return s.string
    }

    /// libyaml's usual complaints, in the office's words.
    static func yamlProblemInIndonesian(_ problem: String) -> String {
        switch problem {
        case "did not find expected key": return "sesudah nilai masih ada teks (tanda kutip ditutup terlalu awal?)"
        case "did not find expected ',' or ']'": return "daftar [ … ] tidak ditutup"
        case "did not find expected ',' or '}'": return "kurung { … } tidak ditutup"
        case "found unexpected end of stream": return "tanda kutip tidak ditutup"
        case "mapping values are not allowed in this context":
            return "ada `:` di dalam nilai; beri tanda kutip \"…\" pada nilainya"
        case "found character that cannot start any token":
            return "nilai diawali karakter yang tidak boleh (mis. `@` atau `` ` ``); beri tanda kutip \"…\""
        case "found unknown escape character":
            return "garis miring terbalik `\\` di dalam tanda kutip; tulis `\\\\` atau pakai tanda kutip tunggal"
        case "could not find expected ':'": return "baris tanpa `:` sesudah kunci"
        default: return "YAML: " + problem
        }
    }

    private static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let keys, let context):
            return Diagnostic(
                code: "frontmatter.kunci-ganda", file: file, line: context.mark.line + 1, field: keys.first,
                message: CoreText.keyWrittenMoreThanOnce(),
                hint: CoreText.deleteOneLines(keys.first ?? ""))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml notices some slips only on a later line: an unclosed [ … ] or { … }
            // where the line after goes on, or a slip at the start of the next line.
            // The line meant is where the unclosed part began, or the line before.
            let line: Int
            if let context, problem.hasPrefix("did not find expected ','") {
                line = context.mark.line + 1
            } else {
                line = mark.column <= 1 && mark.line > 1 ? mark.line : mark.line + 1
            }
            return Diagnostic(
                code: "frontmatter.yaml", file: file, line: line, field: nil,
                message: CoreText.malformedFrontMatter(Localized(id: yamlProblemInIndonesian(problem), en: problem)),
                hint: CoreText.writeKeyValuePutAround())
        default:
            return Diagnostic(
                code: "frontmatter.yaml", file: file, line: 1, field: nil,
                message: CoreText.frontMatterRead2(),
                hint: CoreText.checkKeyValueLines())
        }
    }
}

/// A list of diagnostics, usable as an error.
public struct DiagnosticList: Error, Sendable, Equatable {
    public var items: [Diagnostic]
    public init(_ items: [Diagnostic]) { self.items = items }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

extension String {
    func trimmingTrailingSpaces() -> Substring { Substring(self).trimmingTrailingSpaces() }
}
