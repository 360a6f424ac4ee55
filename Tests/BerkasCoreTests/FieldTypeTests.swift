import Testing

@testable import BerkasCore

let today = CalendarDate(year: 2026, month: 11, day: 25)!

@Suite("NIP")
struct NIPTests {
    @Test(arguments: [
        "198507122010011003",
        "197001011995031001",
        "200002292020122001", // 29 February of a leap year
        "19850712 201001 1 003", // spaces between the groups
        "198507122026111999" // appointed this very month
    ])
    func valid(_ nip: String) {
        if case .failure(let p) = NIP.parse(nip, today: today) { Issue.record("\(nip): \(p.message.en)") }
    }

    @Test(arguments: [
        ("198513402010011003", "nip.tanggal-lahir"), // birth date 1985-13-40
        ("198502302010011003", "nip.tanggal-lahir"), // 30 February
        ("190002292010011003", "nip.tanggal-lahir"), // 1900 is not a leap year
        ("203001012010011003", "nip.tanggal-lahir"), // born in the future
        ("198507121995011003", "nip.tmt"), // appointed at 9
        ("198507122000061003", "nip.tmt"), // appointed the month before the 15th birthday
        ("198507122027011003", "nip.tmt"), // appointed in the future
        ("198507122010131003", "nip.tmt"), // month 13
        ("198507122010013003", "nip.jenis-kelamin"), // gender digit 3
        ("198507122010010003", "nip.jenis-kelamin"), // gender digit 0
        ("198507122010011000", "nip.nomor-urut"), // serial 000
        ("19850712201001100", "nip.format"), // 17 digits
        ("1985071220100110031", "nip.format"), // 19 digits
        ("19850712201001100A", "nip.format"),
        ("１９８５０７１２２０１００１１００３", "nip.format"), // full-width digits
        ("١٩٨٥٠٧١٢٢٠١٠٠١١٠٠٣", "nip.format"), // Arabic-Indic digits
        ("19850712201001100\u{0663}", "nip.format"),
        ("", "nip.format")
    ])
    func invalid(_ nip: String, _ code: String) {
        switch NIP.parse(nip, today: today) {
        case .success: Issue.record("\(nip) accepted")
        case .failure(let p): #expect(p.code == code, "\(nip): \(p.message.en)")
        }
    }

    @Test func messageNamesTheImpossibleBirthDate() throws {
        guard case .failure(let p) = NIP.parse("198513402010011003", today: today) else {
            Issue.record("accepted")
            return
        }
        #expect(p.message.id.contains("1985-13-40"))
        #expect(p.message.en.contains("1985-13-40"))
    }

    @Test func partsAreRead() throws {
        guard case .success(let n) = NIP.parse("198507122010011003", today: today) else {
            Issue.record("rejected")
            return
        }
        #expect(n.birthDate == CalendarDate(year: 1985, month: 7, day: 12))
        #expect(n.appointmentYear == 2010 && n.appointmentMonth == 1)
        #expect(n.gender == 1 && n.serial == 3)
    }
}

@Suite("Phone numbers")
struct PhoneTests {
    @Test(arguments: [
        ("081234567890", "81234567890"),
        ("0812-3456-7890", "81234567890"),
        ("0812 3456 7890", "81234567890"),
        ("+6281234567890", "81234567890"),
        ("6281234567890", "81234567890"),
        ("0352481234", "352481234") // Ponorogo landline
    ])
    func valid(_ raw: String, _ national: String) throws {
        guard case .success(let p) = PhoneNumber.parse(raw) else {
            Issue.record("\(raw) rejected")
            return
        }
        #expect(p.national == national)
    }

    @Test(arguments: [
        ("0812", "telepon.panjang"),
        ("08123456789012345", "telepon.panjang"),
        ("81234567890", "telepon.awalan"),
        ("+6181234567890", "telepon.awalan"),
        ("0812-3456-789O", "telepon.karakter"),
        ("0812.3456.7890", "telepon.karakter"),
        ("00812345678", "telepon.awalan")
    ])
    func invalid(_ raw: String, _ code: String) {
        switch PhoneNumber.parse(raw) {
        case .success: Issue.record("\(raw) accepted")
        case .failure(let p): #expect(p.code == code, "\(raw): \(p.message.en)")
        }
    }

    @Test func displayKeepsEveryDigit() throws {
        guard case .success(let p) = PhoneNumber.parse("+6281234567890") else {
            Issue.record("rejected")
            return
        }
        #expect(p.display == "0812-3456-7890")
        #expect(p.display.filter(\.isNumber) == "081234567890")
    }
}

@Suite("E-mail")
struct EmailTests {
    @Test(arguments: ["budi.santoso@ponorogo.go.id", "a_b+c@x.co", "x@sub.example.org"])
    func valid(_ e: String) { #expect(EmailAddress.check(e) == nil) }

    @Test(arguments: [
        "budi", "budi@", "@ponorogo.go.id", "budi@@x.id", "budi@ponorogo", "bu di@x.id", "budi@x.i", "budi@-x.id",
        ".budi@x.id", "bu..di@x.id", "budi@x..id", "budi@x.id1"
    ])
    func invalid(_ e: String) { #expect(EmailAddress.check(e) != nil, "\(e) accepted") }
}

@Suite("Dates")
struct DateTests {
    @Test(arguments: ["2026-11-24", "2024-02-29", "2000-02-29", "1999-12-31"])
    func valid(_ d: String) { #expect(CalendarDate(iso: d) != nil) }

    @Test(arguments: [
        "2026-13-01", "2026-02-29", "1900-02-29", "2026-11-31", "2026-1-01", "26-11-24", "2026/11/24",
        "2026-11-24T00:00", "", "abcd-ef-gh"
    ])
    func invalid(_ d: String) { #expect(CalendarDate(iso: d) == nil, "\(d) accepted") }

    @Test func notFutureRule() {
        let spec = FieldSpec(
            key: "tanggal_surat", type: .date, label: "Tanggal", help: nil, required: true, requiredWhen: [:],
            requiredFrom: nil,
            values: [], minLength: nil, maxLength: nil, notFuture: true, list: false)
        let ctx = FieldValidator.Context(today: today)
        #expect(FieldValidator.check("2026-11-25", spec: spec, context: ctx) == nil)
        #expect(FieldValidator.check("2026-11-26", spec: spec, context: ctx)?.code == "tanggal.masa-depan")
    }
}

@Suite("Pangkat/golongan")
struct GolonganTests {
    @Test(arguments: [
        "III/b", "iii/b", "Penata Muda Tingkat I (III/b)", "Penata Muda Tk. I (III/b)", "Penata Muda Tingkat I, III/b",
        "Juru Muda (I/a)", "Pembina Utama (IV/e)", "Pembina Utama Madya (IV/d)", "IX", "PPPK IX", "Golongan XVII", "I"
    ])
    func valid(_ g: String) { #expect(Golongan.check(g) == nil, "\(g): \(Golongan.check(g)?.message.en ?? "")") }

    @Test(arguments: [
        ("Penata (III/b)", "golongan.tidak-cocok"),
        ("Pembina Tingkat I (IV/a)", "golongan.tidak-cocok"),
        ("Penata Muda Tingkat I", "golongan.tanpa-kode"),
        ("Penata Besar (III/b)", "golongan.nama"),
        ("III/f", "golongan.format"),
        ("V/a", "golongan.format"),
        ("XVIII", "golongan.format"),
        ("PPPK XVIII", "golongan.format")
    ])
    func invalid(_ g: String, _ code: String) {
        #expect(Golongan.check(g)?.code == code, "\(g): \(Golongan.check(g)?.code ?? "accepted")")
    }

    @Test func mismatchSaysBothWays() throws {
        let p = try #require(Golongan.check("Penata (III/b)"))
        #expect(p.message.id.contains("III/c"))
        #expect(p.hint.id.contains("Penata Muda Tingkat I (III/b)"))
    }
}

@Suite("Secrets")
struct SecretTests {
    @Test(arguments: [
        "password: Rahasia123", "Password baru: abc", "kata sandi = 1234", "Kata sandinya adalah qwerty", "PIN: 123456",
        "OTP: 998877", "sandi: x", "pwd=hunter2", "KATA SANDI ADALAH Qwerty1", "the password is hunter2",
        "Password IS x",
        "kata sandi adalah 'Spse#2026'.", "password baru adalah \"abc123\"", "the password is hunter2."
    ])
    func assignments(_ text: String) {
        #expect(SecretScanner.assignsSecret(text), "\(text) not caught")
    }

    @Test(arguments: [
        "User ID dan password dikirim melalui WhatsApp.", "kata sandi dikirim lewat SMS", "pinjam berkas", "Spinning",
        "password", "Kata sandi: ", "sandiwara: drama",
        "Kata sandi adalah tanggung jawab pemohon.", "The password is the applicant's own responsibility.",
        "kata sandi adalah"
    ])
    func mentionsAreFine(_ text: String) { #expect(!SecretScanner.assignsSecret(text), "\(text) flagged") }

    @Test(arguments: ["kata_sandi", "password", "password_baru", "pin", "otp_kode", "Kata-Sandi", "sandi"])
    func secretKeys(_ key: String) { #expect(SecretScanner.isSecretKey(key)) }

    @Test(arguments: ["nama", "pinjaman", "spse", "dikirim_ke", "user_id_spse"])
    func ordinaryKeys(_ key: String) { #expect(!SecretScanner.isSecretKey(key)) }
}

@Suite("Terminal safety")
struct TerminalSafeTests {
    @Test func escapesControlAndBidi() {
        #expect(TerminalSafe.escape("a\u{1B}[31mb") == "a\\u{1B}[31mb")
        #expect(TerminalSafe.escape("x\u{202E}y") == "x\\u{202E}y")
        #expect(TerminalSafe.escape("Budi Santoso, S.Kom.") == "Budi Santoso, S.Kom.")
    }
}
