/// Where one article's lines break, its slashes stand and its outlets are named, found on first
/// use, so that a question about a hit's line costs a short look or a binary search instead of
/// a walk along the line: an article of one endless line must take time in proportion to its
/// length.
///
/// It lives as long as the ``Scan`` of one article; the offsets are in its normalized bytes.
final class ScanIndex {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let hits: [Hit]
    private let gazetteer: Gazetteer

    init(bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], gazetteer: Gazetteer) {
        self.bytes = bytes
        self.hits = hits
        self.gazetteer = gazetteer
    }

    /// The offsets of the line breaks, in order.
    private lazy var newlines: [Int] = offsets(of: 0x0A)
    /// The offsets of the slashes, in order.
    private lazy var slashes: [Int] = offsets(of: UInt8(ascii: "/"))
    /// The indices of the hits that name an outlet other than a picture library, in order.
    private(set) lazy var outletHits: [Int] = hits.indices.filter { k in
        guard let outlet = hits[k].outlet(gazetteer) else { return false }
        return !gazetteer.outlets[outlet].isStockImagery
    }

    /// How far ``lineStart(_:)``, ``lineEnd(from:)`` and ``slashCount(in:)`` look at the bytes
    /// themselves before they ask the index: most lines are shorter, so most articles never
    /// build it, and one endless line still costs a binary search a question.
    static let nearby = 1024

    /// Where the line holding `offset` starts: after the last line break before it.
    func lineStart(_ offset: Int) -> Int {
        let near = max(0, offset - Self.nearby)
        if let lineBreak = LineBreaks.last(bytes, in: near..<offset) { return lineBreak + 1 }
        if near == 0 { return 0 }
        let k = Self.firstIndex(in: newlines) { $0 >= offset }
        return k == 0 ? 0 : newlines[k - 1] + 1
    }

    /// The first line break at or after `offset`, or the end of the text.
    func lineEnd(from offset: Int) -> Int {
        let near = min(bytes.count, offset + Self.nearby)
        let end = LineBreaks.next(bytes, from: offset, to: near)
        if end < near || near == bytes.count { return end }
        let k = Self.firstIndex(in: newlines) { $0 >= offset }
        return k < newlines.count ? newlines[k] : bytes.count
    }

    /// How many slashes `range` holds.
    func slashCount(in range: Range<Int>) -> Int {
        if range.count <= Self.nearby {
            var count = 0
            for i in range where bytes[i] == UInt8(ascii: "/") { count += 1 }
            return count
        }
        return Self.firstIndex(in: slashes) { $0 >= range.upperBound }
            - Self.firstIndex(in: slashes) { $0 >= range.lowerBound }
    }

    /// The index of the first element of sorted `values` for which `isAtOrPast` holds (it holds
    /// for every later one too), or `values.count`.
    static func firstIndex<T>(in values: [T], where isAtOrPast: (T) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func offsets(of byte: UInt8) -> [Int] {
        var found: [Int] = []
        for i in bytes.indices where bytes[i] == byte { found.append(i) }
        return found
    }
}
