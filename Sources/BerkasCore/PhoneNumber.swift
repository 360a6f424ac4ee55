/// An Indonesian telephone number: `0…`, `+62…` or `62…`, then 9–13 digits;
/// spaces and dashes are accepted and removed for display.
public struct PhoneNumber: Sendable, Equatable {
    /// The national number without prefix, e.g. `81234567890`.
    public let national: String

    /// `0812-3456-7890` style, for display.
    public var display: String {
        let local = "0" + national
        var groups: [String] = []
        var rest = Substring(local)
        let first = local.hasPrefix("08") ? 4 : min(4, local.count)
        groups.append(String(rest.prefix(first)))
        rest = rest.dropFirst(first)
        while !rest.isEmpty {
            let take = rest.count == 5 ? 5 : min(4, rest.count)
            groups.append(String(rest.prefix(take)))
            rest = rest.dropFirst(take)
        }
        return groups.joined(separator: "-")
    }

    public static func parse(_ raw: String) -> Result<PhoneNumber, FieldProblem> {
        let hint = CoreText.writeIndonesianNumberSuchSpaces()
        var s = Substring(raw.filter { $0 != " " && $0 != "-" })
        if s.hasPrefix("+62") {
            s = s.dropFirst(3)
        } else if s.hasPrefix("62") {
            s = s.dropFirst(2)
        } else if s.hasPrefix("0") {
            s = s.dropFirst(1)
        } else {
            return .failure(FieldProblem("telepon.awalan", CoreText.phoneNumberMustStart(), hint))
        }
        guard s.allSatisfy(\.isASCIIDigit) else {
            return .failure(FieldProblem("telepon.karakter", CoreText.phoneNumberMayHoldOnly(), hint))
        }
        guard (9...13).contains(s.count) else {
            return .failure(
                FieldProblem(
                    "telepon.panjang",
                    CoreText.phoneNumberDigitsAfterPrefix(s.count),
                    hint))
        }
        guard s.first != "0" else {
            return .failure(FieldProblem("telepon.awalan", CoreText.secondMayFollowPrefix(), hint))
        }
        return .success(PhoneNumber(national: String(s)))
    }
}
