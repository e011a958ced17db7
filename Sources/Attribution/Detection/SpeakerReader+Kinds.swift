/// What the words of a name suggest about who it is, as the speaker rules need it.
extension SpeakerReader {
    /// Calls `body` with each space-separated word of `range` while it returns true.
    static func forEachWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Bool
    ) {
        var p = range.lowerBound
        while p < range.upperBound {
            var e = p
            while e < range.upperBound, bytes[e] != 0x20 { e += 1 }
            if e > p, !body(p..<e) { return }
            p = e + 1
        }
    }

    /// Whether the name holds a word of a person's own name: capitalised with lower-case
    /// letters after, and no title, organisation word, place, month or sentence opener.
    func isPersonLike(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        Self.forEachWord(bytes, range) { word in
            var w = word
            while w.count > 1, !CueScanner.isWordByte(bytes[w.upperBound - 1]) { w = w.lowerBound..<(w.upperBound - 1) }
            guard isOwnName(w, bytes) else { return true }
            found = true
            return false
        }
        return found
    }

    /// Whether a word is part of someone's own name: capitalised with lower-case letters after,
    /// and no title, organisation or place word, month, time word or sentence opener.
    private func isOwnName(_ w: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameReader.startsName(bytes, w) && bytes[w].contains(where: { $0 &- UInt8(ascii: "a") < 26 })
            && !Self.word(bytes, w, in: Self.titles) && !Self.word(bytes, w, in: Self.organizations)
            && !Self.word(bytes, w, in: Self.placeWords) && !Self.word(bytes, w, in: Self.months)
            && !Self.word(bytes, w, in: Self.leadingNoise) && !Self.word(bytes, w, in: Self.timeWords)
            && !Self.word(bytes, w, in: Self.adjuncts) && !Self.word(bytes, w, in: Self.determiners)
            && !NameKind.isPlace(String(decoding: bytes[w], as: UTF8.self).lowercased())
    }

    /// Whether the name is surely a person's, as a pronoun's antecedent must be: its words are
    /// titles, joiners and at least two words of a person's own name, or one after a title
    /// (`Presiden Jokowi`); no organisation, place or list (`Natal dan Tahun Baru`).
    func isPersonName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var own = 0
        var titled = false
        var fits = true
        Self.forEachWord(bytes, range) { word in
            var w = word
            while w.count > 1, !CueScanner.isWordByte(bytes[w.upperBound - 1]) { w = w.lowerBound..<(w.upperBound - 1) }
            if Self.word(bytes, w, in: Self.titles) || Self.word(bytes, w, in: NameReader.titleAbbreviations) {
                titled = true
            } else if Self.word(bytes, w, in: Self.listJoiners) {
                fits = false
            } else if !NameReader.startsName(bytes, w), Self.word(bytes, w, in: Self.joiners) {
                // `bin`, `van`, `de`.
            } else if isOwnName(w, bytes) {
                own += 1
            } else {
                fits = false
            }
            return fits
        }
        return fits && (own >= 2 || (own == 1 && titled))
    }

    /// Whether one of the name's words is a title.
    func hasTitle(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        Self.forEachWord(bytes, range) { word in
            found = Self.word(bytes, word, in: Self.titles)
            return !found
        }
        return found
    }

    /// Whether the name reads as a body: an organisation word (`Association`, `Kementerian`)
    /// or a short acronym alone (`ING`).
    func isBody(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if range.count <= 6, !bytes[range].contains(where: { $0 &- UInt8(ascii: "a") < 26 || $0 == 0x20 }) {
            return true
        }
        var found = false
        Self.forEachWord(bytes, range) { word in
            found = Self.word(bytes, word, in: Self.organizations)
            return !found
        }
        return found
    }
}
