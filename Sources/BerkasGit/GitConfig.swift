internal import CLibgit2

/// Reading and writing git configuration.
public enum GitConfig {
    /// A value from the user's configuration (global, XDG, system), no repository.
    public static func defaultValue(_ key: String) throws(GitError) -> String? {
        try startLibgit2()
        var cfg: OpaquePointer?
        let code = git_config_open_default(&cfg)
        if code < 0 { return nil }
        defer { git_config_free(cfg) }
        return try string(cfg!, key)
    }

    static func string(_ cfg: OpaquePointer, _ key: String) throws(GitError) -> String? {
        var buf = git_buf()
        defer { git_buf_dispose(&buf) }
        let code = git_config_get_string_buf(&buf, cfg, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check("git_config_get_string_buf", code)
        return String(cString: buf.ptr)
    }
}

extension GitRepository {
    /// A value as git would see it in this repository (local over global).
    public func configValue(_ key: String) throws(GitError) -> String? {
        var cfg: OpaquePointer?
        try check("git_repository_config", git_repository_config(&cfg, handle))
        defer { git_config_free(cfg) }
        return try GitConfig.string(cfg!, key)
    }

    /// Sets a value in this repository's own `.git/config`.
    public func setLocalConfig(_ key: String, _ value: String) throws(GitError) {
        var cfg: OpaquePointer?
        try check("git_repository_config", git_repository_config(&cfg, handle))
        defer { git_config_free(cfg) }
        var local: OpaquePointer?
        try check("git_config_open_level", git_config_open_level(&local, cfg, GIT_CONFIG_LEVEL_LOCAL))
        defer { git_config_free(local) }
        try check("git_config_set_string", git_config_set_string(local, key, value))
    }
}
