import TestSupport
import Testing

@testable import BerkasCore

/// The secret scanner on random lines made of secret words, fillers, markers,
/// punctuation and other words: properties that hold for every line.
@Suite("Secret scanner properties")
struct SecretScannerPropertyTests {
    static let tokens = [
        "password", "Password", "PASSWD", "pwd", "kata sandi", "katasandi", "kata_sandi", "kata-sandi", "sandi",
        "sandinya", "pin", "PIN", "otp", "passcode", "secret", "rahasia", "pinjam", "spin", "baru", "akun", "SPSE",
        "sementara", "awal", "new", "adalah", "is", "Is", ":", "=", " : ", "\"", "'", "\t", "  ", " ", "-", "_", "x",
        "123", "é", "nya", "User", "ID", "dikirim", "lewat"
    ]

    static func lines(_ count: Int) -> [String] {
        var g = Seeded(state: 0x5EC2_E7)
        return (0..<count).map { _ in
            var line = ""
            for _ in 0..<(1 + g.below(8)) {
                line += tokens[g.below(tokens.count)]
                if g.below(3) > 0 { line += " " }
            }
            return line
        }
    }

    @Test func theAnswerDoesNotDependOnLetterCase() {
        var caught = 0
        for line in Self.lines(20_000) {
            let answer = SecretScanner.assignsSecret(line)
            #expect(SecretScanner.assignsSecret(line.uppercased()) == answer, "\(line)")
            #expect(SecretScanner.assignsSecret(line.lowercased()) == answer, "\(line)")
            if answer { caught += 1 }
        }
        #expect(caught > 500 && caught < 19_500, "both answers are covered: \(caught)")
    }

    @Test func nothingIsGivenAValueWithoutAMarker() {
        for line in Self.lines(20_000) {
            let plain = line.replacingOccurrences(of: ":", with: " ").replacingOccurrences(of: "=", with: " ")
                .replacingOccurrences(of: "adalah", with: "x").replacingOccurrences(of: "is", with: "x")
                .replacingOccurrences(of: "Is", with: "x")
            #expect(!SecretScanner.assignsSecret(plain), "\(plain)")
        }
    }

    @Test func aPasswordWrittenOnItsOwnLineIsAlwaysCaught() {
        for line in Self.lines(5_000) {
            #expect(SecretScanner.assignsSecret(line + "\npassword: rahasia123"), "\(line)")
        }
    }
}
