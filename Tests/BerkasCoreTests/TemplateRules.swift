@testable import BerkasCore
import BerkasTemplate
import Foundation

/// The rules of the shipped records template, as `berkas init` writes them.
enum TemplateRules {
    static func load() throws -> ArchiveRules {
        try RulesLoader.load { path in RecordsTemplate.file(path) }
    }

    static var resetType: RecordType {
        get throws { try #require(load().type(named: "permintaan-reset-akun")) }
    }
}

import Testing
