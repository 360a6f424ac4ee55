import BerkasAudit
import BerkasCore
import BerkasKit
import Testing

/// Every sentence berkas says is in a catalog, in both languages, with the same
/// placeholders; codes are unique across the catalogs.
@Suite("Message catalogs")
struct MessageCatalogTests {
    @Test func everyMessageHasBothLanguagesAndTheSamePlaceholders() {
        #expect(CoreText.problems() == [])
        #expect(AuditText.problems() == [])
        #expect(KitText.problems() == [])
        let codes =
            CoreText.allCases.map(\.rawValue) + AuditText.allCases.map(\.rawValue) + KitText.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "a code is used twice")
        #expect(CoreText.allCases.allSatisfy { $0.rawValue.hasPrefix("core.") })
        #expect(AuditText.allCases.allSatisfy { $0.rawValue.hasPrefix("audit.") })
        #expect(KitText.allCases.allSatisfy { $0.rawValue.hasPrefix("kit.") })
    }

    /// The check itself finds what it must.
    enum Broken: String, MessageCatalog {
        case fine = "test.fine"
        case missing = "test.missing"
        case differ = "test.differ"
        case gap = "test.gap"
        case badCode = "Test_Code"
        var texts: (id: String, en: String) {
            switch self {
            case .fine: ("{1} dan {2}", "{2} and {1}")
            case .missing: ("ada", " ")
            case .differ: ("{1}", "{2}")
            case .gap: ("{1} {3}", "{3} {1}")
            case .badCode: ("a", "b")
            }
        }
    }

    @Test func theCheckFindsAMissingTextDifferentOrSkippedPlaceholdersAndABadCode() {
        let problems = Broken.problems()
        #expect(problems.count == 4)
        #expect(problems.contains { $0.hasPrefix("test.missing: no English") })
        #expect(problems.contains { $0.hasPrefix("test.differ: placeholders differ") })
        #expect(problems.contains { $0.hasPrefix("test.gap: placeholders skip") })
        #expect(problems.contains { $0.hasPrefix("Test_Code:") })
    }

    @Test func valuesGoInTheirPlacesInEachLanguageAndCarryTheCode() {
        let name = Localized(id: "Kepala", en: "Head")
        let m = Broken.fine(name, 7)
        #expect(m.id == "Kepala dan 7")
        #expect(m.en == "7 and Head")
        #expect(m.code == "test.fine")
        // Braces that are not placeholders stay as written.
        #expect(MessageTemplate.fill("{x} {1} {9} {", ["a"], .id) == "{x} a {9} {")
    }
}
