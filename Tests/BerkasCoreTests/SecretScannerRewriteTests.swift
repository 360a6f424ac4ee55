import TestSupport
import Testing

@testable import BerkasCore

/// The secret scanner's byte loops answer as a plain reference (the version
/// before session 6's rewrite, with issue 16's rule that a value after
/// "adalah"/"is" is one word) on lines made of secret words, fillers, markers,
/// punctuation and other words in any case.
@Suite("Secret scanner against its previous version")
struct SecretScannerRewriteTests {
    @Test func sameAnswersOnRandomLines() {
        var g = Seeded(state: 0x5EC2_E7)
        let tokens = [
            "password", "Password", "PASSWD", "pwd", "kata sandi", "katasandi", "kata_sandi", "kata-sandi", "sandi",
            "sandinya",
            "pin", "PIN", "otp", "passcode", "secret", "rahasia", "pinjam", "spin", "baru", "akun", "SPSE", "sementara",
            "awal", "new",
            "adalah", "is", "Is", ":", "=", " : ", "\"", "'", "\t", "  ", " ", "-", "_", "x", "123", "é", "nya", "User",
            "ID", "dikirim", "lewat"
        ]
        var caught = 0
        for _ in 0..<40_000 {
            var line = ""
            for _ in 0..<(1 + g.below(8)) {
                line += tokens[g.below(tokens.count)]
                if g.below(3) > 0 { line += " " }
            }
            let new = SecretScanner.assignsSecret(line)
            var copy = line
            let old = copy.withUTF8 { Self.legacy(bytes: $0) }
            #expect(new == old, "\(line)")
            if new { caught += 1 }
        }
        #expect(caught > 1000, "the lines hold assignments")
    }

    static func legacy(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        // Nothing is given a value without ":", "=", "adalah" or "is": most
        // text (every field value of every record `verify` reads) stops here.
        let markers = SecretScanner.assignMarkers
        var mayAssign = false
        scan: for i in u.indices {
            let b = u[i]
            if b == 0x3A || b == 0x3D {
                mayAssign = true
                break scan
            }
            for m in markers where i + m.count <= u.count && (b | 0x20) == m[0] {
                var k = 1
                while k < m.count, SecretScanner.lower(u[i + k]) == m[k] { k += 1 }
                if k == m.count {
                    mayAssign = true
                    break scan
                }
            }
        }
        guard mayAssign else { return false }
        // Compared in lower case, byte by byte, without a copy.
        let s = SecretScanner.LowerCased(u)
        let n = u.count
        // One pass over the text; at each byte only the words starting with it are tried.
        for i in 0..<n where SecretScanner.startsAWord[Int(u[i])] {
            for word in SecretScanner.wordsByFirstByte[Int(SecretScanner.lower(u[i]))] {
                let w = word.count
                guard i + w <= n, (1..<w).allSatisfy({ SecretScanner.lower(u[i + $0]) == word[$0] }) else { continue }
                if i > 0 && SecretScanner.isWordByte(s[i - 1]) { continue }
                var j = i + w
                if j + 3 <= n && s[j] == 0x6E && s[j + 1] == 0x79 && s[j + 2] == 0x61 { j += 3 } // -nya
                if j < n && SecretScanner.isWordByte(s[j]) { continue }
                for _ in 0..<3 {
                    var k = j
                    while k < n && s[k] == 0x20 { k += 1 }
                    guard
                        let f = SecretScanner.fillers.first(where: { f in
                            k + f.count <= n && s[k..<(k + f.count)].elementsEqual(f)
                                && (k + f.count == n || !SecretScanner.isWordByte(s[k + f.count]))
                        })
                    else { break }
                    j = k + f.count
                }
                while j < n && s[j] == 0x20 { j += 1 }
                var valueStart = -1
                if j < n && (s[j] == 0x3A || s[j] == 0x3D) {
                    valueStart = j + 1
                } else if j + 7 <= n && s[j..<(j + 7)].elementsEqual(SecretScanner.assignMarkers[0]) {
                    valueStart = j + 7
                } else if j + 3 <= n && s[j..<(j + 3)].elementsEqual(SecretScanner.assignMarkers[1]) {
                    valueStart = j + 3
                }
                guard valueStart >= 0 else { continue }
                let value = Array(s[valueStart...])
                if j < n && (s[j] == 0x3A || s[j] == 0x3D) {
                    if value.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x22 && $0 != 0x27 }) { return true }
                } else {
                    // After "adalah"/"is": one word, once quotes, blanks and a closing "." or "," are set aside.
                    let blank: Set<UInt8> = [0x20, 0x09, 0x22, 0x27, 0x0D]
                    var word = value.drop(while: { blank.contains($0) })
                    while let last = word.last, blank.contains(last) || last == 0x2E || last == 0x2C {
                        word = word.dropLast()
                    }
                    if !word.isEmpty && !word.contains(0x20) && !word.contains(0x09) { return true }
                }
            }
        }
        return false
    }
}
