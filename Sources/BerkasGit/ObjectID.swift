internal import CLibgit2
import Crypto

/// A git object id: its 20 bytes, held as three integers (cheap to hash and
/// compare), written as 40 lowercase hex digits.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    let a: UInt64, b: UInt64, c: UInt32

    /// The 20 bytes at `p`, as git stores them in trees, the index and packs.
    init(bytes p: UnsafeRawPointer) {
        a = p.loadUnaligned(as: UInt64.self)
        b = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        c = p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }

    init(_ oid: git_oid) {
        var copy = oid
        self = withUnsafeBytes(of: &copy.id) { ObjectID(bytes: $0.baseAddress!) }
    }

    /// 40 lowercase hex digits, nothing else.
    public init?(hex: String) {
        var text = hex
        guard let id = text.withUTF8({ ObjectID(hexDigits: $0) }) else { return nil }
        self = id
    }

    /// 40 lowercase hex digits in `digits`, nothing else.
    init?(hexDigits digits: UnsafeBufferPointer<UInt8>) {
        guard digits.count == 40 else { return nil }
        // The 20 bytes in the order git stores them, read into the three words
        // as `init(bytes:)` loads them (little-endian words of consecutive bytes).
        func word<W: FixedWidthInteger>(_ first: Int, _ count: Int, as: W.Type) -> W? {
            var w: W = 0
            for k in 0..<count {
                guard let high = Self.nibble(digits[2 * (first + k)]),
                    let low = Self.nibble(digits[2 * (first + k) + 1])
                else { return nil }
                w |= W(high << 4 | low) << (8 * k)
            }
            return w
        }
        guard let a = word(0, 8, as: UInt64.self), let b = word(8, 8, as: UInt64.self),
            let c = word(16, 4, as: UInt32.self)
        else { return nil }
        self.a = UInt64(littleEndian: a)
        self.b = UInt64(littleEndian: b)
        self.c = UInt32(littleEndian: c)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: digit - 0x30
        case 0x61...0x66: digit - 0x61 + 10
        default: nil
        }
    }

    var oid: git_oid {
        var o = git_oid()
        withUnsafeMutableBytes(of: &o.id) { buf in
            buf.storeBytes(of: a, toByteOffset: 0, as: UInt64.self)
            buf.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            buf.storeBytes(of: c, toByteOffset: 16, as: UInt32.self)
        }
        return o
    }

    /// The 20 bytes, as git stores them.
    var bytes: [UInt8] {
        var o = oid
        return withUnsafeBytes(of: &o.id) { Array($0) }
    }

    /// Whether `digest` (a SHA-1 of the object) is this id.
    func matches<D: Digest>(_ digest: D) -> Bool {
        digest.withUnsafeBytes { ObjectID(bytes: $0.baseAddress!) == self }
    }

    /// The 40 hex digits.
    public var hex: String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 40) { out in
            var o = oid
            withUnsafeBytes(of: &o.id) { bytes in
                for (k, byte) in bytes.prefix(20).enumerated() {
                    out[2 * k] = digits.utf8Start[Int(byte >> 4)]
                    out[2 * k + 1] = digits.utf8Start[Int(byte & 0x0F)]
                }
            }
            return 40
        }
    }

    public var short: String { String(hex.prefix(10)) }
    public var description: String { hex }
}

/// Author or committer: name, e-mail and time with its zone offset.
public struct GitSignature: Sendable, Equatable {
    public let name: String
    public let email: String
    /// Seconds since 1970-01-01 UTC.
    public let time: Int64
    /// Offset from UTC in minutes (e.g. 420 for +0700).
    public let offsetMinutes: Int32

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// What a commit holds that berkas reads.
public struct CommitInfo: Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let message: String
    public let author: GitSignature
    public let committer: GitSignature
}
