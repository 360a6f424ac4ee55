// long-file: a catalog, one entry per sentence.

import BerkasCore

/// Every sentence the command line say to a person, in Indonesian and English.
/// The raw value is the sentence's stable code (errors carry it, `--format json`
/// prints it); `{1}`, `{2}`, … are filled in order. The office reviews its
/// wording here; the completeness test checks both languages and their placeholders.
public enum CommandText: String, MessageCatalog {
    // MARK: ActCommand
    case signed = "cmd.signed"
    case alreadyRecordedNothingNewWritten = "cmd.already-recorded-nothing-new-written"
    // MARK: BackupsCommand
    case backupDropped = "cmd.backup-dropped"
    case backups = "cmd.backups"
    case everyStepMainDropped = "cmd.every-step-main-dropped"
    case seeStepGitShowId = "cmd.see-step-git-show-id"
    // MARK: CommitCommand
    case nothingCommit = "cmd.nothing-commit"
    // MARK: RetensiCommand
    case nothingToDestroy = "cmd.nothing-to-destroy"
    case destroyed = "cmd.destroyed"
    case destroyedStillInHistory = "cmd.destroyed-still-in-history"
    case destroyOnlyToday = "cmd.destroy-only-today"
    case onlyWithDestroy = "cmd.only-with-destroy"
    case changed = "cmd.changed"
    case settingsSaved = "cmd.settings-saved"
    // MARK: ServerCommand
    case gitoliteWritten = "cmd.gitolite-written"
    case pushedByGitoliteUser = "cmd.pushed-by-gitolite-user"
    case gitoliteAddInclude = "cmd.gitolite-add-include"
    case gitoliteApply = "cmd.gitolite-apply"
    case cgitWritten = "cmd.cgit-written"
    // MARK: JenisCommand
    case typeMade = "cmd.type-made"
    case typeNextSteps = "cmd.type-next-steps"
    // MARK: LiburCommand
    case holidaysUnchanged = "cmd.holidays-unchanged"
    case holidaysOfYear = "cmd.holidays-of-year"
    case holidaysNoMovable = "cmd.holidays-no-movable"
    // MARK: EditCommand
    case nothingChanged = "cmd.nothing-changed"
    // MARK: HooksCommand
    case gitRepositoryUseCRepo = "cmd.git-repository-use-c-repo"
    case installed = "cmd.installed"
    case berkasPushRefused = "cmd.berkas-push-refused"
    case nothingChangedCentralRepositoryRun = "cmd.nothing-changed-central-repository-run"
    // MARK: KeyCommand
    case cloneNowSignsKeyLonger = "cmd.clone-now-signs-key-longer"
    case cloneNowSignsKeyArchive = "cmd.clone-now-signs-key-archive"
    case keyWrittenPublicPartPub = "cmd.key-written-public-part-pub"
    case giveLineArchiveAdministratorPengelola = "cmd.give-line-archive-administrator-pengelola"
    // MARK: LogCommand
    case signatureGood = "cmd.signature-good"
    case valid = "cmd.valid"
    // MARK: NewCommand
    case requestAlreadyRecordedNothingNew = "cmd.request-already-recorded-nothing-new"
    case recordedSigned = "cmd.recorded-signed"
    // MARK: ShowCommand
    case status = "cmd.status"
    case finalRecordNeverChangesAgain = "cmd.final-record-never-changes-again"
    case next = "cmd.next"
    case youMay = "cmd.you-may"
    case timeline = "cmd.timeline"
    // MARK: SyncCommand
    case takenCentralRepositoryMeanwhileYour = "cmd.taken-central-repository-meanwhile-your"
    case synchronisedCommitSReceivedSent = "cmd.synchronised-commit-s-received-sent"
    case sentChangedCentralRepositoryMeanwhile = "cmd.sent-changed-central-repository-meanwhile"
    case yourStepKeptNothingLost = "cmd.your-step-kept-nothing-lost"
    // MARK: ValidateCommand
    case recordSCheckedAllValid = "cmd.record-s-checked-all-valid"
    case problemSRecordS = "cmd.problem-s-record-s"
    case nothingCommittedFixRecordThen = "cmd.nothing-committed-fix-record-then"
    // MARK: VerifyCommand
    case gitRepositoryUseCDir = "cmd.git-repository-use-c-dir"
    case historyStartsRecordedFingerprintArchive = "cmd.history-starts-recorded-fingerprint-archive"
    case verifying = "cmd.verifying"
    case earlierCommitsAlreadyVerified = "cmd.earlier-commits-already-verified"
    case commitSCheckedAllValid = "cmd.commit-s-checked-all-valid"
    case archiveFingerprintFirstCommit = "cmd.archive-fingerprint-first-commit"
    case violationSCommitS = "cmd.violation-s-commit-s"
    // MARK: WhoamiCommand
    case key = "cmd.key"
    case fingerprint = "cmd.fingerprint"
    case insideArchiveUseCDir = "cmd.inside-archive-use-c-dir"
    case name = "cmd.name"
    case roles = "cmd.roles"
    case validUntil = "cmd.valid-until"
    case nothingWaitingYou = "cmd.nothing-waiting-you"
    case waitingYou = "cmd.waiting-you"
    case keyRegisteredArchiveGiveLine = "cmd.key-registered-archive-give-line"
    // MARK: InitCommand
    case initNewArchive = "cmd.init-new-archive"
    case initFirstPengelola = "cmd.init-first-pengelola"
    case initSignedCommit = "cmd.init-signed-commit"
    case initFingerprint = "cmd.init-fingerprint"
    // MARK: BackupsCommand --redo
    case backupStepRedone = "cmd.backup-step-redone"
    case backupStepAlreadyInMain = "cmd.backup-step-already-in-main"
    case backupStepStopped = "cmd.backup-step-stopped"

    public var texts: (id: String, en: String) {
        switch self {
        // MARK: ActCommand
        case .signed: ("sebagai {1}, ditandatangani {2}", "as {1}, signed {2}")
        case .alreadyRecordedNothingNewWritten:
            (
                "{1}: {2} ({3} → {4}) sudah tercatat ({5}); tidak ada yang ditulis lagi",
                "{1}: {2} ({3} → {4}) was already recorded ({5}); nothing new was written"
            )
        // MARK: BackupsCommand
        case .backupDropped: ("Cadangan {1} dihapus.", "Backup {1} dropped.")
        case .backups: ("Tidak ada cadangan.", "No backups.")
        case .everyStepMainDropped:
            (
                "  (semua langkahnya sudah ada di main: boleh dihapus)",
                "  (every step is in main: it can be dropped)"
            )
        case .seeStepGitShowId:
            (
                "Lihat langkah dengan `git show ID`; lakukan lagi dengan berkas bila masih perlu; lalu `berkas backups --drop NAMA`.",
                "See a step with `git show ID`; redo it with berkas if still needed; then `berkas backups --drop NAME`."
            )
        // MARK: CommitCommand
        case .nothingCommit: ("Tidak ada perubahan untuk disimpan.", "Nothing to commit.")
        // MARK: RetensiCommand
        case .nothingToDestroy:
            (
                "Per {1} tidak ada berkas yang retensinya berakhir dengan nasib akhir musnah; tidak ada yang dimusnahkan.",
                "As of {1} no record's retention has ended with the final disposition musnah; nothing was destroyed."
            )
        case .destroyed:
            (
                "Dimusnahkan menurut berita acara {1}: {2} berkas ({3}), commit {4}.",
                "Destroyed under the berita acara {1}: {2} record(s) ({3}), commit {4}."
            )
        case .destroyedStillInHistory:
            (
                "Berkas itu tidak lagi muncul di daftar dan laporan; isinya tetap terbaca dalam riwayat git setiap salinan arsip (README: Klasifikasi, retensi dan akses). Kirim ke pusat dengan `berkas sync`.",
                "The records no longer appear in lists and reports; their content stays readable in the git history of every copy of the archive (README: Classification, retention and access). Send it to the central repository with `berkas sync`."
            )
        case .onlyWithDestroy:
            (
                "--hanya hanya berlaku bersama --musnahkan NOMOR-BERITA-ACARA.",
                "--hanya only goes with --musnahkan BERITA-ACARA-NUMBER."
            )
        case .destroyOnlyToday:
            (
                "--musnahkan memusnahkan per hari ini; --per hanya untuk melihat daftar. Lihat dulu `berkas retensi`, lalu jalankan `berkas retensi --musnahkan NOMOR`.",
                "--musnahkan destroys as of today; --per is only for looking at the lists. Look at `berkas retensi` first, then run `berkas retensi --musnahkan NUMBER`."
            )
        case .changed: ("{1}: diubah {2} ({3})", "{1}: changed {2} ({3})")
        case .settingsSaved: ("Pengaturan disimpan ({1}, {2}):", "Settings saved ({1}, {2}):")
        // MARK: ServerCommand
        case .gitoliteWritten:
            (
                "Akses gitolite ditulis: {1} anggota, {2} kunci ({3}; {4}). Hook repositori:",
                "gitolite access written: {1} members, {2} keys ({3}; {4}). Repository hooks:"
            )
        case .pushedByGitoliteUser:
            (
                "Dikirim oleh pengguna gitolite {1}; yang dinilai adalah tanda tangan setiap commit, bukan siapa yang mengirim.",
                "Pushed by the gitolite user {1}; what is judged is each commit's signature, not who pushed."
            )
        case .gitoliteAddInclude:
            (
                "Tambahkan baris ini ke conf/gitolite.conf (sekali): {1}",
                "Add this line to conf/gitolite.conf (once): {1}"
            )
        case .gitoliteApply:
            (
                "Lalu, sebagai pengguna gitolite: `gitolite compile && gitolite trigger POST_COMPILE`.",
                "Then, as the gitolite user: `gitolite compile && gitolite trigger POST_COMPILE`."
            )
        case .cgitWritten:
            (
                "cgit untuk arsip ditulis; arahkan CGIT_CONFIG ke cgitrc ini:",
                "cgit for the archive written; point CGIT_CONFIG at this cgitrc:"
            )
        // MARK: JenisCommand
        case .typeMade: ("Jenis {1} dibuat dari {2} (belum disimpan):", "Type {1} made from {2} (not saved yet):")
        case .typeNextSteps:
            (
                "Sunting berkas-berkas itu sesuai SOP-nya (judul, kolom, langkah, mutu baku, surat), lalu simpan dengan `berkas commit` (pengelola), yang memeriksanya lebih dulu.",
                "Edit those files to the SOP (title, fields, steps, standard times, letter), then save with `berkas commit` (pengelola), which checks them first."
            )
        // MARK: LiburCommand
        case .holidaysUnchanged:
            (
                "Daftar hari libur sudah begitu; tidak ada yang disimpan.",
                "The holiday list already says so; nothing saved."
            )
        case .holidaysOfYear: ("Hari libur {1} ({2}): {3}", "Holidays {1} ({2}): {3}")
        case .holidaysNoMovable:
            (
                "Hari libur bergerak {1} (Idul Fitri, Nyepi, Waisak, cuti bersama …) belum dimasukkan: `berkas libur impor FILE`.",
                "The movable holidays of {1} (Idul Fitri, Nyepi, Waisak, collective leave …) are not entered yet: `berkas libur impor FILE`."
            )
        // MARK: EditCommand
        case .nothingChanged: ("{1}: tidak ada perubahan", "{1}: nothing changed")
        // MARK: HooksCommand
        case .gitRepositoryUseCRepo:
            (
                "bukan repositori git — pakai -C REPO.git",
                "not a git repository — use -C REPO.git"
            )
        case .installed: ("Terpasang: {1}", "Installed {1}")
        case .berkasPushRefused: ("berkas: dorongan ditolak", "berkas: push refused")
        case .nothingChangedCentralRepositoryRun:
            (
                "Tidak ada yang berubah di pusat. Jalankan `berkas verify` di klon Anda untuk melihat commit-commit ini; buat langkah dengan berkas (new, act, edit, commit) dan bagikan dengan `berkas sync`.",
                "Nothing changed in the central repository. Run `berkas verify` in your clone to see these commits; make steps with berkas (new, act, edit, commit) and share them with `berkas sync`."
            )
        // MARK: KeyCommand
        case .cloneNowSignsKeyLonger:
            (
                "Klon ini sekarang menandatangani dengan {1} ({2}); --key tidak perlu lagi di sini.",
                "This clone now signs with {1} ({2}); --key is no longer needed here."
            )
        case .cloneNowSignsKeyArchive:
            (
                "Klon ini sekarang menandatangani dengan {1}. Kunci ini belum terdaftar sebagai anggota: serahkan baris kunci publiknya kepada pengelola (`berkas whoami`).",
                "This clone now signs with {1}. The key is not in the archive's members yet: give the pengelola its public line (`berkas whoami`)."
            )
        case .keyWrittenPublicPartPub:
            (
                "Kunci ditulis ke {1} (bagian publik: {1}.pub).",
                "Key written to {1} (public part: {1}.pub)."
            )
        case .giveLineArchiveAdministratorPengelola:
            (
                "Serahkan baris ini kepada pengelola arsip:",
                "Give this line to the archive administrator (pengelola):"
            )
        // MARK: LogCommand
        case .signatureGood: ("tanda tangan sah ({1})", "signature good ({1})")
        case .valid: ("TIDAK SAH: ", "NOT VALID: ")
        // MARK: NewCommand
        case .requestAlreadyRecordedNothingNew:
            (
                "Surat ini sudah tercatat ({1}); tidak ada yang ditulis lagi.",
                "This request was already recorded ({1}); nothing new was written."
            )
        case .recordedSigned: ("Tercatat dan ditandatangani ({1}).", "Recorded and signed ({1}).")
        // MARK: ShowCommand
        case .status: ("Status: ", "Status: ")
        case .finalRecordNeverChangesAgain:
            (
                "Status akhir: berkas ini tidak berubah lagi.",
                "Final: this record never changes again."
            )
        case .next: ("Langkah berikutnya:", "Next:")
        case .youMay: ("  ← Anda berwenang", "  ← you may")
        case .timeline: ("Riwayat:", "Timeline:")
        // MARK: SyncCommand
        case .takenCentralRepositoryMeanwhileYour:
            (
                "{1} sudah dipakai di pusat: berkas Anda sekarang {2}",
                "{1} was taken in the central repository meanwhile: your record is now {2}"
            )
        case .synchronisedCommitSReceivedSent:
            (
                "Sinkron: {1} commit diterima, {2} dikirim; main di {3}.",
                "Synchronised: {1} commit(s) received, {2} sent; main is at {3}."
            )
        case .sentChangedCentralRepositoryMeanwhile:
            (
                "TIDAK DIKIRIM: {1} {2} ({3}) — {1} sudah diubah di pusat oleh {4}.",
                "NOT SENT: {1} {2} ({3}) — {1} was changed in the central repository meanwhile by {4}."
            )
        case .yourStepKeptNothingLost:
            (
                "Langkah Anda disimpan, tidak ada yang hilang (riwayat Anda sebelumnya: {1}; `berkas backups` menunjukkannya). Lihat apa yang Anda ubah dengan\n  git show {2}\nBila masih perlu pada keadaan {3} sekarang, berkas melakukannya lagi (tanpa menimpa perubahan orang lain):\n  berkas backups --redo {4}\nlalu jalankan `berkas sync`.",
                "Your step is kept, nothing is lost (your history as it was: {1}; `berkas backups` lists it). See what you changed with\n  git show {2}\nIf it is still needed on {3} as it is now, berkas does it again (never over someone else's change):\n  berkas backups --redo {4}\nthen run `berkas sync`."
            )
        // MARK: ValidateCommand
        case .recordSCheckedAllValid: ("{1} berkas diperiksa, semua sah.", "{1} record(s) checked, all valid.")
        case .problemSRecordS: ("{1} masalah dalam {2} berkas.", "{1} problem(s) in {2} record(s).")
        case .nothingCommittedFixRecordThen:
            (
                "Tidak ada yang di-commit. Perbaiki berkasnya, lalu simpan dengan `berkas commit` (bertanda tangan dan diperiksa), bukan `git commit`.",
                "Nothing was committed. Fix the record, then save it with `berkas commit` (signed and checked) rather than `git commit`."
            )
        // MARK: VerifyCommand
        case .gitRepositoryUseCDir: ("bukan repositori git — pakai -C FOLDER", "not a git repository — use -C DIR")
        case .historyStartsRecordedFingerprintArchive:
            (
                "riwayat ini bermula dari {1}, bukan dari sidik arsip yang tercatat ({2}): ini bukan arsip itu, atau riwayatnya dibuat ulang",
                "this history starts at {1}, not at the recorded fingerprint ({2}): it is not that archive, or its history was made anew"
            )
        case .verifying: ("memeriksa", "verifying")
        case .earlierCommitsAlreadyVerified:
            (
                " (commit sebelumnya sudah terverifikasi)",
                " (earlier commits already verified)"
            )
        case .commitSCheckedAllValid: ("{1} commit diperiksa{2}: semua sah.", "{1} commit(s) checked{2}: all valid.")
        case .archiveFingerprintFirstCommit:
            (
                "Sidik arsip (commit pertamanya): {1}",
                "Archive fingerprint (its first commit): {1}"
            )
        case .violationSCommitS: ("{1} pelanggaran dalam {2} commit.", "{1} violation(s) in {2} commit(s).")
        // MARK: WhoamiCommand
        case .key: ("Kunci:      ", "Key:        ")
        case .fingerprint: ("Sidik jari: ", "Fingerprint: ")
        case .insideArchiveUseCDir: ("Tidak di dalam arsip (pakai -C FOLDER).", "Not inside an archive (use -C DIR).")
        case .name: ("Nama:       ", "Name:       ")
        case .roles: ("Peran:      ", "Roles:      ")
        case .validUntil: ("Berlaku s.d.: ", "Valid until: ")
        case .nothingWaitingYou: ("Tidak ada berkas yang menunggu Anda.", "Nothing is waiting for you.")
        case .waitingYou: ("Menunggu Anda:", "Waiting for you:")
        case .keyRegisteredArchiveGiveLine:
            (
                "Kunci ini belum terdaftar di arsip ini — serahkan baris berikut kepada pengelola arsip:",
                "This key is not registered in this archive — give this line to the archive administrator:"
            )
        // MARK: InitCommand
        case .initNewArchive: ("Arsip baru di {1}", "New archive at {1}")
        case .initFirstPengelola:
            ("Pengelola pertama: {1} (NIP {2}), peran: {3}", "First administrator: {1} (NIP {2}), roles: {3}")
        case .initSignedCommit:
            (
                "Commit bertanda tangan {1}. Periksa dengan: git -C {2} log --show-signature",
                "Signed commit {1}. Check it with: git -C {2} log --show-signature"
            )
        case .initFingerprint:
            (
                "Sidik arsip: {1}\n  Catat pada berkas kertas kantor; pemeriksa mencocokkannya dengan `berkas verify --root {1}`\n  atau `git rev-list --max-parents=0 main`, yang harus mencetak tepat ini.",
                "Archive fingerprint: {1}\n  Write it on the office's paper records; an auditor checks it with `berkas verify --root {1}`\n  or `git rev-list --max-parents=0 main`, which must print exactly this."
            )
        // MARK: BackupsCommand --redo
        case .backupStepRedone: ("dilakukan lagi: {1} ({2})", "redone: {1} ({2})")
        case .backupStepAlreadyInMain: ("sudah ada di main: {1}", "already in main: {1}")
        case .backupStepStopped:
            ("BELUM dilakukan lagi: {1} — {2}. Cadangan tetap disimpan.", "NOT redone: {1} — {2}. The backup is kept.")
        }
    }
}
