/// Finds who speaks at a speech verb, as quote extractors do: the name before the verb
/// (`Budi mengatakan`, `Andrew Beh, of brokers ING, said`, `Rakun dalam keterangan tertulis
/// mengatakan`) or after it (`kata Budi`, `"...," said GM chief executive Mary Barra`), past
/// adverbs, dates, brackets, appositives, relative clauses and party tags; a pronoun or a role
/// (`he said`, `ujarnya`, `the ministry said`) for the person or body named before it.
///
/// Every search is bounded: a few dozen words around the verb, a few hundred bytes back for
/// an antecedent, so a speaker costs the same in any article.
struct SpeakerReader: Sendable {
    let names = NameReader()

    /// What stands in a speaker's place.
    enum Found: Equatable {
        /// A name, at this range.
        case name(Range<Int>)
        /// A pronoun (`he`, `dia`, `-nya`) at this range: someone named before, of this kind.
        case pronoun(Range<Int>, person: Bool)
        /// A reference back to a body or a person named before, by some of its words
        /// (`the ministry`, `Politisi PPP itu`); the range holds those words.
        case reference(Range<Int>)
        /// Someone unnamed (`a US-based insurance expert`, `analysts`): nobody to credit.
        case nobody
    }

    /// The most words read around a verb.
    static let tokenLimit = 28
    /// The most bytes read back from a verb for its speaker.
    static let span = 260

    static let adverbs = WordLists.standard.table(.adverb)
    static let timeWords = WordLists.standard.table(.timeWord)
    static let months = WordLists.standard.table(.month)
    static let joiners = WordLists.standard.table(.joiner)
    static let leadingNoise = WordLists.standard.table(.leadingNoise)
    static let generic = WordLists.standard.table(.pronoun)
    static let titles = WordLists.standard.table(.title)
    static let organizations = WordLists.standard.table(.organization)
    static let abbreviations = WordLists.standard.table(.abbreviation)
    static let partyLetters = WordLists.standard.table(.partyLetter)
    static let personPronouns = WordLists.standard.table(.personPronoun)
    static let personPronounWords = WordLists.standard.set(.personPronoun)
    static let bodyPronouns = WordLists.standard.table(.bodyPronoun)
    static let pronounSuffixes = WordLists.standard.words(.pronounSuffix).map { Array($0.utf8) }
    static let demonstratives = WordLists.standard.table(.demonstrative)
    static let relatives = WordLists.standard.table(.relative)
    static let adjuncts = WordLists.standard.table(.adjunct)
    static let bodyNouns = WordLists.standard.table(.bodyNoun)
    static let namedBodyNouns = WordLists.standard.table(.namedBodyNoun)
    static let determiners = WordLists.standard.table(.determiner)
    static let articles = WordLists.standard.table(.article)
    static let countWords = WordLists.standard.table(.countWord)
    static let definiteCounts = WordLists.standard.table(.definiteCount)
    static let placeWords = WordLists.standard.table(.placeWord)
    static let contentOpeners = WordLists.standard.table(.contentOpener)
    static let listJoiners = WordLists.standard.table(.listJoiner)
    static let verbCoordinators = WordLists.standard.table(.verbCoordinator)
    static let surnameTitles = WordLists.standard.table(.surnameTitle)
    static let negations = WordLists.standard.table(.negation)
    static let negationLifts = WordLists.standard.table(.negationLift)
    static let aliasJoiners = WordLists.standard.table(.aliasJoiner)
    static let officeWords = WordLists.standard.table(.officeWord)
    static let documents = WordLists.standard.table(.document)
    static let spokesTitles = WordLists.standard.table(.spokesTitle)
    static let demonyms = WordLists.standard.table(.demonym)
    static let mannerOpeners = WordLists.standard.table(.mannerOpener)
    static let personAffiliations = WordLists.standard.table(.personAffiliation)
    static let pronounWords = WordLists.standard.table(.pronounWord)
    static let mediaNouns = WordLists.standard.table(.mediaNoun)

    /// Whether the word at `range` is in `table`, ASCII case folded.
    @inline(__always) static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in table: KeyTable
    ) -> Bool {
        NameReader.word(bytes, range, in: table)
    }

    /// Whether the word at `range` is a time word, a month, an adverb or a date (`21/1/2019`).
    static func isTimeOrAdverb(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if word(bytes, range, in: adverbs) || word(bytes, range, in: timeWords) || word(bytes, range, in: months) {
            return true
        }
        // Digits with slashes, dashes or dots: a date or a year.
        var digits = 0
        for k in range {
            let byte = bytes[k]
            if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
            } else if byte != UInt8(ascii: "/") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") {
                return false
            }
        }
        return digits > 0
    }

    /// Whether words are reported with the verb at `verb`: a quotation in its sentence (before
    /// or after it), or a comma, a colon, or `bahwa`/`that` right after it or after a few words
    /// (`rejected claims that`, `meminta pemerintah agar`).
    func reportsWords(_ verb: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var q = verb.upperBound
        var words = 0
        while q < bytes.count, q - verb.upperBound < 160 {
            let byte = bytes[q]
            if byte == UInt8(ascii: "\"") { return true }
            if q == verb.upperBound, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") { return true }
            if byte == 0x0A || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                break
            }
            if CueScanner.isWordByte(byte), q == 0 || !CueScanner.isWordByte(bytes[q - 1]) {
                let word = names.wordRange(bytes, at: q)
                if words < 6, Self.word(bytes, word, in: Self.contentOpeners) { return true }
                words += 1
                q = max(word.upperBound, q + 1)
                continue
            }
            q += 1
        }
        // `"...," X lamented`: a quotation closes earlier in the sentence.
        var p = verb.lowerBound
        while p > 0, verb.lowerBound - p < 160 {
            let byte = bytes[p - 1]
            if byte == UInt8(ascii: "\"") { return true }
            if byte == 0x0A || (byte == UInt8(ascii: ".") && p < bytes.count && bytes[p] == 0x20) { break }
            p -= 1
        }
        return false
    }

    /// Whether the word at `range` is a party tag (`R-Ky`, `D-Conn.`).
    static func isPartyTag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 10, bytes[range.lowerBound + 1] == UInt8(ascii: "-"),
            bytes[range.lowerBound + 2] &- UInt8(ascii: "A") < 26
        else { return false }
        return word(bytes, range.lowerBound..<(range.lowerBound + 1), in: partyLetters)
    }

    /// Whether a name at `range` is no one by itself: a pronoun, a generic group (`Pemerintah`,
    /// `Forecasters`), or generic words and titles only (`Sang CEO`).
    static func isGeneric(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        var sawGeneric = false
        while p < range.upperBound {
            var e = p
            while e < range.upperBound, bytes[e] != 0x20 { e += 1 }
            if word(bytes, p..<e, in: generic) {
                sawGeneric = true
            } else if !word(bytes, p..<e, in: titles) {
                return false
            }
            p = e + 1
        }
        return sawGeneric
    }
}
