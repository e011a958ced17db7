/// Tells an outlet the gazetteer does not know by the shape of its name: a web address
/// (`hot.grid.id`, `INILAH.COM`), or a media head word in it (`Gephardt Daily`, `BorneoTribun`,
/// `VOInews`, `Kabar6`).
enum OutletShape {
    /// The head words (the `outlet-head` list of `words.tsv`) and the kind of outlet each suggests.
    private static let headWords: [(word: [UInt8], kind: OutletKind)] = WordLists.standard.pairs(.outletHead).map {
        (Array($0.word.utf8), OutletKind(rawValue: $0.value) ?? .online)
    }

    /// The kind of outlet a name looks like, or nil when it does not look like one.
    static func kind(of name: String) -> OutletKind? {
        if NameKind.isWebAddress(name) || hasUpperCaseDomain(name) { return .online }
        let lower = Array(name.lowercased().utf8)
        // A head word as a whole word, or glued to the end or start of a capitalised word
        // (`BorneoTribun`, `VOInews`, `Kabar6`).
        var words: [ArraySlice<UInt8>] = lower.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") })
        if words.count > 4 { return nil }
        words = words.filter { !$0.isEmpty }
        for word in words.reversed() {
            for (head, kind) in headWords where head.count >= 3 || word.count == head.count {
                if word.elementsEqual(head) { return words.count > 1 ? kind : nil }
                if word.count > head.count + 1, word.suffix(head.count).elementsEqual(head) { return kind }
                if word.count > head.count, word.count <= head.count + 2, word.prefix(head.count).elementsEqual(head),
                    word[word.startIndex + head.count] &- UInt8(ascii: "0") < 10
                {
                    return kind
                }
            }
        }
        return nil
    }

    /// `INILAH.COM`, `LADUNI.ID`: a web address written in capitals.
    private static func hasUpperCaseDomain(_ name: String) -> Bool {
        !name.utf8.contains(0x20) && NameKind.isWebAddress(name.lowercased())
    }
}
