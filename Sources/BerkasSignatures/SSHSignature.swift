/// An SSHSIG signature (OpenSSH PROTOCOL.sshsig), parsed from its armor at the
/// byte level.
public struct SSHSignature: Sendable, Equatable {
    /// The signer's public key blob (`string "ssh-ed25519" + string key`).
    public let publicKeyBlob: [UInt8]
    public let namespace: String
    public let hashAlgorithm: String
    /// The signature's own algorithm, e.g. `ssh-ed25519`.
    public let signatureAlgorithm: String
    public let signatureBlob: [UInt8]

    public enum ParseError: Error, Sendable, Equatable {
        case armor, base64, magic, version, truncated
    }

    public static func parse(armored: String) throws(ParseError) -> SSHSignature {
        guard let body = armorBody(armored) else { throw .armor }
        guard let bytes = Base64.decode(bytes: body) else { throw .base64 }
        var r = WireReader(bytes)
        guard try r.raw(6) == Array("SSHSIG".utf8) else { throw .magic }
        guard try r.uint32() == 1 else { throw .version }
        let key = try r.string()
        let ns = try r.string()
        _ = try r.string() // reserved
        let hash = try r.string()
        var sig = WireReader(try r.string())
        let alg = try sig.string()
        let blob = try sig.string()
        guard r.atEnd else { throw .truncated }
        return SSHSignature(
            publicKeyBlob: key, namespace: String(decoding: ns, as: UTF8.self),
            hashAlgorithm: String(decoding: hash, as: UTF8.self),
            signatureAlgorithm: String(decoding: alg, as: UTF8.self), signatureBlob: blob)
    }

    static let beginLine = Array("-----BEGIN SSH SIGNATURE-----".utf8),
        endLine = Array("-----END SSH SIGNATURE-----".utf8)

    /// The base64 text between the one BEGIN line and the last END line, lines
    /// trimmed of spaces and tabs and joined. Lines are split as Swift splits
    /// the text's characters at "\n" or "\r": a CR LF pair is one character,
    /// neither of the two, and does not split.
    static func armorBody(_ armored: String) -> [UInt8]? {
        var text = armored
        return text.withUTF8 { u -> [UInt8]? in
            var lines: [Range<Int>] = []
            var start = 0
            var i = 0
            func finish(_ end: Int) {
                var a = start
                var b = end
                while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
                while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1 }
                if end > start { lines.append(a..<b) }
            }
            while i < u.count {
                let c = u[i]
                if c == 0x0D && i + 1 < u.count && u[i + 1] == 0x0A {
                    i += 2
                    continue
                }
                if c == 0x0A || c == 0x0D {
                    finish(i)
                    start = i + 1
                }
                i += 1
            }
            finish(u.count)
            func equals(_ r: Range<Int>, _ word: [UInt8]) -> Bool {
                r.count == word.count && zip(u[r], word).allSatisfy { $0 == $1 }
            }
            let begins = lines.indices.filter { equals(lines[$0], SSHSignature.beginLine) }
            guard begins.count == 1, let b = begins.first,
                let e = lines.lastIndex(where: { equals($0, SSHSignature.endLine) }), b < e
            else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            for r in lines[(b + 1)..<e] { out.append(contentsOf: u[r]) }
            return out
        }
    }

    /// The bytes actually signed for `messageHash` (PROTOCOL.sshsig, "Signed Data").
    public func signedData(messageHash: [UInt8]) -> [UInt8] {
        var w = WireWriter()
        w.raw(Array("SSHSIG".utf8))
        w.string(Array(namespace.utf8))
        w.string([])
        w.string(Array(hashAlgorithm.utf8))
        w.string(messageHash)
        return w.bytes
    }

    /// The public key as an authorized_keys line (`ssh-ed25519 AAAA…`).
    public var publicKeyLine: String? {
        var r = WireReader(publicKeyBlob)
        guard let alg = try? r.string() else { return nil }
        return String(decoding: alg, as: UTF8.self) + " " + Base64.encode(publicKeyBlob)
    }
}

/// Reads SSH wire-format values (RFC 4251).
struct WireReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var atEnd: Bool { offset == bytes.count }

    mutating func raw(_ n: Int) throws(SSHSignature.ParseError) -> [UInt8] {
        guard n >= 0, offset + n <= bytes.count else { throw .truncated }
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    mutating func uint32() throws(SSHSignature.ParseError) -> UInt32 {
        let b = try raw(4)
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string() throws(SSHSignature.ParseError) -> [UInt8] {
        try raw(Int(try uint32()))
    }
}

struct WireWriter {
    var bytes: [UInt8] = []
    mutating func raw(_ b: [UInt8]) { bytes += b }
    mutating func string(_ b: [UInt8]) {
        let n = UInt32(b.count)
        bytes += [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
        bytes += b
    }
}

/// Standard base64 without Foundation, strict on the alphabet.
public enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let table: [Int16] = {
        var t = [Int16](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = Int16(i) }
        return t
    }()

    public static func decode(_ s: String) -> [UInt8]? { decode(bytes: Array(s.utf8)) }

    public static func decode(bytes chars: [UInt8]) -> [UInt8]? {
        guard chars.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 4 * 3)
        var i = 0
        while i < chars.count {
            var v: UInt32 = 0
            var pad = 0
            for j in 0..<4 {
                let c = chars[i + j]
                if c == UInt8(ascii: "=") {
                    guard i + 4 == chars.count, j >= 2 else { return nil }
                    pad += 1
                    v <<= 6
                } else {
                    guard pad == 0 else { return nil }
                    let d = table[Int(c)]
                    guard d >= 0 else { return nil }
                    v = v << 6 | UInt32(d)
                }
            }
            out.append(UInt8(v >> 16 & 0xFF))
            if pad < 2 { out.append(UInt8(v >> 8 & 0xFF)) }
            if pad < 1 { out.append(UInt8(v & 0xFF)) }
            i += 4
        }
        return out
    }

    public static func encode(_ b: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            let n = min(3, b.count - i)
            var v: UInt32 = 0
            for j in 0..<3 { v = v << 8 | UInt32(j < n ? b[i + j] : 0) }
            for j in 0..<4 {
                out.append(j <= n ? alphabet[Int(v >> UInt32(18 - 6 * j) & 0x3F)] : UInt8(ascii: "="))
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
