/// Byte-level predicates and word lists the evidence readers share.
extension EvidenceReader {
    static let silentFamilies = CueFamilies(
        .document, .descriptor, .filler, .connector, .furnitureLine, .furnitureBlock)

    /// Articles skipped before a name, each with its space (`the `).
    static let articleWords = WordLists.standard.words(.article).map { Array($0.utf8) + [0x20] }
    /// Words naming the outlet a relayed one took from (`dari`).
    static let viaWords = WordLists.standard.words(.via).map { Array($0.utf8) }
    /// Words joining the items of a credit list, each with its space (`dan `, `and `).
    static let listJoiners = WordLists.standard.words(.listJoiner).map { Array($0.utf8) + [0x20] }
    /// Last words of photo-service aliases (`foto` of `ANTARA FOTO`).
    static let photoWords = WordLists.standard.words(.photoWord).map { Array($0.utf8) }
    /// Credits that name no one (`istimewa`, `dok`).
    static let anonymousCredits = WordLists.standard.set(.anonymousCredit)

    /// `Munir Said Thalib`: a capitalised verb inside a sentence is part of a name.
    static func capitalisedMidSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard bytes[start] &- UInt8(ascii: "A") < 26 else { return false }
        var i = start - 1
        while i >= 0, bytes[i] == 0x20 { i -= 1 }
        guard i >= 0 else { return false }
        let previous = bytes[i]
        return CueScanner.isLetterOrDigit(previous) || previous == UInt8(ascii: ",")
    }

    static func sentenceEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range {
            let byte = bytes[i]
            if byte == 0x0A { return true }
            if byte == UInt8(ascii: "."), i + 1 < bytes.count, bytes[i + 1] == 0x20, i > 0,
                CueScanner.isLetterOrDigit(bytes[i - 1]), i + 2 < bytes.count, NameReader.isCapitalised(bytes[i + 2])
            {
                return true
            }
        }
        return false
    }

    /// The number of words of a name between spaces.
    static func wordCount(_ name: String) -> Int {
        var count = 0
        var previous: UInt8 = 0x20
        for byte in name.utf8 {
            if previous == 0x20, byte != 0x20 { count += 1 }
            previous = byte
        }
        return count
    }

    /// Whether the lower-case bytes `word` start at `p`, ASCII case folded.
    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int, _ word: [UInt8]) -> Bool {
        guard p >= 0, p + word.count <= bytes.count else { return false }
        for k in word.indices where PhraseTrie.fold(bytes[p + k]) != word[k] { return false }
        return true
    }

    /// `ANTARA FOTO/Seno`: an outlet's photo-service alias before a slash.
    func isPhotoAlias(_ hit: Hit, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = hit.end
        guard end < bytes.count, bytes[end] == UInt8(ascii: "/") else { return false }
        return Self.photoWords.contains { word in
            hit.end - hit.start > word.count + 1 && Self.startsWith(bytes, at: hit.end - word.count, word)
        }
    }
}
