/// The quotations of an article: the spans between double quotes, found in one pass.
///
/// The normalizer writes every double quote as `"`, so a quotation opens at one and closes at
/// the next. A paragraph ends any quotation still open (a quote that runs on over paragraphs
/// reopens at each), so one stray mark costs at most the rest of its paragraph. Speakers are
/// read outside quotations only: a speech verb inside someone's quoted words starts no new
/// speaker (`"Polisi mengatakan tidak ada korban," kata Budi` quotes Budi alone).
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
                if open < 0 {
                    open = i + 1
                } else {
                    spans.append(open..<i)
                    open = -1
                }
            } else if byte == 0x0A, open >= 0 {
                spans.append(open..<i)
                open = -1
            }
        }
        if open >= 0 { spans.append(open..<bytes.count) }
        self.spans = spans
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
