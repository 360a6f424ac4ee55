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
        // A control or invisible character other than tab and CR: YAML would read some as line
        // breaks (U+0085), a terminal would act on others. One rule with values and notes (TextRules).
        if let bad = TextRules.unsafeScalar(inLine: line) {
            return Issue(code: "teks.karakter-kendali",
                         message: L("berisi karakter kendali atau tak terlihat (U+\(String(format: "%04X", bad.value)))", "holds a control or invisible character (U+\(String(format: "%04X", bad.value)))"),
                         hint: L("ketik ulang baris ini tanpa menyalin dari dokumen lain", "retype this line instead of pasting it"))
        }
        let b = Array(line.utf8)
        var lead = 0
        while lead < b.count && b[lead] == 0x20 { lead += 1 }
        if lead < b.count && b[lead] == 0x09 {
            return Issue(code: "frontmatter.tab", message: L("baris diawali tab", "line is indented with a tab"),
                         hint: L("pakai spasi untuk menjorok, bukan tab", "indent with spaces, not tabs"))
        }
        if lead == 0 && b.first == 0x25 { // %
            return Issue(code: "frontmatter.direktif", message: L("direktif YAML tidak diperbolehkan", "YAML directives are not allowed"),
                         hint: L("hapus baris ini", "delete this line"))
        }
        if lead < b.count && b[lead] == 0x3F && (lead + 1 == b.count || b[lead + 1] == 0x20) { // "? "
            return Issue(code: "frontmatter.kunci", message: L("kunci kompleks (`?`) tidak diperbolehkan", "complex keys (`?`) are not allowed"),
                         hint: L("tulis `nama_kunci: nilai`", "write `key_name: value`"))
        }
        if lead + 1 < b.count && b[lead] == 0x3C && b[lead + 1] == 0x3C { // <<
            return Issue(code: "frontmatter.merge", message: L("kunci gabungan `<<` tidak diperbolehkan", "merge keys (`<<`) are not allowed"),
                         hint: L("tulis setiap data secara langsung", "write every field out in full"))
        }
        // Walk the line outside quotes and comments, looking for an indicator at the start of a token.
        var inSingle = false, inDouble = false, escaped = false
        var previous: UInt8 = 0x20
        for ch in b {
            if inDouble {
                if escaped { escaped = false } else if ch == 0x5C { escaped = true } else if ch == 0x22 { inDouble = false }
                previous = ch
                continue
            }
            if inSingle {
                if ch == 0x27 { inSingle = false }
                previous = ch
                continue
            }
            if ch == 0x23 && (previous == 0x20 || previous == 0x09) { break } // comment
            let atTokenStart = previous == 0x20 || previous == 0x5B || previous == 0x7B || previous == 0x2C || previous == 0x2D || previous == 0x3A
            if atTokenStart {
                if ch == 0x22 { inDouble = true; previous = ch; continue }
                if ch == 0x27 { inSingle = true; previous = ch; continue }
                if ch == 0x26 || ch == 0x2A || ch == 0x21 { // & * !
                    let what: Localized
                    switch ch {
                    case 0x26: what = L("jangkar YAML (`&`) tidak diperbolehkan", "YAML anchors (`&`) are not allowed")
                    case 0x2A: what = L("alias YAML (`*`) tidak diperbolehkan", "YAML aliases (`*`) are not allowed")
                    default: what = L("tag YAML (`!`) tidak diperbolehkan", "YAML tags (`!`) are not allowed")
                    }
                    return Issue(code: "frontmatter.jangkar-alias-tag", message: what,
                                 hint: L("tulis nilainya lengkap di dalam tanda kutip \"...\"", "write the value out in full inside \"...\""))
                }
            }
            previous = ch
        }
        return nil
    }
}
