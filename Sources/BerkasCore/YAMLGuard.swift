/// A line-level check of front matter before YAML parsing: berkas records are
/// flat `key: value` lines, so anchors (`&a`), aliases (`*a`), tags (`!x`),
/// merge keys (`<<`), complex keys (`?`) and directives (`%`) are refused here,
/// with the line, before any parser could be made to expand them.
enum YAMLGuard {
    struct Issue {
        let code: String
        let message: Localized
        let hint: Localized
    }

    static func keyOf(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(key)
    }

    static func check(line: String) -> Issue? {
        if line.contains("\t") && line.drop(while: { $0 == " " }).hasPrefix("\t") {
            return Issue(code: "frontmatter.tab", message: L("baris diawali tab", "line is indented with a tab"),
                         hint: L("pakai spasi untuk menjorok, bukan tab", "indent with spaces, not tabs"))
        }
        let trimmed = line.drop(while: { $0 == " " })
        if trimmed.hasPrefix("%") && trimmed.count == line.count {
            return Issue(code: "frontmatter.direktif", message: L("direktif YAML tidak diperbolehkan", "YAML directives are not allowed"),
                         hint: L("hapus baris ini", "delete this line"))
        }
        if trimmed.hasPrefix("? ") || trimmed == "?" {
            return Issue(code: "frontmatter.kunci", message: L("kunci kompleks (`?`) tidak diperbolehkan", "complex keys (`?`) are not allowed"),
                         hint: L("tulis `nama_kunci: nilai`", "write `key_name: value`"))
        }
        if trimmed.hasPrefix("<<") {
            return Issue(code: "frontmatter.merge", message: L("kunci gabungan `<<` tidak diperbolehkan", "merge keys (`<<`) are not allowed"),
                         hint: L("tulis setiap data secara langsung", "write every field out in full"))
        }
        // Walk the line outside quotes and comments, looking for an indicator
        // at the start of a token.
        var inSingle = false, inDouble = false, escaped = false
        var previous: Character = " "
        for ch in line {
            if inDouble {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inDouble = false }
                previous = ch
                continue
            }
            if inSingle {
                if ch == "'" { inSingle = false }
                previous = ch
                continue
            }
            let atTokenStart = previous == " " || previous == "[" || previous == "{" || previous == "," || previous == "-" || previous == ":"
            if ch == "#" && (previous == " " || previous == "\t") { break }
            if atTokenStart {
                if ch == "\"" { inDouble = true; previous = ch; continue }
                if ch == "'" { inSingle = true; previous = ch; continue }
                if ch == "&" || ch == "*" || ch == "!" {
                    let what: Localized
                    switch ch {
                    case "&": what = L("jangkar YAML (`&`) tidak diperbolehkan", "YAML anchors (`&`) are not allowed")
                    case "*": what = L("alias YAML (`*`) tidak diperbolehkan", "YAML aliases (`*`) are not allowed")
                    default: what = L("tag YAML (`!`) tidak diperbolehkan", "YAML tags (`!`) are not allowed")
                    }
                    return Issue(code: "frontmatter.jangkar-alias-tag", message: what,
                                 hint: L("tulis nilainya lengkap di dalam tanda kutip \"...\"", "write the value out in full inside \"...\""))
                }
            }
            if ch != " " { previous = ch } else { previous = " " }
        }
        return nil
    }
}
