// long-file: a catalog, one entry per sentence.

import BerkasCore

/// Every sentence the audit rules say to a person, in Indonesian and English.
/// The raw value is the sentence's stable code (errors carry it, `--format json`
/// prints it); `{1}`, `{2}`, … are filled in order. The office reviews its
/// wording here; the completeness test checks both languages and their placeholders.
public enum AuditText: String, MessageCatalog {
    // MARK: ArchiveRulesRule
    case firstCommitAlreadyHoldsRecord = "audit.first-commit-already-holds-record"
    case archiveRulesRead = "audit.archive-rules-read"
    case policyYmlPengelolaLeft = "audit.policy-yml-pengelola-left"
    case berkasAllowedSignersDiffersOne = "audit.berkas-allowed-signers-differs-one"
    // MARK: ClassifiedChange
    case fileOutsidePlacesArchiveKnows = "audit.file-outside-places-archive-knows"
    case oneCommitChangesArchiveS = "audit.one-commit-changes-archive-s"
    case oneCommitChangesArchiveS2 = "audit.one-commit-changes-archive-s2"
    case oneCommitChangesRecordsOne = "audit.one-commit-changes-records-one"
    case attachmentBelong = "audit.attachment-belong"
    case attachmentsChangedWithoutTheirRecord = "audit.attachments-changed-without-their-record"
    case attachmentRemovedWithoutItsRecord = "audit.attachment-removed-without-its-record"
    // MARK: CommitTimeRule
    case beforeJanuary = "audit.before-january"
    case afterYear = "audit.after-year"
    case commitTimeEarlierThanParent = "audit.commit-time-earlier-than-parent"
    case authorTimeLaterThanCommit = "audit.author-time-later-than-commit"
    case commitTimeFutureAfterServer = "audit.commit-time-future-after-server"
    case zoneNoPlaceHas = "audit.zone-no-place-has"
    case timeCannotBePlaced = "audit.time-cannot-be-placed"
    // MARK: DestructionRule
    case destructionNamesNoMinutes = "audit.destruction-names-no-minutes"
    case destroyedRecordWasNotFinal = "audit.destroyed-record-was-not-final"
    case destroyedRecordTypeHasNoRetention = "audit.destroyed-record-type-has-no-retention"
    case destroyedRecordIsNotToBeDestroyed = "audit.destroyed-record-is-not-to-be-destroyed"
    case destroyedRecordHistoryUnread = "audit.destroyed-record-history-unread"
    case destroyedBeforeRetentionEnded = "audit.destroyed-before-retention-ended"
    case destroyedRecordAttachmentsRemain = "audit.destroyed-record-attachments-remain"
    // MARK: LinearHistoryRule
    case mergeCommitParentsArchiveS = "audit.merge-commit-parents-archive-s"
    // MARK: ScopeRule
    case plainFileModeOnlyExecutable = "audit.plain-file-mode-only-executable"
    case mbOverArchiveSLimit = "audit.mb-over-archive-s-limit"
    case oneFileWindowsMacosLetter = "audit.one-file-windows-macos-letter"
    case parentSArchiveRulesRead = "audit.parent-s-archive-rules-read"
    case commitChangesNothing = "audit.commit-changes-nothing"
    case everyOfficeComputerHoldPath = "audit.every-office-computer-hold-path"
    // MARK: SecretRule
    case commitMessageLineLooksLike = "audit.commit-message-line-looks-like"
    case lineLooksLikeHoldsPassword = "audit.line-looks-like-holds-password"
    // MARK: SignatureRule
    case commitCarriesExtraSignatureHeader = "audit.commit-carries-extra-signature-header"
    case commitCarriesMoreThanOne = "audit.commit-carries-more-than-one"
    case signatureHoldsMoreThanOne = "audit.signature-holds-more-than-one"
    case commitSigned = "audit.commit-signed"
    case signatureDamagedSshSignature = "audit.signature-damaged-ssh-signature"
    case signatureMadeNamespaceGit = "audit.signature-made-namespace-git"
    case signatureUsesHashSha512 = "audit.signature-uses-hash-sha512"
    case keyTypeAcceptedUseEd25519 = "audit.key-type-accepted-use-ed25519"
    case signatureMatchCommitSContent = "audit.signature-match-commit-s-content"
    // MARK: SignerRule
    case signingKeyBelongedMemberUnder = "audit.signing-key-belonged-member-under"
    case sMembershipEndedCommitDated = "audit.s-membership-ended-commit-dated"
    case rolesMayMakeChangeAllowed = "audit.roles-may-make-change-allowed"
    // MARK: TrailerRule
    case trailerOneBerkasKnows = "audit.trailer-one-berkas-knows"
    case trailerAppearsMoreThanOnce = "audit.trailer-appears-more-than-once"
    case trailerOutOrder = "audit.trailer-out-order"
    case trailerSaysButChange = "audit.trailer-says-but-change"
    case trailerBerkasActionMatchChange = "audit.trailer-berkas-action-match-change"
    case trailerBerkasRoleRoleSigner = "audit.trailer-berkas-role-role-signer"
    // MARK: TransitionRule
    case recordDeletedRecordsNeverDeleted = "audit.record-deleted-records-never-deleted"
    case recordAlreadyFinalButChanged = "audit.record-already-final-but-changed"
    case fieldChanged = "audit.field-changed"
    case newRecordMustStart = "audit.new-record-must-start"
    case fieldsWereChangedStateWhere = "audit.fields-were-changed-state-where"
    case statusWentWhichOneLegal = "audit.status-went-which-one-legal"
    case actionNeedsNoteCommitMessage = "audit.action-needs-note-commit-message"
    case actionRequires = "audit.action-requires"
    case mustAction = "audit.must-action"
    case actionAlsoChangedWhichSet = "audit.action-also-changed-which-set"
    case actionAlsoChangedRecordS = "audit.action-also-changed-record-s"
    case recordSStatusRead = "audit.record-s-status-read"

    public var texts: (id: String, en: String) {
        switch self {
        // MARK: ArchiveRulesRule
        case .firstCommitAlreadyHoldsRecord:
            (
                "commit pertama sudah berisi berkas {1}",
                "the first commit already holds the record {1}"
            )
        case .archiveRulesRead: ("pengaturan arsip tidak dapat dibaca: {1}", "the archive rules cannot be read: {1}")
        case .policyYmlPengelolaLeft: ("tidak ada lagi pengelola di policy.yml", "policy.yml has no pengelola left")
        case .berkasAllowedSignersDiffersOne:
            (
                ".berkas/allowed_signers tidak sama dengan yang dibuat dari policy.yml",
                ".berkas/allowed_signers differs from the one generated from policy.yml"
            )
        // MARK: ClassifiedChange
        case .fileOutsidePlacesArchiveKnows:
            (
                "berkas {1} berada di luar tempat yang dikenal arsip",
                "file {1} is outside the places the archive knows"
            )
        case .oneCommitChangesArchiveS:
            (
                "satu commit mengubah pengaturan arsip dan berkas sekaligus",
                "one commit changes the archive's rules and a record together"
            )
        case .oneCommitChangesArchiveS2:
            (
                "satu commit mengubah dokumentasi arsip dan hal lain sekaligus",
                "one commit changes the archive's documentation and something else together"
            )
        case .oneCommitChangesRecordsOne:
            (
                "satu commit mengubah {1} berkas ({2}); satu commit hanya untuk satu berkas",
                "one commit changes {1} records ({2}); one commit, one record"
            )
        case .attachmentBelong: ("lampiran {1} bukan milik {2}", "attachment {1} does not belong to {2}")
        case .attachmentsChangedWithoutTheirRecord:
            (
                "lampiran diubah tanpa berkasnya",
                "attachments changed without their record"
            )
        case .attachmentRemovedWithoutItsRecord:
            (
                "lampiran {1} dihapus tanpa berkasnya",
                "attachment {1} removed without its record"
            )
        // MARK: DestructionRule
        case .destructionNamesNoMinutes:
            (
                "pemusnahan tanpa trailer Berkas-Berita-Acara: sebutkan nomor berita acara pemusnahan",
                "a destruction without a Berkas-Berita-Acara trailer: name the berita acara's number"
            )
        case .destroyedRecordWasNotFinal:
            (
                "berkas {1} dimusnahkan padahal belum berstatus akhir (status {2})",
                "record {1} was destroyed while not final (status {2})"
            )
        case .destroyedRecordTypeHasNoRetention:
            (
                "berkas {1} dimusnahkan padahal jenis {2} tidak punya arsip.yml (retensi tidak diketahui)",
                "record {1} was destroyed but the type {2} has no arsip.yml (its retention is unknown)"
            )
        case .destroyedRecordIsNotToBeDestroyed:
            (
                "berkas {1} dimusnahkan padahal nasib akhirnya {2}, bukan musnah",
                "record {1} was destroyed but its final disposition is {2}, not musnah"
            )
        case .destroyedRecordHistoryUnread:
            (
                "riwayat berkas {1} tidak dapat dibaca: kapan ia selesai tidak diketahui",
                "the history of record {1} cannot be read: when it was closed is unknown"
            )
        case .destroyedBeforeRetentionEnded:
            (
                "berkas {1} selesai {2} ({3}): retensinya berakhir {4}, tetapi dimusnahkan {5}",
                "record {1} was closed on {2} ({3}): its retention ends on {4}, but it was destroyed on {5}"
            )
        case .destroyedRecordAttachmentsRemain:
            (
                "berkas {1} dimusnahkan tetapi lampirannya masih ada di {2}",
                "record {1} was destroyed but its attachments remain in {2}"
            )
        // MARK: CommitTimeRule
        case .beforeJanuary: ("sebelum 1 Januari 1970", "before 1 January 1970")
        case .afterYear: ("sesudah tahun 9999", "after the year 9999")
        case .commitTimeEarlierThanParent:
            (
                "waktu commit ({1}) lebih awal dari induknya ({2})",
                "the commit time ({1}) is earlier than its parent's ({2})"
            )
        case .authorTimeLaterThanCommit:
            (
                "waktu penulis ({1}) lebih akhir dari waktu commit ({2})",
                "the author time ({1}) is later than the commit time ({2})"
            )
        case .commitTimeFutureAfterServer:
            (
                "waktu commit ({1}) ada di masa depan: sesudah {2}, jam server ditambah 5 menit",
                "the commit time ({1}) is in the future: after {2}, the server's clock plus 5 minutes"
            )
        case .zoneNoPlaceHas:
            (
                "zona {1}, yang tidak dimiliki tempat mana pun (−12.00 s.d. +14.00)",
                "zone {1}, which no place has (−12:00 to +14:00)"
            )
        case .timeCannotBePlaced: ("waktu {1} tidak dapat ditempatkan: {2}", "the {1} time cannot be placed: {2}")
        // MARK: LinearHistoryRule
        case .mergeCommitParentsArchiveS:
            (
                "commit gabungan (merge) dengan {1} induk; riwayat arsip harus lurus — bagikan pekerjaan dengan `berkas sync`",
                "a merge commit with {1} parents; the archive's history must be linear — share work with `berkas sync`"
            )
        // MARK: ScopeRule
        case .plainFileModeOnlyExecutable:
            (
                "{1} bukan berkas biasa (mode {2}; hanya 100644: bukan berkas yang dapat dijalankan, symlink atau submodule)",
                "{1} is not a plain file (mode {2}; only 100644: not executable, a symlink or a submodule)"
            )
        case .mbOverArchiveSLimit:
            (
                "{1} berukuran {2} MB, lebih dari batas arsip {3} MB (batas_ukuran_mb)",
                "{1} is {2} MB, over the archive's limit of {3} MB (batas_ukuran_mb)"
            )
        case .oneFileWindowsMacosLetter:
            (
                "{1}: `{2}` dan `{3}` di {4}/ adalah berkas yang sama di Windows dan macOS (huruf besar/kecil atau bentuk Unicode)",
                "{1}: `{2}` and `{3}` in {4}/ are one file on Windows and macOS (letter case or Unicode form)"
            )
        case .parentSArchiveRulesRead:
            (
                "pengaturan arsip pada induk tidak dapat dibaca: {1}",
                "the parent's archive rules cannot be read: {1}"
            )
        case .commitChangesNothing: ("commit tanpa perubahan", "a commit that changes nothing")
        case .everyOfficeComputerHoldPath:
            (
                "{1}: {2} — jalur ini tidak dapat disimpan di setiap komputer kantor",
                "{1}: {2} — not every office computer can hold this path"
            )
        // MARK: SecretRule
        case .commitMessageLineLooksLike:
            (
                "pesan commit baris {1} tampak berisi kata sandi",
                "commit message line {1} looks like it holds a password"
            )
        case .lineLooksLikeHoldsPassword:
            (
                "{1} baris {2} tampak berisi kata sandi",
                "{1} line {2} looks like it holds a password"
            )
        // MARK: SignatureRule
        case .commitCarriesExtraSignatureHeader:
            (
                "commit membawa kepala tanda tangan tambahan `{1}` (git biasa mengabaikannya dan tetap berkata \"Good\")",
                "the commit carries an extra signature header `{1}` (stock git ignores it and still says \"Good\")"
            )
        case .commitCarriesMoreThanOne:
            (
                "commit membawa lebih dari satu kepala gpgsig",
                "the commit carries more than one gpgsig header"
            )
        case .signatureHoldsMoreThanOne:
            (
                "tanda tangan berisi lebih dari satu blok",
                "the signature holds more than one block"
            )
        case .commitSigned: ("commit tidak ditandatangani", "the commit is not signed")
        case .signatureDamagedSshSignature:
            (
                "tanda tangan rusak atau bukan tanda tangan SSH",
                "the signature is damaged or not an SSH signature"
            )
        case .signatureMadeNamespaceGit:
            (
                "tanda tangan dibuat untuk namespace `{1}`, bukan `git`",
                "the signature was made for namespace `{1}`, not `git`"
            )
        case .signatureUsesHashSha512:
            (
                "tanda tangan memakai hash {1}, bukan sha512",
                "the signature uses hash {1}, not sha512"
            )
        case .keyTypeAcceptedUseEd25519:
            (
                "jenis kunci {1} tidak diterima (pakai ed25519)",
                "key type {1} is not accepted (use ed25519)"
            )
        case .signatureMatchCommitSContent:
            (
                "tanda tangan tidak cocok dengan isi commit (diubah setelah ditandatangani?)",
                "the signature does not match the commit's content (changed after signing?)"
            )
        // MARK: SignerRule
        case .signingKeyBelongedMemberUnder:
            (
                "kunci penanda tangan ({1}…) bukan milik anggota mana pun menurut policy saat itu",
                "the signing key ({1}…) belonged to no member under the policy in force"
            )
        case .sMembershipEndedCommitDated:
            (
                "keanggotaan {1} berakhir {2}, commit bertanggal {3}",
                "{1}'s membership ended on {2}, the commit is dated {3}"
            )
        case .rolesMayMakeChangeAllowed:
            (
                "{1} (peran: {2}) tidak berwenang untuk perubahan ini; yang berwenang: {3}",
                "{1} (roles: {2}) may not make this change; allowed: {3}"
            )
        // MARK: TrailerRule
        case .trailerOneBerkasKnows: ("trailer {1} tidak dikenal", "trailer {1} is not one berkas knows")
        case .trailerAppearsMoreThanOnce: ("trailer {1} muncul lebih dari sekali", "trailer {1} appears more than once")
        case .trailerOutOrder: ("trailer {1} tidak pada urutannya ({2})", "trailer {1} is out of order ({2})")
        case .trailerSaysButChange:
            (
                "trailer {1} berbunyi \"{2}\", padahal perubahannya \"{3}\"",
                "trailer {1} says \"{2}\" but the change is \"{3}\""
            )
        case .trailerBerkasActionMatchChange:
            (
                "trailer Berkas-Action \"{1}\" tidak sesuai perubahan ({2})",
                "trailer Berkas-Action \"{1}\" does not match the change ({2})"
            )
        case .trailerBerkasRoleRoleSigner:
            (
                "trailer Berkas-Role \"{1}\" bukan peran penanda tangan yang berwenang untuk perubahan ini",
                "trailer Berkas-Role \"{1}\" is not a role of the signer that may make this change"
            )
        // MARK: TransitionRule
        case .recordDeletedRecordsNeverDeleted:
            (
                "berkas {1} dihapus; berkas arsip tidak pernah dihapus",
                "record {1} was deleted; records are never deleted"
            )
        case .recordAlreadyFinalButChanged:
            (
                "berkas {1} sudah berstatus akhir ({2}) tetapi diubah",
                "record {1} was already final ({2}) but was changed"
            )
        case .fieldChanged: ("kolom {1} diubah", "the field {1} was changed")
        case .newRecordMustStart:
            (
                "berkas baru harus berstatus {1}, bukan {2}",
                "a new record must start as {1}, not {2}"
            )
        case .fieldsWereChangedStateWhere:
            (
                "isian diubah pada status {1}, yang tidak mengizinkan perubahan isian",
                "fields were changed in the state {1}, where fields may not change"
            )
        case .statusWentWhichOneLegal:
            (
                "status berubah dari {1} ke {2}, yang bukan satu aksi yang sah",
                "the status went from {1} to {2}, which is not one legal action"
            )
        case .actionNeedsNoteCommitMessage:
            (
                "aksi {1} memerlukan catatan di pesan commit",
                "the action {1} needs a note in the commit message"
            )
        case .actionRequires: ("aksi {1} memerlukan {2}", "the action {1} requires {2}")
        case .mustAction: ("{1} harus {2} untuk aksi {3}", "{1} must be {2} for the action {3}")
        case .actionAlsoChangedWhichSet:
            (
                "aksi {1} juga mengubah {2}, yang bukan bagiannya",
                "the action {1} also changed {2}, which it does not set"
            )
        case .actionAlsoChangedRecordS:
            (
                "aksi {1} juga mengubah teks berkas di luar baris status dan isian aksinya",
                "the action {1} also changed the record's text outside its status line and the action's fields"
            )
        case .recordSStatusRead: ("status berkas tidak dapat dibaca", "the record's status cannot be read")
        }
    }
}
