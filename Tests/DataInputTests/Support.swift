import Foundation
@testable import DataInput

/// The clerk-facing text of the error `body` throws, or nil if it throws none.
func failure<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as DataError {
        return error.description
    } catch {
        return "not a DataError: \(error)"
    }
}

/// The error `body` throws, or nil.
func dataError<T>(_ body: () throws -> T) -> DataError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? DataError
    }
}

/// Parses YAML text named "du-lieu.yaml"; fails the test on error.
func yaml(_ text: String, file: String = "du-lieu.yaml") throws -> DataNode {
    try DataLoader.parse(text, file: file)
}

/// One folder for this run's temporary folders, removed when the test process exits: a test
/// that fails half-way, or forgets, leaves nothing in /tmp.
private func scratchFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("datainput-tests-\(getpid())", isDirectory: true)
}
private let scratchRoot: URL = {
    atexit { try? FileManager.default.removeItem(at: scratchFolder()) }
    return scratchFolder()
}()

/// A fresh temporary folder with the given files (path relative to it → contents).
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let root = scratchRoot.appendingPathComponent(UUID().uuidString, isDirectory: true)
    for (path, contents) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }
    return root
}

/// NFD (decomposed) form of a string, as macOS or some keyboards produce.
func decomposed(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

extension String {
    /// True when the string's scalars are exactly its NFC form's.
    var isNFCScalars: Bool {
        Array(unicodeScalars) == Array(precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
