/// `.berkas/config.yml`: the office, its language and calendar, its record types.
public struct OfficeConfig: Sendable, Equatable {
    public let office: String
    public let language: Language
    public let timeZone: String
    /// `timeZone` as a zone (checked when the file is read; made once).
    public let zone: OfficeZone
    public let workingDays: [String]
    public let holidaysFile: String?
    /// Record types kept in this archive (folders under `.berkas/types/`).
    public let types: [String]
    /// The largest file (a scan, say) a commit may add, in megabytes (`batas_ukuran_mb`, default 25).
    public let maxFileMegabytes: Int
    /// The place written on the place–date line of letters and reports (`tempat`, e.g. "Ponorogo").
    public let place: String?
    /// The letterhead's lines (`kop`), printed centred above a letter; empty when the office has none.
    public let letterhead: [String]
    /// Who signs the printed reports and lists (`penandatangan`): "Mengetahui, <jabatan>", name, NIP.
    public let signatory: Signatory?

    /// The official whose signature closes a printed report.
    public struct Signatory: Sendable, Equatable {
        public let position: String
        public let name: String
        public let nip: String

        public init(position: String, name: String, nip: String) {
            self.position = position
            self.name = name
            self.nip = nip
        }
    }

    public static let defaultMaxFileMegabytes = 25

    public init(
        office: String, language: Language, timeZone: String, workingDays: [String], holidaysFile: String?,
        types: [String],
        maxFileMegabytes: Int = OfficeConfig.defaultMaxFileMegabytes, place: String? = nil, letterhead: [String] = [],
        signatory: Signatory? = nil
    ) {
        self.office = office
        self.language = language
        self.timeZone = timeZone
        zone = OfficeZone(timeZone) ?? .jakarta
        self.workingDays = workingDays
        self.holidaysFile = holidaysFile
        self.types = types
        self.maxFileMegabytes = maxFileMegabytes
        self.place = place
        self.letterhead = letterhead
        self.signatory = signatory
    }

    public static func parse(_ text: String, file: String) throws(ConfigError) -> OfficeConfig {
        let root = try ConfigNode.document(text, file: file)
        let raw = (
            kantor: try root.required("kantor").string(), bahasa: try root.optional("bahasa")?.string(),
            zona_waktu: try root.optional("zona_waktu")?.string(),
            hari_kerja: try root.optional("hari_kerja")?.strings(),
            hari_libur: try root.optional("hari_libur")?.string(), jenis: try root.required("jenis").strings(),
            batas_ukuran_mb: try root.optional("batas_ukuran_mb")?.int(),
            tempat: try root.optional("tempat")?.string(), kop: try root.optional("kop")?.strings() ?? [],
            penandatangan: try root.optional("penandatangan")
        )
        guard let lang = Language(rawValue: raw.bahasa ?? "id") else {
            throw ConfigError(file: file, message: CoreText.bahasaMustIdEn())
        }
        if let z = raw.zona_waktu, OfficeZone(z) == nil {
            throw ConfigError(file: file, message: CoreText.zonaWaktuKnownTimeZone(z))
        }
        for t in raw.jenis where !RecordPath.isSafeSegment(t) {
            throw ConfigError(file: file, message: CoreText.recordTypeNameValid(t))
        }
        if let mb = raw.batas_ukuran_mb, !(1...1024).contains(mb) {
            throw ConfigError(file: file, message: CoreText.batasUkuranMbMust())
        }
        let signatory = try raw.penandatangan.map { node throws(ConfigError) in
            Signatory(
                position: try node.required("jabatan").string(), name: try node.optional("nama")?.string() ?? "",
                nip: try node.optional("nip")?.string() ?? "")
        }
        if let nip = signatory?.nip, !nip.isEmpty,
            nip.utf8.count != 18 || !nip.utf8.allSatisfy({ (0x30...0x39).contains($0) })
        {
            throw ConfigError(file: file, message: CoreText.penandatanganNipDigits(nip))
        }
        return OfficeConfig(
            office: raw.kantor, language: lang, timeZone: raw.zona_waktu ?? "Asia/Jakarta",
            workingDays: raw.hari_kerja ?? ["senin", "selasa", "rabu", "kamis", "jumat"],
            holidaysFile: raw.hari_libur, types: raw.jenis,
            maxFileMegabytes: raw.batas_ukuran_mb ?? defaultMaxFileMegabytes,
            place: raw.tempat.flatMap { $0.isEmpty ? nil : $0 }, letterhead: raw.kop.filter { !$0.isEmpty },
            signatory: signatory)
    }
}
