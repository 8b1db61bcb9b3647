import VanBanFiles

/// An error as the command line reports it: the product's Vietnamese message, with the
/// option that gets past it where there is one.
func commandLineMessage(_ error: Error) -> String {
    switch error {
    case let AtomicFile.Error.exists(path):
        return "\(path): tệp đã có; dùng --force để ghi đè."
    case let ShippedFonts.Error.notFound(paths):
        return "Không tìm thấy thư mục phông chữ Fonts/ (đã tìm ở: \(paths.joined(separator: ", "))). Hãy đặt biến môi trường VANBAN_FONTS hoặc dùng --fonts."
    case let ShippedFonts.Error.userDirectoryMissing(path):
        return "\(path): không có thư mục phông chữ này (--fonts)."
    default:
        return "\(error)"
    }
}
