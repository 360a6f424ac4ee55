import Foundation

/// The one seam of berkas's fast paths: where berkas reads or writes a git or
/// YAML format itself for speed, the plain path (libgit2's or Yams') is beside
/// it, and `BERKAS_PLAIN_GIT=1` takes the plain path everywhere:
///
/// - records in berkas's own form read without YAML (`FlatFrontMatter`);
/// - the index updated directly for the paths a step touches (`IndexFile`);
/// - "unsaved changes?" answered by comparing the three versions of one path
///   instead of `git_status_file`;
/// - ancestry answered by a short first-parent walk before libgit2's;
/// - linear histories listed from git's commit-graph file (`CommitGraph`);
/// - the rules read back from `.git/berkas/rules` (`RulesCache`);
/// - libgit2 started without parsing the system's CA bundle (`CLibgit2Start`).
///
/// CI runs the end-to-end tests once more with the plain paths
/// (`scripts/test.sh`), so both answer the same. What is not a fast path but
/// the audit's own reading — every object hash-checked by `CheckedObjectReader`
/// — is the same either way.
public enum FastPaths {
    public static let enabled: Bool = {
        guard let value = getenv("BERKAS_PLAIN_GIT") else { return true }
        return String(cString: value) != "1"
    }()
}
