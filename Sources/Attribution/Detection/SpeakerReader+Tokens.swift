/// The words before a verb, read backwards up to the start of their sentence.
extension SpeakerReader {
    /// A word, a comma or a bracketed group before a verb.
    struct Token {
        enum Kind: Equatable {
            case word, comma, bracket
        }

        var range: Range<Int>
        var kind: Kind
        /// For words: it starts a name (a capital, a digit, `al-Bursh`).
        var capitalised = false
    }

    /// The tokens before `end`, nearest first: at most ``tokenLimit``, within ``span`` bytes,
    /// up to a sentence boundary (a full stop, a line break, a quote, a colon, a dash between
    /// spaces) which is not included. Angle brackets around a name are passed over.
    func tokens(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(Self.tokenLimit)
        let floor = max(0, end - Self.span)
        var i = end
        // Inside a number whose comma was just passed (`£15,000`): the word before joins it.
        var number = false
        while tokens.count < Self.tokenLimit {
            while i > floor, bytes[i - 1] == 0x20 { i -= 1 }
            guard i > floor else { break }
            let byte = bytes[i - 1]
            if byte == UInt8(ascii: ","), i > 1, i < bytes.count, Self.isDigit(bytes[i - 2]), Self.isDigit(bytes[i]) {
                // `£15,000`: a comma between digits is part of a number, one lower-case word.
                number = tokens.last?.kind == .word && tokens.last?.range.lowerBound == i
                i -= 1
            } else if byte == UInt8(ascii: ",") {
                tokens.append(Token(range: (i - 1)..<i, kind: .comma))
                i -= 1
            } else if byte == UInt8(ascii: ")") {
                guard let open = Self.openingBracket(before: i - 1, in: bytes, floor: floor) else { break }
                tokens.append(Token(range: open..<i, kind: .bracket))
                i = open
            } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
                // `<Churchill Communications Corp> said`: a ticker-style mark around a name.
                i -= 1
            } else if let word = wordRange(endingAt: i, in: bytes, floor: floor) {
                if number, let last = tokens.popLast() {
                    tokens.append(Token(range: word.lowerBound..<last.range.upperBound, kind: .word))
                } else {
                    tokens.append(Token(range: word, kind: .word, capitalised: NameReader.startsName(bytes, word)))
                }
                number = false
                i = word.lowerBound
            } else {
                break
            }
        }
        return tokens
    }

    /// The `(` of the bracket closing at `close`, within 40 bytes on one line, or nil.
    static func openingBracket(before close: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Int? {
        var k = close - 1
        while k >= floor, close - k < 40 {
            let byte = bytes[k]
            if byte == UInt8(ascii: "(") { return k }
            if byte == 0x0A || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ")") { return nil }
            k -= 1
        }
        return nil
    }

    /// The word that ends at `end`: name bytes, inner dots and slashes (`U.S.`, `21/1/2019`),
    /// and a final dot only after an initial or an abbreviation (`J.`, `Inc.`, `Sen.`, `Ky.`).
    /// Nil where a sentence or clause ends instead.
    func wordRange(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Range<Int>? {
        var e = end
        var dotted = false
        if bytes[e - 1] == UInt8(ascii: ".") {
            dotted = true
            e -= 1
        }
        var s = e
        while s > floor {
            let byte = bytes[s - 1]
            if NameReader.isNameByte(byte) {
                s -= 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/"), s - 1 > floor, s < e,
                CueScanner.isLetterOrDigit(bytes[s - 2])
            {
                s -= 1
            } else {
                break
            }
        }
        guard s < e else { return nil }
        if dotted {
            let stem = s..<e
            let initial = stem.count == 1 && NameReader.isCapitalised(bytes[s])
            let inner = bytes[stem].contains(UInt8(ascii: "."))
            guard
                initial || inner || Self.word(bytes, stem, in: Self.abbreviations)
                    || Self.word(bytes, stem, in: NameReader.titleAbbreviations) || Self.isPartyTag(bytes, stem)
            else { return nil }
            return s..<end
        }
        return s..<e
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
