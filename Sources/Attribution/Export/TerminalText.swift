/// Text from the input made safe to print on a terminal, where it could otherwise move the
/// cursor, recolour or clear the screen, ring the bell, set the window title, or reorder what
/// follows it on the line.
///
/// Tabs and line breaks become spaces, so that an item stays on its line. Every other control
/// character (C0, DEL, C1: `ESC` starts every terminal escape sequence, and U+009B is one
/// alone) and every bidirectional formatting character (the embeddings and overrides
/// U+202A–U+202E, the isolates U+2066–U+2069, the marks U+200E, U+200F, U+061C) is written as
/// its code in Swift's notation, `\u{1B}`, visible and inert; so are the line and paragraph
/// separators U+2028 and U+2029. Everything else is kept as it is.
package enum TerminalText {
    package static func escaped(_ text: String) -> String {
        // Most names are plain: nothing to copy.
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return text.escapingScalars { scalar in
            switch scalar {
            case "\t", "\n", "\r": " "
            default: needsEscape(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
            }
        }
    }

    /// Whether a scalar is not printed as it is.
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
