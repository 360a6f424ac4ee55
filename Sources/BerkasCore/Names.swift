/// A name from the workflow or policy (a state, an action, a role), typed by
/// its kind so that a status is never compared with a role by mistake.
public struct Name<Kind>: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }
}

public enum StatusKind {}
public enum ActionKind {}
public enum RoleKind {}

/// A workflow state, e.g. `diterima`.
public typealias Status = Name<StatusKind>
/// A workflow action, e.g. `disposisi`.
public typealias ActionName = Name<ActionKind>
/// A role in the office, e.g. `kepala-ukpbj`.
public typealias Role = Name<RoleKind>

extension Name where Kind == RoleKind {
    /// The archive administrator: the only role that may change `.berkas/`.
    public static var pengelola: Role { "pengelola" }
}
