/// Nomor Induk Pegawai: 18 digits = birth date YYYYMMDD + appointment (TMT CPNS)
/// YYYYMM + gender digit (1 man, 2 woman) + serial 001–999.
public struct NIP: Sendable, Equatable {
    public let digits: String
    public let birthDate: CalendarDate
    public let appointmentYear: Int
    public let appointmentMonth: Int
    public let gender: Int
    public let serial: Int

    /// Checks the whole structure. `today` bounds birth and appointment.
    /// Spaces between the groups are accepted and dropped.
    public static func parse(_ raw: String, today: CalendarDate) -> Result<NIP, FieldProblem> {
        let text = raw.utf8.contains(0x20) ? String(decoding: raw.utf8.filter { $0 != 0x20 }, as: UTF8.self) : raw
        let fix = L("NIP terdiri dari 18 angka: tanggal lahir (8), TMT CPNS tahun-bulan (6), jenis kelamin (1), nomor urut (3); salin dari SK",
                    "a NIP is 18 digits: birth date (8), appointment year and month (6), gender (1), serial (3); copy it from the decree")
        // 18 ASCII digits, read as bytes (every record `verify` reads has a NIP).
        let bytes = Array(text.utf8)
        guard bytes.count == 18, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return .failure(FieldProblem("nip.format",
                                         L("NIP harus 18 angka, tertulis \(text.count) karakter", "a NIP must be 18 digits, found \(text.count) characters"),
                                         fix))
        }
        let d = bytes.map { Int($0 - 0x30) }
        func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + d[$1] } }
        let by = num(0..<4), bm = num(4..<6), bd = num(6..<8)
        // The dates as written, for the messages only.
        var shown: String { "\(String(format4: by))-\(String(format2: bm))-\(String(format2: bd))" }
        guard let birth = CalendarDate(year: by, month: bm, day: bd), by >= 1900 else {
            return .failure(FieldProblem("nip.tanggal-lahir",
                                         L("tanggal lahir di NIP (\(shown)) bukan tanggal yang ada", "the birth date in the NIP (\(shown)) is not a real date"),
                                         L("8 angka pertama NIP adalah tanggal lahir TTTTBBHH; periksa kembali NIP pada SK",
                                           "the first 8 digits are the birth date YYYYMMDD; check the NIP on the decree")))
        }
        if birth > today {
            return .failure(FieldProblem("nip.tanggal-lahir",
                                         L("tanggal lahir di NIP (\(shown)) ada di masa depan", "the birth date in the NIP (\(shown)) is in the future"),
                                         L("periksa kembali NIP pada SK", "check the NIP on the decree")))
        }
        let ay = num(8..<12), am = num(12..<14)
        var appointment: String { "\(String(format4: ay))-\(String(format2: am))" }
        guard (1...12).contains(am), ay >= 1900 else {
            return .failure(FieldProblem("nip.tmt",
                                         L("bulan pengangkatan di NIP (\(appointment)) tidak ada", "the appointment month in the NIP (\(appointment)) does not exist"),
                                         L("angka ke-9 s.d. ke-14 adalah TMT CPNS TTTTBB; periksa kembali NIP",
                                           "digits 9–14 are the appointment year and month YYYYMM; check the NIP")))
        }
        if (ay, am) < (by + 15, bm) {
            return .failure(FieldProblem("nip.tmt",
                                         L("pengangkatan di NIP (\(appointment)) sebelum pemilik berusia 15 tahun", "the appointment in the NIP (\(appointment)) is before the holder's 15th birthday"),
                                         L("periksa kembali tanggal lahir dan TMT CPNS pada NIP", "check the birth date and appointment digits of the NIP")))
        }
        if (ay, am) > (today.year, today.month) {
            return .failure(FieldProblem("nip.tmt",
                                         L("pengangkatan di NIP (\(appointment)) ada di masa depan", "the appointment in the NIP (\(appointment)) is in the future"),
                                         L("periksa kembali NIP pada SK", "check the NIP on the decree")))
        }
        let gender = d[14]
        guard gender == 1 || gender == 2 else {
            return .failure(FieldProblem("nip.jenis-kelamin",
                                         L("angka jenis kelamin di NIP adalah \(gender), harus 1 (laki-laki) atau 2 (perempuan)",
                                           "the gender digit of the NIP is \(gender), it must be 1 (male) or 2 (female)"),
                                         L("angka ke-15 NIP; periksa kembali NIP pada SK", "it is the 15th digit; check the NIP on the decree")))
        }
        let serial = num(15..<18)
        guard serial >= 1 else {
            return .failure(FieldProblem("nip.nomor-urut",
                                         L("nomor urut di NIP adalah 000, harus 001–999", "the serial of the NIP is 000, it must be 001–999"),
                                         L("3 angka terakhir NIP; periksa kembali NIP pada SK", "the last 3 digits; check the NIP on the decree")))
        }
        return .success(NIP(digits: text, birthDate: birth, appointmentYear: ay, appointmentMonth: am, gender: gender, serial: serial))
    }
}
