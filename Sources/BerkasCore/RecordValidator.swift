import Foundation

/// Checks a whole record against its type: every field, required fields, unknown
/// keys, secrets in keys, values and body. Returns all problems at once.
public enum RecordValidator {
    /// Parses and checks one record file.
    public static func validate(data: Data, file: String, rules: ArchiveRules, context: FieldValidator.Context)
        -> [Diagnostic]
    {
        let doc: FrontMatterDocument
        switch FrontMatterParser.parse(data, file: file) {
        case .failure(let list): return list.items
        case .success(let d): doc = d
        }
        let typeName = doc.scalar("jenis") ?? context.typeName ?? ""
        guard let type = rules.type(named: context.typeName ?? typeName) else {
            let known = rules.types.map(\.name).joined(separator: ", ")
            return [
                Diagnostic(
                    code: "jenis.tidak-dikenal", file: file, line: doc.line(of: "jenis"), field: "jenis",
                    message: CoreText.recordTypeKnown(TerminalSafe.escape(typeName)),
                    hint: CoreText.knownTypes(known))
            ]
        }
        let ctx = FieldValidator.Context(
            today: context.today, recordID: context.recordID, fileExists: context.fileExists,
            workflow: type.workflow, typeName: type.name, memo: context.memo)
        return validate(doc, file: file, type: type, context: ctx)
    }

    /// Checks a parsed record.
    /// - Parameter bodySecrets: whether body lines are searched for passwords
    ///   (`verify` leaves that to its secret rule, which reads the lines a commit changes).
    // long-function: the checks of a record in the order the rule book gives them (§6).
    public static func validate(
        _ doc: FrontMatterDocument, file: String, type: RecordType, context: FieldValidator.Context,
        bodySecrets: Bool = true
    ) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let schema = type.schema
        for entry in doc.entries {
            if SecretScanner.isSecretKey(entry.key) {
                out.append(FieldValidator.secretProblem.at(file: file, line: entry.line, field: entry.key))
                continue
            }
            guard let spec = schema.field(entry.key) else {
                var hint = CoreText.deleteLineKnownFieldsListed(type.name)
                if let close = closestKey(to: entry.key, in: schema.keys) {
                    hint = CoreText.didYouMean(close)
                }
                out.append(
                    Diagnostic(
                        code: "kolom.tidak-dikenal", file: file, line: entry.line, field: entry.key,
                        message: CoreText.unknownField(), hint: hint))
                continue
            }
            switch entry.value {
            case .scalar(let s):
                if !s.isEmpty, let p = FieldValidator.check(s, spec: spec, context: context) {
                    out.append(p.at(file: file, line: entry.line, field: entry.key))
                }
            case .list(let items):
                if !spec.list {
                    out.append(
                        Diagnostic(
                            code: "kolom.bukan-daftar", file: file, line: entry.line, field: entry.key,
                            message: CoreText.mustOneValueList(),
                            hint: CoreText.writeValue(entry.key)))
                    continue
                }
                for item in items where !item.isEmpty {
                    if let p = FieldValidator.check(item, spec: spec, context: context) {
                        out.append(p.at(file: file, line: entry.line, field: entry.key))
                    }
                }
            }
        }
        let status = doc.scalar("status").map(Status.init(rawValue:))
        for spec in schema.fields where isRequired(spec, doc: doc, status: status, workflow: type.workflow) {
            if doc.value(spec.key)?.isEmpty ?? true {
                let line = doc.entry(spec.key)?.line ?? doc.closingLine
                var hint = CoreText.fillIn(spec.key)
                if let help = spec.help { hint = CoreText.fillInWith(spec.key, help) }
                out.append(
                    Diagnostic(
                        code: "kolom.wajib", file: file, line: line, field: spec.key,
                        message: CoreText.required(spec.label), hint: hint))
            }
        }
        var body = doc.body
        body.withUTF8 { b in
            RawLines.forEach(in: b, droppingCR: false) { offset, line in
                if bodySecrets && SecretScanner.assignsSecret(bytes: line) {
                    out.append(
                        FieldValidator.secretProblem.at(file: file, line: doc.bodyStartLine + offset, field: "catatan"))
                } else if hasUnsafeCharacter(line) {
                    out.append(
                        Diagnostic(
                            code: "teks.karakter-kendali", file: file, line: doc.bodyStartLine + offset,
                            field: "catatan",
                            message: CoreText.holdsControlHiddenDirectionCharacters(),
                            hint: CoreText.retypeLine()))
                }
            }
        }
        return out
    }

    /// A control or hidden direction character other than tab and CR in a line
    /// of UTF-8; printable ASCII is passed without decoding.
    static func hasUnsafeCharacter(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return false }
        return String(decoding: line, as: UTF8.self).unicodeScalars.contains(where: {
            $0 != "\t" && $0 != "\r" && TerminalSafe.isUnsafe($0)
        })
    }

    /// Whether a field must have a value in a record at `status`.
    public static func isRequired(_ spec: FieldSpec, doc: FrontMatterDocument, status: Status?, workflow: Workflow)
        -> Bool
    {
        if spec.required { return true }
        if !spec.requiredWhen.isEmpty, spec.requiredWhen.allSatisfy({ doc.scalar($0.key) == $0.value }) { return true }
        if let from = spec.requiredFrom, let s = status, workflow.statesFrom(from).contains(s) { return true }
        return false
    }

    /// The known key closest to a typo, if it is close enough to suggest.
    static func closestKey(to key: String, in keys: [String]) -> String? {
        let best = keys.map { ($0, editDistance(key.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (k, d) = best, d <= max(2, key.count / 4) else { return nil }
        return k
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
