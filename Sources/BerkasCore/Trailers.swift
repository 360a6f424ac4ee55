/// Reads the `Key: value` trailers of a commit message (the last paragraph).
public enum Trailers {
    public static func parse(_ message: String) -> [(key: String, value: String)] {
        let paragraphs = message.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n").map { $0.trimmingScalars("\n") }.filter { !$0.isEmpty }
        guard paragraphs.count >= 2, let last = paragraphs.last else { return [] }
        var out: [(String, String)] = []
        for line in last.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { return [] }
            let key = line[..<colon]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return [] }
            out.append((String(key), String(line[line.index(after: colon)...]).trimmingScalars(" ")))
        }
        return out
    }

    public static func value(_ key: String, in message: String) -> String? {
        parse(message).first { $0.key == key }?.value
    }
}
