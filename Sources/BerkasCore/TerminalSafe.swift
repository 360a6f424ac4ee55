/// Escapes text from records before it reaches a terminal: control characters
/// and bidirectional overrides could otherwise rewrite what the reader sees.
public enum TerminalSafe {
    public static func escape(_ s: String) -> String {
        // Printable ASCII (nearly every name) is returned as it is, without a copy.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Control characters (C0, DEL, C1) and Unicode bidi/invisible formatting marks.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            return true
        }
        if v == 0xFEFF || v == 0x061C { return true }
        return false
    }
}
