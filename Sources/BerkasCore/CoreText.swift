// long-file: a catalog, one entry per sentence.

/// Every sentence BerkasCore (records, fields, settings) say to a person, in Indonesian and English.
/// The raw value is the sentence's stable code (errors carry it, `--format json`
/// prints it); `{1}`, `{2}`, … are filled in order. The office reviews its
/// wording here; the completeness test checks both languages and their placeholders.
public enum CoreText: String, MessageCatalog {
    // MARK: ConfigDecoding
    case configurationFileTooLarge = "core.configuration-file-too-large"
    case lineYamlAnchorsAliasesTags = "core.line-yaml-anchors-aliases-tags"
    case read = "core.read"
    case line = "core.line"
    case keyPrefix = "core.key-prefix"
    case textListMapping = "core.text-list-mapping"
    case wholeNumberWithoutQuotes = "core.whole-number-without-quotes"
    case wholeNumber = "core.whole-number"
    case trueFalse = "core.true-false"
    case unknownChooseOne = "core.unknown-choose-one"
    case listLines = "core.list-lines"
    case mappingLinesKeyValue = "core.mapping-lines-key-value"
    case keysMustText = "core.keys-must-text"
    case keyMissing = "core.key-missing"
    case mustBe = "core.must-be"
    // MARK: EmailAddress
    case writeAddressSuchNamePonorogo = "core.write-address-such-name-ponorogo"
    case eMailAddressMustHold = "core.e-mail-address-must-hold"
    case partBeforeValid = "core.part-before-valid"
    case eMailDomainAfterValid = "core.e-mail-domain-after-valid"
    // MARK: FieldValidator
    case holdsControlHiddenDirectionCharacters = "core.holds-control-hidden-direction-characters"
    case retypeValueInsteadPasting = "core.retype-value-instead-pasting"
    case writtenDayMonthYear = "core.written-day-month-year"
    case writeYearMonthDay = "core.write-year-month-day"
    case realDate = "core.real-date"
    case writeYyyyMmDdE = "core.write-yyyy-mm-dd-e"
    case dateFuture = "core.date-future"
    case writeTodaySDateEarlier = "core.write-today-s-date-earlier"
    case writeExactly = "core.write-exactly"
    case choices = "core.choices"
    case oneChoices = "core.one-choices"
    case chooseOne = "core.choose-one"
    case mustTrueFalse = "core.must-true-false"
    case writeTrueYesFalse = "core.write-true-yes-false"
    case tooShortCharactersLeast = "core.too-short-characters-least"
    case complete = "core.complete"
    case tooLongCharactersMost = "core.too-long-characters-most"
    case shortenWriteExplanationBelowClosing = "core.shorten-write-explanation-below-closing"
    case recordIdMustLookLike = "core.record-id-must-look-like"
    case changeIdBerkasFills = "core.change-id-berkas-fills"
    case idDiffersFileName = "core.id-differs-file-name"
    case changeIdFileName = "core.change-id-file-name"
    case typeMatchFolder = "core.type-match-folder"
    case writeJenis = "core.write-jenis"
    case statusKnown = "core.status-known"
    case statusChangesOnlyThroughBerkas = "core.status-changes-only-through-berkas"
    case holdsWhatLooksLikePassword = "core.holds-what-looks-like-password"
    case passwordsNeverWrittenIntoArchive = "core.passwords-never-written-into-archive"
    case putScanUnderLampiranWrite = "core.put-scan-under-lampiran-write"
    case attachmentPathValid = "core.attachment-path-valid"
    case renameFileEGLampiran = "core.rename-file-e-g-lampiran"
    case attachmentsMustUnderLampiran = "core.attachments-must-under-lampiran"
    case attachmentExist = "core.attachment-exist"
    // MARK: FrontMatter
    case fileTooLargeBytesMost = "core.file-too-large-bytes-most"
    case keepAttachmentsUnderLampiranId = "core.keep-attachments-under-lampiran-id"
    case fileHoldsBinaryDataNul = "core.file-holds-binary-data-nul"
    case savePlainUtfText = "core.save-plain-utf-text"
    case fileUtfText = "core.file-utf-text"
    case saveAgainUtfEncoding = "core.save-again-utf-encoding"
    case firstLineMustStartFront = "core.first-line-must-start-front"
    case startFileWriteKeyValue = "core.start-file-write-key-value"
    case frontMatterOverKib = "core.front-matter-over-kib"
    case recordNeedsOnlyFewLines = "core.record-needs-only-few-lines"
    case frontMatterClosed = "core.front-matter-closed"
    case addLineAfterLastData = "core.add-line-after-last-data"
    case firstDataLineBeginsSpace = "core.first-data-line-begins-space"
    case writeEveryKeyValueStart = "core.write-every-key-value-start"
    case frontMatterMustKeyValue = "core.front-matter-must-key-value"
    case writeEachFieldOwnLine = "core.write-each-field-own-line"
    case keyMustSimpleName = "core.key-must-simple-name"
    case writeKeyNameValue = "core.write-key-name-value"
    case nestedValuesAllowed = "core.nested-values-allowed"
    case writeOneValueSimpleList = "core.write-one-value-simple-list"
    case frontMatterRead = "core.front-matter-read"
    case checkKeyValueLines = "core.check-key-value-lines"
    case keyWrittenMoreThanOnce = "core.key-written-more-than-once"
    case deleteOneLines = "core.delete-one-lines"
    case writeKeyValuePutAround = "core.write-key-value-put-around"
    case frontMatterRead2 = "core.front-matter-read2"
    case malformedFrontMatter = "core.malformed-front-matter"
    // MARK: Golongan
    case writeCodeEGIii = "core.write-code-e-g-iii"
    case rankWrittenWithoutCode = "core.rank-written-without-code"
    case writeAs = "core.write-as"
    case rankGradeKnown = "core.rank-grade-known"
    case rankNameKnown = "core.rank-name-known"
    case rank = "core.rank"
    case rankGrade = "core.rank-grade"
    case writeLastRankDecree = "core.write-last-rank-decree"
    // MARK: Moment
    case listEnding = "core.list-ending"
    // MARK: NIP
    case nipDigitsBirthDateAppointment = "core.nip-digits-birth-date-appointment"
    case nipMustDigitsFoundCharacters = "core.nip-must-digits-found-characters"
    case birthDateNipRealDate = "core.birth-date-nip-real-date"
    case firstDigitsBirthDateYyyymmdd = "core.first-digits-birth-date-yyyymmdd"
    case birthDateNipFuture = "core.birth-date-nip-future"
    case checkNipDecree = "core.check-nip-decree"
    case appointmentMonthNipExist = "core.appointment-month-nip-exist"
    case digitsAppointmentYearMonthYyyymm = "core.digits-appointment-year-month-yyyymm"
    case appointmentNipBeforeHolderS = "core.appointment-nip-before-holder-s"
    case checkBirthDateAppointmentDigits = "core.check-birth-date-appointment-digits"
    case appointmentNipFuture = "core.appointment-nip-future"
    case genderDigitNipMustMale = "core.gender-digit-nip-must-male"
    case thDigitCheckNipDecree = "core.th-digit-check-nip-decree"
    case serialNipMust = "core.serial-nip-must"
    case lastDigitsCheckNipDecree = "core.last-digits-check-nip-decree"
    // MARK: OfficeConfig
    case bahasaMustIdEn = "core.bahasa-must-id-en"
    case zonaWaktuKnownTimeZone = "core.zona-waktu-known-time-zone"
    case recordTypeNameValid = "core.record-type-name-valid"
    case batasUkuranMbMust = "core.batas-ukuran-mb-must"
    case penandatanganNipDigits = "core.penandatangan-nip-digits"
    // MARK: Archival
    case archivalCodeDigits = "core.archival-code-digits"
    case archivalYearsRange = "core.archival-years-range"
    case archivalUnknownField = "core.archival-unknown-field"
    case archivalUnknownRole = "core.archival-unknown-role"
    case minutesNumber = "core.minutes-number"
    // MARK: HolidayList
    case holidayName = "core.holiday-name"
    case holidayLineHasNoDate = "core.holiday-line-has-no-date"
    // MARK: PhoneNumber
    case writeIndonesianNumberSuchSpaces = "core.write-indonesian-number-such-spaces"
    case phoneNumberMustStart = "core.phone-number-must-start"
    case phoneNumberMayHoldOnly = "core.phone-number-may-hold-only"
    case phoneNumberDigitsAfterPrefix = "core.phone-number-digits-after-prefix"
    case secondMayFollowPrefix = "core.second-may-follow-prefix"
    // MARK: Policy
    case memberPublicKeyValid = "core.member-public-key-valid"
    case sameKeyBelongs = "core.same-key-belongs"
    case memberUnknownRole = "core.member-unknown-role"
    case memberBerlakuSampaiMustYyyy = "core.member-berlaku-sampai-must-yyyy"
    case holdsForbiddenCharacterCommaQuote = "core.holds-forbidden-character-comma-quote"
    case validEMailAddress = "core.valid-e-mail-address"
    case memberEMail = "core.member-e-mail"
    case memberProblem = "core.member-problem"
    // MARK: PortablePath
    case emptyPartPathEnd = "core.empty-part-path-end"
    case mayPartPath = "core.may-part-path"
    case holdsControlInvisibleCharacterU = "core.holds-control-invisible-character-u"
    case holdsWhichWindowsAllowFile = "core.holds-which-windows-allow-file"
    case endsDotSpaceWhichWindows = "core.ends-dot-space-which-windows"
    case gitSOwnFolderName = "core.git-s-own-folder-name"
    case deviceNameWindowsReserves = "core.device-name-windows-reserves"
    // MARK: RecordValidator
    case recordTypeKnown = "core.record-type-known"
    case knownTypes = "core.known-types"
    case deleteLineKnownFieldsListed = "core.delete-line-known-fields-listed"
    case didYouMean = "core.did-you-mean"
    case unknownField = "core.unknown-field"
    case mustOneValueList = "core.must-one-value-list"
    case writeValue = "core.write-value"
    case fillIn = "core.fill-in"
    case fillInWith = "core.fill-in-with"
    case required = "core.required"
    case retypeLine = "core.retype-line"
    // MARK: RulesLoader
    case fileMissing = "core.file-missing"
    case utfText = "core.utf-text"
    case jenisDiffersFolderName = "core.jenis-differs-folder-name"
    case fieldStateWorkflow = "core.field-state-workflow"
    case hariLiburMustFileInside = "core.hari-libur-must-file-inside"
    case yyyyMmDdDate = "core.yyyy-mm-dd-date"
    case unknownWorkingDaySeninMinggu = "core.unknown-working-day-senin-minggu"
    // MARK: Schema
    case fieldEnumWithoutValues = "core.field-enum-without-values"
    case schemaLacksField = "core.schema-lacks-field"
    // MARK: TextRules
    case holdsControlInvisibleCharacterU2 = "core.holds-control-invisible-character-u2"
    case nameEmpty = "core.name-empty"
    case nameLongerThanCharacters = "core.name-longer-than-characters"
    case nameHoldsWhichGitStore = "core.name-holds-which-git-store"
    case nameBeginsEndsSpace = "core.name-begins-ends-space"
    // MARK: Workflow
    case exactlyOneStateMustInitial = "core.exactly-one-state-must-initial"
    case actionNamesUnknownState = "core.action-names-unknown-state"
    case actionStartsFinalState = "core.action-starts-final-state"
    // MARK: YAMLGuard
    case holdsControlInvisibleCharacterU3 = "core.holds-control-invisible-character-u3"
    case retypeLineInsteadPasting = "core.retype-line-instead-pasting"
    case lineIndentedTab = "core.line-indented-tab"
    case indentSpacesTabs = "core.indent-spaces-tabs"
    case lineKeyValue = "core.line-key-value"
    case writeValueOneKeyValue = "core.write-value-one-key-value"
    case yamlDirectivesAllowed = "core.yaml-directives-allowed"
    case deleteLine = "core.delete-line"
    case complexKeysAllowed = "core.complex-keys-allowed"
    case mergeKeysAllowed = "core.merge-keys-allowed"
    case writeEveryFieldOutFull = "core.write-every-field-out-full"
    case yamlAnchorsAllowed = "core.yaml-anchors-allowed"
    case yamlAliasesAllowed = "core.yaml-aliases-allowed"
    case yamlTagsAllowed = "core.yaml-tags-allowed"
    case writeValueOutFullInside = "core.write-value-out-full-inside"
    case quoteClosedLine = "core.quote-closed-line"
    case closeQuoteSameLineLong = "core.close-quote-same-line-long"

    public var texts: (id: String, en: String) {
        switch self {
        // MARK: ConfigDecoding
        case .configurationFileTooLarge: ("berkas konfigurasi terlalu besar", "configuration file too large")
        case .lineYamlAnchorsAliasesTags:
            (
                "baris {1}: jangkar, alias atau tag YAML tidak diperbolehkan",
                "line {1}: YAML anchors, aliases and tags are not allowed"
            )
        case .read: ("tidak dapat dibaca: {1}", "cannot be read: {1}")
        case .line: ("baris {1}: ", "line {1}: ")
        case .keyPrefix: ("`{1}`: ", "`{1}`: ")
        case .textListMapping: ("teks, bukan daftar atau pemetaan", "text, not a list or a mapping")
        case .wholeNumberWithoutQuotes: ("bilangan bulat tanpa tanda kutip", "a whole number without quotes")
        case .wholeNumber: ("bilangan bulat, bukan \"{1}\"", "a whole number, not \"{1}\"")
        case .trueFalse: ("true atau false", "true or false")
        case .unknownChooseOne:
            (
                "\"{1}\" tidak dikenal; pilih salah satu: {2}",
                "\"{1}\" is unknown; choose one of: {2}"
            )
        case .listLines: ("daftar (baris-baris `- ...`)", "a list (lines `- ...`)")
        case .mappingLinesKeyValue: ("pemetaan (baris-baris `kunci: nilai`)", "a mapping (lines `key: value`)")
        case .keysMustText: ("kunci harus berupa teks", "keys must be text")
        case .keyMissing: ("kunci `{1}` tidak ada", "key `{1}` is missing")
        case .mustBe: ("harus {1}", "must be {1}")
        // MARK: EmailAddress
        case .writeAddressSuchNamePonorogo:
            (
                "tulis alamat seperti nama@ponorogo.go.id",
                "write an address such as name@ponorogo.go.id"
            )
        case .eMailAddressMustHold:
            (
                "alamat email harus berisi tepat satu @",
                "an e-mail address must hold exactly one @"
            )
        case .partBeforeValid: ("bagian sebelum @ tidak sah", "the part before the @ is not valid")
        case .eMailDomainAfterValid:
            (
                "domain email (setelah @) tidak sah",
                "the e-mail domain (after the @) is not valid"
            )
        // MARK: FieldValidator
        case .holdsControlHiddenDirectionCharacters:
            (
                "berisi karakter kendali atau pengarah teks tersembunyi",
                "holds control or hidden direction characters"
            )
        case .retypeValueInsteadPasting:
            (
                "ketik ulang nilainya tanpa menyalin dari dokumen lain",
                "retype the value instead of pasting it"
            )
        case .writtenDayMonthYear: ("\"{1}\" ditulis hari-bulan-tahun", "\"{1}\" is written day-month-year")
        case .writeYearMonthDay: ("tulis {1} (tahun-bulan-hari)", "write {1} (year-month-day)")
        case .realDate: ("\"{1}\" bukan tanggal yang ada", "\"{1}\" is not a real date")
        case .writeYyyyMmDdE: ("tulis TTTT-BB-HH, misalnya 2026-11-24", "write YYYY-MM-DD, e.g. 2026-11-24")
        case .dateFuture: ("tanggal {1} ada di masa depan", "the date {1} is in the future")
        case .writeTodaySDateEarlier:
            (
                "tulis tanggal yang sudah lewat atau hari ini",
                "write today's date or an earlier one"
            )
        case .writeExactly: ("tulis \"{1}\" persis seperti itu", "write \"{1}\" exactly")
        case .choices: ("pilihan: {1}", "choices: {1}")
        case .oneChoices: ("\"{1}\" bukan pilihan yang ada", "\"{1}\" is not one of the choices")
        case .chooseOne: ("pilih salah satu: {1}", "choose one of: {1}")
        case .mustTrueFalse: ("harus true atau false", "must be true or false")
        case .writeTrueYesFalse: ("tulis true (ya) atau false (tidak)", "write true (yes) or false (no)")
        case .tooShortCharactersLeast:
            (
                "terlalu pendek ({1} karakter, paling sedikit {2})",
                "too short ({1} characters, at least {2})"
            )
        case .complete: ("lengkapi isinya", "complete it")
        case .tooLongCharactersMost:
            (
                "terlalu panjang ({1} karakter, paling banyak {2})",
                "too long ({1} characters, at most {2})"
            )
        case .shortenWriteExplanationBelowClosing:
            (
                "persingkat, atau tulis penjelasan di bawah `---` penutup",
                "shorten it, or write the explanation below the closing `---`"
            )
        case .recordIdMustLookLike:
            (
                "nomor registrasi harus berbentuk AA-TTTT-NNNN",
                "the record ID must look like AA-YYYY-NNNN"
            )
        case .changeIdBerkasFills:
            (
                "jangan ubah `id`; berkas mengisinya sendiri",
                "do not change `id`; berkas fills it in"
            )
        case .idDiffersFileName:
            (
                "id {1} tidak sama dengan nama berkas ({2})",
                "id {1} differs from the file name ({2})"
            )
        case .changeIdFileName: ("jangan ubah `id` atau nama berkas", "do not change `id` or the file name")
        case .typeMatchFolder:
            (
                "jenis \"{1}\" tidak sesuai folder ({2})",
                "type \"{1}\" does not match its folder ({2})"
            )
        case .writeJenis: ("tulis `jenis: {1}`", "write `jenis: {1}`")
        case .statusKnown: ("status \"{1}\" tidak dikenal", "status \"{1}\" is not known")
        case .statusChangesOnlyThroughBerkas:
            (
                "status diubah hanya dengan `berkas act`; yang ada: {1}",
                "the status changes only through `berkas act`; states: {1}"
            )
        case .holdsWhatLooksLikePassword:
            (
                "berisi sesuatu yang tampak seperti kata sandi",
                "holds what looks like a password"
            )
        case .passwordsNeverWrittenIntoArchive:
            (
                "kata sandi tidak pernah ditulis di arsip; catat hanya bahwa akun sudah dikirim, kepada siapa dan lewat apa",
                "passwords are never written into the archive; record only that the account was sent, to whom and how"
            )
        case .putScanUnderLampiranWrite:
            (
                "simpan pindaian di lampiran/{1}/ lalu tulis jalurnya, mis. lampiran/{1}/sk.pdf",
                "put the scan under lampiran/{1}/ and write its path, e.g. lampiran/{1}/sk.pdf"
            )
        case .attachmentPathValid: ("jalur lampiran tidak sah", "the attachment path is not valid")
        case .renameFileEGLampiran:
            (
                "ganti nama berkasnya, mis. lampiran/{1}/sk.pdf",
                "rename the file, e.g. lampiran/{1}/sk.pdf"
            )
        case .attachmentsMustUnderLampiran:
            (
                "lampiran harus berada di lampiran/{1}/",
                "attachments must be under lampiran/{1}/"
            )
        case .attachmentExist: ("berkas lampiran {1} tidak ada", "attachment {1} does not exist")
        // MARK: FrontMatter
        case .fileTooLargeBytesMost:
            (
                "berkas terlalu besar ({1} byte, paling banyak {2})",
                "file too large ({1} bytes, at most {2})"
            )
        case .keepAttachmentsUnderLampiranId:
            (
                "simpan lampiran di lampiran/<ID>/, bukan di catatan",
                "keep attachments under lampiran/<ID>/, not in the record"
            )
        case .fileHoldsBinaryDataNul: ("berkas berisi data biner (byte NUL)", "file holds binary data (a NUL byte)")
        case .savePlainUtfText: ("simpan sebagai teks UTF-8 biasa", "save it as plain UTF-8 text")
        case .fileUtfText: ("berkas bukan teks UTF-8", "file is not UTF-8 text")
        case .saveAgainUtfEncoding: ("simpan ulang dengan pengodean UTF-8", "save it again with UTF-8 encoding")
        case .firstLineMustStartFront:
            (
                "baris pertama harus `---` (awal data surat)",
                "the first line must be `---` (start of the front matter)"
            )
        case .startFileWriteKeyValue:
            (
                "awali berkas dengan `---`, tulis data `kunci: nilai`, lalu tutup dengan `---`",
                "start the file with `---`, write `key: value` lines, then close with `---`"
            )
        case .frontMatterOverKib: ("bagian data (front matter) lebih dari 64 KiB", "front matter is over 64 KiB")
        case .recordNeedsOnlyFewLines:
            (
                "data surat cukup beberapa baris; pindahkan teks panjang ke bawah `---` penutup",
                "a record needs only a few lines; move long text below the closing `---`"
            )
        case .frontMatterClosed: ("bagian data tidak ditutup dengan `---`", "front matter is not closed with `---`")
        case .addLineAfterLastData:
            (
                "tambahkan baris `---` setelah baris data terakhir",
                "add a `---` line after the last data line"
            )
        case .firstDataLineBeginsSpace: ("baris data pertama diawali spasi", "the first data line begins with a space")
        case .writeEveryKeyValueStart:
            (
                "tulis setiap `kunci: nilai` dari awal baris",
                "write every `key: value` from the start of the line"
            )
        case .frontMatterMustKeyValue:
            (
                "data harus berupa baris `kunci: nilai`",
                "front matter must be `key: value` lines"
            )
        case .writeEachFieldOwnLine:
            (
                "tulis setiap data pada barisnya sendiri, misalnya `nama: \"Budi\"`",
                "write each field on its own line, e.g. `nama: \"Budi\"`"
            )
        case .keyMustSimpleName: ("kunci data harus berupa nama sederhana", "a key must be a simple name")
        case .writeKeyNameValue: ("tulis `nama_kunci: nilai`", "write `key_name: value`")
        case .nestedValuesAllowed: ("nilai bertingkat tidak diperbolehkan", "nested values are not allowed")
        case .writeOneValueSimpleList:
            (
                "tulis satu nilai, atau daftar sederhana `- nilai`",
                "write one value, or a simple list of `- value`"
            )
        case .frontMatterRead: ("data tidak dapat dibaca: {1}", "front matter cannot be read: {1}")
        case .checkKeyValueLines: ("periksa penulisan `kunci: nilai`", "check the `key: value` lines")
        case .keyWrittenMoreThanOnce: ("kunci ditulis lebih dari sekali", "key written more than once")
        case .deleteOneLines: ("hapus salah satu baris `{1}`", "delete one of the `{1}` lines")
        case .writeKeyValuePutAround:
            (
                "tulis `kunci: nilai`; beri tanda kutip \"...\" pada nilai yang berisi `:` atau `#`, dan pakai spasi, bukan tab",
                "write `key: value`; put \"...\" around values holding `:` or `#`, and indent with spaces, not tabs"
            )
        case .frontMatterRead2: ("data tidak dapat dibaca", "front matter cannot be read")
        case .malformedFrontMatter: ("penulisan data salah: {1}", "malformed front matter ({1})")
        // MARK: Golongan
        case .writeCodeEGIii:
            (
                "tulis kode (mis. III/b) atau nama dan kode (mis. Penata Muda Tingkat I (III/b)); PPPK: I s.d. XVII",
                "write the code (e.g. III/b) or name and code (e.g. Penata Muda Tingkat I (III/b)); PPPK: I to XVII"
            )
        case .rankWrittenWithoutCode: ("pangkat tanpa kode golongan", "rank written without its code")
        case .writeAs: ("tulis \"{1} ({2})\"", "write \"{1} ({2})\"")
        case .rankGradeKnown: ("pangkat/golongan \"{1}\" tidak dikenal", "rank/grade \"{1}\" is not known")
        case .rankNameKnown: ("nama pangkat \"{1}\" tidak dikenal", "rank name \"{1}\" is not known")
        case .rank: ("untuk {1} nama pangkatnya {2}", "for {1} the rank is {2}")
        case .rankGrade: ("nama pangkat {1} adalah golongan {2}, bukan {3}", "the rank {1} is grade {2}, not {3}")
        case .writeLastRankDecree:
            (
                "tulis \"{1} ({2})\" atau \"{3} ({4})\", sesuai SK pangkat terakhir",
                "write \"{1} ({2})\" or \"{3} ({4})\", as on the last rank decree"
            )
        // MARK: Moment
        case .listEnding: (".", ":")
        // MARK: NIP
        case .nipDigitsBirthDateAppointment:
            (
                "NIP terdiri dari 18 angka: tanggal lahir (8), TMT CPNS tahun-bulan (6), jenis kelamin (1), nomor urut (3); salin dari SK",
                "a NIP is 18 digits: birth date (8), appointment year and month (6), gender (1), serial (3); copy it from the decree"
            )
        case .nipMustDigitsFoundCharacters:
            (
                "NIP harus 18 angka, tertulis {1} karakter",
                "a NIP must be 18 digits, found {1} characters"
            )
        case .birthDateNipRealDate:
            (
                "tanggal lahir di NIP ({1}) bukan tanggal yang ada",
                "the birth date in the NIP ({1}) is not a real date"
            )
        case .firstDigitsBirthDateYyyymmdd:
            (
                "8 angka pertama NIP adalah tanggal lahir TTTTBBHH; periksa kembali NIP pada SK",
                "the first 8 digits are the birth date YYYYMMDD; check the NIP on the decree"
            )
        case .birthDateNipFuture:
            (
                "tanggal lahir di NIP ({1}) ada di masa depan",
                "the birth date in the NIP ({1}) is in the future"
            )
        case .checkNipDecree: ("periksa kembali NIP pada SK", "check the NIP on the decree")
        case .appointmentMonthNipExist:
            (
                "bulan pengangkatan di NIP ({1}) tidak ada",
                "the appointment month in the NIP ({1}) does not exist"
            )
        case .digitsAppointmentYearMonthYyyymm:
            (
                "angka ke-9 s.d. ke-14 adalah TMT CPNS TTTTBB; periksa kembali NIP",
                "digits 9–14 are the appointment year and month YYYYMM; check the NIP"
            )
        case .appointmentNipBeforeHolderS:
            (
                "pengangkatan di NIP ({1}) sebelum pemilik berusia 15 tahun",
                "the appointment in the NIP ({1}) is before the holder's 15th birthday"
            )
        case .checkBirthDateAppointmentDigits:
            (
                "periksa kembali tanggal lahir dan TMT CPNS pada NIP",
                "check the birth date and appointment digits of the NIP"
            )
        case .appointmentNipFuture:
            (
                "pengangkatan di NIP ({1}) ada di masa depan",
                "the appointment in the NIP ({1}) is in the future"
            )
        case .genderDigitNipMustMale:
            (
                "angka jenis kelamin di NIP adalah {1}, harus 1 (laki-laki) atau 2 (perempuan)",
                "the gender digit of the NIP is {1}, it must be 1 (male) or 2 (female)"
            )
        case .thDigitCheckNipDecree:
            (
                "angka ke-15 NIP; periksa kembali NIP pada SK",
                "it is the 15th digit; check the NIP on the decree"
            )
        case .serialNipMust:
            (
                "nomor urut di NIP adalah 000, harus 001–999",
                "the serial of the NIP is 000, it must be 001–999"
            )
        case .lastDigitsCheckNipDecree:
            (
                "3 angka terakhir NIP; periksa kembali NIP pada SK",
                "the last 3 digits; check the NIP on the decree"
            )
        // MARK: OfficeConfig
        case .bahasaMustIdEn: ("bahasa harus `id` atau `en`", "bahasa must be `id` or `en`")
        case .zonaWaktuKnownTimeZone:
            (
                "zona_waktu `{1}` bukan zona waktu yang dikenal; tulis misalnya Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)",
                "zona_waktu `{1}` is not a known time zone; write e.g. Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)"
            )
        case .recordTypeNameValid: ("nama jenis `{1}` tidak sah", "record type name `{1}` is not valid")
        case .batasUkuranMbMust: ("batas_ukuran_mb harus 1 sampai 1024", "batas_ukuran_mb must be 1 to 1024")
        case .archivalCodeDigits:
            (
                "kode klasifikasi `{1}` harus angka dengan titik pemisah, mis. 027 atau 027.1",
                "classification code `{1}` must be digits separated by dots, e.g. 027 or 027.1"
            )
        case .archivalYearsRange: ("harus 0 sampai 100 tahun", "must be 0 to 100 years")
        case .holidayName:
            (
                "nama hari libur harus 1–100 huruf tanpa karakter kendali, mis. \"Hari Suci Nyepi Tahun Baru Saka 1949\"",
                "a holiday's name must be 1–100 characters without control characters, e.g. \"Hari Suci Nyepi Tahun Baru Saka 1949\""
            )
        case .holidayLineHasNoDate:
            (
                "tanggal tidak terbaca pada `{1}` — tulis 2027-03-10, 10/03/2027 atau 10 Maret 2027, lalu nama hari liburnya",
                "no date can be read in `{1}` — write 2027-03-10, 10/03/2027 or 10 March 2027, then the holiday's name"
            )
        case .minutesNumber:
            (
                "nomor berita acara harus satu baris 1–100 huruf, angka dan tanda baca, mis. 000.5.1/012/BA/2031",
                "the berita acara number must be one line of 1–100 letters, digits and punctuation, e.g. 000.5.1/012/BA/2031"
            )
        case .archivalUnknownField:
            (
                "akses.data_pribadi: kolom `{1}` tidak ada di schema.yml jenis ini",
                "akses.data_pribadi: field `{1}` is not in this type's schema.yml"
            )
        case .archivalUnknownRole:
            (
                "akses.peran: peran `{1}` tidak ada di policy.yml",
                "akses.peran: role `{1}` is not in policy.yml"
            )
        case .penandatanganNipDigits:
            (
                "penandatangan.nip \"{1}\" harus 18 angka tanpa spasi (atau kosongkan)",
                "penandatangan.nip \"{1}\" must be 18 digits without spaces (or leave it empty)"
            )
        // MARK: PhoneNumber
        case .writeIndonesianNumberSuchSpaces:
            (
                "tulis nomor Indonesia seperti 081234567890 atau +6281234567890 (spasi dan tanda - boleh)",
                "write an Indonesian number such as 081234567890 or +6281234567890 (spaces and dashes are fine)"
            )
        case .phoneNumberMustStart:
            (
                "nomor telepon harus diawali 0, +62 atau 62",
                "a phone number must start with 0, +62 or 62"
            )
        case .phoneNumberMayHoldOnly:
            (
                "nomor telepon hanya boleh berisi angka, spasi dan tanda -",
                "a phone number may hold only digits, spaces and dashes"
            )
        case .phoneNumberDigitsAfterPrefix:
            (
                "nomor telepon berisi {1} angka setelah awalan, harus 9–13",
                "the phone number has {1} digits after the prefix, it must have 9–13"
            )
        case .secondMayFollowPrefix: ("setelah awalan tidak boleh ada 0 lagi", "no second 0 may follow the prefix")
        // MARK: Policy
        case .memberPublicKeyValid: ("anggota {1}: kunci publik tidak sah", "member {1}: public key is not valid")
        case .sameKeyBelongs: ("kunci yang sama dimiliki {1} dan {2}", "the same key belongs to {1} and {2}")
        case .memberUnknownRole: ("anggota {1}: peran {2} tidak dikenal", "member {1}: unknown role {2}")
        case .memberBerlakuSampaiMustYyyy:
            (
                "anggota {1}: berlaku_sampai harus TTTT-BB-HH",
                "member {1}: berlaku_sampai must be YYYY-MM-DD"
            )
        case .holdsForbiddenCharacterCommaQuote:
            (
                "mengandung karakter terlarang (koma, kutip, *, !, spasi)",
                "holds a forbidden character (comma, quote, *, !, space)"
            )
        case .validEMailAddress: ("bukan alamat email yang sah", "is not a valid e-mail address")
        case .memberEMail: ("anggota {1}: email {2}", "member {1}: e-mail {2}")
        case .memberProblem: ("anggota {1}: {2}", "member {1}: {2}")
        // MARK: PortablePath
        case .emptyPartPathEnd:
            (
                "bagian jalur kosong (`//` atau `/` di ujung)",
                "an empty part of the path (`//` or a `/` at an end)"
            )
        case .mayPartPath: ("`{1}` tidak boleh menjadi bagian jalur", "`{1}` may not be a part of a path")
        case .holdsControlInvisibleCharacterU:
            (
                "`{1}` berisi karakter kendali atau tak terlihat (U+{2})",
                "`{1}` holds a control or invisible character (U+{2})"
            )
        case .holdsWhichWindowsAllowFile:
            (
                "`{1}` berisi `{2}`, yang tidak boleh ada dalam nama berkas di Windows",
                "`{1}` holds `{2}`, which Windows does not allow in a file name"
            )
        case .endsDotSpaceWhichWindows:
            (
                "`{1}` berakhir dengan titik atau spasi, yang dibuang Windows",
                "`{1}` ends in a dot or a space, which Windows drops"
            )
        case .gitSOwnFolderName:
            (
                "`{1}` adalah nama folder git sendiri; git menolak mengeluarkannya",
                "`{1}` is git's own folder name; git refuses to check it out"
            )
        case .deviceNameWindowsReserves:
            (
                "`{1}` adalah nama perangkat yang dicadangkan Windows",
                "`{1}` is a device name Windows reserves"
            )
        // MARK: RecordValidator
        case .recordTypeKnown: ("jenis \"{1}\" tidak dikenal", "record type \"{1}\" is not known")
        case .knownTypes: ("jenis yang ada: {1}", "known types: {1}")
        case .deleteLineKnownFieldsListed:
            (
                "hapus baris ini; kolom yang dikenal tercantum di .berkas/types/{1}/schema.yml",
                "delete this line; known fields are listed in .berkas/types/{1}/schema.yml"
            )
        case .didYouMean: ("mungkin maksudnya `{1}`?", "did you mean `{1}`?")
        case .unknownField: ("kolom tidak dikenal", "unknown field")
        case .mustOneValueList: ("harus satu nilai, bukan daftar", "must be one value, not a list")
        case .writeValue: ("tulis `{1}: nilai`", "write `{1}: value`")
        case .fillIn: ("isi `{1}: …`", "fill in `{1}: …`")
        case .fillInWith: ("isi `{1}`: {2}", "fill in `{1}`: {2}")
        case .required: ("{1} wajib diisi", "{1} is required")
        case .retypeLine: ("ketik ulang baris ini", "retype this line")
        // MARK: RulesLoader
        case .fileMissing: ("berkas tidak ada", "file is missing")
        case .utfText: ("bukan teks UTF-8", "not UTF-8 text")
        case .jenisDiffersFolderName:
            (
                "`jenis: {1}` tidak sama dengan nama folder {2}",
                "`jenis: {1}` differs from the folder name {2}"
            )
        case .fieldStateWorkflow:
            (
                "kolom {1}: status {2} tidak ada di workflow",
                "field {1}: state {2} is not in the workflow"
            )
        case .hariLiburMustFileInside:
            (
                "hari_libur: \"{1}\" harus berupa berkas di dalam .berkas/, misalnya .berkas/hari-libur.yml",
                "hari_libur: \"{1}\" must be a file inside .berkas/, e.g. .berkas/hari-libur.yml"
            )
        case .yyyyMmDdDate: ("{1} bukan tanggal TTTT-BB-HH", "{1} is not a YYYY-MM-DD date")
        case .unknownWorkingDaySeninMinggu:
            (
                "hari kerja {1} tidak dikenal (senin … minggu)",
                "unknown working day {1} (senin … minggu)"
            )
        // MARK: Schema
        case .fieldEnumWithoutValues:
            (
                "kolom {1} bertipe enum tetapi tidak punya `values`",
                "field {1} is an enum without `values`"
            )
        case .schemaLacksField: ("kolom wajib `{1}` tidak ada di skema", "the schema lacks the `{1}` field")
        // MARK: TextRules
        case .holdsControlInvisibleCharacterU2:
            (
                "berisi karakter kendali atau tak terlihat (U+{1}); ketik ulang tanpa menyalin dari dokumen lain",
                "holds a control or invisible character (U+{1}); retype it instead of pasting it"
            )
        case .nameEmpty: ("nama kosong", "the name is empty")
        case .nameLongerThanCharacters: ("nama lebih dari 200 karakter", "the name is longer than 200 characters")
        case .nameHoldsWhichGitStore:
            (
                "nama berisi `<` atau `>`, yang tidak dapat disimpan git sebagai nama penulis",
                "the name holds `<` or `>`, which git cannot store as an author's name"
            )
        case .nameBeginsEndsSpace: ("nama diawali atau diakhiri spasi", "the name begins or ends with a space")
        // MARK: Workflow
        case .exactlyOneStateMustInitial:
            (
                "harus ada tepat satu status `initial: true`",
                "exactly one state must be `initial: true`"
            )
        case .actionNamesUnknownState:
            (
                "aksi {1} menyebut status {2} yang tidak ada",
                "action {1} names an unknown state {2}"
            )
        case .actionStartsFinalState: ("aksi {1} berangkat dari status akhir", "action {1} starts from a final state")
        // MARK: YAMLGuard
        case .holdsControlInvisibleCharacterU3:
            (
                "berisi karakter kendali atau tak terlihat (U+{1})",
                "holds a control or invisible character (U+{1})"
            )
        case .retypeLineInsteadPasting:
            (
                "ketik ulang baris ini tanpa menyalin dari dokumen lain",
                "retype this line instead of pasting it"
            )
        case .lineIndentedTab: ("baris diawali tab", "line is indented with a tab")
        case .indentSpacesTabs: ("pakai spasi untuk menjorok, bukan tab", "indent with spaces, not tabs")
        case .lineKeyValue: ("baris ini bukan `kunci: nilai`", "this line is not `key: value`")
        case .writeValueOneKeyValue:
            (
                "tulis nilai dalam satu baris `kunci: nilai`; untuk teks panjang tulis `kunci: >` lalu baris-baris yang menjorok",
                "write the value on one `key: value` line; for long text write `key: >` and indented lines below"
            )
        case .yamlDirectivesAllowed: ("direktif YAML tidak diperbolehkan", "YAML directives are not allowed")
        case .deleteLine: ("hapus baris ini", "delete this line")
        case .complexKeysAllowed: ("kunci kompleks (`?`) tidak diperbolehkan", "complex keys (`?`) are not allowed")
        case .mergeKeysAllowed: ("kunci gabungan `<<` tidak diperbolehkan", "merge keys (`<<`) are not allowed")
        case .writeEveryFieldOutFull: ("tulis setiap data secara langsung", "write every field out in full")
        case .yamlAnchorsAllowed: ("jangkar YAML (`&`) tidak diperbolehkan", "YAML anchors (`&`) are not allowed")
        case .yamlAliasesAllowed: ("alias YAML (`*`) tidak diperbolehkan", "YAML aliases (`*`) are not allowed")
        case .yamlTagsAllowed: ("tag YAML (`!`) tidak diperbolehkan", "YAML tags (`!`) are not allowed")
        case .writeValueOutFullInside:
            (
                "tulis nilainya lengkap di dalam tanda kutip \"...\"",
                "write the value out in full inside \"...\""
            )
        case .quoteClosedLine: ("tanda kutip tidak ditutup di baris ini", "the quote is not closed on this line")
        case .closeQuoteSameLineLong:
            (
                "tutup tanda kutip di baris yang sama; untuk teks panjang tulis `kunci: >` lalu teksnya di baris-baris berikut yang menjorok",
                "close the quote on the same line; for long text write `key: >` and the text on the indented lines below"
            )
        }
    }
}
