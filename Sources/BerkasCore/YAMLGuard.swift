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

    /// Whether `line` is `key: >` or `key: |` (with optional indicators and comment): a block follows.
    static func opensBlock(_ line: String) -> Bool {
        guard let key = keyOf(line) else { return false }
        var value = line.dropFirst(key.count + 1).drop(while: { $0 == " " })
        if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
        let v = value.trimmingCharacters(in: .whitespaces)
        guard let first = v.first, first == ">" || first == "|" else { return false }
        return v.dropFirst().allSatisfy { $0 == "-" || $0 == "+" || $0.isNumber }
    }

    static func keyOf(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(key)
    }

    /// - Parameter inBlock: the line is inside a `>` or `|` block (its text is taken as it is).
    // long-function: the guard's rules for one line, one after another in the order the rule book lists them.
    static func check(line: String, inBlock: Bool = false) -> Issue? {
        // A control or invisible character other than tab and CR: YAML would read some as line
        // breaks (U+0085), a terminal would act on others. One rule with values and notes (TextRules).
        if let bad = TextRules.unsafeScalar(inLine: line) {
            return Issue(
                code: "teks.karakter-kendali",
                message: CoreText.holdsControlInvisibleCharacterU3(String(format: "%04X", bad.value)),
                hint: CoreText.retypeLineInsteadPasting())
        }
        let b = Array(line.utf8)
        var lead = 0
        while lead < b.count && b[lead] == 0x20 { lead += 1 }
        if lead < b.count && b[lead] == 0x09 {
            return Issue(
                code: "frontmatter.tab", message: CoreText.lineIndentedTab(),
                hint: CoreText.indentSpacesTabs())
        }
        // A line at the start that is not blank, a comment, a list item or `key:`: the rest of a
        // value begun on an earlier line, which berkas's editing would take apart.
        if lead == 0, let c = b.first, c != 0x23, c != 0x2D, c != 0x25, c != 0x3F, c != 0x3C, c != 0x0D,
            keyOf(line) == nil
        {
            return Issue(
                code: "frontmatter.bukan-kunci", message: CoreText.lineKeyValue(),
                hint: CoreText.writeValueOneKeyValue())
        }
        if lead == 0 && b.first == 0x25 { // %
            return Issue(
                code: "frontmatter.direktif", message: CoreText.yamlDirectivesAllowed(),
                hint: CoreText.deleteLine())
        }
        if lead < b.count && b[lead] == 0x3F && (lead + 1 == b.count || b[lead + 1] == 0x20) { // "? "
            return Issue(
                code: "frontmatter.kunci", message: CoreText.complexKeysAllowed(),
                hint: CoreText.writeKeyNameValue())
        }
        if lead + 1 < b.count && b[lead] == 0x3C && b[lead + 1] == 0x3C { // <<
            return Issue(
                code: "frontmatter.merge", message: CoreText.mergeKeysAllowed(),
                hint: CoreText.writeEveryFieldOutFull())
        }
        // Walk the line outside quotes and comments, looking for an indicator at the start of a token.
        var inSingle = false
        var inDouble = false
        var escaped = false
        var previous: UInt8 = 0x20
        for ch in b {
            if inDouble {
                if escaped {
                    escaped = false
                } else if ch == 0x5C {
                    escaped = true
                } else if ch == 0x22 {
                    inDouble = false
                }
                previous = ch
                continue
            }
            if inSingle {
                if ch == 0x27 { inSingle = false }
                previous = ch
                continue
            }
            if ch == 0x23 && (previous == 0x20 || previous == 0x09) { break } // comment
            let atTokenStart =
                previous == 0x20 || previous == 0x09 || previous == 0x5B || previous == 0x7B || previous == 0x2C
                || previous == 0x2D || previous == 0x3A
            if atTokenStart {
                if ch == 0x22 {
                    inDouble = true
                    previous = ch
                    continue
                }
                if ch == 0x27 {
                    inSingle = true
                    previous = ch
                    continue
                }
                if ch == 0x26 || ch == 0x2A || ch == 0x21 { // & * !
                    let what: Localized
                    switch ch {
                    case 0x26: what = CoreText.yamlAnchorsAllowed()
                    case 0x2A: what = CoreText.yamlAliasesAllowed()
                    default: what = CoreText.yamlTagsAllowed()
                    }
                    return Issue(
                        code: "frontmatter.jangkar-alias-tag", message: what,
                        hint: CoreText.writeValueOutFullInside())
                }
            }
            previous = ch
        }
        // A quoted value closes on its own line: berkas's records are one `key: value` line
        // each (or a `>`/`|` block); a quote left open would spread the value over lines
        // that an editor and berkas's own editing take for others.
        if !inBlock && (inSingle || inDouble) {
            return Issue(
                code: "frontmatter.kutip", message: CoreText.quoteClosedLine(),
                hint: CoreText.closeQuoteSameLineLong())
        }
        return nil
    }
}
