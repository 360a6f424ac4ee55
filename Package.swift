// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "berkas",
    // Built and tested on Linux only (Debian 12, Swift 6.1 or later): libgit2 and libsodium
    // come from Debian's packages, and the file and signal code uses Glibc.
    products: [
        .executable(name: "berkas", targets: ["berkas"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0")
    ],
    targets: [
        // libgit2 from the system (Debian: libgit2-dev). Only BerkasGit imports it.
        .systemLibrary(
            name: "CLibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // libsodium from the system (Debian: libsodium-dev): Ed25519 checks, ~28% faster than BoringSSL's here.
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // libxlsxwriter from the system (Debian: libxlsxwriter-dev): `--format xlsx` of report and list.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // libgit2's start-up without parsing the system's CA bundle (HTTPS is git's, not
        // libgit2's): see start.c and BENCHMARKS.md.
        .target(name: "CLibgit2Start"),
        // Pure domain: records, front matter, schema, workflow, policy, diagnostics. No git, no files.
        .target(
            name: "BerkasCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The records-template/ folder, embedded in the binary at build time.
        .executableTarget(name: "EmbedTemplateTool"),
        .plugin(
            name: "EmbedTemplatePlugin",
            capability: .buildTool(),
            dependencies: ["EmbedTemplateTool"]
        ),
        .target(
            name: "BerkasTemplate",
            plugins: ["EmbedTemplatePlugin"]
        ),
        // The only code that talks to libgit2.
        .target(
            name: "BerkasGit",
            dependencies: ["BerkasCore", "CLibgit2", "CLibgit2Start", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // git's SSH signatures: extraction from a commit object, SSHSIG parsing and checking.
        .target(
            name: "BerkasSignatures",
            dependencies: ["CSodium", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The rules of DESIGN.md section 5, one per file, judged on plain facts about a commit.
        .target(
            name: "BerkasAudit",
            dependencies: ["BerkasCore", "BerkasSignatures"]
        ),
        // Services: what each command does, built on the core and the git layer.
        .target(
            name: "BerkasKit",
            dependencies: [
                "BerkasCore", "BerkasGit", "BerkasTemplate", "BerkasSignatures", "BerkasAudit", "CXlsxWriter",
                .product(name: "Ink", package: "Ink"), .product(name: "Crypto", package: "swift-crypto")
            ]
        ),
        .executableTarget(
            name: "berkas",
            dependencies: [
                "BerkasKit", "BerkasCore", "BerkasAudit", "BerkasGit",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        // A synthetic archive for benchmarks (scripts/benchmark.sh): years of signed history.
        .executableTarget(
            name: "berkas-archive-gen",
            dependencies: ["BerkasCore", "BerkasGit", "BerkasKit", "BerkasTemplate", "BerkasSignatures"]
        ),
        // The fuzz targets (scripts/fuzz.sh builds them with -sanitize=fuzzer -DFUZZING);
        // built normally, it replays the corpus in Tests/Fuzz/.
        .executableTarget(
            name: "berkas-fuzz",
            dependencies: ["BerkasCore", "BerkasGit", "BerkasSignatures"]
        ),
        // For the tests: scratch folders removed when the test process exits, a seeded generator.
        .target(name: "TestSupport"),
        .testTarget(
            name: "BerkasCoreTests",
            dependencies: [
                "BerkasCore", "BerkasTemplate", "TestSupport",
                .product(name: "Yams", package: "Yams")
            ]),
        .testTarget(name: "BerkasGitTests", dependencies: ["BerkasGit", "CLibgit2", "CLibgit2Start", "TestSupport"]),
        .testTarget(
            name: "BerkasSignaturesTests",
            dependencies: [
                "BerkasSignatures", "TestSupport",
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        .testTarget(
            name: "BerkasAuditTests", dependencies: ["BerkasAudit", "BerkasCore", "BerkasSignatures", "BerkasTemplate"]),
        .testTarget(
            name: "BerkasKitTests",
            dependencies: ["BerkasKit", "BerkasCore", "BerkasAudit", "BerkasGit", "BerkasTemplate", "TestSupport"]),
        .testTarget(name: "BerkasEndToEndTests", dependencies: ["berkas", "BerkasCore"])
    ]
)
