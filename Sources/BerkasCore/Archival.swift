/// `.berkas/types/<type>/arsip.yml`: the type's place in the office's records
/// system — its classification (klasifikasi arsip), its retention (Jadwal
/// Retensi Arsip: active and inactive years, final disposition) and its
/// security and access class with the roles that may read it and the fields
/// that hold personal data. Changed only by a pengelola, as every setting.
///
/// Retention is counted in whole years from the year a record is closed
/// (reaches a final state): closed in 2026 with 2 active years, it is active
/// until 31 December 2028 and inactive from 1 January 2029.
public struct Archival: Sendable, Equatable {
    /// What happens when the retention ends (nasib akhir).
    public enum FinalDisposition: String, Sendable, CaseIterable {
        case musnah
        case permanen
        case dinilaiKembali = "dinilai kembali"
    }

    /// The security and access class (klasifikasi keamanan dan akses).
    public enum AccessClass: String, Sendable, CaseIterable {
        case biasa
        case terbatas
        case rahasia
    }

    public let classificationCode: String
    public let classificationName: String
    public let activeYears: Int
    public let inactiveYears: Int
    public let finalDisposition: FinalDisposition
    public let accessClass: AccessClass
    /// The roles that may read a record whole (`akses.peran`).
    public let readers: [Role]
    /// The fields that hold personal data (`akses.data_pribadi`), masked for other readers.
    public let personalFields: [String]

    public init(
        classificationCode: String, classificationName: String, activeYears: Int, inactiveYears: Int,
        finalDisposition: FinalDisposition, accessClass: AccessClass, readers: [Role], personalFields: [String]
    ) {
        self.classificationCode = classificationCode
        self.classificationName = classificationName
        self.activeYears = activeYears
        self.inactiveYears = inactiveYears
        self.finalDisposition = finalDisposition
        self.accessClass = accessClass
        self.readers = readers
        self.personalFields = personalFields
    }

    public static func parse(_ text: String, file: String) throws(ConfigError) -> Archival {
        let root = try ConfigNode.document(text, file: file)
        let classification = try root.required("klasifikasi")
        let retention = try root.required("retensi")
        let access = try root.required("akses")
        let code = try classification.required("kode")
        let codeText = try code.string()
        guard !codeText.isEmpty, codeText.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }),
            codeText.first != ".", codeText.last != "."
        else { throw code.fail(CoreText.archivalCodeDigits(codeText)) }
        func years(_ key: String) throws(ConfigError) -> Int {
            let node = try retention.required(key)
            let n = try node.int()
            guard (0...100).contains(n) else { throw node.fail(CoreText.archivalYearsRange()) }
            return n
        }
        return Archival(
            classificationCode: codeText, classificationName: try classification.required("nama").string(),
            activeYears: try years("aktif_tahun"), inactiveYears: try years("inaktif_tahun"),
            finalDisposition: try retention.required("nasib_akhir").choice(
                FinalDisposition.self, among: FinalDisposition.allCases),
            accessClass: try access.required("kelas").choice(AccessClass.self, among: AccessClass.allCases),
            readers: try access.optional("peran")?.names() ?? [],
            personalFields: try access.optional("data_pribadi")?.strings() ?? [])
    }

    /// The last day a record closed in `year` is active.
    public func activeUntil(closedIn year: Int) -> CalendarDate {
        CalendarDate(year: min(9999, year + activeYears), month: 12, day: 31)!
    }

    /// The last day a record closed in `year` is kept (active and inactive).
    public func keptUntil(closedIn year: Int) -> CalendarDate {
        CalendarDate(year: min(9999, year + activeYears + inactiveYears), month: 12, day: 31)!
    }

    /// "aktif 2 th, inaktif 3 th, musnah": the retention as an archive list writes it.
    public var retentionText: String {
        "aktif \(activeYears) th, inaktif \(inactiveYears) th, \(finalDisposition.rawValue)"
    }

    /// A personal value as a reader without the right to it sees it: its
    /// first two and last two characters, the rest `*` (a short value all `*`).
    public static func masked(_ value: String) -> String {
        let chars = Array(value)
        guard chars.count > 6 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(2)) + String(repeating: "*", count: chars.count - 4) + String(chars.suffix(2))
    }

    /// Why a berita acara number (`Berkas-Berita-Acara`, e.g. `000.5.1/012/BA/2031`)
    /// cannot be carried: it is one line of 1–100 characters, none of them a
    /// control character, not starting or ending with a space, with a letter or digit.
    public static func minutesProblem(_ number: String) -> Localized? {
        TextRules.isShortLabel(number) && number.contains(where: { $0.isLetter || $0.isNumber })
            ? nil : CoreText.minutesNumber()
    }

    /// Whether a reader with these roles may read the personal fields.
    public func mayReadWhole(_ roles: Set<Role>) -> Bool {
        accessClass == .biasa || readers.contains(where: roles.contains)
    }
}
