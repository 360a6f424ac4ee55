import BerkasCore
import Testing

@testable import berkas

/// The command line's catalogs (what commands print, and their help) hold
/// both languages with the same placeholders, like the other layers'.
@Suite("Command line catalogs")
struct CommandTextTests {
    @Test func everyMessageAndHelpTextHasBothLanguagesAndTheSamePlaceholders() {
        #expect(CommandText.problems() == [])
        #expect(HelpText.problems() == [])
        #expect(CommandText.allCases.allSatisfy { $0.rawValue.hasPrefix("cmd.") })
        #expect(HelpText.allCases.allSatisfy { $0.rawValue.hasPrefix("help.") })
    }
}
