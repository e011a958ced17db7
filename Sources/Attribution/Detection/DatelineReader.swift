/// Finds the evidence that page layout rather than a cue phrase gives: datelines at the head of
/// the body, sign-offs at its foot, agency tags in the title, and self-styled addresses.
///
/// Datelines come in the shapes of the major outlets: `REPUBLIKA.CO.ID, BERLIN --`,
/// `JAKARTA, KOMPAS.com -`, `Merdeka.com -`, `KONTAN.CO.ID - JAKARTA.`, `Jakarta (ANTARA) -`,
/// `WASHINGTON (Reuters) -`, `AP -`. Sign-offs are `(Antara)`, `[Antara]`, `(ant/sya)`, `Reuter`, `-- AFP`.
struct DatelineReader: Sendable {
    let gazetteer: Gazetteer

    /// How far into the text a dateline may stand (captions and headlines come first).
    static let headZone = 2_500
    /// How far before the end of the body a sign-off may stand.
    static let footZone = 160

    /// Agency codes of signature lines: `(ant/sya)` is Antara; staff initials are nothing.
    static let agencyCodes = Dictionary(
        WordLists.standard.pairs(.signatureCode).map { ($0.word, $0.value) }, uniquingKeysWith: { first, _ in first })

    func read(_ text: NormalizedText, hits: [Hit], furniture: FurnitureMap, title: String?) -> [Evidence] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var found: [Evidence] = []
            found.append(contentsOf: dateline(bytes, hits: hits, furniture: furniture))
            found.append(contentsOf: signOffs(bytes, hits: hits, furniture: furniture))
            found.append(contentsOf: selfAddresses(bytes, hits: hits))
            if let title, let tag = titleTag(title) { found.append(tag) }
            return found
        }
    }

    /// The first dateline of the head zone. Its outlet is a known one, or a name shaped like an
    /// outlet (`salsabilafm.com –`, `(Gephardt Daily) —`, `(CBS.MW) --`); it stands at the
    /// start of a line after place and date words (`KANSAS CITY, Mo., Feb. 21 (UPI) --`), in
    /// brackets or slashes (`LONDON, May 3. /TASS/.`), with a place after a comma
    /// (`VOInews, Jakarta:`), and ends in a dash or a colon, or, in brackets after a place,
    /// runs straight into the text (`Gaza, July 22 (IANS) Two shots`).
    private func dateline(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], furniture: FurnitureMap) -> [Evidence] {
        let found: [Evidence]? = firstCandidate(bytes, hits: hits, furniture: furniture) { candidate in
            guard let found = dateline(bytes, at: candidate) else { return nil }
            // `(MENAFN- Gulf Times)`: an aggregator carrying another outlet's copy.
            guard let carried = candidate.carried else { return [found] }
            return [
                found,
                Evidence(
                    subject: carried.subject, signal: .cue(.footer), range: carried.range,
                    cueLabel: "dateline source", confidence: Confidence.dateline),
            ]
        }
        return found ?? masthead(bytes, hits: hits, furniture: furniture).map { [$0] } ?? []
    }

    /// With no dateline, a masthead line of the head zone: an outlet's name alone on its line
    /// (not an agency's, which is a picture caption as often), or any outlet's name followed by
    /// a date and time (`Liputan6.com 2021-10-27 18:55:45`) or a bar and a place
    /// (`Reuters | Washington DC`).
    private func masthead(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], furniture: FurnitureMap) -> Evidence? {
        for hit in hits {
            if hit.start >= Self.headZone { break }
            guard !furniture.contains(hit.start) else { continue }
            let lineStart = Self.lineStart(bytes, hit.start)
            guard bytes[lineStart..<hit.start].allSatisfy({ $0 == 0x20 }) else { continue }
            // `Press Gazette` alone on a line of the head: a name of ordinary words (a weak alias)
            // of two words or more is the masthead there too.
            let strong = hit.outlet(gazetteer)
            let weakHead =
                strong == nil && bytes[hit.start..<hit.end].contains(0x20)
                ? hit.outlet(gazetteer, mediaContext: true) : nil
            guard let outlet = strong ?? weakHead else { continue }
            var lineEnd = hit.end
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let rest = bytes[hit.end..<lineEnd]
            let alone = rest.allSatisfy { $0 == 0x20 }
            let dated =
                !rest.isEmpty && rest.first == 0x20 && rest.count <= 40
                && rest.allSatisfy {
                    $0 &- UInt8(ascii: "0") < 10 || $0 == 0x20 || $0 == UInt8(ascii: ":")
                        || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".")
                }
                && rest.contains { $0 &- UInt8(ascii: "0") < 10 }
            var barred = false
            if rest.count > 3, rest.count <= 48, rest.first == 0x20, rest.dropFirst().first == UInt8(ascii: "|"),
                let place = Self.place(bytes, from: hit.end + 2), place.upperBound == lineEnd
            {
                barred = true
            }
            guard alone && gazetteer.outlets[outlet].kind != .agency || (dated || barred) && weakHead == nil else {
                continue
            }
            return Evidence(
                subject: .outlet(outlet), signal: .dateline, range: hit.start..<lineEnd, cueLabel: "masthead",
                confidence: Confidence.masthead)
        }
        return nil
    }

    /// A name that may open a dateline, with the outlet it names.
    struct Candidate {
        var range: Range<Int>
        var subject: Subject
        /// In `(MENAFN- Gulf Times)`, the outlet whose copy the named one carries.
        var carried: (range: Range<Int>, subject: Subject)? = nil
    }

    /// The dateline of `candidate`, if its line makes one.
    private func dateline(_ bytes: UnsafeBufferPointer<UInt8>, at candidate: Candidate) -> Evidence? {
        let start = candidate.range.lowerBound
        var after = candidate.range.upperBound
        var bracketed = false
        if start > 0, after < bytes.count,
            bytes[start - 1] == UInt8(ascii: "(") && bytes[after] == UInt8(ascii: ")")
                || bytes[start - 1] == UInt8(ascii: "/") && bytes[after] == UInt8(ascii: "/")
        {
            bracketed = true
            after += 1
            if after < bytes.count, bytes[after] == UInt8(ascii: "."), bytes[start - 1] == UInt8(ascii: "/") {
                after += 1
            }
        }
        // `date 2024-12-15 (MENAFN- Gulf Times) Gaza's`: a carrier's brackets say what they are
        // whatever stands before them on the line.
        let carrying = candidate.carried != nil
        guard
            let prefix = Self.placePrefix(bytes, before: start, bracketed: bracketed)
                ?? (carrying ? start..<start : nil)
        else { return nil }
        var place: Range<Int>? = nil
        // `VOInews, Jakarta:`, `BorneoTribun Jakarta --`: a place after a comma, or after a space
        // when a dash follows it.
        if !bracketed, after < bytes.count, let placeRange = Self.place(bytes, from: after + 1),
            bytes[after] == UInt8(ascii: ",")
                || bytes[after] == 0x20 && Self.dash(bytes, at: placeRange.upperBound) != nil
        {
            place = placeRange
            after = placeRange.upperBound
        }
        let end: Int
        if let dashEnd = Self.dash(bytes, at: after, tight: bracketed) ?? Self.tightDash(bytes, at: after) {
            end = dashEnd
        } else if !bracketed, after + 1 < bytes.count, bytes[after] == UInt8(ascii: ":"), bytes[after + 1] == 0x20 {
            end = after + 1
        } else if bracketed, carrying || prefix.contains(where: { bytes[$0] == UInt8(ascii: ",") }),
            after + 1 < bytes.count,
            bytes[after] == 0x20, NameReader.isCapitalised(bytes[after + 1])
        {
            // `Gaza, July 22 (IANS) Two shots`: a place and a date, so no acronym of the
            // body just named (`International Atomic Energy Agency (IAEA) said`).
            end = after
        } else {
            return nil
        }
        var placeName = place.map { String(decoding: bytes[$0], as: UTF8.self) }
        if placeName == nil, !prefix.isEmpty { placeName = Self.placeName(bytes, prefix) }
        if placeName == nil, let trailing = Self.place(bytes, from: end), Self.isUpperWord(bytes, trailing),
            trailing.upperBound < bytes.count, bytes[trailing.upperBound] == UInt8(ascii: ".")
        {
            placeName = String(decoding: bytes[trailing], as: UTF8.self)
        }
        let from = prefix.isEmpty ? start - (bracketed ? 1 : 0) : prefix.lowerBound
        return Evidence(
            subject: candidate.subject, signal: .dateline, range: min(from, start)..<end, cueLabel: "dateline",
            confidence: Confidence.dateline, place: placeName)
    }

    /// `Kabar6-Pemerintah`: a dash glued between the outlet and a capitalised word.
    private static func tightDash(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        guard p + 1 < bytes.count, bytes[p] == UInt8(ascii: "-"), bytes[p + 1] &- UInt8(ascii: "A") < 26 else {
            return nil
        }
        return p + 1
    }

    /// The place of a prefix: its first words before a comma that are no date
    /// (`KANSAS CITY` of `KANSAS CITY, Mo., Feb. 21`).
    private static func placeName(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: Range<Int>) -> String {
        var end = prefix.lowerBound
        while end < prefix.upperBound, bytes[end] != UInt8(ascii: ","), !(bytes[end] &- UInt8(ascii: "0") < 10) {
            end += 1
        }
        while end > prefix.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return String(
            decoding: bytes[prefix.lowerBound..<(end > prefix.lowerBound ? end : prefix.upperBound)], as: UTF8.self)
    }

    /// The place words before an outlet on its line: `JAKARTA, `, `Jakarta (`, or nothing. At
    /// most 64 bytes, so the line's start is looked for that far back only.
    private static func placePrefix(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, bracketed: Bool)
        -> Range<Int>?
    {
        // Blanks and a comma before the outlet; a line break is neither, so this stays on the line.
        var end = start
        if bracketed { end -= 1 }
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        guard let lineStart = lineStart(bytes, end, within: 65) else { return nil }
        let range = lineStart..<end
        if range.isEmpty { return range }
        guard range.count <= 64 else { return nil }
        var sawLetter = false
        var wordStart = true
        for i in range {
            let byte = bytes[i]
            if wordStart, CueScanner.isLetterOrDigit(byte) {
                guard NameReader.isCapitalised(byte) else { return nil }
                sawLetter = true
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...0xFF,
                UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"):
                wordStart = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // A date: `Feb. 21`, `Oct. 16, 2021`.
                wordStart = false
            case 0x20, UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "("):
                wordStart = true
            default:
                return nil
            }
        }
        return sawLetter ? range : nil
    }

    /// A place after a comma: up to four capitalised words (`BERLIN`, `New York`).
    private static func place(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var p = start
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        let begin = p
        var words = 0
        while p < bytes.count, words < 4, NameReader.isCapitalised(bytes[p]), !(bytes[p] &- UInt8(ascii: "0") < 10) {
            while p < bytes.count,
                CueScanner.isWordByte(bytes[p])
                    || bytes[p] == UInt8(ascii: ".") && p + 1 < bytes.count
                        && bytes[p + 1] != 0x20
            {
                p += 1
            }
            words += 1
            guard p + 1 < bytes.count, bytes[p] == 0x20, NameReader.isCapitalised(bytes[p + 1]) else { break }
            p += 1
        }
        return words > 0 ? begin..<p : nil
    }

    /// A dateline dash (`-`, `--`, `–` normalized) after optional spaces; returns the offset after it.
    /// With `tight`, the dash may run into the next word (`(ANTARA News) -Ketua`); after a space
    /// it may run into a capitalised word (`GELORA.CO -Hanya`). A question mark before a
    /// capitalised word is a dash a wrong encoding turned into one (`KATADATA ? Pemerintah`).
    private static func dash(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, tight: Bool = false) -> Int? {
        var p = start
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard p < bytes.count else { return nil }
        if bytes[p] == UInt8(ascii: "?"), p + 2 < bytes.count, bytes[p + 1] == 0x20,
            NameReader.isCapitalised(bytes[p + 2])
        {
            return p + 1
        }
        guard bytes[p] == UInt8(ascii: "-") else { return nil }
        let spaced = p > start
        while p < bytes.count, bytes[p] == UInt8(ascii: "-") { p += 1 }
        guard
            p >= bytes.count || bytes[p] == 0x20 || bytes[p] == 0x0A || tight
                || spaced && bytes[p] &- UInt8(ascii: "A") < 26
        else { return nil }
        return p
    }

    private static func isUpperWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && range.allSatisfy { !(bytes[$0] &- UInt8(ascii: "a") < 26) }
    }

    static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var i = offset
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// Where the line holding `offset` starts, if at most `limit` bytes before it.
    static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, within limit: Int) -> Int? {
        var i = offset
        while i > 0, bytes[i - 1] != 0x0A {
            guard offset - i < limit else { return nil }
            i -= 1
        }
        return i
    }
}
