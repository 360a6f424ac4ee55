import Foundation

/// git's commit-graph file (`objects/info/commit-graph`, written by `git gc`):
/// every commit's id and parents, without inflating a single commit. berkas
/// uses it only to know the commits of a history up front, so that reading
/// them can be shared between cores; what each commit says is always read
/// from the commit itself. Format: git's Documentation/gitformat-commit-graph.
public struct CommitGraph {
    private let bytes: [UInt8]
    private let count: Int
    private let fanout: Int, ids: Int, data: Int, edges: Int?

    /// The single-file graph of a repository, or nil (absent, split, another
    /// hash, or not well-formed: the caller then walks the history itself).
    public init?(gitDir: String) {
        let path = (gitDir.hasSuffix("/") ? gitDir : gitDir + "/") + "objects/info/commit-graph"
        guard let d = FileManager.default.contents(atPath: path) else { return nil }
        self.init(bytes: [UInt8](d))
    }

    init?(bytes b: [UInt8]) {
        // Header: "CGPH", version 1, hash version 1 (SHA-1), chunk count, base graphs 0.
        guard b.count >= 8, b[0] == 0x43, b[1] == 0x47, b[2] == 0x50, b[3] == 0x48, b[4] == 1, b[5] == 1, b[7] == 0
        else { return nil }
        let chunks = Int(b[6])
        guard b.count >= 8 + (chunks + 1) * 12 else { return nil }
        func u32(_ at: Int) -> Int { Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3]) }
        func u64(_ at: Int) -> Int { u32(at) << 32 | u32(at + 4) }
        var table: [String: (Int, Int)] = [:]
        for k in 0..<chunks {
            let at = 8 + k * 12
            let name = String(decoding: b[at..<(at + 4)], as: UTF8.self)
            let start = u64(at + 4)
            let end = u64(at + 16)
            guard start <= end, end <= b.count else { return nil }
            table[name] = (start, end)
        }
        guard let f = table["OIDF"], f.1 - f.0 == 1024, let l = table["OIDL"], let c = table["CDAT"] else { return nil }
        let n = u32(f.0 + 255 * 4)
        guard l.1 - l.0 == n * 20, c.1 - c.0 == n * 36 else { return nil }
        bytes = b
        count = n
        fanout = f.0
        ids = l.0
        data = c.0
        edges = table["EDGE"]?.0
    }

    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    /// The position of a commit in the graph.
    func position(of id: ObjectID) -> Int? {
        var key = id.oid
        return withUnsafeBytes(of: &key.id) { k -> Int? in
            let first = Int(k[0])
            var lo = first == 0 ? 0 : Int(u32(fanout + (first - 1) * 4))
            var hi = Int(u32(fanout + first * 4))
            guard lo <= hi, hi <= count else { return nil }
            while lo < hi {
                let mid = (lo + hi) / 2
                let c = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + ids + mid * 20, k.baseAddress!, 20) }
                if c == 0 { return mid }
                if c < 0 { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }

    func id(at position: Int) -> ObjectID {
        bytes.withUnsafeBytes { ObjectID(bytes: $0.baseAddress! + ids + position * 20) }
    }

    /// Parents of the commit at a position (nil: the graph is not well-formed).
    func parents(at position: Int) -> [Int]? {
        let none: UInt32 = 0x7000_0000
        let p1 = u32(data + position * 36 + 20)
        let p2 = u32(data + position * 36 + 24)
        var out: [Int] = []
        if p1 != none {
            guard Int(p1) < count else { return nil }
            out.append(Int(p1))
        }
        if p2 != none {
            // A second parent, or (high bit) more parents listed in EDGE: a merge.
            if p2 & 0x8000_0000 == 0 {
                guard Int(p2) < count else { return nil }
                out.append(Int(p2))
            } else {
                out += [-1, -1]
            }
        }
        return out
    }

    /// The history from `start` to the root along single parents, newest
    /// first; nil if a commit has more than one parent or the graph is not
    /// consistent (then the history is walked the ordinary way).
    public func linearHistory(from start: ObjectID, until stop: ObjectID?) -> [ObjectID]? {
        guard var p = position(of: start) else { return nil }
        let stopAt = stop.flatMap { position(of: $0) }
        if stop != nil && stopAt == nil { return nil }
        var out: [ObjectID] = []
        var seen = 0
        while true {
            if p == stopAt { break }
            out.append(id(at: p))
            guard let parents = parents(at: p), parents.count <= 1 else { return nil }
            guard let next = parents.first else { break }
            seen += 1
            guard seen <= count else { return nil } // a cycle in a damaged graph
            p = next
        }
        return out
    }

    /// Whether the graph knows a commit.
    public func contains(_ id: ObjectID) -> Bool { position(of: id) != nil }
}
