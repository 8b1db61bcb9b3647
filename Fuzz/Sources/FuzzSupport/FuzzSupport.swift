import DataInput
import Foundation
import InputGuards

/// What every harness checks besides "no crash": a message is one line of bounded length that
/// shows no control or bidi character (a value reaches it only through `Excerpt`), and it
/// names a place in the file it is about. A violation stops the run like a crash would.
public enum Invariants {
    public static let longestMessage = 4_000

    public static func check(_ error: DataError, file: String) {
        let text = error.description
        if text.count > longestMessage {
            fatalError("message of \(text.count) characters: \(text.prefix(300))…")
        }
        if let bad = text.unicodeScalars.first(where: Excerpt.needsEscape) {
            fatalError("message shows U+\(String(bad.value, radix: 16)) raw: \(text.debugDescription.prefix(300))")
        }
        if error.location?.file.isEmpty ?? true {
            fatalError("message names no file: \(text.prefix(300))")
        }
    }

}

/// Calls every accessor on every value of a tree, as checking a template's inputs would.
public enum TreeWalk {
    public static func exercise(_ node: DataNode, file: String) {
        func attempt<T>(_ body: () throws(DataError) -> T) {
            do { _ = try body() } catch { Invariants.check(error, file: file) }
        }
        attempt { () throws(DataError) in try node.string() }
        attempt { () throws(DataError) in try node.int() }
        attempt { () throws(DataError) in try node.decimal() }
        attempt { () throws(DataError) in try node.year() }
        attempt { () throws(DataError) in try node.date() }
        attempt { () throws(DataError) in try node.bool() }
        attempt { () throws(DataError) in try node.checkKeys(allowed: ["ho_ten", "don_vi", "so_tien"]) }
        attempt { () throws(DataError) in try node.required("ho_ten") }
        switch node.kind {
        case .list(let items): items.forEach { exercise($0, file: file) }
        case .map(let entries): entries.forEach { exercise($0.value, file: file) }
        case .null, .scalar: break
        }
    }
}

/// The bytes libFuzzer gives, as the readers get text: UTF-8, bad bytes replaced (the readers'
/// own decoding rejects them before parsing; here they are let through to reach the parser).
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}
