import Foundation
import TestSupport
import Testing

@testable import BerkasSignatures

/// Signs with the real ssh-keygen, so the vectors are OpenSSH's own.
func sshKeygen(_ args: [String], input: String? = nil) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["ssh-keygen"] + args
    let out = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardInput = inp
    p.standardError = FileHandle.nullDevice
    try p.run()
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try inp.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

func makeKey(_ type: String) throws -> (path: String, publicLine: String) {
    let dir = try Scratch.folder("berkas-sig-")
    let path = dir + "/k"
    var args = ["-q", "-t", type, "-N", "", "-f", path]
    if type == "ecdsa" { args += ["-b", "256"] }
    _ = try sshKeygen(args)
    let pub = try String(contentsOfFile: path + ".pub", encoding: .utf8).split(separator: " ").prefix(2).joined(
        separator: " ")
    return (path, pub)
}

@Suite("SSHSIG verification against ssh-keygen")
struct SSHSignatureTests {
    let message =
        "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x.id> 1764000000 +0700\ncommitter A <a@x.id> 1764000000 +0700\n\nm\n"

    @Test(arguments: ["ed25519", "ecdsa"])
    func goodSignature(_ type: String) throws {
        let key = try makeKey(type)
        let (status, sig) = try sshKeygen(["-Y", "sign", "-n", "git", "-f", key.path], input: message)
        #expect(status == 0)
        let result = SSHSignatureVerifier.verify(payload: Array(message.utf8), signature: sig)
        #expect(result == .success(key.publicLine))
    }

    @Test func tamperedPayloadFails() throws {
        let key = try makeKey("ed25519")
        let (_, sig) = try sshKeygen(["-Y", "sign", "-n", "git", "-f", key.path], input: message)
        let tampered = message.replacingOccurrences(of: "m\n", with: "n\n")
        #expect(SSHSignatureVerifier.verify(payload: Array(tampered.utf8), signature: sig) == .failure(.badSignature))
    }

    @Test func wrongNamespaceFails() throws {
        let key = try makeKey("ed25519")
        let (_, sig) = try sshKeygen(["-Y", "sign", "-n", "file", "-f", key.path], input: message)
        #expect(
            SSHSignatureVerifier.verify(payload: Array(message.utf8), signature: sig) == .failure(.namespace("file")))
    }

    @Test func unsignedAndGarbage() {
        #expect(SSHSignatureVerifier.verify(payload: [1], signature: nil) == .failure(.unsigned))
        #expect(
            SSHSignatureVerifier.verify(
                payload: [1], signature: "-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n")
                == .failure(.malformed(.base64)))
        #expect(
            SSHSignatureVerifier.verify(
                payload: [1], signature: "-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n")
                == .failure(.malformed(.armor)))
    }

    @Test func base64RoundTrip() {
        for n in 0..<40 {
            let bytes = (0..<n).map { UInt8(($0 * 37 + 11) & 0xFF) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.decode("QUJD") == Array("ABC".utf8))
        #expect(Base64.decode("QUJ") == nil)
        #expect(Base64.decode("Q=JD") == nil)
    }
}

@Suite("Signed commit objects")
struct SignedCommitTests {
    let raw =
        "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x.id> 1 +0700\ncommitter A <a@x.id> 1 +0700\ngpgsig -----BEGIN SSH SIGNATURE-----\n AAAA\n -----END SSH SIGNATURE-----\n\nmessage\n\nBerkas-Action: x\n"

    @Test func payloadIsTheCommitWithoutItsSignature() {
        let c = SignedCommit.parse(Array(raw.utf8))
        #expect(
            String(decoding: c.payload, as: UTF8.self)
                == "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x.id> 1 +0700\ncommitter A <a@x.id> 1 +0700\n\nmessage\n\nBerkas-Action: x\n"
        )
        #expect(c.signature == "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n")
        #expect(c.gpgsigCount == 1 && c.signatureBlocks == 1 && c.extraSignatureHeaders.isEmpty)
    }

    @Test func extraSignatureHeadersAreSeen() {
        let withSHA256 = raw.replacingOccurrences(
            of: "\n\nmessage",
            with: "\ngpgsig-sha256 -----BEGIN SSH SIGNATURE-----\n BBBB\n -----END SSH SIGNATURE-----\n\nmessage")
        let c = SignedCommit.parse(Array(withSHA256.utf8))
        #expect(c.extraSignatureHeaders == ["gpgsig-sha256"])
        let second = raw.replacingOccurrences(
            of: " -----END SSH SIGNATURE-----\n",
            with: " -----END SSH SIGNATURE-----\n -----BEGIN SSH SIGNATURE-----\n CCCC\n -----END SSH SIGNATURE-----\n")
        #expect(SignedCommit.parse(Array(second.utf8)).signatureBlocks == 2)
        let twice = raw.replacingOccurrences(of: "\n\nmessage", with: "\ngpgsig x\n\nmessage")
        #expect(SignedCommit.parse(Array(twice.utf8)).gpgsigCount == 2)
    }

    @Test func unsignedCommit() {
        let c = SignedCommit.parse(Array("tree x\n\nm\n".utf8))
        #expect(c.signature == nil && c.payload == Array("tree x\n\nm\n".utf8))
    }
}

@Suite("In-process signing (archive generator)")
struct SSHSignerTests {
    @Test func stockSSHKeygenAcceptsOurSignatures() throws {
        let key = try makeKey("ed25519")
        let signer = try SSHSigner(openSSHPrivateKey: try String(contentsOfFile: key.path, encoding: .utf8))
        #expect(signer.publicKeyLine == key.publicLine)
        let message = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nm\n"
        let armored = try signer.sign(Array(message.utf8))
        #expect(
            SSHSignatureVerifier.verify(payload: Array(message.utf8), signature: armored) == .success(key.publicLine))
        let dir = (key.path as NSString).deletingLastPathComponent
        try Data(("a@x.id " + key.publicLine + "\n").utf8).write(to: URL(fileURLWithPath: dir + "/signers"))
        try Data(armored.utf8).write(to: URL(fileURLWithPath: dir + "/sig"))
        let (status, _) = try sshKeygen(
            ["-Y", "verify", "-f", dir + "/signers", "-I", "a@x.id", "-n", "git", "-s", dir + "/sig"], input: message)
        #expect(status == 0)
    }

    /// Ed25519 signatures are deterministic: signing in-process writes exactly
    /// the bytes `ssh-keygen -Y sign -n git` writes, for any commit.
    @Test func theSameBytesAsSSHKeygen() throws {
        let key = try makeKey("ed25519")
        let signer = try SSHSigner(openSSHPrivateKey: try String(contentsOfFile: key.path, encoding: .utf8))
        for message in [
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nm\n",
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor Siti Aminah <s@x.go.id> 1764000000 +0700\n\nRA-2026-0001: buat (→ diterima)\n\nCatatan ✓.\n",
            String(repeating: "panjang ", count: 5000)
        ] {
            let (status, fromKeygen) = try sshKeygen(["-Y", "sign", "-n", "git", "-f", key.path], input: message)
            #expect(status == 0)
            #expect(try signer.sign(Array(message.utf8)) == fromKeygen)
        }
    }
}

@Suite("SSH signature armor read as bytes")
struct ArmorTests {
    /// The armor reader berkas had before it read bytes (Swift characters,
    /// split at "\n" or "\r", trimmed of spaces and tabs): the reference.
    static func reference(_ armored: String) -> [UInt8]? {
        let begin = "-----BEGIN SSH SIGNATURE-----"
        let end = "-----END SSH SIGNATURE-----"
        let lines = armored.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { line -> String in
            var s = line
            while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
            while let l = s.last, l == " " || l == "\t" { s.removeLast() }
            return String(s)
        }
        guard let b = lines.firstIndex(of: begin), let e = lines.lastIndex(of: end), b < e,
            lines.filter({ $0 == begin }).count == 1
        else { return nil }
        return Array(lines[(b + 1)..<e].joined().utf8)
    }

    @Test func randomArmorReadsAsTheCharacterReaderReadIt() {
        let pieces = [
            "-----BEGIN SSH SIGNATURE-----", "-----END SSH SIGNATURE-----", "U1NIU0lH", "AAAAAQ==", "\n", "\r", "\r\n",
            "\n\r",
            " ", "\t", "  ", "x", "\u{301}", "é", "-----BEGIN SSH SIGNATURE----- ", "=", "\u{212A}"
        ]
        var rng = Seeded(state: 0xA2_0B0D)
        func next() -> Int { rng.below(1 << 30) }
        var found = 0
        var decoded = 0
        for n in 0..<20_000 {
            var text = ""
            for _ in 0..<(next() % 12) { text += pieces[next() % pieces.count] }
            if n % 3 == 0 { text = "-----BEGIN SSH SIGNATURE-----\n" + text + "\n-----END SSH SIGNATURE-----\n" }
            let want = Self.reference(text)
            let got = SSHSignature.armorBody(text)
            // The same armor errors; the same decoded bytes. (A space before a
            // combining mark is one character the old reader did not trim; the
            // byte reader does, and both bodies then fail to decode.)
            #expect((got == nil) == (want == nil), "\(text.debugDescription)")
            #expect(
                got.flatMap(Base64.decode(bytes:)) == want.flatMap(Base64.decode(bytes:)), "\(text.debugDescription)")
            if want != nil { found += 1 }
            if want.flatMap(Base64.decode(bytes:)) != nil { decoded += 1 }
        }
        #expect(found > 5_000)
        #expect(decoded > 500)
    }
}
