// long-file: a catalog, one entry per sentence.

import BerkasCore

/// Every sentence the services behind each command say to a person, in Indonesian and English.
/// The raw value is the sentence's stable code (errors carry it, `--format json`
/// prints it); `{1}`, `{2}`, … are filled in order. The office reviews its
/// wording here; the completeness test checks both languages and their placeholders.
public enum KitText: String, MessageCatalog {
    // MARK: ActService
    case finalStateNeverChangesAgain = "kit.final-state-never-changes-again"
    case actionTakenStatePossibleActions = "kit.action-taken-state-possible-actions"
    case actionOn = "kit.action-on"
    case actionNeedsNoteAddNote = "kit.action-needs-note-add-note"
    case actionTakesNoteDropNote = "kit.action-takes-note-drop-note"
    case noteLooksLikeHoldsPassword = "kit.note-looks-like-holds-password"
    case noteHoldsControlCharactersRetype = "kit.note-holds-control-characters-retype"
    case actionSetSetsOtherFields = "kit.action-set-sets-other-fields"
    case requiredAction = "kit.required-action"
    case addSet = "kit.add-set"
    case mustBefore = "kit.must-before"
    case addSetOnceTrue = "kit.add-set-once-true"
    case changeBerkasEditSet = "kit.change-berkas-edit-set"
    case noteOption = "kit.note-option"
    // MARK: Archive
    case berkasArchiveGitRepositoryCreate = "kit.berkas-archive-git-repository-create"
    case bareRepositoryUsedCommand = "kit.bare-repository-used-command"
    case archiveCommitYetCreateBerkas = "kit.archive-commit-yet-create-berkas"
    case recordIdEGRa = "kit.record-id-e-g-ra"
    case recordTypePrefix = "kit.record-type-prefix"
    case recordRecordedWorkTreeBut = "kit.record-recorded-work-tree-but"
    case recordArchiveLookedLastCommit = "kit.record-archive-looked-last-commit"
    case keyRegisteredBerkasPolicyYml = "kit.key-registered-berkas-policy-yml"
    case sMembershipEndedAskAdministrator = "kit.s-membership-ended-ask-administrator"
    case unsavedChangesSaveThemBerkas = "kit.unsaved-changes-save-them-berkas"
    // MARK: ArchiveTimeline
    case warningPlacedTimeCommitDated = "kit.warning-placed-time-commit-dated"
    // MARK: BackupService
    case backupBerkasBackupsListsThem = "kit.backup-berkas-backups-lists-them"
    // MARK: BerkasError
    case symbolicLinkFolderBerkasNever = "kit.symbolic-link-folder-berkas-never"
    case problemSFoundNothingSaved = "kit.problem-s-found-nothing-saved"
    case askArchiveAdministratorPengelolaFix = "kit.ask-archive-administrator-pengelola-fix"
    case internalErrorYourMistake = "kit.internal-error-your-mistake"
    case runInstallOpensshSshKeygen = "kit.run-install-openssh-ssh-keygen"
    case archiveChangedWhileBerkasWorking = "kit.archive-changed-while-berkas-working"
    case gitErrorYourMistake = "kit.git-error-your-mistake"
    // MARK: CommitClock
    case computerSClockMakesSense = "kit.computer-s-clock-makes-sense"
    case outRangeDateMustLie = "kit.out-range-date-must-lie"
    case readWriteEGT09 = "kit.read-write-e-g-t09"
    case timeMoreThanMinutesAhead = "kit.time-more-than-minutes-ahead"
    case byWhom = "kit.by-whom"
    case timeEarlierThanLastStep = "kit.time-earlier-than-last-step"
    case clockBehindLastStep = "kit.clock-behind-last-step"
    // MARK: CommitFilesService
    case outsideArchive = "kit.outside-archive"
    case recordTypeYearIdMd = "kit.record-type-year-id-md"
    case readUtfText = "kit.read-utf-text"
    case recordedYetNewRecordsMade = "kit.recorded-yet-new-records-made"
    // MARK: EditRecordService
    case fieldsChangedState = "kit.fields-changed-state"
    case changingState = "kit.changing-state"
    case mayChangedHere = "kit.may-changed-here"
    case putBackStatusChangesOnly = "kit.put-back-status-changes-only"
    // MARK: FactsReader
    // MARK: GraphListing
    case objectMatchIdGitObject = "kit.object-match-id-git-object"
    case objectMissingGitObjectDatabase = "kit.object-missing-git-object-database"
    case objectWrongType = "kit.object-wrong-type"
    case treeMalformedByteEntryName = "kit.tree-malformed-byte-entry-name"
    case commitMalformedHeadersGitWrites = "kit.commit-malformed-headers-git-writes"
    case damagedObjectRestore = "kit.damaged-object-restore"
    // MARK: HooksService
    case existsWrittenBerkasMergeHand = "kit.exists-written-berkas-merge-hand"
    case berkasHooksServerBelongsCentral = "kit.berkas-hooks-server-belongs-central"
    case archiveAcceptsOnlyMainBranch = "kit.archive-accepts-only-main-branch"
    case mainMayDeleted = "kit.main-may-deleted"
    case pushRefusedFastForwardMain = "kit.push-refused-fast-forward-main"
    // MARK: InitService
    case existsEmptyChooseNewFolder = "kit.exists-empty-choose-new-folder"
    case administratorNameUseNameFull = "kit.administrator-name-use-name-full"
    case administratorEMailUseEmail = "kit.administrator-e-mail-use-email"
    case administratorNipUseNipDigits = "kit.administrator-nip-use-nip-digits"
    case unknownRoleRoles = "kit.unknown-role-roles"
    case nameOption = "kit.name-option"
    case emailOption = "kit.email-option"
    // MARK: KeyService
    case existsChooseAnotherNameFile = "kit.exists-choose-another-name-file"
    case sshKeygenDidMakeKey = "kit.ssh-keygen-did-make-key"
    // MARK: ListService
    case keyRegisteredArchive = "kit.key-registered-archive"
    case unknownStatusStates = "kit.unknown-status-states"
    case yes = "kit.yes"
    case no = "kit.no"
    case records = "kit.records"
    case late = "kit.late"
    // MARK: MemberService
    case changingArchiveSMembers = "kit.changing-archive-s-members"
    case memberEMailNipExists = "kit.member-e-mail-nip-exists"
    case lastPengelolaAddAnotherOne = "kit.last-pengelola-add-another-one"
    case keyBelong = "kit.key-belong"
    case wouldHaveKeyLeftRemove = "kit.would-have-key-left-remove"
    case archiveMustKeepPengelola = "kit.archive-must-keep-pengelola"
    case nameMustFullNameWithout = "kit.name-must-full-name-without"
    case nameLeastOneRole = "kit.name-least-one-role"
    case validUntilMustYyyyMm = "kit.valid-until-must-yyyy-mm"
    case readPublicKeyFile = "kit.read-public-key-file"
    case publicKeyValidMustOne = "kit.public-key-valid-must-one"
    case keyAlreadyBelongsOneKey = "kit.key-already-belongs-one-key"
    case memberEMailNip = "kit.member-e-mail-nip"
    // MARK: NewRecordService
    case recordTypeTypes = "kit.record-type-types"
    case archiveRecordType = "kit.archive-record-type"
    case recordingNewRequest = "kit.recording-new-request"
    case existsWorkTreeButRecorded = "kit.exists-work-tree-but-recorded"
    case newRecordMustHaveStatus = "kit.new-record-must-have-status"
    case putBackStatus = "kit.put-back-status"
    // MARK: RecordCatalog
    case warningCommitDatedOutsideYears = "kit.warning-commit-dated-outside-years"
    // MARK: RecordDraft
    case fieldKeptBerkasChangedSet = "kit.field-kept-berkas-changed-set"
    case typeValueAgain = "kit.type-value-again"
    case editorExitedStatusNothingSaved = "kit.editor-exited-status-nothing-saved"
    case yourDraftKeptSameCommand = "kit.your-draft-kept-same-command"
    case cancelledNothingFilledNothingSaved = "kit.cancelled-nothing-filled-nothing-saved"
    case editedFileNotUTF8 = "kit.edited-file-not-utf8"
    case problemSFixThemSave = "kit.problem-s-fix-them-save"
    case resumingDraftKept = "kit.resuming-draft-kept"
    case openEditorAgainFixY = "kit.open-editor-again-fix-y"
    // MARK: RenderService
    case typeSuratMd = "kit.type-surat-md"
    case renderRecordData = "kit.render-record-data"
    case renderFieldColumns = "kit.render-field-columns"
    case renderAttachments = "kit.render-attachments"
    case renderNoAttachments = "kit.render-no-attachments"
    case renderTimeline = "kit.render-timeline"
    case renderTimelineColumns = "kit.render-timeline-columns"
    case renderValid = "kit.render-valid"
    case renderNotValid = "kit.render-not-valid"
    case renderPageFoot = "kit.render-page-foot"
    case pageOf = "kit.page-of"
    // MARK: Replayer
    case commitCentralRepositoryButSigned = "kit.commit-central-repository-but-signed"
    case mergeCommitSentArchiveS = "kit.merge-commit-sent-archive-s"
    // MARK: ReportRenderer
    case latePending = "kit.late-pending"
    case pending = "kit.pending"
    case onTime = "kit.on-time"
    case lateFinished = "kit.late-finished"
    case finished = "kit.finished"
    case refusedOutcome = "kit.refused-outcome"
    case wholeHistory = "kit.whole-history"
    case periodFrom = "kit.period-from"
    case periodUntil = "kit.period-until"
    case periodBetween = "kit.period-between"
    case reportOutcomes = "kit.report-outcomes"
    case reportLegendUnits = "kit.report-legend-units"
    case reportLegendCounts = "kit.report-legend-counts"
    case reportLegendMedian = "kit.report-legend-median"
    case reportCSVColumns = "kit.report-csv-columns"
    case reportXLSXStepColumns = "kit.report-xlsx-step-columns"
    case reportXLSXPerformerColumns = "kit.report-xlsx-performer-columns"
    case listSheet = "kit.list-sheet"
    case xlsxNotToTerminal = "kit.xlsx-not-to-terminal"
    case reportPrintedOn = "kit.report-printed-on"
    case reportHeadOf = "kit.report-head-of"
    case reportAcknowledged = "kit.report-acknowledged"
    case median = "kit.median"
    case reportAxisWorkingDays = "kit.report-axis-working-days"
    case workingDays = "kit.working-days"
    case standardTimeReport = "kit.standard-time-report"
    case perStep = "kit.per-step"
    case perPerformer = "kit.per-performer"
    case standardTimeReport2 = "kit.standard-time-report2"
    case htmlLanguage = "kit.html-language"
    case period = "kit.period"
    case generatedSignedHistory = "kit.generated-signed-history"
    case timePerStepAgainstStandard = "kit.time-per-step-against-standard"
    case perStep2 = "kit.per-step2"
    case perPerformer2 = "kit.per-performer2"
    case everyStep = "kit.every-step"
    case finishedStepsPeriod = "kit.finished-steps-period"
    case worst = "kit.worst"
    case standard = "kit.standard"
    // MARK: ReportService
    case mustYyyyMmDd = "kit.must-yyyy-mm-dd"
    // MARK: RepositoryLock
    case archiveUseAnotherBerkasCommand = "kit.archive-use-another-berkas-command"
    // MARK: SigningKey
    case signingKeyUseKeyKeyfile = "kit.signing-key-use-key-keyfile"
    case keyFileExist = "kit.key-file-exist"
    case readPublicKeyPutPub = "kit.read-public-key-put-pub"
    case knownSshKeyUseEd25519 = "kit.known-ssh-key-use-ed25519"
    case keyReadOtherUsersMode = "kit.key-read-other-users-mode"
    case signKeyPassphraseRunSsh = "kit.sign-key-passphrase-run-ssh"
    // MARK: SyncService
    case centralRepositoryAddOneGit = "kit.central-repository-add-one-git"
    case fetchingCentralRepository = "kit.fetching-central-repository"
    case localArchiveCommit = "kit.local-archive-commit"
    case replayedCentralMainYourChanges = "kit.replayed-central-main-your-changes"
    case pushCentralRepositoryTryAgain = "kit.push-central-repository-try-again"
    case centralRepositoryKeptMovingDuring = "kit.central-repository-kept-moving-during"
    case failedCheckNetworkTryAgain = "kit.failed-check-network-try-again"
    case centralHistoryNotValid = "kit.central-history-not-valid"
    case centralRefusedPush = "kit.central-refused-push"
    // MARK: ValidateService
    case renameFileFolder = "kit.rename-file-folder"
    case recordPath = "kit.record-path"
    case recordsLiveTypeYearId = "kit.records-live-type-year-id"
    case fileExist = "kit.file-exist"
    case checkFileName = "kit.check-file-name"
    case regularFileSymlinkFolder = "kit.regular-file-symlink-folder"
    case replacePlainTextFile = "kit.replace-plain-text-file"
    case fileTooLarge = "kit.file-too-large"
    case recordFewKb = "kit.record-few-kb"
    case replaceLinkPlainFolderFile = "kit.replace-link-plain-folder-file"
    // MARK: VerifyService
    case historyIncompleteShallowCloneVerification = "kit.history-incomplete-shallow-clone-verification"
    case rangeMustLookLikeOld = "kit.range-must-look-like-old"
    case builtRewrittenHistory = "kit.built-rewritten-history"
    case commitMissingCommit = "kit.commit-missing-commit"
    case gitReadCommit = "kit.git-read-commit"
    case revisionFound = "kit.revision-found"
    // MARK: WriteSession
    case attachmentsOneFileWindowsMacos = "kit.attachments-one-file-windows-macos"
    case yourRolesMayAllowed = "kit.your-roles-may-allowed"
    // MARK: column headings and units (separated by |)
    case listCSVColumns = "kit.list-csv-columns"
    case listColumns = "kit.list-columns"
    case reportStepRowColumns = "kit.report-step-row-columns"
    case reportStepTotalColumns = "kit.report-step-total-columns"
    case reportPerformerColumns = "kit.report-performer-columns"
    case workingTimeUnits = "kit.working-time-units"
    // MARK: ArchivalLists
    case archivalInProcess = "kit.archival-in-process"
    case archivalMissing = "kit.archival-missing"
    // MARK: GitoliteService
    case gitoliteRepoName = "kit.gitolite-repo-name"
    case gitoliteNoMain = "kit.gitolite-no-main"
    case gitoliteUserName = "kit.gitolite-user-name"
    // MARK: CgitService
    case cgitStep = "kit.cgit-step"
    case cgitValid = "kit.cgit-valid"
    case cgitInvalid = "kit.cgit-invalid"
    case cgitUnknownCommit = "kit.cgit-unknown-commit"
    case cgitNoRepository = "kit.cgit-no-repository"
    case cgitTitle = "kit.cgit-title"
    // MARK: TypeService
    case typeNameInvalid = "kit.type-name-invalid"
    case typeColumns = "kit.type-columns"
    case typeExists = "kit.type-exists"
    case typePrefixInvalid = "kit.type-prefix-invalid"
    case typePrefixTaken = "kit.type-prefix-taken"
    case typeTitleInvalid = "kit.type-title-invalid"
    case typeConfigListNotFound = "kit.type-config-list-not-found"
    // MARK: Report holidays
    case reportHolidayList = "kit.report-holiday-list"
    case reportNoHolidayList = "kit.report-no-holiday-list"
    case reportHolidayYear = "kit.report-holiday-year"
    case reportHolidayYearNoMovable = "kit.report-holiday-year-no-movable"
    // MARK: HolidayService
    case noHolidayFileInConfig = "kit.no-holiday-file-in-config"
    case noHolidayOn = "kit.no-holiday-on"
    case readFile = "kit.read-file"
    case noHolidaysInFile = "kit.no-holidays-in-file"
    case holidaysMissing = "kit.holidays-missing"
    // MARK: SettingsService
    case documentationUpdated = "kit.documentation-updated"
    case settingsOnlyByPengelola = "kit.settings-only-by-pengelola"
    case settingsPathCannotBeHeld = "kit.settings-path-cannot-be-held"
    case settingsFileTooLarge = "kit.settings-file-too-large"
    case allowedSignersIsGenerated = "kit.allowed-signers-is-generated"
    case settingsFilesChanged = "kit.settings-files-changed"
    case typeRemovedButRecordsRemain = "kit.type-removed-but-records-remain"
    case prefixChangedButRecordsRemain = "kit.prefix-changed-but-records-remain"
    case settingsWouldMakeRecordsInvalid = "kit.settings-would-make-records-invalid"
    // MARK: RulesSummary
    case settingChanged = "kit.setting-changed"
    case settingOffice = "kit.setting-office"
    case settingLanguage = "kit.setting-language"
    case settingZone = "kit.setting-zone"
    case settingWorkingDays = "kit.setting-working-days"
    case settingHolidayFile = "kit.setting-holiday-file"
    case settingSizeLimit = "kit.setting-size-limit"
    case settingPlace = "kit.setting-place"
    case settingSignatory = "kit.setting-signatory"
    case settingPrefix = "kit.setting-prefix"
    case settingTitle = "kit.setting-title"
    case settingLetterheadChanged = "kit.setting-letterhead-changed"
    case typeAdded = "kit.type-added"
    case typeRemoved = "kit.type-removed"
    case actionAdded = "kit.action-added"
    case actionRemoved = "kit.action-removed"
    case actionChanged = "kit.action-changed"
    case standardTimeChanged = "kit.standard-time-changed"
    case workflowChanged = "kit.workflow-changed"
    case fieldsAdded = "kit.fields-added"
    case fieldsRemoved = "kit.fields-removed"
    case fieldsChanged = "kit.fields-changed"
    case newRecordTemplateChanged = "kit.new-record-template-changed"
    case archivalSet = "kit.archival-set"
    case archivalChanged = "kit.archival-changed"
    case holidaysChanged = "kit.holidays-changed"
    case membersAdded = "kit.members-added"
    case membersRemoved = "kit.members-removed"
    case memberChanged = "kit.member-changed"
    case rolesChanged = "kit.roles-changed"
    // MARK: DestructionService
    case minutesOption = "kit.minutes-option"
    case destroyingRecords = "kit.destroying-records"
    case notDueNoSuchRecord = "kit.not-due-no-such-record"
    case recordDestroyed = "kit.record-destroyed"
    case notDueNoRetention = "kit.not-due-no-retention"
    case notDueStillOpen = "kit.not-due-still-open"
    case notDueNotToBeDestroyed = "kit.not-due-not-to-be-destroyed"
    case notDueRetentionRunning = "kit.not-due-retention-running"
    case archivalDescription = "kit.archival-description"
    case archivalAccess = "kit.archival-access"
    case archivalInactiveSince = "kit.archival-inactive-since"
    case archivalActiveUntil = "kit.archival-active-until"
    case archivalOneFile = "kit.archival-one-file"
    case archivalOriginal = "kit.archival-original"
    case archivalActiveColumns = "kit.archival-active-columns"
    case archivalActiveTitle = "kit.archival-active-title"
    case archivalYear = "kit.archival-year"
    case archivalToInactive = "kit.archival-to-inactive"
    case archivalToDestroy = "kit.archival-to-destroy"
    case archivalToKeep = "kit.archival-to-keep"
    case archivalToReassess = "kit.archival-to-reassess"
    case archivalDueColumns = "kit.archival-due-columns"
    case archivalDueTitle = "kit.archival-due-title"
    case archivalGroup = "kit.archival-group"
    case archivalDueHint = "kit.archival-due-hint"
    case archivalMinutes = "kit.archival-minutes"
    // MARK: BackupRedo
    case backupStepNotARecordStep = "kit.backup-step-not-a-record-step"
    case backupStepRecordGone = "kit.backup-step-record-gone"
    case backupFieldChangedMeanwhile = "kit.backup-field-changed-meanwhile"
    case backupStepNotYoursNow = "kit.backup-step-not-yours-now"
    case recordChangedWhileEditing = "kit.record-changed-while-editing"

    public var texts: (id: String, en: String) {
        switch self {
        // MARK: ActService
        case .finalStateNeverChangesAgain:
            (
                "{1} sudah berstatus {2} (akhir) dan tidak pernah diubah lagi",
                "{1} is {2}, a final state, and never changes again"
            )
        case .actionTakenStatePossibleActions:
            (
                "aksi \"{1}\" tidak dapat dilakukan pada status {2}; aksi yang dapat dilakukan: {3}",
                "action \"{1}\" cannot be taken in the state {2}; possible actions: {3}"
            )
        case .actionOn: ("aksi {1} pada {2}", "action {1} on {2}")
        case .actionNeedsNoteAddNote:
            (
                "aksi {1} memerlukan catatan — tambahkan --note \"...\" ({2})",
                "action {1} needs a note — add --note \"...\" ({2})"
            )
        case .actionTakesNoteDropNote:
            (
                "aksi {1} tidak memakai catatan — hapus --note",
                "action {1} takes no note — drop --note"
            )
        case .noteLooksLikeHoldsPassword:
            (
                "catatan tampak berisi kata sandi — kata sandi tidak pernah ditulis di arsip; tulis hanya bahwa akun sudah dikirim",
                "the note looks like it holds a password — passwords are never written into the archive; write only that the account was sent"
            )
        case .noteHoldsControlCharactersRetype:
            (
                "catatan berisi karakter kendali — ketik ulang catatannya",
                "the note holds control characters — retype it"
            )
        case .actionSetSetsOtherFields:
            (
                "aksi {1} tidak mengisi `{2}`; yang dapat diisi: {3} (kolom lain diubah dengan `berkas edit` selama masih boleh)",
                "action {1} does not set `{2}`; it sets: {3} (other fields change with `berkas edit` while allowed)"
            )
        case .requiredAction: ("{1} wajib diisi untuk aksi {2}", "{1} is required for the action {2}")
        case .addSet: ("tambahkan --set {1}=...", "add --set {1}=...")
        case .mustBefore: ("{1} harus {2} sebelum {3}", "{1} must be {2} before {3}")
        case .addSetOnceTrue: ("tambahkan --set {1}={2} bila sudah benar", "add --set {1}={2} once it is true")
        case .changeBerkasEditSet:
            (
                "ubah dengan `berkas edit {1} --set {2}={3}`",
                "change it with `berkas edit {1} --set {2}={3}`"
            )
        case .noteOption: ("--note: {1}", "--note: {1}")
        // MARK: Archive
        case .berkasArchiveGitRepositoryCreate:
            (
                "{1} bukan arsip berkas (tidak ada repositori git) — buat dengan `berkas init FOLDER`, atau pakai -C FOLDER",
                "{1} is not a berkas archive (no git repository) — create one with `berkas init DIR`, or use -C DIR"
            )
        case .bareRepositoryUsedCommand:
            (
                "repositori tanpa folder kerja (bare) tidak dapat dipakai untuk perintah ini",
                "a bare repository cannot be used for this command"
            )
        case .archiveCommitYetCreateBerkas:
            (
                "arsip belum punya commit — buat dengan `berkas init`",
                "the archive has no commit yet — create it with `berkas init`"
            )
        case .recordIdEGRa:
            (
                "\"{1}\" bukan nomor registrasi (contoh: RA-2026-0001)",
                "\"{1}\" is not a record ID (e.g. RA-2026-0001)"
            )
        case .recordTypePrefix: ("tidak ada jenis berkas dengan awalan {1}", "no record type has the prefix {1}")
        case .recordRecordedWorkTreeBut:
            (
                "berkas {1} belum tercatat: {2} ada di folder kerja tetapi tidak di commit terakhir — berkas baru dicatat dengan `berkas new`",
                "record {1} is not recorded: {2} is in the work tree but not in the last commit — new records are made with `berkas new`"
            )
        case .recordArchiveLookedLastCommit:
            (
                "berkas {1} tidak ada di arsip (dicari di {2} pada commit terakhir) — `berkas list --all` menunjukkan semua nomor",
                "record {1} is not in the archive (looked for {2} in the last commit) — `berkas list --all` shows every ID"
            )
        case .keyRegisteredBerkasPolicyYml:
            (
                "kunci {1} tidak terdaftar di .berkas/policy.yml — minta pengelola arsip menambahkan Anda (`berkas member add`)",
                "key {1} is not registered in .berkas/policy.yml — ask the archive administrator to add you (`berkas member add`)"
            )
        case .sMembershipEndedAskAdministrator:
            (
                "keanggotaan {1} berlaku sampai {2} — minta pengelola memperpanjangnya",
                "{1}'s membership ended on {2} — ask the administrator to extend it"
            )
        case .unsavedChangesSaveThemBerkas:
            (
                "{1} punya perubahan yang belum disimpan — simpan dengan `berkas commit {1}` atau batalkan dengan `git checkout -- {1}`",
                "{1} has unsaved changes — save them with `berkas commit {1}` or discard them with `git checkout -- {1}`"
            )
        // MARK: ArchiveTimeline
        case .warningPlacedTimeCommitDated:
            (
                "peringatan: {1} tidak dapat ditempatkan dalam waktu: commit {2} bertanggal di luar tahun 1970–9999 atau zona waktunya tidak ada; umur dan tenggatnya tidak dihitung — jalankan `berkas verify`",
                "warning: {1} cannot be placed in time: commit {2} is dated outside the years 1970–9999 or in a zone no place has; its age and deadline are not worked out — run `berkas verify`"
            )
        // MARK: BackupService
        case .backupBerkasBackupsListsThem:
            (
                "cadangan {1} tidak ada — `berkas backups` menunjukkan yang ada",
                "no backup {1} — `berkas backups` lists them"
            )
        // MARK: BerkasError
        case .symbolicLinkFolderBerkasNever:
            (
                "{1} adalah tautan (symlink) atau bukan folder; berkas tidak pernah menulis atau membaca lewat tautan — ganti dengan folder atau berkas biasa. Tidak ada yang disimpan.",
                "{1} is a symbolic link or not a folder; berkas never writes or reads through a link — replace it with a plain folder or file. Nothing was saved."
            )
        case .problemSFoundNothingSaved:
            (
                "{1} masalah ditemukan; tidak ada yang disimpan.",
                "{1} problem(s) found; nothing was saved."
            )
        case .askArchiveAdministratorPengelolaFix:
            (
                " — minta pengelola arsip memperbaikinya",
                " — ask the archive administrator (pengelola) to fix it"
            )
        case .internalErrorYourMistake:
            (
                "kesalahan internal (bukan kesalahan Anda): ",
                "internal error (not your mistake): "
            )
        case .runInstallOpensshSshKeygen:
            (
                "tidak dapat menjalankan {1}: {2} — pasang OpenSSH (ssh-keygen) lalu coba lagi",
                "cannot run {1}: {2} — install OpenSSH (ssh-keygen) and try again"
            )
        case .archiveChangedWhileBerkasWorking:
            (
                "arsip berubah saat berkas bekerja; tidak ada yang disimpan — jalankan perintah itu lagi",
                "the archive changed while berkas was working; nothing was saved — run the command again"
            )
        case .gitErrorYourMistake:
            (
                "kesalahan git (bukan kesalahan Anda); ulangi dengan --verbose untuk rinciannya",
                "git error (not your mistake); run again with --verbose for the details"
            )
        // MARK: CommitClock
        case .computerSClockMakesSense:
            (
                "jam komputer ini tidak masuk akal (di luar tahun 1970–9999); setel tanggal dan jam komputer dengan benar",
                "this computer's clock makes no sense (outside the years 1970–9999); set the computer's date and time correctly"
            )
        case .outRangeDateMustLie:
            (
                "{1} di luar jangkauan: {2} — tanggal harus antara tahun 1970 dan 9999, dengan zona antara -1200 dan +1400",
                "{1} is out of range: {2} — the date must lie between the years 1970 and 9999, with a zone between -1200 and +1400"
            )
        case .readWriteEGT09:
            (
                "{1} tidak dapat dibaca: {2} — tulis misalnya \"2026-11-24T09:00:00+07:00\", \"2026-11-24 09:00 +0700\", \"Tue, 24 Nov 2026 09:00:00 +0700\" atau \"@1764000000 +0700\"",
                "{1} cannot be read: {2} — write e.g. \"2026-11-24T09:00:00+07:00\", \"2026-11-24 09:00 +0700\", \"Tue, 24 Nov 2026 09:00:00 +0700\" or \"@1764000000 +0700\""
            )
        case .timeMoreThanMinutesAhead:
            (
                "waktu dari {1} ({2}) lebih dari 5 menit di depan jam komputer ini ({3}); tidak ada yang disimpan.\nHapus {1} atau isi dengan waktu yang sudah lewat.",
                "the time from {1} ({2}) is more than 5 minutes ahead of this computer's clock ({3}); nothing was saved.\nUnset {1} or give it a time that has passed."
            )
        case .byWhom: (" oleh {1}", " by {1}")
        case .timeEarlierThanLastStep:
            (
                "waktu dari {1} ({2}) lebih awal dari langkah terakhir di arsip ({3}{4}); tidak ada yang disimpan.\nWaktu dalam riwayat arsip tidak boleh mundur: hapus {1} atau isi dengan waktu sesudah langkah terakhir.",
                "the time from {1} ({2}) is earlier than the last step in the archive ({3}{4}); nothing was saved.\nTimes in the archive's history never go backwards: unset {1} or give it a time after the last step."
            )
        case .clockBehindLastStep:
            (
                "jam komputer ini ({1}) lebih awal dari langkah terakhir di arsip ({2}{3}): jam komputer ini terlambat. Tidak ada yang disimpan.\nSetel tanggal, jam dan zona waktu komputer ini dengan benar (Windows: Pengaturan → Waktu & bahasa → \"Setel waktu secara otomatis\"), lalu ulangi perintah ini.",
                "this computer's clock ({1}) is earlier than the last step in the archive ({2}{3}): this computer's clock is behind. Nothing was saved.\nSet this computer's date, time and time zone correctly (Windows: Settings → Time & language → \"Set time automatically\"), then run the command again."
            )
        // MARK: CommitFilesService
        case .outsideArchive: ("{1} berada di luar arsip", "{1} is outside the archive")
        case .recordTypeYearIdMd:
            (
                "{1} bukan berkas arsip (<jenis>/<tahun>/<NOMOR>.md)",
                "{1} is not a record (<type>/<year>/<ID>.md)"
            )
        case .readUtfText: ("{1} tidak dapat dibaca sebagai teks UTF-8", "{1} cannot be read as UTF-8 text")
        case .recordedYetNewRecordsMade:
            (
                "{1} belum tercatat; berkas baru dibuat dengan `berkas new` (nomornya diberikan berkas)",
                "{1} is not recorded yet; new records are made with `berkas new` (berkas gives the number)"
            )
        // MARK: EditRecordService
        case .fieldsChangedState:
            (
                "isian {1} tidak dapat diubah pada status {2}",
                "the fields of {1} cannot be changed in the state {2}"
            )
        case .changingState: ("mengubah {1} pada status {2}", "changing {1} in the state {2}")
        case .mayChangedHere: ("tidak boleh diubah di sini", "may not be changed here")
        case .putBackStatusChangesOnly:
            (
                "kembalikan `{1}: {2}`; status berubah hanya lewat `berkas act`",
                "put back `{1}: {2}`; the status changes only through `berkas act`"
            )
        // MARK: FactsReader
        // MARK: GraphListing
        case .objectMatchIdGitObject:
            (
                "isi objek {1} tidak cocok dengan id-nya: basis data git diubah di luar git",
                "object {1} does not match its id: the git object database was altered outside git"
            )
        case .objectMissingGitObjectDatabase:
            (
                "objek {1} hilang dari basis data git",
                "object {1} is missing from the git object database"
            )
        case .objectWrongType: ("objek {1} bukan {2}", "object {1} is not a {2}")
        case .treeMalformedByteEntryName:
            (
                "tree {1} rusak pada bita {2} (nama, mode atau urutan entri)",
                "tree {1} is malformed at byte {2} (entry name, mode or order)"
            )
        case .commitMalformedHeadersGitWrites:
            (
                "commit {1} rusak (kepala commit tidak seperti yang ditulis git)",
                "commit {1} is malformed (its headers are not as git writes them)"
            )
        case .damagedObjectRestore:
            (
                "{1} — jalankan `git fsck --full` dan pulihkan dari repositori pusat atau cadangan",
                "{1} — run `git fsck --full` and restore from the central repository or a backup"
            )
        // MARK: HooksService
        case .existsWrittenBerkasMergeHand:
            (
                "{1} sudah ada dan bukan buatan berkas — gabungkan secara manual",
                "{1} exists and was not written by berkas — merge it by hand"
            )
        case .berkasHooksServerBelongsCentral:
            (
                "`berkas hooks server` dipasang di repositori pusat (bare), mis. `berkas -C /srv/git/arsip.git hooks server`",
                "`berkas hooks server` belongs in the central (bare) repository, e.g. `berkas -C /srv/git/arsip.git hooks server`"
            )
        case .archiveAcceptsOnlyMainBranch:
            (
                "{1}: hanya cabang main yang diterima arsip",
                "{1}: the archive accepts only the main branch"
            )
        case .mainMayDeleted: ("main tidak boleh dihapus", "main may not be deleted")
        case .pushRefusedFastForwardMain:
            (
                "dorongan ditolak: bukan lanjutan main (riwayat ditulis ulang?) — jalankan `berkas sync`",
                "push refused: not a fast-forward of main (a rewritten history?) — run `berkas sync`"
            )
        // MARK: InitService
        case .existsEmptyChooseNewFolder:
            (
                "{1} sudah ada dan tidak kosong — pilih folder baru",
                "{1} exists and is not empty — choose a new folder"
            )
        case .administratorNameUseNameFull:
            (
                "nama pengelola belum ada — pakai --name \"Nama Lengkap\" (atau git config user.name)",
                "no administrator name — use --name \"Full Name\" (or git config user.name)"
            )
        case .administratorEMailUseEmail:
            (
                "email pengelola belum ada — pakai --email nama@instansi.go.id (atau git config user.email)",
                "no administrator e-mail — use --email name@agency.go.id (or git config user.email)"
            )
        case .administratorNipUseNipDigits:
            (
                "NIP pengelola belum ada — pakai --nip 18ANGKA",
                "no administrator NIP — use --nip 18DIGITS"
            )
        case .unknownRoleRoles: ("peran {1} tidak dikenal; yang ada: {2}", "unknown role {1}; roles: {2}")
        case .nameOption: ("--name: {1}", "--name: {1}")
        case .emailOption: ("--email {1} {2}", "--email {1} {2}")
        // MARK: KeyService
        case .existsChooseAnotherNameFile:
            (
                "{1} sudah ada — pilih nama lain dengan --file",
                "{1} exists — choose another name with --file"
            )
        case .sshKeygenDidMakeKey:
            (
                "ssh-keygen tidak membuat kunci (kode {1})",
                "ssh-keygen did not make the key (status {1})"
            )
        // MARK: ListService
        case .keyRegisteredArchive:
            (
                "kunci {1} tidak terdaftar di arsip ini",
                "key {1} is not registered in this archive"
            )
        case .unknownStatusStates:
            (
                "status {1} tidak dikenal; yang ada: {2}",
                "unknown status {1}; the states are: {2}"
            )
        case .yes: ("ya", "yes")
        case .no: ("tidak", "no")
        case .records: ("Tidak ada berkas.", "No records.")
        case .late: ("  TERLAMBAT", "  LATE")
        // MARK: MemberService
        case .changingArchiveSMembers: ("mengubah anggota arsip", "changing the archive's members")
        case .memberEMailNipExists:
            (
                "anggota dengan email atau NIP itu sudah ada — tambah kunci dengan `berkas member add-key`",
                "a member with that e-mail or NIP exists — add a key with `berkas member add-key`"
            )
        case .lastPengelolaAddAnotherOne:
            (
                "{1} adalah pengelola terakhir; tambahkan pengelola lain dulu",
                "{1} is the last pengelola; add another one first"
            )
        case .keyBelong: ("kunci itu bukan milik {1}", "that key does not belong to {1}")
        case .wouldHaveKeyLeftRemove:
            (
                "{1} tidak akan punya kunci lagi — cabut anggotanya dengan `berkas member remove`, atau tambah kunci baru dulu",
                "{1} would have no key left — remove the member with `berkas member remove`, or add a new key first"
            )
        case .archiveMustKeepPengelola:
            (
                "arsip harus tetap punya seorang pengelola",
                "the archive must keep a pengelola"
            )
        case .nameMustFullNameWithout:
            (
                "--name harus nama lengkap tanpa karakter kendali",
                "--name must be a full name without control characters"
            )
        case .nameLeastOneRole: ("sebutkan sedikitnya satu --role", "name at least one --role")
        case .validUntilMustYyyyMm: ("--valid-until harus TTTT-BB-HH", "--valid-until must be YYYY-MM-DD")
        case .readPublicKeyFile: ("berkas kunci publik {1} tidak dapat dibaca", "cannot read the public key file {1}")
        case .publicKeyValidMustOne:
            (
                "kunci publik tidak sah: harus satu baris `ssh-ed25519 AAAA… komentar` tanpa opsi",
                "the public key is not valid: it must be one line `ssh-ed25519 AAAA… comment` without options"
            )
        case .keyAlreadyBelongsOneKey:
            (
                "kunci itu sudah milik {1}; satu kunci hanya untuk satu anggota",
                "that key already belongs to {1}; one key, one member"
            )
        case .memberEMailNip: ("tidak ada anggota dengan email atau NIP {1}", "no member has the e-mail or NIP {1}")
        // MARK: NewRecordService
        case .recordTypeTypes: ("jenis {1} tidak ada; yang ada: {2}", "no record type {1}; types: {2}")
        case .archiveRecordType: ("arsip belum punya jenis berkas", "the archive has no record type")
        case .recordingNewRequest: ("mencatat surat baru", "recording a new request")
        case .existsWorkTreeButRecorded:
            (
                "{1} sudah ada di folder kerja tetapi belum tercatat — pindahkan atau hapus berkas itu lalu coba lagi",
                "{1} exists in the work tree but is not recorded — move or delete it and try again"
            )
        case .newRecordMustHaveStatus: ("surat baru harus berstatus {1}", "a new record must have the status {1}")
        case .putBackStatus: ("kembalikan `status: {1}`", "put back `status: {1}`")
        // MARK: RecordCatalog
        case .warningCommitDatedOutsideYears:
            (
                "peringatan: commit {1} bertanggal di luar tahun 1970–9999 atau zona waktunya tidak ada; waktunya ditampilkan sebagai ???? — jalankan `berkas verify`",
                "warning: commit {1} is dated outside the years 1970–9999 or in a zone no place has; its time is shown as ???? — run `berkas verify`"
            )
        // MARK: RecordDraft
        case .fieldKeptBerkasChangedSet:
            (
                "kolom `{1}` diisi oleh berkas sendiri dan tidak dapat diubah dengan --set (status berubah hanya lewat `berkas act`)",
                "field `{1}` is kept by berkas and cannot be changed with --set (the status changes only through `berkas act`)"
            )
        case .typeValueAgain: ("tulis nilainya lagi dengan papan ketik", "type the value again")
        case .editorExitedStatusNothingSaved:
            (
                "penyunting ({1}) berhenti dengan kode {2}; tidak ada yang disimpan",
                "the editor ({1}) exited with status {2}; nothing was saved"
            )
        case .yourDraftKeptSameCommand:
            (
                "Draf Anda disimpan di {1}; perintah yang sama membukanya lagi.",
                "Your draft is kept at {1}; the same command opens it again."
            )
        case .cancelledNothingFilledNothingSaved:
            (
                "dibatalkan: isian tidak diubah; tidak ada yang disimpan",
                "cancelled: nothing was filled in; nothing was saved"
            )
        case .editedFileNotUTF8: ("hasil penyuntingan bukan teks UTF-8. {1}", "the edited file is not UTF-8 text. {1}")
        case .problemSFixThemSave:
            (
                "{1} masalah — perbaiki lalu simpan; baris yang diawali \"# berkas:\" dihapus sendiri",
                "{1} problem(s) — fix them and save; lines starting with \"# berkas:\" are removed"
            )
        case .resumingDraftKept: ("Melanjutkan draf yang tersimpan di {1}\n", "Resuming the draft kept at {1}\n")
        case .openEditorAgainFixY:
            (
                "Buka penyunting lagi untuk memperbaiki? [Y/n] ",
                "Open the editor again to fix it? [Y/n] "
            )
        // MARK: RenderService
        case .typeSuratMd: ("jenis {1} tidak punya surat.md", "the type {1} has no surat.md")
        case .renderRecordData: ("Data pencatatan berkas {1}", "Record data of {1}")
        case .renderFieldColumns: ("Kolom|Isi", "Field|Value")
        case .renderAttachments: ("Lampiran", "Attachments")
        case .renderNoAttachments: ("Tidak ada lampiran.", "No attachments.")
        case .renderTimeline: ("Riwayat langkah (bertanda tangan)", "Timeline of steps (signed)")
        case .renderTimelineColumns:
            ("Waktu|Langkah|Pelaksana|Peran|Commit|Tanda tangan", "Time|Step|Performed by|Role|Commit|Signature")
        case .renderValid: ("sah", "valid")
        case .renderNotValid: ("TIDAK SAH ({1})", "NOT VALID ({1})")
        case .renderPageFoot:
            ("Nomor registrasi {1} · dicetak oleh berkas", "Registration number {1} · printed by berkas")
        case .pageOf: ("Halaman {1} dari {2}", "Page {1} of {2}")
        // MARK: Replayer
        case .commitCentralRepositoryButSigned:
            (
                "commit {1} belum ada di pusat tetapi bukan tanda tangan Anda; sync hanya menulis ulang commit Anda sendiri — minta pemiliknya menjalankan `berkas sync`",
                "commit {1} is not in the central repository but is not signed by you; sync rewrites only your own commits — ask its author to run `berkas sync`"
            )
        case .mergeCommitSentArchiveS:
            (
                "commit gabungan {1} tidak dapat dikirim; riwayat arsip harus lurus",
                "merge commit {1} cannot be sent; the archive's history must be linear"
            )
        // MARK: ReportRenderer
        case .latePending: ("terlambat (berjalan)", "late (pending)")
        case .pending: ("berjalan", "pending")
        case .onTime: ("tepat waktu", "on time")
        case .lateFinished: ("terlambat", "late")
        case .finished: ("selesai", "finished")
        case .refusedOutcome: ("ditolak", "refused")
        case .wholeHistory: ("seluruh riwayat", "the whole history")
        case .periodFrom: ("sejak {1}", "from {1}")
        case .periodUntil: ("sampai dengan {1}", "up to {1}")
        case .periodBetween: ("{1} s.d. {2}", "{1} to {2}")
        case .reportOutcomes:
            (
                "Permintaan yang diterima dalam periode ini: {1} — selesai {2}, ditolak {3}, masih dalam proses {4}.",
                "Requests received in this period: {1} — done {2}, refused {3}, still in process {4}."
            )
        case .reportLegendUnits:
            (
                "Waktu kerja dihitung pada hari kerja saja (akhir pekan dan hari libur tidak dihitung; satu hari kerja dihitung penuh 24 jam). hk = hari kerja, j = jam, mnt = menit. Mutu baku: waktu yang ditetapkan SOP untuk langkah itu.",
                "Working time counts working days only (weekends and holidays are not counted; a working day counts whole, 24 hours). wd = working days, h = hours, min = minutes. Standard: the time the SOP sets for the step."
            )
        case .reportLegendCounts:
            (
                "Jumlah = selesai + berjalan. Selesai = tepat waktu + terlambat (langkah tanpa mutu baku: -). Berjalan: langkah yang sedang ditunggu; lewat mutu baku: yang sudah melewati tenggatnya. Ditolak: langkah yang diakhiri dengan penolakan permintaan (sudah terhitung dalam selesai).",
                "Steps = finished + running. Finished = on time + late (steps without a standard: -). Running: steps being waited for; past standard: those already past their deadline. Refused: steps that ended by refusing the request (counted in finished)."
            )
        case .reportLegendMedian:
            (
                "Median: waktu kerja tengah dari langkah yang selesai (separuh lebih cepat, separuh lebih lama). Terlama: waktu kerja paling panjang.",
                "Median: the middle working time of the finished steps (half were faster, half slower). Worst: the longest working time."
            )
        case .reportCSVColumns:
            (
                "nomor|langkah|mulai|selesai|waktu kerja (jam)|waktu kerja (hari kerja)|mutu baku (hari kerja)|hasil|ditolak|pelaksana|NIP|peran",
                "record|step|start|end|working time (hours)|working time (working days)|standard (working days)|result|refused|performer|NIP|role"
            )
        case .reportXLSXStepColumns:
            (
                "langkah|jumlah|selesai|tepat waktu|terlambat|berjalan|lewat mutu baku|ditolak|median (jam kerja)|terlama (jam kerja)|mutu baku (hari kerja)",
                "step|steps|finished|on time|late|running|past standard|refused|median (working hours)|worst (working hours)|standard (working days)"
            )
        case .reportXLSXPerformerColumns:
            (
                "pelaksana|NIP|peran|selesai|tepat waktu|terlambat|tanpa mutu baku|ditolak|median (jam kerja)|terlama (jam kerja)",
                "performer|NIP|roles|finished|on time|late|no standard|refused|median (working hours)|worst (working hours)"
            )
        case .listSheet: ("Daftar berkas", "Records")
        case .xlsxNotToTerminal:
            (
                "XLSX adalah berkas, bukan teks untuk layar — simpan ke berkas, mis. `berkas {1} --format xlsx > {2}.xlsx`",
                "XLSX is a file, not text for the screen — save it to a file, e.g. `berkas {1} --format xlsx > {2}.xlsx`"
            )
        case .reportPrintedOn: ("dicetak", "printed")
        case .reportHeadOf: ("Kepala {1}", "Head of {1}")
        case .reportAcknowledged: ("Mengetahui,", "Acknowledged,")
        case .median: ("median", "median")
        case .reportAxisWorkingDays: ("waktu kerja (hari kerja)", "working time (working days)")
        case .workingDays: ("{1} hk", "{1} wd")
        case .standardTimeReport: ("Laporan mutu baku — ", "Standard-time report — ")
        case .perStep: ("Per langkah:", "Per step:")
        case .perPerformer: ("Per pelaksana:", "Per performer:")
        case .standardTimeReport2: ("Laporan Kepatuhan Mutu Baku", "Standard-time report")
        case .htmlLanguage: ("id", "en")
        case .period: ("Periode", "Period")
        case .generatedSignedHistory: ("disusun dari riwayat bertanda tangan", "generated from the signed history")
        case .timePerStepAgainstStandard: ("Waktu per langkah terhadap mutu baku", "Time per step against the standard")
        case .perStep2: ("Per langkah", "Per step")
        case .perPerformer2: ("Per pelaksana", "Per performer")
        case .everyStep: ("Seluruh langkah", "Every step")
        case .finishedStepsPeriod: ("Belum ada langkah selesai pada periode ini.", "No finished steps in this period.")
        case .worst: ("terlama", "worst")
        case .standard: ("mutu baku", "standard")
        // MARK: ReportService
        case .mustYyyyMmDd: ("{1} harus TTTT-BB-HH", "{1} must be YYYY-MM-DD")
        // MARK: RepositoryLock
        case .archiveUseAnotherBerkasCommand:
            (
                "arsip sedang dipakai perintah berkas lain (proses {1}) — tunggu sebentar lalu coba lagi",
                "the archive is in use by another berkas command (process {1}) — wait a moment and try again"
            )
        // MARK: SigningKey
        case .signingKeyUseKeyKeyfile:
            (
                "tidak ada kunci penanda tangan — pakai --key BERKAS_KUNCI, atau BERKAS_KEY, atau `git config user.signingkey`; kunci baru dibuat dengan `ssh-keygen -t ed25519`",
                "no signing key — use --key KEYFILE, or BERKAS_KEY, or `git config user.signingkey`; make a new key with `ssh-keygen -t ed25519`"
            )
        case .keyFileExist: ("berkas kunci {1} tidak ada (dari {2})", "key file {1} does not exist (from {2})")
        case .readPublicKeyPutPub:
            (
                "kunci publik dari {1} tidak dapat dibaca — letakkan {1}.pub di sebelahnya, atau muat kunci ke ssh-agent dan berikan berkas .pub",
                "cannot read the public key of {1} — put {1}.pub beside it, or load the key into ssh-agent and give the .pub file"
            )
        case .knownSshKeyUseEd25519:
            (
                "{1} bukan kunci SSH yang dikenal (pakai ed25519)",
                "{1} is not a known SSH key (use ed25519)"
            )
        case .keyReadOtherUsersMode:
            (
                "kunci {1} dapat dibaca pengguna lain (izin {2}); ssh-keygen dan git menolak kunci seperti itu — jalankan `chmod 600 {1}`",
                "key {1} can be read by other users (mode {2}); ssh-keygen and git refuse such keys — run `chmod 600 {1}`"
            )
        case .signKeyPassphraseRunSsh:
            (
                "tidak dapat menandatangani dengan {1}: {2} — untuk kunci berkata sandi, jalankan `ssh-add` dulu",
                "cannot sign with {1}: {2} — for a key with a passphrase, run `ssh-add` first"
            )
        // MARK: SyncService
        case .centralRepositoryAddOneGit:
            (
                "belum ada repositori pusat `{1}` — tambahkan dengan `git remote add {1} URL`",
                "no central repository `{1}` — add one with `git remote add {1} URL`"
            )
        case .fetchingCentralRepository: ("mengambil dari pusat", "fetching from the central repository")
        case .localArchiveCommit: ("arsip lokal belum punya commit", "the local archive has no commit")
        case .replayedCentralMainYourChanges:
            (
                "setelah digabung dengan pusat, perubahan Anda tidak sah lagi (aturan atau berkas berubah di pusat); tidak ada yang didorong:\n  {1}",
                "replayed on the central main, your changes are no longer valid (rules or records changed there); nothing was pushed:\n  {1}"
            )
        case .pushCentralRepositoryTryAgain:
            (
                "tidak dapat mendorong ke pusat: {1} — coba lagi nanti",
                "cannot push to the central repository: {1} — try again later"
            )
        case .centralRepositoryKeptMovingDuring:
            (
                "pusat terus berubah selama sync ({1} kali); tidak ada yang hilang — jalankan `berkas sync` lagi",
                "the central repository kept moving during sync ({1} times); nothing was lost — run `berkas sync` again"
            )
        case .failedCheckNetworkTryAgain:
            (
                "gagal {1}: {2} — periksa jaringan lalu coba lagi",
                "failed {1}: {2} — check the network and try again"
            )
        case .centralHistoryNotValid:
            (
                "riwayat di pusat tidak sah; tidak ada yang diubah:\n  {1}",
                "the central history is not valid; nothing was changed:\n  {1}"
            )
        case .centralRefusedPush:
            (
                "pusat menolak dorongan; tidak ada yang berubah:\n  {1}",
                "the central repository refused the push; nothing changed:\n  {1}"
            )
        // MARK: ValidateService
        case .renameFileFolder: ("ganti nama berkas atau folder itu", "rename that file or folder")
        case .recordPath: ("bukan jalur berkas arsip", "not a record path")
        case .recordsLiveTypeYearId:
            (
                "berkas disimpan sebagai <jenis>/<tahun>/<NOMOR>.md, mis. permintaan-reset-akun/2026/RA-2026-0001.md",
                "records live at <type>/<year>/<ID>.md, e.g. permintaan-reset-akun/2026/RA-2026-0001.md"
            )
        case .fileExist: ("berkas tidak ada", "file does not exist")
        case .checkFileName: ("periksa nama berkasnya", "check the file name")
        case .regularFileSymlinkFolder:
            (
                "bukan berkas biasa (tautan simbolik atau folder)",
                "not a regular file (a symlink or a folder)"
            )
        case .replacePlainTextFile: ("ganti dengan berkas teks biasa", "replace it with a plain text file")
        case .fileTooLarge: ("berkas terlalu besar", "file too large")
        case .recordFewKb: ("berkas arsip cukup beberapa KB", "a record is a few KB")
        case .replaceLinkPlainFolderFile:
            (
                "ganti tautan itu dengan folder atau berkas biasa",
                "replace that link with a plain folder or file"
            )
        // MARK: VerifyService
        case .historyIncompleteShallowCloneVerification:
            (
                "riwayat tidak lengkap (shallow clone); verifikasi memerlukan seluruh riwayat — jalankan `git fetch --unshallow`",
                "the history is incomplete (a shallow clone); verification needs all of it — run `git fetch --unshallow`"
            )
        case .rangeMustLookLikeOld: ("--range harus berbentuk LAMA..BARU", "--range must look like OLD..NEW")
        case .builtRewrittenHistory:
            (
                "{1} tidak dibangun di atas {2} (riwayat ditulis ulang?)",
                "{1} is not built on {2} (a rewritten history?)"
            )
        case .commitMissingCommit:
            (
                "commit tidak ada atau bukan commit: {1}",
                "the commit is missing or not a commit: {1}"
            )
        case .gitReadCommit: ("git tidak dapat membaca commit ini: {1}", "git cannot read this commit: {1}")
        case .revisionFound: ("revisi {1} tidak ditemukan", "revision {1} not found")
        // MARK: WriteSession
        case .attachmentsOneFileWindowsMacos:
            (
                "lampiran {1} dan {2} adalah berkas yang sama di Windows dan macOS (huruf besar/kecil atau bentuk Unicode); ganti salah satu namanya. Tidak ada yang disimpan.",
                "attachments {1} and {2} are one file on Windows and macOS (letter case or Unicode form); rename one of them. Nothing was saved."
            )
        case .yourRolesMayAllowed:
            (
                "{1}: peran Anda ({2}) tidak berwenang; yang berwenang: {3}",
                "{1}: your roles ({2}) may not do this; allowed: {3}"
            )
        // MARK: column headings and units (separated by |)
        case .listCSVColumns:
            (
                "id|status|nama|dibuat|umur (hari kerja)|sejak|berikutnya|peran|tenggat|terlambat",
                "id|status|name|created|age (working days)|since|next|roles|deadline|overdue"
            )
        case .listColumns:
            (
                "NOMOR|STATUS|NAMA|UMUR|BERIKUTNYA|TENGGAT",
                "ID|STATUS|NAME|AGE|NEXT|DEADLINE"
            )
        case .reportStepRowColumns:
            (
                "nomor|langkah|mulai|selesai|waktu kerja|mutu baku|hasil|pelaksana|NIP|peran",
                "record|step|start|end|working time|standard|result|performer|NIP|role"
            )
        case .reportStepTotalColumns:
            (
                "langkah|jumlah|selesai|tepat waktu|terlambat|berjalan|lewat mutu baku|ditolak|median|terlama|mutu baku",
                "step|steps|finished|on time|late|running|past standard|refused|median|worst|standard"
            )
        case .reportPerformerColumns:
            (
                "pelaksana|peran|selesai|tepat waktu|terlambat|tanpa mutu baku|ditolak|median|terlama",
                "performer|roles|finished|on time|late|no standard|refused|median|worst"
            )
        case .workingTimeUnits:
            (
                "hk|j|mnt",
                "wd|h|min"
            )
        // MARK: ArchivalLists
        case .archivalMissing:
            (
                "catatan: jenis {1} belum punya {2}, jadi klasifikasi, retensi dan aksesnya belum ditetapkan — pengelola dapat menyalin berkas itu dari templat (README: Klasifikasi, retensi dan akses)",
                "note: the type {1} has no {2} yet, so its classification, retention and access are not set — the pengelola can copy that file from the template (README: Classification, retention and access)"
            )
        // MARK: GitoliteService
        case .gitoliteRepoName:
            (
                "--repo {1}: nama repositori huruf kecil, angka dan tanda -, mis. arsip",
                "--repo {1}: a repository name of lowercase letters, digits and -, e.g. arsip"
            )
        case .gitoliteNoMain:
            (
                "repositori ini belum punya cabang main: kirim arsipnya dulu (`git push … main`)",
                "this repository has no main branch yet: push the archive first (`git push … main`)"
            )
        case .gitoliteUserName:
            (
                "e-mail {1} tidak dapat menjadi nama pengguna gitolite (huruf, angka dan -._@+); ubah dengan `berkas member`",
                "the e-mail {1} cannot be a gitolite user name (letters, digits and -._@+); change it with `berkas member`"
            )
        // MARK: CgitService
        case .cgitStep: ("{1} oleh {2} ({3}), {4}", "{1} by {2} ({3}), {4}")
        case .cgitValid: ("sah", "valid")
        case .cgitInvalid: ("TIDAK SAH {1} — jalankan `berkas verify`", "NOT VALID {1} — run `berkas verify`")
        case .cgitUnknownCommit: ("belum diperiksa", "not checked")
        case .cgitNoRepository:
            (
                "--repo-path {1} bukan repositori git; sebutkan repositori pusat, mis. /srv/gitolite/repositories/arsip.git",
                "--repo-path {1} is not a git repository; name the central repository, e.g. /srv/gitolite/repositories/arsip.git"
            )
        case .cgitTitle: ("--title harus satu baris 1–100 huruf", "--title must be one line of 1–100 characters")
        // MARK: TypeService
        case .typeNameInvalid:
            (
                "nama jenis {1} tidak sah: huruf kecil, angka dan tanda -, mis. permintaan-akun-baru",
                "the type name {1} is not valid: lowercase letters, digits and -, e.g. permintaan-akun-baru"
            )
        case .typeColumns: ("Jenis|Awalan|Judul|Langkah", "Type|Prefix|Title|Steps")
        case .typeExists: ("jenis {1} sudah ada ({2})", "the type {1} already exists ({2})")
        case .typePrefixInvalid:
            (
                "awalan {1} tidak sah: 1–8 huruf kapital, mis. AB",
                "the prefix {1} is not valid: 1–8 capital letters, e.g. AB"
            )
        case .typePrefixTaken: ("awalan {1} sudah dipakai jenis {2}", "the prefix {1} is already the type {2}'s")
        case .typeTitleInvalid:
            (
                "--judul harus 1–100 huruf tanpa tanda kutip ganda atau karakter kendali",
                "--judul must be 1–100 characters without double quotes or control characters"
            )
        case .typeConfigListNotFound:
            (
                "daftar `jenis:` tidak ditemukan di .berkas/config.yml; tambahkan jenisnya di sana dengan tangan",
                "the `jenis:` list is not found in .berkas/config.yml; add the type there by hand"
            )
        // MARK: Report holidays
        case .reportHolidayList:
            (
                "Hari kerja dihitung tanpa hari libur dari {1}: {2}.",
                "Working days are counted without the holidays of {1}: {2}."
            )
        case .reportNoHolidayList:
            (
                "Hari kerja dihitung tanpa daftar hari libur (config.yml tidak menyebut hari_libur).",
                "Working days are counted without a holiday list (config.yml names no hari_libur)."
            )
        case .reportHolidayYear: ("{1}: {2} hari", "{1}: {2} days")
        case .reportHolidayYearNoMovable:
            (
                "{1}: {2} hari, hari libur bergerak belum dimasukkan",
                "{1}: {2} days, movable holidays not entered"
            )
        // MARK: HolidayService
        case .noHolidayFileInConfig:
            (
                "config.yml tidak menyebut daftar hari libur: tambahkan `hari_libur: .berkas/hari-libur.yml` lalu `berkas commit`",
                "config.yml names no holiday list: add `hari_libur: .berkas/hari-libur.yml`, then `berkas commit`"
            )
        case .noHolidayOn: ("tidak ada hari libur pada {1}", "no holiday on {1}")
        case .readFile: ("{1} tidak dapat dibaca", "{1} cannot be read")
        case .noHolidaysInFile:
            (
                "{1} tidak memuat satu pun baris bertanggal; satu hari libur per baris: tanggal lalu namanya",
                "{1} holds no dated line; one holiday per line: its date, then its name"
            )
        case .holidaysMissing:
            (
                "perhatian: hari libur bergerak {1} (Idul Fitri, Nyepi, Waisak, cuti bersama …) belum dimasukkan, jadi hari kerja {1} dihitung tanpa mereka — pengelola: `berkas libur impor FILE` (daftar SKB) atau `berkas libur tambah TANGGAL \"NAMA\"`",
                "note: the movable holidays of {1} (Idul Fitri, Nyepi, Waisak, collective leave …) are not entered, so {1}'s working days count them as working days — pengelola: `berkas libur impor FILE` (the SKB's list) or `berkas libur tambah DATE \"NAME\"`"
            )
        // MARK: SettingsService
        case .documentationUpdated: ("petunjuk arsip diperbarui: {1}", "archive manual updated: {1}")
        case .settingsOnlyByPengelola:
            (
                "{1} hanya dapat diubah oleh pengelola ({2}); kunci ini milik {3}. Tidak ada yang disimpan. Untuk menyimpan berkas saja, sebutkan berkasnya: `berkas commit JENIS/TAHUN/ID.md`.",
                "{1} may be changed only by a pengelola ({2}); this key is {3}'s. Nothing was saved. To save records only, name them: `berkas commit TYPE/YEAR/ID.md`."
            )
        case .settingsPathCannotBeHeld:
            (
                "{1}: {2}; beri nama lain yang dapat disimpan setiap komputer kantor",
                "{1}: {2}; give it another name every office computer can hold"
            )
        case .settingsFileTooLarge: ("{1} lebih dari {2} MB", "{1} is over {2} MB")
        case .allowedSignersIsGenerated:
            (
                ".berkas/allowed_signers dibuat oleh berkas dari policy.yml: kembalikan (`git checkout -- .berkas/allowed_signers`) dan ubah policy.yml atau pakai `berkas member`",
                ".berkas/allowed_signers is generated by berkas from policy.yml: restore it (`git checkout -- .berkas/allowed_signers`) and change policy.yml or use `berkas member`"
            )
        case .settingsFilesChanged: ("berkas pengaturan diubah: {1}", "settings files changed: {1}")
        case .typeRemovedButRecordsRemain:
            (
                "jenis {1} dihapus dari pengaturan padahal arsip masih memuat berkasnya (mis. {2}); berkas arsip tidak pernah dihapus kecuali dimusnahkan",
                "the type {1} is removed from the settings while the archive still holds its records (e.g. {2}); records are never removed except by destruction"
            )
        case .prefixChangedButRecordsRemain:
            (
                "awalan jenis {1} diubah padahal berkasnya bernomor {2} (mis. {3}); buat jenis baru untuk awalan baru (`berkas jenis baru`)",
                "the prefix of {1} is changed while its records are numbered {2} (e.g. {3}); make a new type for a new prefix (`berkas jenis baru`)"
            )
        case .settingsWouldMakeRecordsInvalid:
            (
                "pengaturan baru akan membuat berkas yang masih berjalan ini tidak sah; tidak ada yang disimpan — sesuaikan pengaturannya (mis. `required_from` untuk kolom baru) atau lengkapi berkasnya dulu",
                "the new settings would make these open records invalid; nothing was saved — adjust the settings (e.g. `required_from` for a new field) or complete the records first"
            )
        // MARK: RulesSummary
        case .settingChanged: ("{1}{2}: {3} → {4}", "{1}{2}: {3} → {4}")
        case .settingOffice: ("kantor", "office")
        case .settingLanguage: ("bahasa", "language")
        case .settingZone: ("zona waktu", "time zone")
        case .settingWorkingDays: ("hari kerja", "working days")
        case .settingHolidayFile: ("daftar hari libur", "holiday list")
        case .settingSizeLimit: ("batas ukuran berkas", "file size limit")
        case .settingPlace: ("tempat", "place")
        case .settingSignatory: ("penandatangan laporan", "report signatory")
        case .settingPrefix: ("awalan nomor", "number prefix")
        case .settingTitle: ("judul jenis", "type title")
        case .settingLetterheadChanged: ("kop surat diubah", "letterhead changed")
        case .typeAdded: ("jenis baru: {1} (awalan {2})", "new type: {1} (prefix {2})")
        case .typeRemoved: ("jenis dihapus: {1}", "type removed: {1}")
        case .actionAdded: ("aksi baru: {1}", "new action: {1}")
        case .actionRemoved: ("aksi dihapus: {1}", "action removed: {1}")
        case .actionChanged: ("aksi diubah: {1}", "action changed: {1}")
        case .standardTimeChanged:
            ("mutu baku {1}: {2} → {3} hari kerja", "standard time of {1}: {2} → {3} working days")
        case .workflowChanged: ("alur {1} diubah", "workflow of {1} changed")
        case .fieldsAdded: ("kolom baru: {1}", "new fields: {1}")
        case .fieldsRemoved: ("kolom dihapus: {1}", "fields removed: {1}")
        case .fieldsChanged: ("kolom diubah: {1}", "fields changed: {1}")
        case .newRecordTemplateChanged: ("templat berkas baru {1} diubah", "new-record template of {1} changed")
        case .archivalSet:
            (
                "klasifikasi, retensi dan akses {1} ditetapkan",
                "classification, retention and access of {1} set"
            )
        case .archivalChanged:
            (
                "klasifikasi, retensi dan akses {1} diubah (retensi: {2})",
                "classification, retention and access of {1} changed (retention: {2})"
            )
        case .holidaysChanged: ("hari libur {1}: {2} (kini {3})", "holidays {1}: {2} (now {3})")
        case .membersAdded: ("anggota baru: {1}", "new members: {1}")
        case .membersRemoved: ("anggota dicabut: {1}", "members removed: {1}")
        case .memberChanged: ("data anggota diubah: {1}", "member changed: {1}")
        case .rolesChanged: ("daftar peran diubah", "roles changed")
        case .minutesOption: ("--musnahkan: {1}", "--musnahkan: {1}")
        case .destroyingRecords: ("memusnahkan arsip", "destroying records")
        case .recordDestroyed:
            (
                "berkas {1} sudah dimusnahkan pada {2} menurut berita acara {3} (commit {4}); ia tidak lagi ada di arsip",
                "record {1} was destroyed on {2} under the berita acara {3} (commit {4}); it is no longer in the archive"
            )
        case .notDueNoSuchRecord:
            (
                "--hanya {1}: tidak ada berkas itu di arsip; tidak ada yang dimusnahkan",
                "--hanya {1}: the archive has no such record; nothing was destroyed"
            )
        case .notDueNoRetention:
            (
                "--hanya {1}: jenisnya belum punya {2}, jadi retensinya tidak diketahui; tidak ada yang dimusnahkan",
                "--hanya {1}: its type has no {2} yet, so its retention is unknown; nothing was destroyed"
            )
        case .notDueStillOpen:
            (
                "--hanya {1}: berkas itu belum selesai (status {2}); tidak ada yang dimusnahkan",
                "--hanya {1}: the record is not closed (status {2}); nothing was destroyed"
            )
        case .notDueNotToBeDestroyed:
            (
                "--hanya {1}: nasib akhirnya {2}, bukan musnah; tidak ada yang dimusnahkan",
                "--hanya {1}: its final disposition is {2}, not musnah; nothing was destroyed"
            )
        case .notDueRetentionRunning:
            (
                "--hanya {1}: retensinya baru berakhir {2}; tidak ada yang dimusnahkan",
                "--hanya {1}: its retention ends only on {2}; nothing was destroyed"
            )
        case .archivalDescription: ("{1} a.n. {2} ({3})", "{1}, {2} ({3})")
        case .archivalInProcess: ("(masih dalam proses)", "(still in process)")
        case .archivalAccess: ("akses {1}", "access {1}")
        case .archivalInactiveSince: ("inaktif sejak {1}", "inactive since {1}")
        case .archivalActiveUntil: ("aktif s.d. {1}", "active until {1}")
        case .archivalOneFile: ("1 berkas", "1 file")
        case .archivalOriginal: ("asli (elektronik)", "original (electronic)")
        case .archivalActiveColumns:
            (
                "No.|Kode klasifikasi|Uraian informasi arsip|Kurun waktu|Jumlah|Tingkat perkembangan|Retensi|Keterangan",
                "No.|Classification code|Description|Period|Quantity|Level of development|Retention|Remarks"
            )
        case .archivalActiveTitle: ("DAFTAR ARSIP AKTIF", "LIST OF ACTIVE RECORDS")
        case .archivalYear: ("tahun {1}", "year {1}")
        case .archivalToInactive:
            (
                "Masa aktif berakhir — pindahkan ke arsip inaktif: {1}",
                "Active period ended — move to the inactive archive: {1}"
            )
        case .archivalToDestroy:
            (
                "Retensi berakhir, nasib akhir musnah — daftar arsip usul musnah: {1}",
                "Retention ended, to be destroyed — list of records proposed for destruction: {1}"
            )
        case .archivalToKeep:
            (
                "Retensi berakhir, nasib akhir permanen — serahkan ke lembaga kearsipan daerah: {1}",
                "Retention ended, kept permanently — hand over to the regional archives: {1}"
            )
        case .archivalToReassess:
            (
                "Retensi berakhir, nasib akhir dinilai kembali — nilai ulang sebelum diputuskan: {1}",
                "Retention ended, to be reassessed — appraise again before deciding: {1}"
            )
        case .archivalDueColumns:
            (
                "No.|Kode klasifikasi|Uraian informasi arsip|Selesai|Aktif s.d.|Retensi s.d.|Nasib akhir",
                "No.|Classification code|Description|Closed|Active until|Kept until|Final disposition"
            )
        case .archivalDueTitle: ("RETENSI ARSIP PER {1}", "RECORDS RETENTION AS OF {1}")
        case .archivalGroup: ("kelompok", "group")
        case .archivalDueHint:
            (
                "Cetak dengan `berkas retensi --format html > retensi.html`: daftar ini dengan blok tanda tangan dan rancangan berita acara pemusnahan.",
                "Print with `berkas retensi --format html > retensi.html`: these lists with a signature block and a draft of the destruction record."
            )
        case .archivalMinutes:
            (
                "BERITA ACARA PEMUSNAHAN ARSIP (RANCANGAN)\nNomor: ....................\nPada hari ini .......... tanggal .......... bulan .......... tahun .........., kami yang bertanda tangan di bawah ini:\nNama: {3}, NIP: {4}, Jabatan: {5}, dalam hal ini bertindak untuk dan atas nama {1},\ntelah melaksanakan pemusnahan arsip sebanyak {2} berkas sebagaimana tercantum dalam Daftar Arsip Usul Musnah terlampir, yang telah habis masa retensinya dan bernasib akhir musnah menurut Jadwal Retensi Arsip, dengan cara .................... dan disaksikan oleh ....................\nPemusnahan dicatat dalam arsip berkas sebagai langkah bertanda tangan; isi berkas tetap ada dalam riwayat git setiap salinan arsip (lihat README, bagian Retensi dan pemusnahan).\nDemikian berita acara ini dibuat dengan sebenar-benarnya untuk dipergunakan sebagaimana mestinya.",
                "RECORDS DESTRUCTION MINUTES (DRAFT)\nNumber: ....................\nOn this day .......... date .......... month .......... year .........., we the undersigned:\nName: {3}, NIP: {4}, Position: {5}, acting for and on behalf of {1},\nhave destroyed {2} files as listed in the attached List of Records Proposed for Destruction, whose retention has ended with the final disposition destroy under the Records Retention Schedule, by .................... witnessed by ....................\nThe destruction is recorded in the berkas archive as a signed step; the files' content remains in the git history of every copy of the archive (see README, Retention and destruction).\nThese minutes are made truthfully to be used as needed."
            )
        // MARK: BackupRedo
        case .backupStepNotARecordStep:
            (
                "bukan langkah sebuah berkas; lakukan lagi dengan tangan bila masih perlu",
                "not a step of a record; redo it by hand if it is still needed"
            )
        case .backupStepRecordGone:
            (
                "{1} tidak ada lagi di main",
                "{1} is no longer in main"
            )
        case .backupFieldChangedMeanwhile:
            (
                "{1} sudah diubah orang lain sementara itu (kini: {2}); periksa dengan `berkas show`, lalu lakukan langkah ini lagi bila masih perlu",
                "{1} was changed by someone else meanwhile (now: {2}); look with `berkas show`, then take this step again if it is still needed"
            )
        case .backupStepNotYoursNow:
            (
                "aksi {1} tidak dapat Anda lakukan pada status berkas sekarang",
                "you cannot take the action {1} in the record's present state"
            )
        case .recordChangedWhileEditing:
            (
                "{1} diubah orang lain selama Anda menyunting; tidak ada yang disimpan. Lihat perubahannya dengan `berkas show {1}`, lalu jalankan `berkas edit {1}` lagi: suntingan Anda dibuka kembali.",
                "{1} was changed by someone else while you were editing; nothing was saved. See the change with `berkas show {1}`, then run `berkas edit {1}` again: your edit is opened again."
            )
        }
    }
}
