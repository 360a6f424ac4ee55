import Foundation
import PackagePlugin

/// Embeds every file of `records-template/` into the `BerkasTemplate` target as
/// generated Swift source, so an installed `berkas` binary needs no resource folder.
@main
struct EmbedTemplatePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templateDir = context.package.directoryURL.appending(path: "records-template")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplate.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: templateDir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile { inputs.append(url) }
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding records-template (\(inputs.count) files)",
                executable: try context.tool(named: "EmbedTemplateTool").url,
                arguments: [templateDir.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
