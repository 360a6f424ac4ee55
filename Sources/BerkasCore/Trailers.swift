/// Reads the `Key: value` trailers of a commit message (its last paragraph).
/// Byte-level: it runs on every commit of the history for queues and reports.
public enum Trailers {
    public static func parse(_ message: String) -> [(key: String, value: String)] {
        var message = message
        return message.withUTF8 { b in
            ranges(in: b).map {
                (
                    String(decoding: UnsafeBufferPointer(rebasing: b[$0.key]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: b[$0.value]), as: UTF8.self)
                )
            }
        }
    }

    /// Where each trailer's key and value are in a message's bytes: the lines
    /// of its last paragraph, when every one is `Key: value` (key of letters,
    /// digits and `-`; value without surrounding spaces); none otherwise.
    public static func ranges(in b: UnsafeBufferPointer<UInt8>) -> [(key: Range<Int>, value: Range<Int>)] {
        var end = b.count
        while end > 0, b[end - 1] == 0x0A || b[end - 1] == 0x0D || b[end - 1] == 0x20 { end -= 1 }
        // The last paragraph starts after the last blank line ("\n\n" or "\n\r\n").
        var start = -1
        var i = end - 1
        while i > 0 {
            if b[i] == 0x0A && (b[i - 1] == 0x0A || (b[i - 1] == 0x0D && i >= 2 && b[i - 2] == 0x0A)) {
                start = i + 1
                break
            }
            i -= 1
        }
        guard start >= 0 else { return [] }
        var out: [(key: Range<Int>, value: Range<Int>)] = []
        var lineStart = start
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end && b[lineEnd] != 0x0A { lineEnd += 1 }
            var e = lineEnd
            if e > lineStart && b[e - 1] == 0x0D { e -= 1 }
            var colon = lineStart
            while colon < e && b[colon] != 0x3A { colon += 1 }
            guard colon < e, colon > lineStart else { return [] }
            for k in lineStart..<colon {
                let c = b[k]
                guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
                else { return [] }
            }
            var vs = colon + 1
            var ve = e
            while vs < ve && b[vs] == 0x20 { vs += 1 }
            while ve > vs && b[ve - 1] == 0x20 { ve -= 1 }
            out.append((lineStart..<colon, vs..<ve))
            lineStart = lineEnd + 1
        }
        return out
    }

    public static func value(_ key: String, in message: String) -> String? {
        parse(message).first { $0.key == key }?.value
    }
}

/// The trailers berkas writes, in the order it writes them: what a commit
/// says it does, checked against its diff by `berkas verify` (docs/verification-rules.md).
public enum Trailer: String, CaseIterable, Sendable {
    case record = "Berkas-Record"
    case action = "Berkas-Action"
    /// The berita acara a destruction (`Berkas-Action: musnah`) carries out.
    case minutes = "Berkas-Berita-Acara"
    case from = "Berkas-From"
    case to = "Berkas-To"
    case fields = "Berkas-Fields"
    case role = "Berkas-Role"
    case actor = "Berkas-Actor"

    /// Every berkas trailer's key starts with this.
    public static let prefix = "Berkas-"
}

/// The berkas trailers of one commit message (the first of each key).
public struct StepTrailers: Sendable, Equatable {
    public private(set) var record: String?
    public private(set) var action: String?
    public private(set) var minutes: String?
    public private(set) var from: String?
    public private(set) var to: String?
    public private(set) var fields: String?
    public private(set) var role: String?
    public private(set) var actor: String?

    public init(message: String) {
        var text = message
        self = text.withUTF8 { StepTrailers(message: $0) }
    }

    /// Read from a message's bytes in place (the timeline reads every commit of a history).
    public init(message b: UnsafeBufferPointer<UInt8>) {
        for (key, value) in Trailers.ranges(in: b) {
            guard let trailer = Self.known(b, key) else { continue }
            guard self[trailer] == nil else { continue }
            self[trailer] = String(decoding: UnsafeBufferPointer(rebasing: b[value]), as: UTF8.self)
        }
    }

    public subscript(_ key: Trailer) -> String? {
        get {
            switch key {
            case .record: record
            case .action: action
            case .minutes: minutes
            case .from: from
            case .to: to
            case .fields: fields
            case .role: role
            case .actor: actor
            }
        }
        set {
            switch key {
            case .record: record = newValue
            case .action: action = newValue
            case .minutes: minutes = newValue
            case .from: from = newValue
            case .to: to = newValue
            case .fields: fields = newValue
            case .role: role = newValue
            case .actor: actor = newValue
            }
        }
    }

    private static let keys: [(Trailer, [UInt8])] = Trailer.allCases.map { ($0, Array($0.rawValue.utf8)) }

    private static func known(_ b: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Trailer? {
        guard key.count > 7, b[key.lowerBound] == 0x42 else { return nil } // "B"
        let bytes = UnsafeBufferPointer(rebasing: b[key])
        return keys.first { $0.1.count == bytes.count && $0.1.elementsEqual(bytes) }?.0
    }
}
