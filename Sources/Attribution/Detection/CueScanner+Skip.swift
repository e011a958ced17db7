/// Skipping, eight bytes at a time, the words no phrase starts at.
extension CueScanner {
    /// The first position at or after `start` (a word start or a byte outside words) where a
    /// phrase may begin: a word ``WordFilter`` lets through, unless it is the second half of a
    /// hyphenated word (`So-called`), or an opening bracket. `bytes.count` when none is left.
    func nextStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        var p = start
        // Away from the end the eight bytes load directly; near it, zero past the end (no word
        // byte, no bracket).
        while p &+ 16 <= n {
            if visit(bytes, SWAR.load(bytes.baseAddress! + p), at: &p) { return p }
        }
        while p < n {
            if visit(bytes, SWAR.load(bytes, at: p), at: &p) { return p }
        }
        return n
    }

    /// Whether a phrase may begin at `p`, given the eight bytes `v` there; when not, moves `p`
    /// past the word or the bytes outside words it starts.
    @inline(__always) private func visit(_ bytes: UnsafeBufferPointer<UInt8>, _ v: UInt64, at p: inout Int) -> Bool {
        let wordBytes = SWAR.wordBytes(v)
        if wordBytes & 0x80 == 0 {
            if v & 0xFF == UInt64(UInt8(ascii: "(")) { return true }
            // The next word byte or bracket (not the first byte, which is neither).
            let found = wordBytes | SWAR.equal(v, UInt8(ascii: "("))
            p &+= found == 0 ? 8 : SWAR.first(found)
            return false
        }
        let stop = ~wordBytes & SWAR.high
        let word =
            stop != 0 ? WordFilter.shortWord(v, at: p, length: SWAR.first(stop)) : WordFilter.word(bytes, at: p)
        if filter.mayStart(bytes, p, word.end, word), !Self.isSecondHalf(bytes, p) { return true }
        let end = word.end
        // Mostly one space, then the next word.
        p = end &+ 1 < bytes.count && bytes[end] == 0x20 && Self.isWordByte(bytes[end &+ 1]) ? end &+ 1 : end
        return false
    }

    /// Whether the word at `start` follows a hyphen that follows a letter or digit.
    @inline(__always) static func isSecondHalf(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start > 1 && bytes[start - 1] == UInt8(ascii: "-") && isLetterOrDigit(bytes[start - 2])
    }
}
