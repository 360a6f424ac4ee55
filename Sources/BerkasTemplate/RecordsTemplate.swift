import Foundation

/// The skeleton of a new records repository (`records-template/` of the source tree),
/// compiled into the binary.
public enum RecordsTemplate {
    /// Every file of the template: path relative to the repository root, and its bytes.
    public static let files: [(path: String, contents: Data)] = embeddedTemplateFiles.map {
        (path: $0.path, contents: Data(base64Encoded: $0.base64) ?? Data())
    }

    /// The bytes of one template file, or nil.
    public static func file(_ path: String) -> Data? {
        files.first { $0.path == path }?.contents
    }
}
