import BerkasCore
import BerkasGit
import Foundation

/// `.git/berkas/rules`: the last rules read from a commit, as `RulesCodec`
/// writes them, for the `.berkas` folder they were read from.
///
/// Kept outside the tracked tree, like the timeline: a convenience of this
/// clone, never evidence. `verify` never reads it (it reads every version of
/// the rules from the commits), so a wrong file here cannot make a history
/// pass; a command acting on wrong rules would make a commit that `verify`
/// and the central repository's hook refuse.
///
/// The file names what it was made from: the `.berkas` tree (its id covers
/// every file the rules are read from) and the berkas program that wrote it
/// (device, inode, size and modification time of the running executable, so a
/// new build never reads an older build's bytes). A checksum over the whole
/// file catches a file cut short or damaged; anything that does not match is
/// ignored and the rules are read from YAML again and written back.
struct RulesCache {
    let path: String

    init(gitDir: String) { path = (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "berkas/rules" }

    static let magic = Array("berkas-rules\n".utf8)

    /// The running program, as the file system names it; nil when it cannot be
    /// told (then nothing is cached).
    static let program: [UInt8]? = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return nil }
        var out: [UInt8] = []
        for v in [
            UInt64(st.st_dev), UInt64(st.st_ino), UInt64(st.st_size), UInt64(st.st_mtim.tv_sec),
            UInt64(st.st_mtim.tv_nsec)
        ] {
            withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }()

    /// The key for the rules of one `.berkas` tree, read by this program.
    static func key(tree: ObjectID) -> [UInt8]? {
        guard let program else { return nil }
        return Array(tree.hex.utf8) + program
    }

    func load(tree: ObjectID) -> ArchiveRules? {
        guard let key = Self.key(tree: tree), let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        let head = Self.magic.count + key.count
        guard bytes.count >= head + 8, bytes[0..<Self.magic.count].elementsEqual(Self.magic),
            bytes[Self.magic.count..<head].elementsEqual(key)
        else { return nil }
        let body = bytes.count - 8
        var stored: UInt64 = 0
        for i in 0..<8 { stored |= UInt64(bytes[body + i]) << (8 * UInt64(i)) }
        guard Self.checksum(bytes[0..<body]) == stored else { return nil }
        return RulesCodec.decode(Array(bytes[head..<body]))
    }

    /// Writes the file whole (a temporary file renamed into place); a failure
    /// leaves no file or the previous one, never part of one.
    func save(_ rules: ArchiveRules, tree: ObjectID) {
        guard let key = Self.key(tree: tree) else { return }
        var bytes = Self.magic + key + RulesCodec.encode(rules)
        let sum = Self.checksum(bytes[...])
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(i)))) }
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tmp = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)), rename(tmp, path) == 0 else {
            unlink(tmp)
            return
        }
    }

    /// FNV-1a, 64 bits: finds damage, not forgery (whoever can write `.git`
    /// can as well move the branch).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
