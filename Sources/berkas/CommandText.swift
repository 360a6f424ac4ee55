// long-file: a catalog, one entry per sentence.

import BerkasCore

/// Every sentence the command line say to a person, in Indonesian and English.
/// The raw value is the sentence's stable code (errors carry it, `--format json`
/// prints it); `{1}`, `{2}`, … are filled in order. The office reviews its
/// wording here; the completeness test checks both languages and their placeholders.
public enum CommandText: String, MessageCatalog {
    // MARK: HooksCommand
    case gitRepositoryUseCRepo = "cmd.git-repository-use-c-repo"
    // MARK: VerifyCommand
    case gitRepositoryUseCDir = "cmd.git-repository-use-c-dir"
    case historyStartsRecordedFingerprintArchive = "cmd.history-starts-recorded-fingerprint-archive"

    public var texts: (id: String, en: String) {
        switch self {
        // MARK: HooksCommand
        case .gitRepositoryUseCRepo:
            ("bukan repositori git — pakai -C REPO.git",
             "not a git repository — use -C REPO.git")
        // MARK: VerifyCommand
        case .gitRepositoryUseCDir: ("bukan repositori git — pakai -C FOLDER", "not a git repository — use -C DIR")
        case .historyStartsRecordedFingerprintArchive:
            ("riwayat ini bermula dari {1}, bukan dari sidik arsip yang tercatat ({2}): ini bukan arsip itu, atau riwayatnya dibuat ulang",
             "this history starts at {1}, not at the recorded fingerprint ({2}): it is not that archive, or its history was made anew")
        }
    }
}
