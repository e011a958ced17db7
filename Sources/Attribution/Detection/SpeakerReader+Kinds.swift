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
    func isOwnName(_ w: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameReader.startsName(bytes, w) && bytes[w].contains(where: { $0 &- UInt8(ascii: "a") < 26 })
            && !Self.word(bytes, w, in: Self.titles) && !Self.word(bytes, w, in: Self.organizations)
            && !Self.word(bytes, w, in: Self.officeWords)
            && !Self.word(bytes, w, in: Self.placeWords) && !Self.word(bytes, w, in: Self.months)
            && !Self.word(bytes, w, in: Self.leadingNoise) && !Self.word(bytes, w, in: Self.timeWords)
            && !Self.word(bytes, w, in: Self.adjuncts) && !Self.word(bytes, w, in: Self.determiners)
            && !NameKind.isPlace(String(decoding: bytes[w], as: UTF8.self).lowercased())
    }

    /// The person's own name before `of` and what they belong to (`Nicolas Sarkozy of France`,
    /// `Mark Jones of Barclays Capital`): two or three words of an own name, no title nor body
    /// word among them (`Bank of England`, `Duke of Edinburgh` stay whole).
    func personBeforeAffiliation(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var words: [Range<Int>] = []
        var joiner: Int? = nil
        Self.forEachWord(bytes, range) { word in
            if Self.word(bytes, word, in: Self.personAffiliations) {
                joiner = words.count
                return false
            }
            words.append(word)
            return words.count <= 3
        }
        guard let joiner, (2...3).contains(joiner), words.allSatisfy({ isOwnName($0, bytes) }) else { return nil }
        return words[0].lowerBound..<words[joiner - 1].upperBound
    }

    /// Whether the name is surely a person's, as a pronoun's antecedent must be: a title and
    /// then the person's own name (`Presiden Jokowi`, `Health Minister Ong Ye Kung`), or two
    /// words of a person's own name or more with joiners; no organisation, place or list
    /// (`Natal dan Tahun Baru`).
    func isPersonName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let own = ownName(range, bytes) {
            // The own name follows a title at once (`Ketua Dewan Kehormatan Pemilu` is an office).
            var p = own.lowerBound - 1
            while p > range.lowerBound, bytes[p - 1] != 0x20 { p -= 1 }
            let before = p..<(own.lowerBound - 1)
            return Self.word(bytes, before, in: Self.titles) || Self.isAbbreviatedTitle(bytes, before)
        }
        var own = 0
        var fits = true
        Self.forEachWord(bytes, range) { word in
            var w = word
            while w.count > 1, !CueScanner.isWordByte(bytes[w.upperBound - 1]) { w = w.lowerBound..<(w.upperBound - 1) }
            if !NameReader.startsName(bytes, w), Self.word(bytes, w, in: Self.joiners),
                !Self.word(bytes, w, in: Self.listJoiners)
            {
                // `bin`, `van`, `de`.
            } else if isOwnName(w, bytes) {
                own += 1
            } else if own > 0, w.upperBound == range.upperBound, Self.word(bytes, w, in: Self.surnameTitles) {
                // `Rick Dean`: a title that is a family name too, last after a given name.
                own += 1
            } else {
                fits = false
            }
            return fits
        }
        return fits && own >= 2
    }

    /// Whether the name after an owner's possessive (`Microsoft's Mike Coleman`) is a person's:
    /// a person's name of capitalised words only (`Oxfam's Paying the Price` is a report's).
    func isPossessedPerson(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitalised = true
        Self.forEachWord(bytes, range) { word in
            capitalised = NameReader.isCapitalised(bytes[word.lowerBound])
            return capitalised
        }
        return capitalised && isPersonName(range, bytes)
    }

    /// The person a name holds after an owner's possessive (`Microsoft's Mike Coleman` holds
    /// Mike Coleman); the name itself when it holds none.
    func withoutOwner(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // The first `'s ` inside the name, after a word of its own.
        guard
            let mark = range.dropFirst().dropLast(3).first(where: {
                bytes[$0] == UInt8(ascii: "'") && bytes[$0 + 1] | 0x20 == UInt8(ascii: "s") && bytes[$0 + 2] == 0x20
            }), isPossessedPerson(mark + 3..<range.upperBound, bytes)
        else { return range }
        return mark + 3..<range.upperBound
    }

    /// A word ending in the possessive `'s` (`Microsoft's`).
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        word.count > 2 && bytes[word.upperBound - 2] == UInt8(ascii: "'")
            && bytes[word.upperBound - 1] | 0x20 == UInt8(ascii: "s")
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
        if range.count <= 6, bytes[range].allSatisfy({ $0 &- UInt8(ascii: "A") < 26 || $0 &- UInt8(ascii: "0") < 10 }) {
            return true
        }
        return hasOrganizationWord(range, bytes)
    }

    /// Whether one of the name's words is an organisation word (`Committee`, `Kementerian`).
    func hasOrganizationWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        Self.forEachWord(bytes, range) { word in
            found = Self.word(bytes, word, in: Self.organizations)
            return !found
        }
        return found
    }

    /// The people of a list (`Health Minister Ong Ye Kung and Transport Minister Chee Hong
    /// Tat`): split at `and`/`dan` where each side is surely a person's name; else the name
    /// itself (`Badan Meteorologi Klimatologi dan Geofisika` is one body).
    func listItems(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let items = Self.split(range, bytes)
        return items.allSatisfy { isPersonName($0, bytes) } ? items : [range]
    }

    /// The names of a list of bodies (`Elan and Biogen Idec`): split at `and`/`dan` where each
    /// side starts a name; else the name itself.
    func bodyItems(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let items = Self.split(range, bytes)
        return items.allSatisfy { NameReader.startsName(bytes, $0) } ? items : [range]
    }

    /// `range` split at its list joiners, or `[range]` when it has none.
    private static func split(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        forEachWord(bytes, range) { word in
            guard Self.word(bytes, word, in: Self.listJoiners), word.lowerBound > start + 1 else { return true }
            items.append(start..<(word.lowerBound - 1))
            start = word.upperBound + 1
            return true
        }
        guard !items.isEmpty, start < range.upperBound else { return [range] }
        items.append(start..<range.upperBound)
        return items
    }

    /// A person's own name at the end of a name that opens with a title (`Peneliti LSI Rully
    /// Akbar`, `Presiden Joko Widodo`, `Kabid Humas Polda Sumut Kombes Ferry Walintukan`): the
    /// words of their own name after the last title, organisation word, acronym or place; one
    /// word only right after a title or an acronym (`Kapolres Budi`). Nil when there is none
    /// (`Kepala Dinas Pendidikan`, `Bank Indonesia`).
    func ownName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var words: [Range<Int>] = []
        Self.forEachWord(bytes, range) { word in
            words.append(word)
            return true
        }
        guard words.count > 1 else { return nil }
        var first = words.count
        while first > 0 {
            let word = words[first - 1]
            // `Hanover Re spokeswoman Anna Schmidt`: a title joins the name, but ends the own name.
            let joiner =
                !NameReader.startsName(bytes, word)
                && (Self.word(bytes, word, in: Self.joiners) || Self.word(bytes, word, in: Self.aliasJoiners))
                && !Self.word(bytes, word, in: Self.titles)
            // `chairman James E. Olson`: a middle initial inside the own name.
            // `Howard Dean`: a title that is a family name too ends the own name after a given name.
            let surname =
                first == words.count && first >= 2 && Self.word(bytes, word, in: Self.surnameTitles)
                && NameReader.startsName(bytes, word) && isOwnName(words[first - 2], bytes)
            guard
                isOwnName(word, bytes) || surname
                    || ((joiner || Self.isInitial(bytes, word)) && first < words.count)
            else {
                break
            }
            first -= 1
        }
        while first < words.count, !NameReader.startsName(bytes, words[first]) { first += 1 }
        guard first > 0, first < words.count else { return nil }
        let head = words[0..<first]
        guard head.contains(where: { Self.word(bytes, $0, in: Self.titles) || Self.isAbbreviatedTitle(bytes, $0) })
        else { return nil }
        if first == words.count - 1 {
            let before = words[first - 1]
            let acronym = !bytes[before].contains(where: { $0 &- UInt8(ascii: "a") < 26 })
            guard acronym || Self.word(bytes, before, in: Self.titles) || Self.isAbbreviatedTitle(bytes, before)
            else { return nil }
        }
        return words[first].lowerBound..<range.upperBound
    }

    /// Whether the word is an initial: one capital letter, with or without its dot (`E.`, `E`).
    static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard bytes[word.lowerBound] &- UInt8(ascii: "A") < 26 else { return false }
        return word.count == 1 || (word.count == 2 && bytes[word.lowerBound + 1] == UInt8(ascii: "."))
    }

    /// Whether the word is an abbreviated title, with or without its dot (`Sen.`, `Mr`).
    static func isAbbreviatedTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var stem = word
        if stem.count > 1, bytes[stem.upperBound - 1] == UInt8(ascii: ".") {
            stem = stem.lowerBound..<(stem.upperBound - 1)
        }
        return Self.word(bytes, stem, in: NameReader.titleAbbreviations)
    }
}
