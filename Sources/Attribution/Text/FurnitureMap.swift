/// The parts of a page that are not the article: `Baca juga` links, advertisements, promos,
/// related-article lists and the verse of the day.
///
/// A line heading (`Baca juga`, `Advertisement`, `Simak juga`) makes furniture of the rest of its
/// line, but no more than a headline's length, since flattened corpora put links inside
/// paragraphs; a block heading (`Berita Lainnya`, `Yuk Ngaji`) makes furniture of the rest of the page.
struct FurnitureMap: Sendable {
    /// Sorted, non-overlapping normalized byte ranges.
    private(set) var ranges: [Range<Int>] = []

    /// Where the article's body ends: the first block of furniture, or the end of the text.
    private(set) var bodyEnd: Int

    static let maxLineFurniture = 160

    /// Where the headlines of links that run on into their paragraphs end: there a sentence starts.
    private var headlineEnds: Set<Int> = []

    init(text: NormalizedText, hits: [Hit], lexicon: CueLexicon) {
        bodyEnd = text.count
        let bytes = text.bytes
        for hit in hits {
            guard hit.has(.furniture), let cue = hit.cue(lexicon, in: .furniture) else { continue }
            if cue.family == .furnitureBlock {
                bodyEnd = min(bodyEnd, hit.start)
                ranges.append(hit.start..<text.count)
                break
            }
            var end = hit.end
            while end < bytes.count, bytes[end] != 0x0A, end - hit.start < Self.maxLineFurniture { end += 1 }
            // A line longer than a headline is a flattened paragraph: the link ends with its headline.
            if end < bytes.count, bytes[end] != 0x0A,
                let headline = bytes.withUnsafeBufferPointer({ Self.headlineEnd($0, from: hit.end, limit: end) })
            {
                end = headline
                headlineEnds.insert(headline)
            }
            if let last = ranges.last, last.upperBound >= hit.start {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                ranges.append(hit.start..<end)
            }
        }
    }

    private static let headlineWords = WordLists.standard.set(.headlineWord)

    /// Where a link's headline that runs on into its paragraph ends (`Baca juga: Garuda Klaim
    /// Turunkan Harga di Seluruh Rute Apalagi perusahaan ...`): before the last capitalised word
    /// ahead of the first lower-case word that no headline keeps, which opens the sentence;
    /// nil when no such word comes before `limit`.
    static func headlineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var p = start
        var capitalised: Int?
        while p < limit {
            while p < limit, bytes[p] == 0x20 { p += 1 }
            let wordStart = p
            while p < limit, bytes[p] != 0x20 { p += 1 }
            // The word's letters, without the quotes and brackets around them.
            var first = wordStart
            while first < p, !CueScanner.isLetterOrDigit(bytes[first]) { first += 1 }
            var last = p
            while last > first, !CueScanner.isLetterOrDigit(bytes[last - 1]) { last -= 1 }
            guard first < last else { continue }
            // Digits, function words and letters beyond ASCII keep the headline going.
            let lead = bytes[first]
            if NameReader.isCapitalised(lead) {
                capitalised = wordStart
            } else if lead &- UInt8(ascii: "a") < 26, !headlineWords.contains(NameReader.lower(bytes, first..<last)) {
                return capitalised ?? wordStart
            }
        }
        return nil
    }

    /// `range` without the link's headline it starts in (`Kemenhub Serap 70 Persen Anggaran Budi`
    /// read back from `Budi menambahkan` is `Budi`); nil when it lies in the headline whole,
    /// unchanged when it starts anywhere else.
    func clipping(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let k = index(containing: range.lowerBound), headlineEnds.contains(ranges[k].upperBound) else {
            return range
        }
        let furniture = ranges[k]
        guard furniture.upperBound < range.upperBound else { return nil }
        var start = furniture.upperBound
        while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
        return start..<range.upperBound
    }

    /// Whether normalized offset `offset` lies in furniture.
    func contains(_ offset: Int) -> Bool {
        index(containing: offset) != nil
    }

    /// The index of the range that holds `offset`, by binary search, or nil.
    private func index(containing offset: Int) -> Int? {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset {
                low = mid + 1
            } else if ranges[mid].lowerBound > offset {
                high = mid
            } else {
                return mid
            }
        }
        return nil
    }
}
