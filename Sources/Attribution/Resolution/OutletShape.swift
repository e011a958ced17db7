/// Tells an outlet the gazetteer does not know by the shape of its name: a web address
/// (`hot.grid.id`, `INILAH.COM`), or a media head word in it (`Gephardt Daily`, `BorneoTribun`,
/// `VOInews`, `Kabar6`).
enum OutletShape {
    /// The head words that end a name (the `outlet-head` list of `words.tsv`), and those that
    /// open one (`outlet-head-first`), with the kind of outlet each suggests.
    static let lastWords = headWords(.outletHead)
    private static let firstWords = headWords(.outletHeadFirst)

    private static func headWords(_ list: WordList) -> [(word: [UInt8], kind: OutletKind)] {
        WordLists.standard.pairs(list).map { (Array($0.word.utf8), OutletKind(rawValue: $0.value) ?? .online) }
    }

    /// The kind of outlet a name looks like, or nil when it does not look like one: a web
    /// address; a head word ending it (`Gephardt Daily`, glued: `BorneoTribun`, `VOInews`); a head
    /// word opening it (`Harian Rakyat`, glued to a number: `Kabar6`).
    static func kind(of name: String) -> OutletKind? {
        if NameKind.isWebAddress(name) || hasUpperCaseDomain(name) { return .online }
        let lower = Array(name.lowercased().utf8)
        let words = lower.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") })
        guard let first = words.first, let last = words.last, words.count <= 4 else { return nil }
        for (head, kind) in lastWords {
            if words.count > 1, last.elementsEqual(head) { return kind }
            // Glued to a capitalised word before it: `BorneoTribun`, `VOInews`.
            if head.count >= 3, last.count > head.count + 1, last.suffix(head.count).elementsEqual(head) { return kind }
        }
        for (head, kind) in firstWords {
            if words.count > 1, first.elementsEqual(head) { return kind }
            if first.count > head.count, first.count <= head.count + 2, first.prefix(head.count).elementsEqual(head),
                first[first.startIndex + head.count] &- UInt8(ascii: "0") < 10
            {
                return kind
            }
        }
        return nil
    }

    /// `INILAH.COM`, `LADUNI.ID`: a web address written in capitals.
    private static func hasUpperCaseDomain(_ name: String) -> Bool {
        !name.utf8.contains(0x20) && NameKind.isWebAddress(name.lowercased())
    }
}

extension OutletShape {
    /// Whether one word (no spaces) could have a kind at all, tested on its bytes before any
    /// string is made: it holds a dot, a digit or a capital after its first letter, or a head
    /// word of three letters or more ends it. Every word ``kind(of:)`` names passes.
    static func mayName(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        for byte in word.dropFirst()
        where byte == UInt8(ascii: ".") || byte &- UInt8(ascii: "0") < 10 || byte &- UInt8(ascii: "A") < 26 {
            return true
        }
        // A glued head word needs a letter or more before it; most words end as none does.
        guard word.count >= 5 else { return false }
        let end = word.endIndex
        let slot = endingSlot(word[end - 3] | 0x20, word[end - 2] | 0x20, word[end - 1] | 0x20)
        guard headEndings[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return false }
        for (head, _) in lastWords where head.count >= 3 && word.count > head.count + 1 {
            if zip(word.suffix(head.count), head).allSatisfy({ $0 | 0x20 == $1 }) { return true }
        }
        return false
    }

    /// A bit for each hashed last three bytes of the head words of three bytes or more: a word
    /// whose last three bytes have no bit set ends in none of them.
    private static let headEndings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for (head, _) in lastWords where head.count >= 3 {
            let slot = endingSlot(head[head.count - 3], head[head.count - 2], head[head.count - 1])
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return bits
    }()

    /// One of 4,096 slots for three bytes.
    @inline(__always) private static func endingSlot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> 20)
    }
}
