import Foundation

/// Paths typed by the user. With `berkas -C DIR`, a relative path is looked up
/// in DIR first (as git does) and then in the folder the command was started
/// from, so `berkas -C arsip act … --key keys/me` works from the parent folder.
public enum UserPath {
    nonisolated(unsafe) public static var startDirectory: String? = nil

    public static func resolve(_ path: String) -> String {
        var p = path
        if p.hasPrefix("~/"), let home = Environment.value("HOME") { p = home + String(p.dropFirst(1)) }
        if p.hasPrefix("/") || FileManager.default.fileExists(atPath: p) { return p }
        if let start = startDirectory {
            let candidate = start + "/" + p
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return p
    }
}
