/// An article's text rewritten for matching, with a map back to the text as given.
///
/// Curly quotes, dashes and exotic spaces become ASCII, runs of white space become one space
/// (or one newline), and the spacing of tokenized corpora is undone: `Jakarta , CNN Indonesia - -`
/// reads `Jakarta, CNN Indonesia --` and `( ANTARA News )` reads `(ANTARA News)`. Every byte keeps
/// the UTF-8 offset of the character it came from, so a match maps back to an exact span.
struct NormalizedText: Sendable {
    /// The rewritten UTF-8 bytes.
    var bytes: [UInt8]
    /// For each byte of `bytes`, the UTF-8 offset in the original text of the character it came from.
    var origin: [Int32]
    /// The original text's UTF-8 bytes.
    var source: [UInt8]

    var count: Int { bytes.count }

    /// The original UTF-8 range that normalized bytes `range` came from.
    func sourceRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < origin.count ? Int(origin[range.lowerBound]) : source.count
            return at..<at
        }
        let start = Int(origin[range.lowerBound])
        let last = Int(origin[range.upperBound - 1])
        return start..<(last + Self.scalarLength(leading: source[last]))
    }

    /// The text of normalized bytes `range`, as a String.
    func string(_ range: Range<Int>) -> String {
        bytes[range].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// The original text of normalized bytes `range`, exactly as given.
    func sourceString(_ range: Range<Int>) -> String {
        let r = sourceRange(range)
        return source[r].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Unicode scalar offset of a UTF-8 offset into the original text.
    func scalarOffset(ofByte offset: Int) -> Int {
        var n = 0
        for i in 0..<min(offset, source.count) where source[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    static func scalarLength(leading byte: UInt8) -> Int {
        switch byte {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1
        }
    }
}
