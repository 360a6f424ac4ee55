import Foundation

/// A text split into lines that keep their own endings, so a rewrite can change
/// some lines and leave every other byte as it was.
public struct RawLines: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var content: String
        /// "\n", "\r\n", or "" for a last line with no ending.
        public var ending: String
    }

    public var lines: [Line]

    public init(_ text: String) {
        var result: [Line] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                let crlf = i > start && bytes[i - 1] == 0x0D
                let end = crlf ? i - 1 : i
                result.append(
                    Line(content: String(decoding: bytes[start..<end], as: UTF8.self), ending: crlf ? "\r\n" : "\n"))
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count {
            result.append(Line(content: String(decoding: bytes[start...], as: UTF8.self), ending: ""))
        }
        lines = result
    }

    public var contents: [String] { lines.map(\.content) }

    public var text: String { lines.map { $0.content + $0.ending }.joined() }
}

extension RawLines {
    /// Calls `body` with each line of `b` whose index is in `range` (all lines
    /// by default), and its index, without copying: lines are split at LF as
    /// `RawLines` splits them, a CR before the LF dropped when `droppingCR`.
    /// No line follows a final LF.
    public static func forEach(
        in b: UnsafeBufferPointer<UInt8>, lines range: Range<Int> = 0..<Int.max, droppingCR: Bool,
        _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var index = 0
        var start = 0
        while start < b.count && index < range.upperBound {
            var e = start
            while e < b.count && b[e] != 0x0A { e += 1 }
            if index >= range.lowerBound {
                let end = droppingCR && e < b.count && e > start && b[e - 1] == 0x0D ? e - 1 : e
                body(index, UnsafeBufferPointer(rebasing: b[start..<end]))
            }
            index += 1
            start = e + 1
        }
    }
}

/// Decodes UTF-8 strictly and keeps a byte-order mark as U+FEFF (Foundation's
/// `String(data:encoding:)` drops it, and a rewrite would then lose it).
public enum UTF8Text {
    public static func decode(_ data: Data) -> String? {
        String(validating: data, as: UTF8.self)
    }

    /// `text` with the byte-order mark and line ends of `committed`: a mark and CRLF an
    /// editor added are dropped when the committed file had none.
    public static func likeCommitted(_ text: String, committed: Data) -> String {
        var out = text
        if committed.prefix(3) != Data([0xEF, 0xBB, 0xBF]), out.unicodeScalars.first == "\u{FEFF}" {
            out.unicodeScalars.removeFirst()
        }
        if !committed.contains(0x0D), out.utf8.contains(0x0D) { out = out.replacingOccurrences(of: "\r\n", with: "\n") }
        return out
    }
}
