import ArgumentParser
import DocumentPipeline
import Foundation

/// The pipeline a command renders, checks or issues with: the shipped templates and law
/// tables read here, the fonts (the user's folder first) loading meanwhile on the other core.
public func loadPipeline(fontDirectory: String?) throws -> Pipeline {
    do { return try Pipeline(fontDirectory: fontDirectory.map { URL(fileURLWithPath: $0) }, loadingFontsNow: true) } catch {
        error.problems.forEach { report(commandLineMessage($0)) }
        throw ExitCode(ExitStatus.badInput)
    }
}
