/// A raw commit object split the way git splits it for verification: the
/// payload that was signed (the object without its `gpgsig` header) and the
/// signature, plus every other signature-like header, which stock git ignores
/// but berkas refuses.
public struct SignedCommit: Sendable, Equatable {
    /// The bytes the signature covers.
    public let payload: [UInt8]
    /// The armored signature of the `gpgsig` header, or nil when unsigned.
    public let signature: String?
    /// How many `gpgsig` headers there were (more than one is a violation).
    public let gpgsigCount: Int
    /// Names of other signature-like headers (`gpgsig-sha256`, `mergetag`, …).
    public let extraSignatureHeaders: [String]
    /// Number of `-----BEGIN` blocks inside the `gpgsig` value (more than one is a violation).
    public let signatureBlocks: Int

    /// Splits a raw commit object (what `git cat-file commit` prints).
    public static func parse(_ raw: [UInt8]) -> SignedCommit {
        // The header ends at the first empty line.
        var headerEnd = raw.count
        var i = 0
        while i < raw.count {
            if raw[i] == 0x0A && (i + 1 < raw.count && raw[i + 1] == 0x0A) { headerEnd = i + 1; break }
            i += 1
        }
        var payload: [UInt8] = []
        payload.reserveCapacity(raw.count)
        var signatureLines: [String] = []
        var gpgsigCount = 0
        var extras: [String] = []
        var inSignature = false
        var inExtra = false
        var lineStart = 0
        while lineStart < headerEnd {
            var lineEnd = lineStart
            while lineEnd < headerEnd && raw[lineEnd] != 0x0A { lineEnd += 1 }
            let line = Array(raw[lineStart..<min(lineEnd + 1, raw.count)])
            let content = String(decoding: raw[lineStart..<lineEnd], as: UTF8.self)
            if content.hasPrefix(" ") {
                if inSignature { signatureLines.append(String(content.dropFirst())) } else if !inExtra { payload += line }
            } else {
                inSignature = false
                inExtra = false
                let name = String(content.prefix { $0 != " " })
                if name == "gpgsig" {
                    gpgsigCount += 1
                    inSignature = gpgsigCount == 1
                    inExtra = !inSignature
                    if inSignature { signatureLines.append(String(content.dropFirst(name.count + 1))) }
                } else if name.hasPrefix("gpgsig") {
                    // Like git, leave every gpgsig* header out of the signed payload; berkas then refuses it.
                    extras.append(name)
                    inExtra = true
                } else {
                    if name == "mergetag" || name.lowercased().contains("sig") { extras.append(name) }
                    payload += line
                }
            }
            lineStart = lineEnd + 1
        }
        if headerEnd < raw.count { payload += raw[headerEnd...] }
        let signature = signatureLines.isEmpty ? nil : signatureLines.joined(separator: "\n") + "\n"
        let blocks = signatureLines.filter { $0.hasPrefix("-----BEGIN ") }.count
        return SignedCommit(payload: payload, signature: signature, gpgsigCount: gpgsigCount, extraSignatureHeaders: extras,
                            signatureBlocks: blocks)
    }
}
