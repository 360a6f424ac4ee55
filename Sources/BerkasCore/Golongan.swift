/// Pangkat/golongan ruang: PNS I/a … IV/e (with the rank names), or PPPK I … XVII.
public enum Golongan {
    /// PNS codes and rank names, in order.
    public static let pns: [(code: String, name: String)] = [
        ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"),
        ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama")
    ]
    static let romans = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"
    ]

    /// Accepts `III/b`, `Penata Muda Tingkat I (III/b)`, `Penata Muda Tk. I, III/b`,
    /// `PPPK IX`, `IX`. Returns a problem, or nil when valid.
    public static func check(_ raw: String) -> FieldProblem? {
        let text = raw.trimmingScalars(" ")
        let hint = CoreText.writeCodeEGIii()
        if let code = pnsCode(text) {
            _ = code
            return nil
        }
        if isPPPK(text) { return nil }
        // Name and code: "Name (III/b)", "Name, III/b", "Name - III/b", "Name / III/b".
        var name = text
        var codePart = ""
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            name = String(text[..<open])
            codePart = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        } else if let sep = text.lastIndex(where: { $0 == "," || $0 == " " }) {
            name = String(text[..<sep])
            codePart = String(text[text.index(after: sep)...])
        }
        name = name.trimmingScalars(" ,-/")
        codePart = codePart.trimmingScalars(" ")
        guard let code = pnsCode(codePart) else {
            if let byName = pnsName(text) {
                return FieldProblem(
                    "golongan.tanpa-kode", CoreText.rankWrittenWithoutCode(),
                    CoreText.writeAs(byName.name, byName.code))
            }
            return FieldProblem("golongan.format", CoreText.rankGradeKnown(TerminalSafe.escape(text)), hint)
        }
        guard let named = pnsName(name) else {
            return FieldProblem(
                "golongan.nama", CoreText.rankNameKnown(TerminalSafe.escape(name)),
                CoreText.rank(code.code, code.name))
        }
        guard named.code == code.code else {
            return FieldProblem(
                "golongan.tidak-cocok",
                CoreText.rankGrade(named.name, named.code, code.code),
                CoreText.writeLastRankDecree(code.name, code.code, named.name, named.code))
        }
        return nil
    }

    static let byLowerCode: [String: (code: String, name: String)] = Dictionary(
        uniqueKeysWithValues: pns.map { ($0.code.lowercased(), $0) })

    static func pnsCode(_ s: String) -> (code: String, name: String)? {
        let compact = s.utf8.contains(0x20) ? String(decoding: s.utf8.filter { $0 != 0x20 }, as: UTF8.self) : s
        return byLowerCode[compact.lowercased()]
    }

    static let byNormalName: [String: (code: String, name: String)] = Dictionary(
        uniqueKeysWithValues: pns.map { (normalizeName($0.name), $0) })

    static func pnsName(_ s: String) -> (code: String, name: String)? {
        byNormalName[normalizeName(s)]
    }

    /// Lower case, single spaces, "Tk."/"Tkt." spelled out as "tingkat".
    static func normalizeName(_ s: String) -> String {
        let words = s.lowercased().split(separator: " ").flatMap { w -> [Substring] in
            // "tk.i" → "tk." "i"
            if (w.hasPrefix("tk.") || w.hasPrefix("tkt.")) && !w.hasSuffix(".") {
                let cut = w.firstIndex(of: ".")!
                return [w[...cut], w[w.index(after: cut)...]]
            }
            return [w]
        }
        return words.map { ["tk.", "tkt.", "tk"].contains($0) ? "tingkat" : String($0) }.joined(separator: " ")
    }

    static func isPPPK(_ s: String) -> Bool {
        var t = Substring(s.uppercased())
        for prefix in ["PPPK ", "GOLONGAN ", "GOL. ", "GOL "] where t.hasPrefix(prefix) {
            t = t.dropFirst(prefix.count)
        }
        return romans.contains(String(t).trimmingScalars(" "))
    }
}

extension String {
    /// Drops leading and trailing unicode scalars found in `set`.
    func trimmingScalars(_ set: String) -> String {
        let drop = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, drop.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, drop.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}
