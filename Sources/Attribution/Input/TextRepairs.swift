/// What reading a record had to replace with U+FFFD, so that the message names it.
struct TextRepairs: Sendable, Hashable {
    /// Bytes that are not UTF-8.
    var invalidUTF8 = false
    /// The first lone surrogate a JSON `\u` escape named (`\ud800` without its pair), if any.
    var loneSurrogate: UInt16? = nil

    /// Whether anything was replaced.
    var any: Bool { invalidUTF8 || loneSurrogate != nil }

    /// Notes a lone surrogate, keeping the first.
    mutating func note(surrogate: UInt32) {
        if loneSurrogate == nil { loneSurrogate = UInt16(truncatingIfNeeded: surrogate) }
    }

    /// `\uD800`, as JSON writes it.
    static func escape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
