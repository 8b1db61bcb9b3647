import DocumentPipeline
import Foundation

let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One pipeline for every test, as a server keeps one: templates read and fonts loaded once.
let pipeline: Pipeline = try! Pipeline()

/// The Tây Nam Bộ 2023 award decision: a shared file (the cluster), a CSV list of recipients.
let decisionFolder = checkout.appendingPathComponent("Examples/tay-nam-bo-2023")
let decisionFile = decisionFolder.appendingPathComponent("quyet-dinh-khen-thuong-2022.yaml")
let decisionDisplay = "Examples/tay-nam-bo-2023/quyet-dinh-khen-thuong-2022.yaml"

/// A new empty folder under the temporary directory.
func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-pipeline-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The Tây Nam Bộ data set copied into a scratch folder, to change a file of it.
func copyOfDecisionFolder() throws -> URL {
    let folder = try scratchFolder().appendingPathComponent("tnb")
    try FileManager.default.copyItem(at: decisionFolder, to: folder)
    return folder
}
