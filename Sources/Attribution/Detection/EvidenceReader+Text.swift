/// Byte-level predicates and word lists the evidence readers share.
extension EvidenceReader {
    static let silentFamilies = CueFamilies(
        .document, .descriptor, .filler, .connector, .furnitureLine, .furnitureBlock)
    /// The families of speech verbs, read together.
    static let speechFamilies = CueFamilies(.speech, .speechAfter)

    /// Articles skipped before a name, each with its space (`the `).
    static let articleWords = WordLists.standard.words(.article).map { Array($0.utf8) + [0x20] }
    /// Prepositions a credit cue may take before its name (`diberitakan oleh`), each with its space.
    static let creditPrepositions = WordLists.standard.words(.creditPreposition).map { Array($0.utf8) + [0x20] }
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

    /// Whether only a full stop, brackets, staff codes and white space stand between `p` and the
    /// end of the body.
    func closesBody(after p: Int, in scan: Scan) -> Bool {
        guard p <= scan.bodyEnd, scan.bodyEnd - p <= 40 else { return false }
        var depth = 0
        for i in p..<scan.bodyEnd {
            let byte = scan.bytes[i]
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                depth -= 1
            } else if depth == 0, byte != 0x20, byte != 0x0A, byte != UInt8(ascii: ".") {
                return false
            }
        }
        return true
    }

    /// Whether `start` opens a sentence or a line.
    static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var i = start
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        return i == 0 || bytes[i - 1] == 0x0A || bytes[i - 1] == UInt8(ascii: ".")
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
        // An ordinary word or bare acronym (`?=PA`) credits a picture only closing a caption.
        let weak = hit.outlet(gazetteer) == nil
        let slashAfter = !weak && hit.end < bytes.count && bytes[hit.end] == UInt8(ascii: "/")
        if slashAfter,
            Self.photoWords.contains(where: { word in
                hit.end - hit.start > word.count + 1 && Self.startsWith(bytes, at: hit.end - word.count, word)
            })
        {
            return true
        }
        // `Foto/REUTERS`, `— Reuters pic`: a photo word against the outlet's slash, or after
        // the outlet closing the credit.
        if !weak, photoWordBefore(hit.start, bytes) || photoWordAfter(hit.end, bytes) { return true }
        // A photographer has a first and a last name (`(CNN/Money)` is no credit), that names no
        // outlet, written right against the slash; the outlet's name starts with a capital
        // (`/ ard` is a staff code); and no other outlet but a picture library stands on the
        // line (`BBC Two/Sky One/Channel 4` is a listing).
        guard !weak, bytes[hit.start] &- UInt8(ascii: "A") < 26, soleOutletOnLine(hit: k, in: scan) else {
            return captionClosing(outlet, hit: k, in: scan)
        }
        if slashAfter, let name = names.name(in: bytes, after: hit.end + 1), name.lowerBound == hit.end + 1,
            isPhotographer(scan.string(name)), Self.closesCredit(bytes, at: name.upperBound),
            !startsOutlet(name.lowerBound, in: scan, from: k + 1)
        {
            return true
        }
        if hit.start > 2, bytes[hit.start - 1] == UInt8(ascii: "/"), bytes[hit.start - 2] != 0x20,
            Self.closesCredit(bytes, at: hit.end), let name = names.name(in: bytes, before: hit.start - 1),
            name.upperBound == hit.start - 1, isPhotographer(scan.string(name)),
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
        return captionClosing(outlet, hit: k, in: scan)
    }

    /// `... in 2019 (PA)`: an agency in brackets closing a caption line (no sentence ends before
    /// it, as before a sign-off), not the body's last.
    private func captionClosing(_ outlet: Int, hit k: Int, in scan: Scan) -> Bool {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        return gazetteer.outlets[outlet].kind == .agency && hit.start > 2 && bytes[hit.start - 1] == UInt8(ascii: "(")
            && bytes[hit.start - 2] == 0x20 && CueScanner.isLetterOrDigit(bytes[hit.start - 3])
            && hit.end + 1 < bytes.count && bytes[hit.end] == UInt8(ascii: ")") && bytes[hit.end + 1] == 0x0A
            && hit.start - scan.index.lineStart(hit.start) < 250
            && bytes[(hit.end + 1)...].contains(where: { CueScanner.isLetterOrDigit($0) })
    }

    /// Whether a name reads as a photographer's: two to four words, no outlet's by its table or
    /// its shape (`Sidney Morning Herald` is a misspelt outlet).
    private func isPhotographer(_ name: String) -> Bool {
        (2...4).contains(Self.wordCount(name)) && OutletShape.kind(of: name) == nil
            && matcher.resolve(name, mediaContext: true) == nil
    }

    /// Whether hit `k` is the only outlet on its line but for picture libraries, on a line of
    /// at most two slashes in its first 400 bytes (`20:30 / Liga 1 / Persib vs Persija /TV One`
    /// is a listing). Answered from the ``ScanIndex``, not by walking the line: on a text of one
    /// endless line, every outlet would walk all of it.
    private func soleOutletOnLine(hit k: Int, in scan: Scan) -> Bool {
        let hit = scan.hits[k]
        let index = scan.index
        let start = index.lineStart(hit.start)
        let lineEnd = index.lineEnd(from: hit.end)
        guard index.slashCount(in: start..<max(hit.end, min(lineEnd, start + 400))) <= 2 else { return false }
        let outlets = index.outletHits
        let next = ScanIndex.firstIndex(in: outlets) { $0 > k }
        if next < outlets.count, scan.hits[outlets[next]].start <= lineEnd { return false }
        let previous = ScanIndex.firstIndex(in: outlets) { $0 >= k } - 1
        return previous < 0 || scan.hits[outlets[previous]].start < start
    }

    /// Whether a photo word stands alone right before `start` and its slash (`Foto/REUTERS`).
    private func photoWordBefore(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 1, bytes[start - 1] == UInt8(ascii: "/") else { return false }
        return Self.photoWords.contains { word in
            let from = start - 1 - word.count
            return from >= 0 && Self.startsWith(bytes, at: from, word)
                && (from == 0 || !CueScanner.isLetterOrDigit(bytes[from - 1]))
        }
    }

    /// Whether a photo word follows `end` after one space and closes the line or the brackets
    /// (`Reuters pic`).
    private func photoWordAfter(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 1 < bytes.count, bytes[end] == 0x20 else { return false }
        return Self.photoWords.contains { word in
            Self.startsWith(bytes, at: end + 1, word) && Self.closesCredit(bytes, at: end + 1 + word.count)
        }
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
