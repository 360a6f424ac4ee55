import Foundation

/// Paths every clone can hold: on Linux, Windows and macOS, and that git
/// itself will check out. Rule book §6: each component is checked alone, and
/// a name a commit adds must not collide with a name beside it once case and
/// Unicode normalisation are set aside (Windows and macOS would write both to
/// one file).
public enum PortablePath {
    /// Names Windows keeps for devices, with any extension (`con.txt` too).
    static let reserved: Set<String> = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
    /// Characters Windows does not allow in a name (besides controls).
    static let forbidden: Set<Unicode.Scalar> = ["\\", ":", "*", "?", "\"", "<", ">", "|"]

    /// What is wrong with one component of a path, or nil.
    public static func componentProblem(_ name: String) -> Localized? {
        guard !name.isEmpty else { return CoreText.emptyPartPathEnd() }
        if name == "." || name == ".." { return CoreText.mayPartPath(name) }
        if let bad = name.unicodeScalars.first(where: { TerminalSafe.isUnsafe($0) }) {
            return CoreText.holdsControlInvisibleCharacterU(
                TerminalSafe.escape(name), String(format: "%04X", bad.value))
        }
        if let bad = name.unicodeScalars.first(where: forbidden.contains) {
            return CoreText.holdsWhichWindowsAllowFile(name, bad)
        }
        if name.hasSuffix(".") || name.hasSuffix(" ") {
            return CoreText.endsDotSpaceWhichWindows(name)
        }
        let lower = name.lowercased()
        if lower == ".git" || lower == "git~1" {
            return CoreText.gitSOwnFolderName(name)
        }
        let base = String(name.uppercased().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0])
            .trimmingCharacters(in: .whitespaces)
        if reserved.contains(base) {
            return CoreText.deviceNameWindowsReserves(name)
        }
        return nil
    }

    /// What is wrong with a path (components joined by `/`), or nil.
    public static func problem(_ path: String) -> Localized? {
        // Most paths (every record's) are plain ASCII: cleared on their bytes without strings.
        if isPlainlyPortable(path) { return nil }
        for c in path.split(separator: "/", omittingEmptySubsequences: false) {
            if let p = componentProblem(String(c)) { return p }
        }
        return nil
    }

    /// True for an ASCII path of letters, digits, `-`, `_` and `.` in components that are not
    /// empty, `.` or `..`, do not end in `.`, are not `.git`/`git~1` and are no device name.
    /// False means "look closer", not "refused".
    static func isPlainlyPortable(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { u -> Bool in
            var start = 0
            while start <= u.count {
                var end = start
                while end < u.count && u[end] != 0x2F { end += 1 }
                let n = end - start
                guard n > 0, u[end - 1] != 0x2E else { return false } // empty, or ending in "."
                var dot = -1
                for i in start..<end {
                    let c = u[i]
                    let ok =
                        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
                        || c == 0x5F || c == 0x2E
                    guard ok else { return false }
                    if c == 0x2E && dot < 0 { dot = i }
                }
                // The name before its first dot: 3 or 4 letters could be a device name; ".git" has none.
                let base = (dot < 0 ? end : dot) - start
                let letter = (u[start] | 0x20) >= 0x61 && (u[start] | 0x20) <= 0x7A
                if base == 0 || ((base == 3 || base == 4) && letter) { return false }
                start = end + 1
            }
            return true
        }
    }

    /// The key under which two names are one file on Windows and macOS:
    /// Unicode NFC, then lower case.
    public static func foldKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// A name in `siblings` (other than `name` itself) that is the same file as `name` on Windows or macOS.
    public static func collision(_ name: String, among siblings: [String]) -> String? {
        let key = foldKey(name)
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let bytes = Array(name.utf8)
        return siblings.first { other in
            // Compared as bytes: Swift's == already takes NFC and NFD for one string.
            guard !other.utf8.elementsEqual(bytes) else { return false }
            // Equal ASCII lengths are needed for a collision between ASCII names (most of them).
            if isASCII && other.utf8.allSatisfy({ $0 < 0x80 }) && other.utf8.count != name.utf8.count { return false }
            return foldKey(other) == key
        }
    }
}
