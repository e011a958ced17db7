/// Byte-level predicates the evidence readers share.
extension EvidenceReader {
    static let silentFamilies = CueFamilies(
        .document, .descriptor, .filler, .connector, .furnitureLine, .furnitureBlock)

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

    /// The cue phrase of a hit, if it has one.
    func lexiconPhrase(_ hit: Hit) -> String {
        hit.cue(lexicon, in: .all)?.phrase ?? ""
    }

    /// Relay phrases that only ever name a medium (`dilansir`, `dikutip dari`), unlike `mengutip`,
    /// which also takes people (`mengutip Trump`).
    static func namesSourceOutright(_ phrase: String) -> Bool {
        phrase.holds("lansir") || phrase.hasSuffix(" dari")
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

    static func startsWithWord(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard p + count <= bytes.count else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for k in 0..<count where PhraseTrie.fold(bytes[p + k]) != w[k] { return false }
        return true
    }

    static func isPhotoAlias(_ bytes: UnsafeBufferPointer<UInt8>, _ hit: Hit) -> Bool {
        let end = hit.end
        guard end < bytes.count, bytes[end] == UInt8(ascii: "/") else { return false }
        return hit.end - hit.start > 5
            && String(decoding: bytes[(hit.end - 4)..<hit.end], as: UTF8.self).uppercased() == "FOTO"
    }
}
