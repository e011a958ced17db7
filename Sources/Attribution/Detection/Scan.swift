/// One article as the evidence readers see it: the normalized bytes and the hits found in them.
struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    let hits: [Hit]
    /// Where the article's body ends (page furniture after it).
    var bodyEnd: Int
    /// Its lines, slashes and outlets, for questions about a hit's line.
    let index: ScanIndex

    init(bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], bodyEnd: Int, gazetteer: Gazetteer) {
        self.bytes = bytes
        self.hits = hits
        self.bodyEnd = bodyEnd
        index = ScanIndex(bytes: bytes, hits: hits, gazetteer: gazetteer)
    }

    /// The index of the first hit that starts at or after `offset`, or `hits.count`: a binary
    /// search, since hits stand in order and do not overlap.
    func firstHit(startingAtOrAfter offset: Int) -> Int {
        ScanIndex.firstIndex(in: hits) { $0.start >= offset }
    }

    /// The index of the last hit that ends at or before `offset`, if any.
    func lastHit(endingAtOrBefore offset: Int) -> Int? {
        let k = ScanIndex.firstIndex(in: hits) { $0.end > offset }
        return k > 0 ? k - 1 : nil
    }

    /// The first hit from index `j` on that starts at or after `offset`, if it starts exactly
    /// there, with its index.
    func hit(startingAt offset: Int, from j: Int) -> (index: Int, hit: Hit)? {
        var j = j
        while j < hits.count, hits[j].start < offset { j += 1 }
        guard j < hits.count, hits[j].start == offset else { return nil }
        return (j, hits[j])
    }

    /// The first hit from index `j` on that starts after `end`, if it starts one byte after it.
    func hit(rightAfter end: Int, from j: Int) -> Hit? {
        guard let next = hits[j...].first(where: { $0.start > end }), next.start == end + 1 else { return nil }
        return next
    }

    /// The text of `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The length of the first of `words` (lower-case bytes) that starts at `p`, ASCII case folded.
    func word(at p: Int, oneOf words: [[UInt8]]) -> Int? {
        for word in words where EvidenceReader.startsWith(bytes, at: p, word) { return word.count }
        return nil
    }
}
