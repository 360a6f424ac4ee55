import Foundation

/// What text berkas accepts from people, in one place (rule book §7.1, §12):
/// every field value, note, front-matter line and member entry is checked
/// here, by the commands before writing and by `verify`.
public enum TextRules {
    /// A control or invisible character in one line (split at LF), or nil: a tab is
    /// allowed, and a CR only as the line's last character (a CRLF line end). A lone CR is
    /// a line break to YAML but not to git or an editor: the lines would be counted apart.
    public static func unsafeScalar(inLine line: String) -> Unicode.Scalar? {
        guard line.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        var scalars = Substring(line).unicodeScalars
        if scalars.last == "\r" { scalars.removeLast() }
        return scalars.first { $0 != "\t" && TerminalSafe.isUnsafe($0) }
    }

    /// What is wrong with a value given on the command line (`--set`, `--note`), or nil:
    /// any control or invisible character (a note may hold line breaks).
    public static func inputProblem(_ value: String, multiline: Bool = false) -> Localized? {
        guard
            let bad = value.unicodeScalars.first(where: {
                !(multiline && ($0 == "\n" || $0 == "\r" || $0 == "\t")) && TerminalSafe.isUnsafe($0)
            })
        else { return nil }
        return CoreText.holdsControlInvisibleCharacterU2(String(format: "%04X", bad.value))
    }

    /// What is wrong with a member's name as git stores it in a commit's author line, or nil:
    /// no control or invisible character, no `<` or `>`, not blank, at most 200 characters.
    public static func identityNameProblem(_ name: String) -> Localized? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return CoreText.nameEmpty() }
        if name.count > 200 { return CoreText.nameLongerThanCharacters() }
        if let p = inputProblem(name) { return p }
        if name.contains("<") || name.contains(">") {
            return CoreText.nameHoldsWhichGitStore()
        }
        if name != name.trimmingCharacters(in: .whitespaces) { return CoreText.nameBeginsEndsSpace() }
        return nil
    }

    /// Whether a short label (a berita acara's number, a holiday's name, a type's title) is
    /// one line of 1 to `max` characters without control or invisible characters, not
    /// beginning or ending with a space.
    public static func isShortLabel(_ s: String, max: Int = 100) -> Bool {
        (1...max).contains(s.count) && s.first != " " && s.last != " "
            && !s.unicodeScalars.contains(where: TerminalSafe.isUnsafe)
    }
}
