import CLibgit2

/// A git object id, as 40 hex digits.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    public let hex: String

    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else { return nil }
        self.hex = hex
    }

    init(_ oid: git_oid) {
        var copy = oid
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, 41, &copy)
        hex = String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    var oid: git_oid {
        var o = git_oid()
        _ = git_oid_fromstr(&o, hex)
        return o
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
