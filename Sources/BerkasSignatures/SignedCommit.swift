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
    // long-function: one pass over a commit's bytes, header by header, as git writes them.
    public static func parse(_ raw: [UInt8]) -> SignedCommit {
        // The header ends at the first empty line.
        var headerEnd = raw.count
        var i = 0
        while i < raw.count {
            if raw[i] == 0x0A && (i + 1 < raw.count && raw[i + 1] == 0x0A) {
                headerEnd = i + 1
                break
            }
            i += 1
        }
        var payload: [UInt8] = []
        payload.reserveCapacity(raw.count)
        var signatureLines: [String] = []
        var gpgsigCount = 0
        var extras: [String] = []
        var inSignature = false
        var inExtra = false
        // Bytes, as git reads them: a line that starts with a space continues the header before it.
        let gpgsig = Array("gpgsig".utf8)
        // The payload is the object less the lines left out: kept bytes are copied in runs.
        var keptFrom = 0
        var lineStart = 0
        while lineStart < headerEnd {
            var lineEnd = lineStart
            while lineEnd < headerEnd && raw[lineEnd] != 0x0A { lineEnd += 1 }
            func leaveOut() {
                payload += raw[keptFrom..<lineStart]
                keptFrom = min(lineEnd + 1, raw.count)
            }
            if raw[lineStart] == 0x20 {
                if inSignature {
                    signatureLines.append(String(decoding: raw[(lineStart + 1)..<lineEnd], as: UTF8.self))
                    leaveOut()
                } else if inExtra {
                    leaveOut()
                }
            } else {
                inSignature = false
                inExtra = false
                var nameEnd = lineStart
                while nameEnd < lineEnd && raw[nameEnd] != 0x20 { nameEnd += 1 }
                let name = raw[lineStart..<nameEnd]
                if name.elementsEqual(gpgsig) {
                    gpgsigCount += 1
                    inSignature = gpgsigCount == 1
                    inExtra = !inSignature
                    if inSignature {
                        signatureLines.append(String(decoding: raw[min(nameEnd + 1, lineEnd)..<lineEnd], as: UTF8.self))
                    }
                    leaveOut()
                } else if name.starts(with: gpgsig) {
                    // Like git, leave every gpgsig* header out of the signed payload; berkas then refuses it.
                    extras.append(String(decoding: name, as: UTF8.self))
                    inExtra = true
                    leaveOut()
                } else if name.elementsEqual("mergetag".utf8) || containsSig(name) {
                    extras.append(String(decoding: name, as: UTF8.self))
                }
            }
            lineStart = lineEnd + 1
        }
        if keptFrom < raw.count { payload += raw[keptFrom...] }
        let signature = signatureLines.isEmpty ? nil : signatureLines.joined(separator: "\n") + "\n"
        let blocks = signatureLines.filter { $0.hasPrefix("-----BEGIN ") }.count
        return SignedCommit(
            payload: payload, signature: signature, gpgsigCount: gpgsigCount, extraSignatureHeaders: extras,
            signatureBlocks: blocks)
    }

    /// Whether a header name holds "sig" in any case (`x-sig`, `SIGNATURE`).
    static func containsSig(_ name: ArraySlice<UInt8>) -> Bool {
        guard name.count >= 3 else { return false }
        var i = name.startIndex
        while i + 3 <= name.endIndex {
            if name[i] | 0x20 == 0x73 && name[i + 1] | 0x20 == 0x69 && name[i + 2] | 0x20 == 0x67 { return true }
            i += 1
        }
        return false
    }
}
