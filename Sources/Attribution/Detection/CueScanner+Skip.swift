/// Skipping, eight bytes at a time, the words no phrase starts at.
extension CueScanner {
    /// The first position at or after `start` (a word start or a byte outside words) where a
    /// phrase may begin: a word ``WordFilter`` lets through, unless it is the second half of a
    /// hyphenated word (`So-called`), or an opening bracket. `bytes.count` when none is left.
    func nextStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        let base = bytes.baseAddress!
        var p = start
        // A word's first eight bytes can be read from every position here.
        while p &+ 16 <= n {
            let v = SWAR.load(base + p)
            let wordBytes = SWAR.wordBytes(v)
            if wordBytes & 0x80 == 0 {
                if v & 0xFF == UInt64(UInt8(ascii: "(")) { return p }
                // The next word byte or bracket (not the first byte, which is neither).
                let found = wordBytes | SWAR.equal(v, UInt8(ascii: "("))
                p &+= found == 0 ? 8 : SWAR.first(found)
                continue
            }
            let stop = ~wordBytes & SWAR.high
            let word =
                stop != 0 ? WordFilter.shortWord(v, at: p, length: SWAR.first(stop)) : WordFilter.word(bytes, at: p)
            if filter.mayStart(bytes, p, word.end, word), !Self.isSecondHalf(bytes, p) { return p }
            let end = word.end
            // Mostly one space, then the next word (a long word may end anywhere).
            p = end &+ 1 < n && bytes[end] == 0x20 && Self.isWordByte(bytes[end &+ 1]) ? end &+ 1 : end
        }
        while p < n {
            let byte = bytes[p]
            if !Self.isWordByte(byte) {
                if byte == UInt8(ascii: "(") { return p }
                p += 1
                continue
            }
            let word = WordFilter.word(bytes, at: p)
            if filter.mayStart(bytes, p, word.end, word), !Self.isSecondHalf(bytes, p) { return p }
            p = word.end
        }
        return n
    }

    /// Whether the word at `start` follows a hyphen that follows a letter or digit.
    @inline(__always) static func isSecondHalf(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start > 1 && bytes[start - 1] == UInt8(ascii: "-") && isLetterOrDigit(bytes[start - 2])
    }
}
