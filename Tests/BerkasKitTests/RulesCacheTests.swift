import BerkasCore
import BerkasGit
import BerkasTemplate
import Foundation
import TestSupport
import Testing

@testable import BerkasKit

@Suite("Rules cache file")
struct RulesCacheTests {
    let rules: ArchiveRules
    let tree = ObjectID(hex: "0123456789abcdef0123456789abcdef01234567")!
    let otherTree = ObjectID(hex: "89abcdef0123456789abcdef0123456789abcdef")!

    init() throws {
        rules = try RulesLoader.load { path in RecordsTemplate.file(path) }
    }

    func cache() throws -> RulesCache {
        let dir = try Scratch.folder("berkas-rules-cache-")
        return RulesCache(gitDir: dir)
    }

    @Test func readBackForTheSameRulesFolderOnly() throws {
        let c = try cache()
        #expect(c.load(tree: tree) == nil) // nothing written yet
        c.save(rules, tree: tree)
        #expect(c.load(tree: tree) == rules)
        #expect(c.load(tree: otherTree) == nil)
        // No temporary file is left beside it.
        let dir = (c.path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["rules"])
    }

    @Test func aFileCutShortOrDamagedIsNotRead() throws {
        let c = try cache()
        c.save(rules, tree: tree)
        let whole = try #require(FileManager.default.contents(atPath: c.path))
        for n in stride(from: 0, to: whole.count, by: 7) {
            try whole.prefix(n).write(to: URL(fileURLWithPath: c.path))
            #expect(c.load(tree: tree) == nil, "cut at \(n)")
        }
        var bytes = [UInt8](whole)
        for i in stride(from: 0, to: bytes.count, by: 5) {
            bytes[i] ^= 0x04
            try Data(bytes).write(to: URL(fileURLWithPath: c.path))
            #expect(c.load(tree: tree) == nil, "byte \(i)")
            bytes[i] ^= 0x04
        }
        try Data(bytes).write(to: URL(fileURLWithPath: c.path))
        #expect(c.load(tree: tree) == rules)
    }

    /// A file another build of berkas wrote (its bytes may mean something else) is not read.
    @Test func aFileFromAnotherProgramIsNotRead() throws {
        let c = try cache()
        c.save(rules, tree: tree)
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: c.path)))
        let programAt = RulesCache.magic.count + 40 // after the tree id in hex
        bytes[programAt + 8] ^= 0x01 // another inode
        let body = bytes.count - 8
        let sum = RulesCache.checksum(bytes[0..<body])
        for i in 0..<8 { bytes[body + i] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(i))) }
        try Data(bytes).write(to: URL(fileURLWithPath: c.path))
        #expect(c.load(tree: tree) == nil)
        // The same bytes with the program's own identity read back.
        bytes[programAt + 8] ^= 0x01
        let sum2 = RulesCache.checksum(bytes[0..<body])
        for i in 0..<8 { bytes[body + i] = UInt8(truncatingIfNeeded: sum2 >> (8 * UInt64(i))) }
        try Data(bytes).write(to: URL(fileURLWithPath: c.path))
        #expect(c.load(tree: tree) == rules)
    }
}
