/// How a message shows text that came from a user: quoted, cut short, and with every character
/// that could act on a terminal or reorder the line made visible. A value may hold an escape
/// sequence, a bidi override or a hundred thousand characters; the message must stay one
/// readable line.
public enum Excerpt {
    /// «value» with at most `InputLimits.excerptCharacters` characters, then «…»; control,
    /// format (bidi, zero-width) and separator characters written as \u{1B}.
    public static func quoted(_ text: String, limit: Int = InputLimits.excerptCharacters) -> String {
        "«" + shortened(text, limit: limit) + "»"
    }

    /// A file's path as messages name it: escaped like a value, cut only when absurdly long.
    public static func path(_ path: String) -> String {
        shortened(path, limit: InputLimits.excerptPathCharacters)
    }

    /// «path», as `path` shows it.
    public static func quotedPath(_ path: String) -> String {
        "«" + Self.path(path) + "»"
    }

    /// The text cut to `limit` characters (and four times as many scalars, for a character
    /// carrying hundreds of combining marks) with «…» at the cut, escaped as `escaped` does.
    public static func shortened(_ text: String, limit: Int = InputLimits.excerptCharacters) -> String {
        var out = ""
        var characters = 0
        var scalars = 0
        for character in text {
            if characters == limit { return out + "…" }
            for scalar in character.unicodeScalars {
                if scalars == 4 * limit { return out + "…" }
                append(scalar, to: &out)
                scalars += 1
            }
            characters += 1
        }
        return out
    }

    /// The whole text with control, format and separator characters written as \u{1B}.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        if needsEscape(scalar) {
            out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    /// Whether `escaped` writes the scalar as \u{…}: C0 and C1 controls (escape, NUL, line
    /// breaks, tab), DEL, format characters (bidi embeddings, overrides and isolates, zero-width
    /// spaces and joiners, the byte order mark) and the line and paragraph separators.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        // Latin-1 letters, Latin Extended-A/B and Vietnamese (Latin Extended Additional): letters.
        if value < 0xAD || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control:
            return true
        default:
            return false
        }
    }
}
