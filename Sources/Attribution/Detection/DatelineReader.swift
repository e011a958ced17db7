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
            if let dateline = dateline(bytes, hits: hits, furniture: furniture) { found.append(dateline) }
            found.append(contentsOf: signOffs(bytes, hits: hits, furniture: furniture))
            found.append(contentsOf: selfAddresses(bytes, hits: hits))
            if let title, let tag = titleTag(title) { found.append(tag) }
            return found
        }
    }

    private func dateline(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], furniture: FurnitureMap) -> Evidence? {
        for hit in hits {
            if hit.start >= Self.headZone { break }
            guard let outlet = hit.outlet(gazetteer), !furniture.contains(hit.start) else { continue }
            let lineStart = Self.lineStart(bytes, hit.start)
            let before = bytes[lineStart..<hit.start]
            var after = hit.end
            var parenthesised = false
            if hit.start > 0, bytes[hit.start - 1] == UInt8(ascii: "("), after < bytes.count,
                bytes[after] == UInt8(ascii: ")")
            {
                parenthesised = true
                after += 1
            }
            var place: Range<Int>? = nil
            if !parenthesised, after < bytes.count, bytes[after] == UInt8(ascii: ","),
                let placeRange = Self.place(bytes, from: after + 1)
            {
                place = placeRange
                after = placeRange.upperBound
            }
            guard let dashEnd = Self.dash(bytes, at: after, tight: parenthesised) else { continue }
            let prefix = Self.placePrefix(bytes, before, parenthesised: parenthesised)
            guard let prefix else { continue }
            var placeName = place.map { String(decoding: bytes[$0], as: UTF8.self) }
            if placeName == nil, !prefix.isEmpty { placeName = String(decoding: bytes[prefix], as: UTF8.self) }
            if placeName == nil, let trailing = Self.place(bytes, from: dashEnd), Self.isUpperWord(bytes, trailing),
                trailing.upperBound < bytes.count, bytes[trailing.upperBound] == UInt8(ascii: ".")
            {
                placeName = String(decoding: bytes[trailing], as: UTF8.self)
            }
            let start = prefix.isEmpty ? hit.start - (parenthesised ? 1 : 0) : prefix.lowerBound
            return Evidence(
                subject: .outlet(outlet), signal: .dateline, range: min(start, hit.start)..<dashEnd,
                cueLabel: "dateline",
                confidence: Confidence.dateline, place: placeName)
        }
        return nil
    }

    /// The place words before an outlet on its line: `JAKARTA, `, `Jakarta (`, or nothing.
    private static func placePrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, _ before: Slice<UnsafeBufferPointer<UInt8>>,
        parenthesised: Bool
    ) -> Range<Int>? {
        var end = before.endIndex
        if parenthesised { end -= 1 }
        while end > before.startIndex, bytes[end - 1] == 0x20 { end -= 1 }
        if end > before.startIndex, bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        let range = before.startIndex..<end
        if range.isEmpty { return range }
        guard range.count <= 48 else { return nil }
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
    /// With `tight`, the dash may run into the next word (`(ANTARA News) -Ketua`).
    private static func dash(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, tight: Bool = false) -> Int? {
        var p = start
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard p < bytes.count, bytes[p] == UInt8(ascii: "-") else { return nil }
        while p < bytes.count, bytes[p] == UInt8(ascii: "-") { p += 1 }
        guard p >= bytes.count || bytes[p] == 0x20 || bytes[p] == 0x0A || tight else { return nil }
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
}
