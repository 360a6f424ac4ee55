// long-file: a catalog, one entry per sentence.

import ArgumentParser
import BerkasCore

/// The help of every command and option, and the command line's usage errors, in
/// Indonesian and English: `--help` prints the language of `--lang` or `BERKAS_LANG`
/// (`HelpLanguage`). Raw values are the stable codes.
enum HelpText: String, MessageCatalog {
    case actPerformWorkflowActionSigned = "help.act-perform-workflow-action-signed"
    case actExampleBerkasActRa = "help.act-example-berkas-act-ra"
    case actRecordId = "help.act-record-id"
    case actActionDisposisiPerintahReset = "help.act-action-disposisi-perintah-reset"
    case actStepSNote = "help.act-step-s-note"
    case backupsBackupsSyncKeptSteps = "help.backups-backups-sync-kept-steps"
    case backupsDropBackupOnceSteps = "help.backups-drop-backup-once-steps"
    case berkasOfficeRequestsGitEvery = "help.berkas-office-requests-git-every"
    case commitCommitRecordsEditedHand = "help.commit-commit-records-edited-hand"
    case commitRecordsNoneAllChanged = "help.commit-records-none-all-changed"
    case editChangeRecordSFields = "help.edit-change-record-s-fields"
    case editRecordIdEG = "help.edit-record-id-e-g"
    case globalLanguage = "help.global-language"
    case exportSeparator = "help.export-separator"
    case daftarArsipAbstract = "help.daftar-arsip-abstract"
    case daftarArsipYear = "help.daftar-arsip-year"
    case daftarArsipAll = "help.daftar-arsip-all"
    case retensiAbstract = "help.retensi-abstract"
    case retensiAsOf = "help.retensi-as-of"
    case retensiDestroy = "help.retensi-destroy"
    case retensiOnly = "help.retensi-only"
    case liburAbstract = "help.libur-abstract"
    case jenisAbstract = "help.jenis-abstract"
    case serverAbstract = "help.server-abstract"
    case serverGitolite = "help.server-gitolite"
    case serverGitoliteDir = "help.server-gitolite-dir"
    case serverRepoName = "help.server-repo-name"
    case serverLocal = "help.server-local"
    case serverCgit = "help.server-cgit"
    case serverCgitDir = "help.server-cgit-dir"
    case serverRepoPath = "help.server-repo-path"
    case serverTitle = "help.server-title"
    case jenisList = "help.jenis-list"
    case jenisNew = "help.jenis-new"
    case jenisName = "help.jenis-name"
    case jenisFrom = "help.jenis-from"
    case jenisPrefix = "help.jenis-prefix"
    case jenisTitle = "help.jenis-title"
    case liburList = "help.libur-list"
    case liburYear = "help.libur-year"
    case liburAdd = "help.libur-add"
    case liburName = "help.libur-name"
    case liburCollectiveLeave = "help.libur-collective-leave"
    case liburRemove = "help.libur-remove"
    case liburImport = "help.libur-import"
    case liburImportFile = "help.libur-import-file"
    case exportNoBom = "help.export-no-bom"
    case exportSeparatorInvalid = "help.export-separator-invalid"
    case globalVerbose = "help.global-verbose"
    case globalLanguageInvalid = "help.global-language-invalid"
    case globalKey = "help.global-key"
    case globalSet = "help.global-set"
    case globalSetInvalid = "help.global-set-invalid"
    case hooksInstallGitHooks = "help.hooks-install-git-hooks"
    case hooksValidateRecordsCommittedPlain = "help.hooks-validate-records-committed-plain"
    case hooksCentralBareRepository = "help.hooks-central-bare-repository"
    case hooksRunGit = "help.hooks-run-git"
    case initCreateArchiveSignerBecomes = "help.init-create-archive-signer-becomes"
    case initNewArchiveFolderAbsent = "help.init-new-archive-folder-absent"
    case initAdministratorSFullName = "help.init-administrator-s-full-name"
    case initAdministratorSEMail = "help.init-administrator-s-e-mail"
    case initAdministratorSNip = "help.init-administrator-s-nip"
    case initFurtherRolesRepeatable = "help.init-further-roles-repeatable"
    case initOfficeName = "help.init-office-name"
    case keySshKeysNewStaff = "help.key-ssh-keys-new-staff"
    case keyRememberKeyCloneKey = "help.key-remember-key-clone-key"
    case keyKeyFilePrivatePub = "help.key-key-file-private-pub"
    case keyMakeEd25519KeyPrint = "help.key-make-ed25519-key-print"
    case keyKeyFileDefaultSsh = "help.key-key-file-default-ssh"
    case keyCommentEGE = "help.key-comment-e-g-e"
    case listRecordsQueues = "help.list-records-queues"
    case listOnlyStatus = "help.list-only-status"
    case listWhatWaitsYourRoles = "help.list-what-waits-your-roles"
    case listPastTheirStandardTime = "help.list-past-their-standard-time"
    case listFinishedOnesTooDefault = "help.list-finished-ones-too-default"
    case logAuditTrail = "help.log-audit-trail"
    case logRecordIdNoneWhole = "help.log-record-id-none-whole"
    case memberArchiveMembersKeysPengelola = "help.member-archive-members-keys-pengelola"
    case memberAddMember = "help.member-add-member"
    case memberRoleRepeatable = "help.member-role-repeatable"
    case memberPublicKeyFile = "help.member-public-key-file"
    case memberLastValidDayYyyy = "help.member-last-valid-day-yyyy"
    case memberRemoveMember = "help.member-remove-member"
    case memberMemberSEMail = "help.member-member-s-e-mail"
    case memberAddKeyMember = "help.member-add-key-member"
    case memberRetireMemberSKey = "help.member-retire-member-s-key"
    case memberListMembers = "help.member-list-members"
    case newRecordNewRequest = "help.new-record-new-request"
    case newExampleBerkasNewSet = "help.new-example-berkas-new-set"
    case newRecordTypeDefaultArchive = "help.new-record-type-default-archive"
    case newOpenEditor = "help.new-open-editor"
    case renderFilledRequestLetterPaper = "help.render-filled-request-letter-paper"
    case reportStandardTimeCompliancePer = "help.report-standard-time-compliance-per"
    case reportStepsStartedAfterYyyy = "help.report-steps-started-after-yyyy"
    case reportStepsStartedBeforeYyyy = "help.report-steps-started-before-yyyy"
    case showRecordSFieldsStatus = "help.show-record-s-fields-status"
    case syncFetchReplayYourOwn = "help.sync-fetch-replay-your-own"
    case syncCentralRepositorySRemote = "help.sync-central-repository-s-remote"
    case validateCheckRecordsAllWhen = "help.validate-check-records-all-when"
    case validateFilesFolders = "help.validate-files-folders"
    case validateCheckStagedRecords = "help.validate-check-staged-records"
    case verifyVerifyWholeHistoryUnder = "help.verify-verify-whole-history-under"
    case verifyOnlyCommitsAfterOld = "help.verify-only-commits-after-old"
    case verifyIgnoreVerificationCache = "help.verify-ignore-verification-cache"
    case verifyArchiveSRecordedFingerprint = "help.verify-archive-s-recorded-fingerprint"
    case verifyRange = "help.verify-range"
    case verifyFingerprintLeastHexDigits = "help.verify-fingerprint-least-hex-digits"
    case whoamiYourKeyMemberEntry = "help.whoami-your-key-member-entry"
    case rootDiscussion = "help.root-discussion"
    case rootFolderNeeded = "help.root-folder-needed"
    case rootCannotEnter = "help.root-cannot-enter"
    case backupsRedo = "help.backups-redo"

    var texts: (id: String, en: String) {
        switch self {
        case .actPerformWorkflowActionSigned:
            (
                "Lakukan satu langkah SOP sebagai commit bertanda tangan.",
                "Perform a workflow action as a signed commit."
            )
        case .actExampleBerkasActRa:
            (
                "Contoh: berkas act RA-2026-0001 disposisi --note \"Diteruskan kepada Kepala LPSE.\"",
                "Example: berkas act RA-2026-0001 disposisi --note \"Diteruskan kepada Kepala LPSE.\""
            )
        case .actRecordId: ("Nomor registrasi.", "Record ID.")
        case .actActionDisposisiPerintahReset:
            (
                "Aksi: disposisi, perintah, reset, kirim, tolak.",
                "Action: disposisi, perintah, reset, kirim, tolak."
            )
        case .actStepSNote: ("Catatan langkah (disposisi, perintah, alasan penolakan).", "The step's note.")
        case .backupsBackupsSyncKeptSteps:
            (
                "Cadangan yang disimpan sync dan langkah di dalamnya.",
                "The backups sync kept and the steps in them."
            )
        case .backupsDropBackupOnceSteps:
            (
                "Hapus cadangan ini (sesudah langkahnya dilakukan lagi).",
                "Drop this backup (once its steps are redone)."
            )
        case .berkasOfficeRequestsGitEvery:
            (
                "Arsip surat permintaan dalam git, setiap langkah ditandatangani.",
                "Office requests in git, every step signed."
            )
        case .commitCommitRecordsEditedHand:
            (
                "Simpan berkas dan pengaturan yang diubah di penyunting teks: periksa, lalu commit bertanda tangan.",
                "Commit records and settings edited by hand."
            )
        case .commitRecordsNoneAllChanged:
            (
                "Berkas, atau pengaturan di .berkas/ (tanpa: semua yang berubah).",
                "Records, or settings under .berkas/ (none: all changed)."
            )
        case .editChangeRecordSFields: ("Ubah isian berkas (--set, atau di $EDITOR).", "Change a record's fields.")
        case .editRecordIdEG: ("Nomor registrasi, mis. RA-2026-0001.", "Record ID, e.g. RA-2026-0001.")
        case .globalLanguage: ("Bahasa pesan: id | en.", "Message language: id | en.")
        case .globalVerbose: ("Tampilkan rincian teknis kesalahan.", "Show technical details of errors.")
        case .globalLanguageInvalid: ("--lang harus id atau en", "--lang must be id or en")
        case .globalKey: ("Kunci SSH penanda tangan (berkas privat, atau .pub dengan ssh-agent).", "Signing key.")
        case .globalSet: ("Isi kolom: field=value.", "Set a field: field=value.")
        case .globalSetInvalid: ("--set {1}: tulis field=value", "--set {1}: write field=value")
        case .hooksInstallGitHooks: ("Pasang git hook.", "Install git hooks.")
        case .hooksValidateRecordsCommittedPlain:
            (
                "pre-commit: periksa berkas yang di-commit dengan git biasa.",
                "pre-commit: validate records committed with plain git."
            )
        case .hooksCentralBareRepository:
            (
                "pre-receive di repositori pusat (bare).",
                "pre-receive in the central bare repository."
            )
        case .hooksRunGit: ("Dijalankan oleh git.", "Run by git.")
        case .initCreateArchiveSignerBecomes:
            (
                "Buat arsip baru; penanda tangan menjadi pengelola pertama.",
                "Create an archive; the signer becomes its first pengelola."
            )
        case .initNewArchiveFolderAbsent:
            (
                "Folder arsip baru (belum ada atau kosong).",
                "New archive folder (absent or empty)."
            )
        case .initAdministratorSFullName:
            (
                "Nama lengkap pengelola (bawaan: git config user.name).",
                "Administrator's full name (default: git config user.name)."
            )
        case .initAdministratorSEMail:
            (
                "Email pengelola (bawaan: git config user.email).",
                "Administrator's e-mail (default: git config user.email)."
            )
        case .initAdministratorSNip: ("NIP pengelola (18 angka).", "Administrator's NIP.")
        case .initFurtherRolesRepeatable:
            (
                "Peran tambahan selain pengelola (boleh berulang).",
                "Further roles (repeatable)."
            )
        case .initOfficeName: ("Nama kantor.", "Office name.")
        case .keySshKeysNewStaff: ("Kunci SSH untuk staf baru.", "SSH keys for new staff.")
        case .keyRememberKeyCloneKey:
            (
                "Ingat kunci ini di klon arsip ini (tanpa --key lagi).",
                "Remember this key in this clone (no --key again)."
            )
        case .keyKeyFilePrivatePub:
            (
                "Berkas kunci (privat, atau .pub bila kuncinya di ssh-agent).",
                "Key file (private, or .pub with the key in ssh-agent)."
            )
        case .keyMakeEd25519KeyPrint:
            (
                "Buat kunci ed25519 (kata sandi ditanyakan ssh-keygen) dan cetak baris kunci publik untuk pengelola.",
                "Make an ed25519 key and print its public line."
            )
        case .keyKeyFileDefaultSsh:
            (
                "Berkas kunci (bawaan ~/.ssh/id_ed25519_berkas).",
                "Key file (default ~/.ssh/id_ed25519_berkas)."
            )
        case .keyCommentEGE: ("Komentar, mis. email.", "Comment, e.g. e-mail.")
        case .listRecordsQueues: ("Daftar berkas dan antrean.", "Records and queues.")
        case .daftarArsipAbstract:
            (
                "Daftar arsip aktif, dari riwayat bertanda tangan.",
                "The list of active records, from the signed history."
            )
        case .daftarArsipYear: ("Hanya berkas yang dicatat pada tahun ini.", "Only records registered in this year.")
        case .daftarArsipAll:
            (
                "Juga berkas yang masa aktifnya sudah berakhir.",
                "Also records whose active period has ended."
            )
        case .retensiAbstract:
            (
                "Berkas yang masa aktif atau retensinya berakhir.",
                "Records whose active period or retention has ended."
            )
        case .retensiAsOf:
            ("Per tanggal ini (YYYY-MM-DD; bawaan: hari ini).", "As of this date (YYYY-MM-DD; default: today).")
        case .serverAbstract:
            (
                "Repositori pusat di server git: akses gitolite dari daftar anggota, tampilan cgit untuk pemeriksa.",
                "The central repository on a git server: gitolite access from the member list, a cgit view for reviewers."
            )
        case .serverGitolite:
            (
                "Tulis kunci anggota dan konfigurasi akses gitolite dari policy.yml di main.",
                "Write the members' keys and gitolite's access configuration from policy.yml on main."
            )
        case .serverGitoliteDir: ("Folder admin gitolite (~/.gitolite).", "gitolite's admin folder (~/.gitolite).")
        case .serverRepoName:
            ("Nama repositori arsip (bawaan: arsip).", "The archive's repository name (default: arsip).")
        case .serverLocal:
            ("Folder LOCAL_CODE gitolite (bawaan: ~/local).", "gitolite's LOCAL_CODE folder (default: ~/local).")
        case .serverCgit:
            ("Tulis cgitrc dan filter cgit untuk arsip.", "Write a cgitrc and cgit's filters for the archive.")
        case .serverCgitDir: ("Folder untuk cgitrc dan filternya.", "The folder for cgitrc and its filters.")
        case .serverRepoPath: ("Jalur repositori pusat (bare).", "The central (bare) repository's path.")
        case .serverTitle: ("Judul halaman cgit.", "The cgit page title.")
        case .jenisAbstract:
            ("Jenis berkas arsip ini (satu SOP per jenis).", "The archive's record types (one SOP each).")
        case .jenisList: ("Jenis, awalan nomor, judul dan langkahnya.", "Types, number prefixes, titles and steps.")
        case .jenisNew:
            (
                "Salin jenis yang ada menjadi jenis baru untuk disunting, lalu `berkas commit` (pengelola).",
                "Copy an existing type into a new one to edit, then `berkas commit` (pengelola)."
            )
        case .jenisName:
            ("Nama jenis baru, mis. permintaan-akun-baru.", "The new type's name, e.g. permintaan-akun-baru.")
        case .jenisFrom: ("Jenis yang disalin.", "The type to copy.")
        case .jenisPrefix:
            (
                "Awalan nomor registrasi, mis. AB (AB-2027-0001).",
                "The registration number prefix, e.g. AB (AB-2027-0001)."
            )
        case .jenisTitle:
            (
                "Judul jenis, mis. \"Permintaan Akun Baru SPSE\".",
                "The type's title, e.g. \"Permintaan Akun Baru SPSE\"."
            )
        case .liburAbstract:
            (
                "Daftar hari libur nasional dan cuti bersama yang tidak dihitung sebagai hari kerja (pengelola mengubahnya).",
                "The national holidays and collective leave not counted as working days (the pengelola changes them)."
            )
        case .liburList: ("Hari libur satu tahun.", "A year's holidays.")
        case .liburYear: ("Tahun (bawaan: tahun ini).", "The year (default: this year).")
        case .liburAdd:
            ("Tambah satu hari libur (satu commit bertanda tangan).", "Add one holiday (one signed commit).")
        case .liburName: ("Nama hari libur, mis. \"Hari Suci Nyepi\".", "The holiday's name, e.g. \"Hari Suci Nyepi\".")
        case .liburCollectiveLeave:
            (
                "Cuti bersama (namanya diawali \"Cuti bersama\").",
                "Collective leave (its name starts with \"Cuti bersama\")."
            )
        case .liburRemove: ("Hapus hari libur pada tanggal itu.", "Remove the holiday on that date.")
        case .liburImport:
            (
                "Masukkan daftar hari libur dari berkas teks atau CSV seperti diterbitkan SKB: satu hari libur per baris, tanggal lalu nama (satu commit).",
                "Enter holidays from a text or CSV file as the SKB publishes them: one per line, date then name (one commit)."
            )
        case .liburImportFile: ("Berkas daftar hari libur.", "The holiday list file.")
        case .retensiOnly:
            (
                "Dengan --musnahkan: hanya berkas ini (dapat diulang), bila berita acara menyebut lebih sedikit dari yang jatuh tempo.",
                "With --musnahkan: only this record (repeatable), when the berita acara names fewer than are due."
            )
        case .retensiDestroy:
            (
                "Laksanakan berita acara pemusnahan bernomor ini: satu commit pengelola bertanda tangan yang menghapus berkas yang retensinya berakhir hari ini dengan nasib akhir musnah, beserta lampirannya.",
                "Carry out the berita acara pemusnahan with this number: one signed pengelola commit removing the records whose retention ended by today with the final disposition musnah, with their attachments."
            )
        case .exportSeparator:
            (
                "Pemisah kolom CSV: , (bawaan) atau ; (untuk spreadsheet berbahasa Indonesia; angka lalu memakai koma desimal).",
                "CSV column separator: , (default) or ; (for spreadsheets in an Indonesian locale; numbers then use a decimal comma)."
            )
        case .exportNoBom:
            (
                "CSV tanpa tanda urutan bita (BOM) di awal; tanpa BOM, spreadsheet dapat salah membaca huruf non-ASCII.",
                "CSV without the byte-order mark at its start; without it a spreadsheet may misread non-ASCII letters."
            )
        case .exportSeparatorInvalid:
            ("--separator `{1}`: pilih , atau ;", "--separator `{1}`: choose , or ;")
        case .listOnlyStatus: ("Hanya status ini.", "Only this status.")
        case .listWhatWaitsYourRoles: ("Yang menunggu peran Anda.", "What waits for your roles.")
        case .listPastTheirStandardTime: ("Yang melewati mutu baku.", "Past their standard time.")
        case .listFinishedOnesTooDefault:
            (
                "Juga yang sudah selesai atau ditolak (bawaan: hanya yang masih berjalan).",
                "Finished ones too (default: open only)."
            )
        case .logAuditTrail:
            (
                "Jejak audit: siapa, peran, aksi, kapan, dan keabsahan tanda tangannya.",
                "The audit trail."
            )
        case .logRecordIdNoneWhole: ("Nomor registrasi (tanpa: seluruh arsip).", "Record ID (none: the whole archive).")
        case .memberArchiveMembersKeysPengelola:
            (
                "Anggota arsip dan kuncinya (hanya pengelola).",
                "Archive members and keys (pengelola only)."
            )
        case .memberAddMember: ("Tambah anggota.", "Add a member.")
        case .memberRoleRepeatable: ("Peran (boleh berulang).", "Role (repeatable).")
        case .memberPublicKeyFile: ("Berkas kunci publik (.pub).", "Public key file.")
        case .memberLastValidDayYyyy:
            (
                "Hari terakhir keanggotaan berlaku (YYYY-MM-DD).",
                "Last valid day (YYYY-MM-DD)."
            )
        case .memberRemoveMember: ("Cabut anggota.", "Remove a member.")
        case .memberMemberSEMail: ("Email atau NIP anggota.", "Member's e-mail or NIP.")
        case .memberAddKeyMember: ("Tambah kunci anggota.", "Add a key to a member.")
        case .memberRetireMemberSKey: ("Pensiunkan kunci anggota.", "Retire a member's key.")
        case .memberListMembers: ("Daftar anggota.", "List members.")
        case .newRecordNewRequest: ("Catat surat permintaan baru.", "Record a new request.")
        case .newExampleBerkasNewSet:
            (
                "Contoh: berkas new --set nama=\"Budi Santoso\" --set nip=198507122010011003 ...",
                "Example: berkas new --set nama=\"Budi Santoso\" --set nip=198507122010011003 ..."
            )
        case .newRecordTypeDefaultArchive:
            (
                "Jenis berkas (bawaan: jenis pertama arsip).",
                "Record type (default: the archive's first type)."
            )
        case .newOpenEditor: ("Buka penyunting teks ($EDITOR).", "Open $EDITOR.")
        case .renderFilledRequestLetterPaper:
            (
                "Surat permintaan terisi, untuk arsip kertas.",
                "The filled request letter, for the paper file."
            )
        case .reportStandardTimeCompliancePer:
            (
                "Kepatuhan mutu baku per langkah dan pelaksana.",
                "Standard-time compliance per step and performer."
            )
        case .reportStepsStartedAfterYyyy:
            (
                "Langkah yang dimulai sejak tanggal ini (YYYY-MM-DD).",
                "Steps started on or after (YYYY-MM-DD)."
            )
        case .reportStepsStartedBeforeYyyy:
            (
                "Langkah yang dimulai sampai tanggal ini (YYYY-MM-DD).",
                "Steps started on or before (YYYY-MM-DD)."
            )
        case .showRecordSFieldsStatus:
            (
                "Isi berkas, status, langkah berikutnya dan riwayatnya.",
                "A record's fields, status, next steps and timeline."
            )
        case .syncFetchReplayYourOwn:
            (
                "Ambil dari pusat, kirim commit Anda (ditandatangani ulang).",
                "Fetch, replay your own commits re-signed, push."
            )
        case .syncCentralRepositorySRemote: ("Nama remote repositori pusat.", "The central repository's remote.")
        case .validateCheckRecordsAllWhen:
            (
                "Periksa berkas (semua bila tanpa PATH).",
                "Check records (all when no PATH)."
            )
        case .validateFilesFolders: ("Berkas atau folder.", "Files or folders.")
        case .validateCheckStagedRecords:
            (
                "Periksa berkas yang akan di-commit (pre-commit hook).",
                "Check the staged records."
            )
        case .verifyVerifyWholeHistoryUnder:
            (
                "Periksa seluruh riwayat dengan aturan yang berlaku saat itu.",
                "Verify the whole history under the rules in force at each commit."
            )
        case .verifyOnlyCommitsAfterOld: ("Hanya commit setelah LAMA: LAMA..BARU.", "Only commits after OLD: OLD..NEW.")
        case .verifyIgnoreVerificationCache: ("Abaikan cache verifikasi.", "Ignore the verification cache.")
        case .verifyArchiveSRecordedFingerprint:
            (
                "Sidik arsip yang tercatat: riwayat harus bermula dari commit ini.",
                "The archive's recorded fingerprint: the history must start at this commit."
            )
        case .verifyRange: ("--root: tanpa --range", "--root: not with --range")
        case .verifyFingerprintLeastHexDigits:
            (
                "--root: sidik arsip, sedikitnya 10 angka heksadesimal",
                "--root: the fingerprint, at least 10 hex digits"
            )
        case .whoamiYourKeyMemberEntry:
            (
                "Kunci Anda, data anggota dan peran Anda.",
                "Your key, member entry and roles."
            )
        case .rootDiscussion:
            (
                "Jalankan dari dalam folder arsip, atau dengan -C FOLDER sebelum perintah (seperti git).\nKode keluar: 0 berhasil, 1 data atau riwayat tidak sah, 64 salah penggunaan, 75 coba lagi, 77 tidak berwenang.",
                "Run inside an archive, or with -C DIR before the command (as with git).\nExit codes: 0 ok, 1 invalid data or history, 64 usage, 75 try again, 77 not allowed."
            )
        case .rootFolderNeeded: ("berkas: -C perlu nama folder", "berkas: -C needs a folder")
        case .rootCannotEnter: ("berkas: folder {1} tidak ada", "berkas: cannot enter {1}")
        case .backupsRedo:
            (
                "Lakukan lagi langkah cadangan ini pada berkas sekarang, sebagai commit bertanda tangan Anda.",
                "Redo this backup's steps on the records as they are now, as commits signed by you."
            )
        }
    }

    /// In the language help is printed in.
    var text: String { self().text(HelpLanguage.current) }
    var help: ArgumentHelp { ArgumentHelp(text) }
}
