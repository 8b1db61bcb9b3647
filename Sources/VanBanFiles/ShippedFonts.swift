import Foundation
import Typesetting

/// The fonts VanBan ships in its Fonts/ folder (Liberation Serif, DejaVu Sans), found beside
/// the program or in the checkout it was built from, with a user's folder first when given.
public enum ShippedFonts {
    public enum Error: Swift.Error, CustomStringConvertible, Equatable {
        /// No Fonts/ folder in any of these places.
        case notFound([String])
        /// The user's font folder does not exist.
        case userDirectoryMissing(String)
        /// The fonts could not be opened (FreeType failed).
        case unusable(String)

        /// In Vietnamese, for the clerk; a command line adds its own options.
        public var description: String {
            switch self {
            case let .notFound(paths):
                return "Không tìm thấy thư mục phông chữ Fonts/ (đã tìm ở: \(paths.joined(separator: ", "))). Hãy đặt biến môi trường VANBAN_FONTS."
            case let .userDirectoryMissing(path):
                return "\(path): không có thư mục phông chữ này."
            case let .unusable(reason):
                return "Không mở được phông chữ: \(reason)."
            }
        }
    }

    /// The shipped fonts, with a user's folder first: its faces win over the shipped ones of
    /// the same family and style (real Times New Roman over Liberation Serif).
    public static func library(userDirectory: URL? = nil) throws -> FontLibrary {
        var directories: [URL] = []
        if let userDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: userDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Error.userDirectoryMissing(userDirectory.path)
            }
            directories.append(userDirectory)
        }
        directories.append(try directory())
        do { return try FontLibrary(directories: directories) } catch { throw Error.unusable("\(error)") }
    }

    /// The Fonts/ folder: $VANBAN_FONTS, then beside or above the executable (also in
    /// share/vanban/Fonts), then the source checkout this binary was built from.
    public static func directory() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["VANBAN_FONTS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Fonts"))
            candidates.append(folder.appendingPathComponent("share/vanban/Fonts"))
            folder = folder.deletingLastPathComponent()
        }
        // Sources/VanBanFiles/ShippedFonts.swift → the checkout's root.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Fonts"))
        let marker = "LiberationSerif-Regular.ttf"
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent(marker).path) }) {
            return found
        }
        throw Error.notFound(candidates.map(\.path))
    }
}
