import DocumentTemplates
import Foundation
import OfficialDocuments
import Testing
import Typesetting
import VanBanFiles

let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let builder: DocumentBuilder = {
    do { return try DocumentBuilder.standard() } catch { fatalError("templates: \(error)") }
}()

let fonts: FontLibrary = {
    do { return try ShippedFonts.library() } catch { fatalError("fonts: \(error)") }
}()

/// A scratch folder for one test.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-templates-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes files into a folder: name → contents.
func write(_ files: [String: String], in folder: URL) throws {
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// Prepares, composes and lays out a data file; the PDF's text as pdftotext reads it back.
func renderText(_ file: URL, display: String? = nil) throws -> (text: String, laidOut: LaidOutDocument, warnings: [String]) {
    let prepared = try builder.prepare(dataFile: file, displayPath: display ?? file.path)
    let typesetter = Typesetter(fonts: fonts)
    let composed = DocumentComposer(style: prepared.style).compose(prepared.document)
    let laidOut = typesetter.layout(composed.document)
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("out.pdf")
    try DocumentFiles.writePDF(laidOut, to: pdf)
    let text = try run("pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"]).output
    return (text, laidOut, composed.warnings.map(\.description) + laidOut.warnings.map(\.description))
}

/// The data problems of a file (empty when it is valid).
func problems(_ file: URL, display: String) -> [String] {
    do {
        _ = try builder.prepare(dataFile: file, displayPath: display)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}

func run(_ program: String, _ arguments: [String], in folder: URL? = nil,
         environment: [String: String] = [:]) throws -> (output: String, error: String, status: Int32) {
    let process = Process()
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
}

/// White space folded (pdftotext -layout pads columns) and no-break spaces as spaces.
func folded(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
