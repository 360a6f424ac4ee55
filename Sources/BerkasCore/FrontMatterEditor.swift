/// Changes front-matter fields in a record's text, touching only the lines of
/// those fields: comments, order, quoting and line endings of the rest stay
/// byte for byte, so `git log -p` shows exactly what happened.
public enum FrontMatterEditor {
    /// How a value is written.
    public enum Style: Sendable { case plain, quoted }

    /// Sets `key` to `value` in `text` (already parsed as `doc`). A new key goes
    /// after the nearest earlier key in `order`, else before the closing `---`.
    public static func set(
        _ key: String, to value: String, style: Style, in text: String, doc: FrontMatterDocument, order: [String]
    ) -> String {
        var hasBOM = false
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" {
            hasBOM = true
            body.unicodeScalars.removeFirst()
        }
        var raw = RawLines(body)
        let ending = raw.lines.first?.ending.isEmpty == false ? raw.lines[0].ending : doc.lineEnding.rawValue
        let rendered = "\(key): " + format(value, style: style)
        if let entry = doc.entry(key) {
            let index = entry.line - 1
            let comment = trailingComment(raw.lines[index].content)
            raw.lines[index].content = rendered + (comment ?? "")
            // Drop continuation lines of a multi-line value (lists, folded text, blank lines within).
            let end = Self.valueEnd(after: index, in: raw, closing: doc.closingLine - 1)
            if end > index + 1 { raw.lines.removeSubrange((index + 1)..<end) }
        } else {
            var insertAt = doc.closingLine - 1
            if let position = order.firstIndex(of: key) {
                let earlier = order[..<position].reversed()
                if let anchor = earlier.lazy.compactMap({ doc.entry($0) }).first {
                    insertAt = Self.valueEnd(after: anchor.line - 1, in: raw, closing: doc.closingLine - 1)
                }
            }
            raw.lines.insert(.init(content: rendered, ending: ending), at: insertAt)
        }
        return (hasBOM ? "\u{FEFF}" : "") + raw.text
    }

    /// The line after the last line of the value that starts on line `index`: the lines
    /// after it that begin with a space, a tab or `-`, and blank lines between them
    /// (blank lines after the last of them are not the value's).
    static func valueEnd(after index: Int, in raw: RawLines, closing: Int) -> Int {
        var end = index + 1
        var next = index + 1
        while next < closing {
            // Read as scalars, as YAML reads them: a space followed by a combining mark is
            // one Character in Swift but still a line that begins with a space.
            let content = raw.lines[next].content.unicodeScalars
            next += 1
            // blank: the value's only if more follows
            if content.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            // A list item is `-` then a space (or nothing): `-email:` is a key of its own.
            guard let first = content.first,
                first == " " || first == "\t"
                    || (first == "-" && (content.count == 1 || content.dropFirst().first == " "))
            else { break }
            end = next
        }
        return end
    }

    /// A YAML scalar as berkas writes it: double-quoted unless plain is asked
    /// for and safe.
    public static func format(_ value: String, style: Style) -> String {
        if style == .plain && isSafePlain(value) { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func isSafePlain(_ v: String) -> Bool {
        guard let first = v.first, first.isLetter || first.isNumber else { return false }
        return v.allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == " ")
        }
            && !v.hasSuffix(" ")
    }

    /// The `# comment` at the end of a `key: value` line, outside quotes.
    static func trailingComment(_ line: String) -> String? {
        var inSingle = false
        var inDouble = false
        var escaped = false
        var previous: Character = " "
        for (offset, ch) in line.enumerated() {
            if inDouble {
                if escaped {
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == "\"" {
                    inDouble = false
                }
            } else if inSingle {
                if ch == "'" { inSingle = false }
            } else if ch == "\"" {
                inDouble = true
            } else if ch == "'" {
                inSingle = true
            } else if ch == "#" && (previous == " " || previous == "\t") {
                // Keep the spaces before the comment, so aligned comments stay aligned.
                var start = offset
                let chars = Array(line)
                while start > 0, chars[start - 1] == " " || chars[start - 1] == "\t" { start -= 1 }
                return String(line.dropFirst(start))
            }
            previous = ch
        }
        return nil
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
