import ArgumentParser
import BerkasCore
import BerkasKit
import Foundation

/// `--separator` and `--no-bom` for CSV; how a workbook (`--format xlsx`) reaches a file.
struct ExportOptions: ParsableArguments {
    @Option(help: HelpText.exportSeparator.help)
    var separator: String = ","
    @Flag(name: .customLong("no-bom"), help: HelpText.exportNoBom.help)
    var noByteOrderMark = false

    var separatorCharacter: Character { separator == ";" ? ";" : "," }

    func validate() throws {
        guard [",", ";"].contains(separator) else {
            throw ValidationError(HelpText.exportSeparatorInvalid(separator).text(HelpLanguage.current))
        }
    }

    /// Writes a workbook's bytes to standard output, which must be a file or a
    /// pipe: binary bytes on a terminal are no use to anyone.
    /// `file`: the name (without `.xlsx`) the refusal suggests to save it under.
    static func writeWorkbook(_ workbook: Spreadsheet, command: String, file: String) throws {
        guard isatty(1) == 0 else { throw BerkasError.user(.usage, KitText.xlsxNotToTerminal(command, file)) }
        let bytes = try workbook.bytes()
        bytes.withUnsafeBufferPointer { Output.write(bytes: $0) }
    }
}
