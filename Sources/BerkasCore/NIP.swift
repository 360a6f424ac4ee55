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
    // long-function: the NIP's parts checked in the order its 18 digits give them, each with its own message.
    public static func parse(_ raw: String, today: CalendarDate) -> Result<NIP, FieldProblem> {
        let text = raw.utf8.contains(0x20) ? String(decoding: raw.utf8.filter { $0 != 0x20 }, as: UTF8.self) : raw
        let fix = CoreText.nipDigitsBirthDateAppointment()
        // 18 ASCII digits, read as bytes (every record `verify` reads has a NIP).
        let bytes = Array(text.utf8)
        guard bytes.count == 18, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return .failure(
                FieldProblem(
                    "nip.format",
                    CoreText.nipMustDigitsFoundCharacters(text.count),
                    fix))
        }
        let d = bytes.map { Int($0 - 0x30) }
        func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + d[$1] } }
        let by = num(0..<4)
        let bm = num(4..<6)
        let bd = num(6..<8)
        // The dates as written, for the messages only.
        var shown: String { "\(String(format4: by))-\(String(format2: bm))-\(String(format2: bd))" }
        guard let birth = CalendarDate(year: by, month: bm, day: bd), by >= 1900 else {
            return .failure(
                FieldProblem(
                    "nip.tanggal-lahir",
                    CoreText.birthDateNipRealDate(shown),
                    CoreText.firstDigitsBirthDateYyyymmdd()))
        }
        if birth > today {
            return .failure(
                FieldProblem(
                    "nip.tanggal-lahir",
                    CoreText.birthDateNipFuture(shown),
                    CoreText.checkNipDecree()))
        }
        let ay = num(8..<12)
        let am = num(12..<14)
        var appointment: String { "\(String(format4: ay))-\(String(format2: am))" }
        guard (1...12).contains(am), ay >= 1900 else {
            return .failure(
                FieldProblem(
                    "nip.tmt",
                    CoreText.appointmentMonthNipExist(appointment),
                    CoreText.digitsAppointmentYearMonthYyyymm()))
        }
        if (ay, am) < (by + 15, bm) {
            return .failure(
                FieldProblem(
                    "nip.tmt",
                    CoreText.appointmentNipBeforeHolderS(appointment),
                    CoreText.checkBirthDateAppointmentDigits()))
        }
        if (ay, am) > (today.year, today.month) {
            return .failure(
                FieldProblem(
                    "nip.tmt",
                    CoreText.appointmentNipFuture(appointment),
                    CoreText.checkNipDecree()))
        }
        let gender = d[14]
        guard gender == 1 || gender == 2 else {
            return .failure(
                FieldProblem(
                    "nip.jenis-kelamin",
                    CoreText.genderDigitNipMustMale(gender),
                    CoreText.thDigitCheckNipDecree()))
        }
        let serial = num(15..<18)
        guard serial >= 1 else {
            return .failure(
                FieldProblem(
                    "nip.nomor-urut",
                    CoreText.serialNipMust(),
                    CoreText.lastDigitsCheckNipDecree()))
        }
        return .success(
            NIP(
                digits: text, birthDate: birth, appointmentYear: ay, appointmentMonth: am, gender: gender,
                serial: serial))
    }
}
