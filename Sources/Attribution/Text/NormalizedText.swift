/// An article's text rewritten for matching, with a map back to the text as given.
///
/// Curly quotes, dashes and exotic spaces become ASCII, runs of white space become one space
/// (or one newline), and the spacing of tokenized corpora is undone: `Jakarta , CNN Indonesia - -`
/// reads `Jakarta, CNN Indonesia --` and `( ANTARA News )` reads `(ANTARA News)`. Every byte maps
/// back to the UTF-8 offset of the character it came from, so a match maps back to an exact span.
struct NormalizedText: Sendable {
    /// From output offset `output` on, until the next break, a byte at output offset `k` came
    /// from source offset `k + shift` (rounded back to its character's start).
    struct Break: Sendable, Equatable {
        var output: Int32
        var shift: Int32
    }

    /// The rewritten UTF-8 bytes.
    var bytes: [UInt8]
    /// The sparse map back to `source`, in output order; before the first break the shift is 0.
    var breaks: [Break]
    /// The original text's UTF-8 bytes.
    var source: [UInt8]

    var count: Int { bytes.count }

    /// The UTF-8 offset in the original text of the character normalized byte `k` came from.
    func origin(at k: Int) -> Int {
        var low = 0
        var high = breaks.count
        while low < high {
            let mid = (low + high) / 2
            if Int(breaks[mid].output) <= k { low = mid + 1 } else { high = mid }
        }
        var at = k + (low == 0 ? 0 : Int(breaks[low - 1].shift))
        // A continuation byte copied as it is belongs to the character that starts before it.
        if bytes[k] & 0xC0 == 0x80 {
            var back = 0
            while back < 3, at > 0, at < source.count, source[at] & 0xC0 == 0x80 {
                at -= 1
                back += 1
            }
        }
        return at
    }

    /// The original UTF-8 range that normalized bytes `range` came from.
    func sourceRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < bytes.count ? origin(at: range.lowerBound) : source.count
            return at..<at
        }
        let start = origin(at: range.lowerBound)
        let last = origin(at: range.upperBound - 1)
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
