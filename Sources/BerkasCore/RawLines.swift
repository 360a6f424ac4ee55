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
        var current = ""
        var iterator = text.unicodeScalars.makeIterator()
        var pendingCR = false
        while let scalar = iterator.next() {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" {
                    result.append(Line(content: current, ending: "\r\n"))
                    current = ""
                    continue
                }
                current.unicodeScalars.append("\r")
            }
            if scalar == "\r" { pendingCR = true; continue }
            if scalar == "\n" {
                result.append(Line(content: current, ending: "\n"))
                current = ""
                continue
            }
            current.unicodeScalars.append(scalar)
        }
        if pendingCR { current.unicodeScalars.append("\r") }
        if !current.isEmpty { result.append(Line(content: current, ending: "")) }
        lines = result
    }

    public var contents: [String] { lines.map(\.content) }

    public var text: String { lines.map { $0.content + $0.ending }.joined() }
}

/// Decodes UTF-8 strictly and keeps a byte-order mark as U+FEFF (Foundation's
/// `String(data:encoding:)` drops it, and a rewrite would then lose it).
public enum UTF8Text {
    public static func decode(_ data: Data) -> String? {
        String(validating: data, as: UTF8.self)
    }
}

import Foundation
