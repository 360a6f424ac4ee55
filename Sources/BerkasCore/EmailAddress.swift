/// A plain e-mail address: one `@`, a local part of common characters, and a
/// domain of dot-separated labels ending in a letters-only top-level label.
public enum EmailAddress {
    public static func check(_ raw: String) -> FieldProblem? {
        let hint = CoreText.writeAddressSuchNamePonorogo()
        let parts = raw.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return FieldProblem("email.format", CoreText.eMailAddressMustHold(), hint)
        }
        let local = parts[0]
        let domain = parts[1]
        let localOK =
            !local.isEmpty && local.count <= 64 && !local.hasPrefix(".") && !local.hasSuffix(".")
            && !zip(local.utf8, local.utf8.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E })
            && local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-".contains($0)) }
        guard localOK else {
            return FieldProblem("email.nama", CoreText.partBeforeValid(), hint)
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelsOK =
            labels.count >= 2 && domain.count <= 253
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }
        guard labelsOK, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return FieldProblem("email.domain", CoreText.eMailDomainAfterValid(), hint)
        }
        return nil
    }
}
