/// Line breaks looked for many bytes at a time: the readers that walk a text line by line ask
/// for them on every article.
enum LineBreaks {
    /// The offset of the first line break in `bytes[start..<end]`, or `end`.
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 16 <= end {
            let found = Lanes.equal(Lanes.load(bytes.baseAddress! + i), 0x0A)
            if Lanes.any(found) { return i + Lanes.first(found) }
            i += 16
        }
        while i < end, bytes[i] != 0x0A { i += 1 }
        return i
    }

    /// The offset of the last line break in `bytes[range]`, or nil when it holds none.
    static func last(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        var p = range.upperBound
        while p - 8 >= range.lowerBound {
            let found = SWAR.equal(SWAR.load(bytes.baseAddress! + (p - 8)), 0x0A)
            if found != 0 { return p - 8 + (63 - found.leadingZeroBitCount) >> 3 }
            p -= 8
        }
        while p > range.lowerBound {
            p -= 1
            if bytes[p] == 0x0A { return p }
        }
        return nil
    }
}
