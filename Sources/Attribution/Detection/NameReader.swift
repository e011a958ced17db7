/// Reads proper names (runs of capitalised words) next to a cue in normalized text.
///
/// A name is a run of words that start with a capital letter, a digit or `@`, joined by short
/// lower-case particles (`of`, `dan`, `bin`) when a capitalised word follows. It stops at
/// punctuation, a line break, or a lower-case word. Dots stay inside web addresses
/// (`boldsky.com`) and initials (`Jeremy J. King`).
struct NameReader: Sendable {
    static let maxWords = 14

    private static let joiners = WordLists.standard.set(.joiner)

    /// Capitalised words that start sentences rather than names.
    private static let leadingNoise = WordLists.standard.set(.leadingNoise)

    /// Adverbs that stand between a speaker and the verb.
    private static let adverbs = WordLists.standard.set(.adverb)

    private static let timeWords = WordLists.standard.set(.timeWord)
    private static let months = WordLists.standard.table(.month)

    /// Whether a lower-case word is a time word or an adverb that may stand between a name and its verb.
    static func isTimeOrAdverb(_ word: String) -> Bool {
        timeWords.contains(word) || adverbs.contains(word)
    }

    /// Words that are never a name by themselves.
    static let pronouns = WordLists.standard.set(.pronoun)

    /// Abbreviated titles whose dot stays in a name (`Sen. Richard Blumenthal`).
    static let titleAbbreviations = WordLists.standard.table(.titleAbbreviation)

    /// Whether the lower-cased `word` of `bytes` is in `table`, without building a String.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in table: KeyTable) -> Bool {
        guard range.count <= 32, !range.isEmpty else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            for k in 0..<range.count { buffer[k] = PhraseTrie.fold(bytes[range.lowerBound + k]) }
            return table.contains(UnsafeBufferPointer(buffer))
        }
    }

    /// Whether the word at `range` starts a name: a capital letter, a digit or `@`, or a
    /// lower-case particle joined to a capitalised name (`al-Bursh`, `el-Sisi`).
    static func startsName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if isCapitalised(bytes[range.lowerBound]) { return true }
        let end = min(range.upperBound - 1, range.lowerBound + 4)
        var k = range.lowerBound + 1
        while k < end {
            if bytes[k] == UInt8(ascii: "-") { return bytes[k + 1] &- UInt8(ascii: "A") < 26 }
            k += 1
        }
        return false
    }

    /// The name that starts at or after `start` (skipping one space), or nil.
    func name(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Range<Int>? {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "\"") { i += 1 }
        var words: [Range<Int>] = []
        var p = i
        while p < bytes.count, words.count < Self.maxWords {
            let word = wordRange(bytes, at: p)
            guard !word.isEmpty else { break }
            if Self.startsName(bytes, word) {
                words.append(word)
            } else if !words.isEmpty, Self.joiners.contains(Self.lower(bytes, word)) {
                let nextStart = word.upperBound + 1
                guard word.upperBound < bytes.count, bytes[word.upperBound] == 0x20, nextStart < bytes.count,
                    Self.isCapitalised(bytes[nextStart])
                else { break }
                // `the Commerce Department for November`: a date ends the name.
                let next = wordRange(bytes, at: nextStart)
                if Self.word(bytes, next, in: Self.months) || Self.timeWords.contains(Self.lower(bytes, next)) { break }
                words.append(word)
            } else {
                break
            }
            p = word.upperBound
            guard p < bytes.count, bytes[p] == 0x20 else { break }
            p += 1
        }
        while let last = words.last, !Self.startsName(bytes, last) { words.removeLast() }
        guard let first = words.first, let last = words.last else { return nil }
        return first.lowerBound..<last.upperBound
    }

    /// The name that ends right before `end` (skipping one space), or nil.
    func name(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Range<Int>? {
        var i = end
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        // `Trump juga mengatakan`, `Wal-Mart has said`: step back over adverbs.
        for _ in 0..<3 {
            var s = i
            while s > 0, CueScanner.isLetterOrDigit(bytes[s - 1]) { s -= 1 }
            guard s < i, Self.adverbs.contains(Self.lower(bytes, s..<i)), s > 0, bytes[s - 1] == 0x20 else { break }
            i = s - 1
        }
        // `Komisi Pemberantasan Korupsi (KPK) menerima`: step back over an abbreviation in brackets.
        if i > 0, bytes[i - 1] == UInt8(ascii: ")") {
            var s = i - 1
            while s > 0, i - s < 14, bytes[s - 1] != UInt8(ascii: "(") { s -= 1 }
            if s > 1, bytes[s - 1] == UInt8(ascii: "("), bytes[s - 2] == 0x20 { i = s - 2 }
        }
        // `Andrew Beh, of brokers ING, said`: step back over a short appositive.
        if i > 0, bytes[i - 1] == UInt8(ascii: ",") {
            var s = i - 1
            while s > 0, s > i - 80, bytes[s - 1] != UInt8(ascii: ","), bytes[s - 1] != UInt8(ascii: "."),
                bytes[s - 1] != 0x0A, bytes[s - 1] != UInt8(ascii: "\"")
            { s -= 1 }
            if s > 0, bytes[s - 1] == UInt8(ascii: ",") { i = s - 1 }
        }
        var words: [Range<Int>] = []
        var p = i
        while p > 0, words.count < Self.maxWords {
            var s = p
            while s > 0, Self.isNameByte(bytes[s - 1]) { s -= 1 }
            guard s < p else { break }
            var word = s..<p
            while word.upperBound > word.lowerBound, bytes[word.upperBound - 1] == UInt8(ascii: ".") {
                word = word.lowerBound..<(word.upperBound - 1)
            }
            guard !word.isEmpty else { break }
            if Self.startsName(bytes, word) {
                words.append(word)
            } else if !words.isEmpty, Self.joiners.contains(Self.lower(bytes, word)) {
                words.append(word)
            } else {
                break
            }
            p = s
            guard p > 0, bytes[p - 1] == 0x20 else { break }
            p -= 1
        }
        words.reverse()
        while let first = words.first,
            !Self.startsName(bytes, first) || Self.leadingNoise.contains(Self.lower(bytes, first))
        {
            words.removeFirst()
        }
        guard let first = words.first, let last = words.last else { return nil }
        return first.lowerBound..<last.upperBound
    }

    /// Drops sentence-opening words (`Namun`, `However`) from the front of a name.
    func trimLeadingNoise(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound {
            let word = wordRange(bytes, at: start)
            guard !word.isEmpty, Self.leadingNoise.contains(Self.lower(bytes, word)) else { break }
            start = word.upperBound + 1
        }
        return start < range.upperBound ? start..<range.upperBound : nil
    }

    /// The word at `p`: name bytes, keeping inner dots of addresses and initials.
    func wordRange(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Range<Int> {
        var e = p
        while e < bytes.count {
            let byte = bytes[e]
            if Self.isNameByte(byte) {
                e += 1
            } else if byte == UInt8(ascii: "."), e > p, e + 1 < bytes.count, CueScanner.isLetterOrDigit(bytes[e + 1]) {
                e += 1
            } else if byte == UInt8(ascii: "."), e == p + 1, Self.isCapitalised(bytes[p]) {
                e += 1
                break
            } else if byte == UInt8(ascii: "."), e > p, Self.word(bytes, p..<e, in: Self.titleAbbreviations) {
                // `Sen. Richard Blumenthal`: an abbreviated title keeps its dot and the name goes on.
                e += 1
                break
            } else {
                break
            }
        }
        return p..<e
    }

    @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
        CueScanner.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "+")
    }

    @inline(__always) static func isCapitalised(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "@")
            || byte >= 0xC3 && byte < 0xE0
    }

    static func lower(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { PhraseTrie.fold($0) }, as: UTF8.self)
    }
}
