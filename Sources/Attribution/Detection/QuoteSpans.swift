/// The quotations of an article: the spans between double quotes, found in one pass.
///
/// The normalizer writes every double quote as `"`, so a mark's side is told by its
/// neighbours: after a space and before a word it opens (`said: "People`), after a word or
/// punctuation and before a space it closes (`wasted." He`), and between two spaces
/// (tokenized text) or two words it turns the state over. A quote that opens while one is
/// open starts a new quotation (a paragraph that reopened a quote whose break was lost); a
/// quote that closes while none is open is a stray mark. A line ending a sentence ends any
/// quotation still open (a quote running on over paragraphs reopens at each), and a line
/// broken inside a sentence (hard-wrapped text) does not. Speakers are read outside
/// quotations only: a speech verb inside someone's quoted words starts no new speaker
/// (`"Polisi mengatakan tidak ada korban," kata Budi` quotes Budi alone).
struct QuoteSpans: Sendable {
    /// The spans, from just after the opening quote to the closing quote (or the line break),
    /// in order and disjoint.
    let spans: [Range<Int>]

    /// The spans of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var spans: [Range<Int>] = []
        var open = -1
        for i in bytes.indices {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                let spaced = i == 0 || Self.isSpace(bytes[i - 1])
                let spacedAfter = i + 1 == bytes.count || Self.isSpace(bytes[i + 1]) || Self.isPunctuation(bytes[i + 1])
                if open >= 0 {
                    spans.append(open..<i)
                    // A quote opening while one is open starts a new quotation.
                    open = spaced && !spacedAfter ? i + 1 : -1
                } else if spaced || !spacedAfter {
                    open = i + 1
                }
            } else if byte == 0x0A, open >= 0, Self.endsSentence(bytes, before: i) {
                spans.append(open..<i)
                open = -1
            }
        }
        if open >= 0 { spans.append(open..<bytes.count) }
        self.spans = spans
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
            UInt8(ascii: "!"), UInt8(ascii: ")"), UInt8(ascii: "]"):
            true
        default: false
        }
    }

    /// Whether the line that ends at `end` ends a sentence (or is empty).
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        var i = end
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        guard i > 0 else { return true }
        switch bytes[i - 1] {
        case 0x0A, UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: "\""):
            return true
        default: return false
        }
    }

    /// No quotations: every position is outside.
    init() {
        spans = []
    }

    /// The index of the last span that starts at or before `p`, or nil.
    private func lastSpan(startingAtOrBefore p: Int) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].lowerBound <= p { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether `p` lies inside a quotation.
    func contains(_ p: Int) -> Bool {
        guard let index = lastSpan(startingAtOrBefore: p) else { return false }
        return spans[index].contains(p)
    }

    /// Whether a quotation closes at `p` (the byte at `p` is its closing quote).
    func closes(at p: Int) -> Bool {
        guard let index = lastSpan(startingAtOrBefore: p) else { return false }
        return spans[index].upperBound == p
    }
}
