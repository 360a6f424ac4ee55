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
        guard let bad = value.unicodeScalars.first(where: { !(multiline && ($0 == "\n" || $0 == "\r" || $0 == "\t")) && TerminalSafe.isUnsafe($0) }) else { return nil }
        return L("berisi karakter kendali atau tak terlihat (U+\(String(format: "%04X", bad.value))); ketik ulang tanpa menyalin dari dokumen lain",
                 "holds a control or invisible character (U+\(String(format: "%04X", bad.value))); retype it instead of pasting it")
    }

    /// What is wrong with a member's name as git stores it in a commit's author line, or nil:
    /// no control or invisible character, no `<` or `>`, not blank, at most 200 characters.
    public static func identityNameProblem(_ name: String) -> Localized? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return L("nama kosong", "the name is empty") }
        if name.count > 200 { return L("nama lebih dari 200 karakter", "the name is longer than 200 characters") }
        if let p = inputProblem(name) { return p }
        if name.contains("<") || name.contains(">") {
            return L("nama berisi `<` atau `>`, yang tidak dapat disimpan git sebagai nama penulis", "the name holds `<` or `>`, which git cannot store as an author's name")
        }
        if name != name.trimmingCharacters(in: .whitespaces) { return L("nama diawali atau diakhiri spasi", "the name begins or ends with a space") }
        return nil
    }
}
