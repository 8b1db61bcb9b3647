/// The case mapping of the scalars Vietnamese is written with, without the standard
/// library's general path (which builds a string for every character it maps): ASCII,
/// Latin-1, Latin Extended-A, Ơ and Ư, the combining marks, Latin Extended Additional and
/// General Punctuation.
/// Each scalar here maps to one scalar, as Unicode's full case mapping has it (the tests
/// compare every one with `uppercased()` and `lowercased()`); a scalar outside them, or one
/// that maps to several (ß, İ, ŉ …), sends the whole text back to the standard library.
enum LatinCase {
    /// The text with every scalar mapped, or nil if one of them is not handled here. Built
    /// as UTF-8 bytes: appending to a `String.UnicodeScalarView` costs hundreds of
    /// instructions a scalar.
    static func mapped(_ text: String, _ map: (UInt32) -> UInt32?) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            // Every scalar answered here is below U+10000: three UTF-8 bytes at most.
            guard let value = map(scalar.value) else { return nil }
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lower(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0...0xBF: return value
        case 0xC0...0xDE: return value == 0xD7 ? value : value + 0x20
        case 0xDF...0xFF: return value
        // Pairs, capital first (even) then small (odd).
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177: return value | 1
        // Pairs, capital odd then small even.
        case 0x139...0x148, 0x179...0x17E: return value & 1 == 1 ? value + 1 : value
        case 0x1A0, 0x1AF: return value + 1
        case 0x1A1, 0x1B0: return value
        case 0x300...0x36F: return value
        case 0x1E00...0x1E95, 0x1EA0...0x1EFF: return value | 1
        case 0x1E96...0x1E9D, 0x1E9F: return value
        // General Punctuation (dashes, quotes, ellipsis): no case.
        case 0x2000...0x206F: return value
        default: return nil
        }
    }

    static func upper(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x61...0x7A: return value - 0x20
        // µ becomes Greek capital mu, ß becomes "SS": not here.
        case 0xB5, 0xDF: return nil
        case 0...0xDE: return value
        case 0xE0...0xFE: return value == 0xF7 ? value : value - 0x20
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177: return value & ~1
        case 0x139...0x148, 0x179...0x17E: return value & 1 == 0 ? value - 1 : value
        case 0x1A0, 0x1AF: return value
        case 0x1A1, 0x1B0: return value - 1
        // U+0345 (ypogegrammeni) becomes a capital iota.
        case 0x300...0x344, 0x346...0x36F: return value
        case 0x1E00...0x1E95, 0x1EA0...0x1EFF: return value & ~1
        case 0x2000...0x206F: return value
        default: return nil
        }
    }
}
