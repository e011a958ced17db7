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

    /// Whether outlet hit `k` is a picture credit by its layout alone: a picture library
    /// anywhere (`Getty Images`); a photo-service alias before a slash (`ANTARA FOTO/Seno`,
    /// `AP Photo/Evan Vucci`); the outlet and a photographer's name on either side of a slash,
    /// closing the credit (`REUTERS/Kevin Lamarque`, `Bobby Lagsa/Rappler`); or a caption's
    /// closing brackets (`(Meghan Thackrey, KSL TV)`).
    func isPhotoCredit(_ outlet: Int, hit k: Int, in scan: Scan) -> Bool {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        if gazetteer.outlets[outlet].isStockImagery { return true }
        let slashAfter = hit.end < bytes.count && bytes[hit.end] == UInt8(ascii: "/")
        if slashAfter,
            Self.photoWords.contains(where: { word in
                hit.end - hit.start > word.count + 1 && Self.startsWith(bytes, at: hit.end - word.count, word)
            })
        {
            return true
        }
        // A photographer has a first and a last name (`(CNN/Money)` is no credit), written right
        // against the slash (`Madura United /TV One` is a listing), and the outlet's name starts
        // with a capital (`/ ard` is a staff code).
        guard bytes[hit.start] &- UInt8(ascii: "A") < 26 else { return false }
        if slashAfter, let name = names.name(in: bytes, after: hit.end + 1), name.lowerBound == hit.end + 1,
            Self.wordCount(scan.string(name)) >= 2, Self.closesCredit(bytes, at: name.upperBound),
            !startsOutlet(name.lowerBound, in: scan, from: k + 1)
        {
            return true
        }
        if hit.start > 2, bytes[hit.start - 1] == UInt8(ascii: "/"), bytes[hit.start - 2] != 0x20,
            Self.closesCredit(bytes, at: hit.end), let name = names.name(in: bytes, before: hit.start - 1),
            name.upperBound == hit.start - 1, Self.wordCount(scan.string(name)) >= 2,
            !startsOutlet(name.lowerBound, in: scan, from: max(0, k - 3))
        {
            return true
        }
        // `(Meghan Thackrey, KSL TV)`: a person, a comma and the outlet, in brackets.
        if hit.end < bytes.count, bytes[hit.end] == UInt8(ascii: ")"), hit.start > 2,
            bytes[hit.start - 1] == 0x20, bytes[hit.start - 2] == UInt8(ascii: ","),
            let name = names.name(in: bytes, before: hit.start - 2), name.lowerBound > 0,
            bytes[name.lowerBound - 1] == UInt8(ascii: "("), NameKind.of(scan.string(name)) == .person
        {
            return true
        }
        return false
    }

    /// Whether a credit ends at `p`: a closing bracket, a slash, a line end or the end.
    private static func closesCredit(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        p >= bytes.count || bytes[p] == UInt8(ascii: ")") || bytes[p] == UInt8(ascii: "/") || bytes[p] == 0x0A
            || bytes[p] == UInt8(ascii: ";") || (bytes[p] == 0x20 && p + 1 < bytes.count && bytes[p + 1] == 0x0A)
    }

    /// Whether an outlet's hit starts at `p` (so that `NBC/WSJ` is two outlets, no credit).
    private func startsOutlet(_ p: Int, in scan: Scan, from j: Int) -> Bool {
        scan.hit(startingAt: p, from: j)?.hit.outlet(gazetteer) != nil
    }
}
