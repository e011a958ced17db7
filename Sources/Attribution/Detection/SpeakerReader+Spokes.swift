/// People who speak for a body: `EU spokesman Jonathan Todd`, `Republicans for Ukraine
/// spokesperson Gunner Ramer`, `a spokeswoman for Hanover Re`, `A Nippon Steel spokesman said`.
extension SpeakerReader {
    /// The body a speaker's name says they speak for: the capitalised words after a spokes
    /// title and before the person's own name (`spokesman for the EU Jonathan Todd`), else the
    /// capitalised words right before the title (`Republicans for Ukraine spokesperson`). Nil
    /// when the name holds no spokes title or no body.
    func representedBody(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var words: [Range<Int>] = []
        var spokes: Int? = nil
        Self.forEachWord(bytes, range) { word in
            if spokes == nil, Self.word(bytes, word, in: Self.spokesTitles) { spokes = words.count }
            words.append(word)
            return true
        }
        guard let spokes else { return nil }
        var end = words.count
        if let own = ownName(range, bytes), let first = words.firstIndex(where: { $0.lowerBound == own.lowerBound }) {
            end = first
        }
        if let body = capitalisedRun(words, (spokes + 1)..<end, bytes) { return body }
        guard let body = capitalisedRun(words, 0..<spokes, bytes), !namesNoBody(body, bytes) else { return nil }
        return body
    }

    /// Whether the words before a spokes title name no body: an adjective of a country or of
    /// rank, a number or a country (`a Saudi official`, `One official said`, `U.S. officials`).
    func namesNoBody(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = String(decoding: bytes[range], as: UTF8.self).lowercased()
        return Self.word(bytes, range, in: Self.demonyms) || Self.word(bytes, range, in: Self.determiners)
            || Self.word(bytes, range, in: Self.countWords) || NameKind.isPlace(lower)
            || NameKind.isPlace(lower.replacingOccurrences(of: ".", with: ""))
    }

    /// The words of `slice` from its first capitalised word to its last, with only joiners
    /// between (`Republicans for Ukraine`), and no rank or title of the person at its end
    /// (`Kementerian Pertahanan Rusia Mayor Jenderal`); nil when there is no capitalised word
    /// or another lower-case word stands inside.
    private func capitalisedRun(
        _ words: [Range<Int>], _ slice: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        guard !slice.isEmpty,
            let first = slice.first(where: {
                NameReader.startsName(bytes, words[$0]) && !Self.word(bytes, words[$0], in: Self.leadingNoise)
            })
        else { return nil }
        var last = slice.upperBound - 1
        while last >= first,
            !NameReader.startsName(bytes, words[last]) || Self.word(bytes, words[last], in: Self.titles)
                || Self.isAbbreviatedTitle(bytes, words[last])
        {
            last -= 1
        }
        guard first <= last else { return nil }
        for j in first...last where !NameReader.startsName(bytes, words[j]) {
            guard Self.word(bytes, words[j], in: Self.joiners) else { return nil }
        }
        return words[first].lowerBound..<words[last].upperBound
    }
}
