import DocumentPipeline
import VanBanFiles

/// An error as the command line reports it: the product's Vietnamese message, with the
/// option that gets past it where there is one.
public func commandLineMessage(_ error: Error) -> String {
    switch error {
    case let AtomicFile.Error.exists(path): return commandLineMessage(.outputExists(path: path))
    case let ShippedFonts.Error.notFound(paths): return commandLineMessage(.fontsNotFound(searched: paths))
    case let ShippedFonts.Error.userDirectoryMissing(path): return commandLineMessage(.fontFolderMissing(path: path))
    default: return "\(error)"
    }
}

/// A problem the pipeline found, as the command line prints it: its line, or for what an
/// option of the command gets past, the line naming the option.
public func commandLineMessage(_ problem: Problem) -> String {
    problem.cause.map(commandLineMessage) ?? problem.description
}

public func commandLineMessage(_ cause: Problem.Cause) -> String {
    switch cause {
    case let .outputExists(path):
        return "\(path): tệp đã có; dùng --force để ghi đè."
    case let .fontsNotFound(paths):
        return "Không tìm thấy thư mục phông chữ Fonts/ (đã tìm ở: \(paths.joined(separator: ", "))). Hãy đặt biến môi trường VANBAN_FONTS hoặc dùng --fonts."
    case let .fontFolderMissing(path):
        return "\(path): không có thư mục phông chữ này (--fonts)."
    }
}

extension ExitStatus {
    /// The status a failed document gives the command: 1 for what is wrong with the input, 3
    /// for an output that cannot be written.
    public static func of(_ failure: PipelineFailure) -> Int32 {
        switch failure {
        case .badInput: return badInput
        case .cannotWrite: return cannotWrite
        }
    }
}
