import BerkasTemplate
import Foundation
import Testing

@testable import BerkasCore

/// The rules of the shipped records template, as `berkas init` writes them.
enum TemplateRules {
    static func load() throws -> ArchiveRules {
        try RulesLoader.load { path in RecordsTemplate.file(path) }
    }

    static var resetType: RecordType {
        get throws { try #require(load().type(named: "permintaan-reset-akun")) }
    }
}
