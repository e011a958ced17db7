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
            if let last = ranges.last, last.upperBound >= hit.start {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                ranges.append(hit.start..<end)
            }
        }
    }

    /// Whether normalized offset `offset` lies in furniture.
    func contains(_ offset: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset {
                low = mid + 1
            } else if ranges[mid].lowerBound > offset {
                high = mid
            } else {
                return true
            }
        }
        return false
    }
}
