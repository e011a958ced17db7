/// Who a pronoun or a role stands for: the nearest fitting name before it.
extension SpeakerReader {
    /// How far back an antecedent is looked for, in bytes.
    static let antecedentSpan = 700
    /// The most names looked at for one antecedent.
    static let antecedentNames = 10

    /// The person (or body) a pronoun at `end` stands for: the nearest name before it, outside
    /// quotations and page furniture (`outside`), that reads as one and that `accept` takes (it is no outlet).
    func antecedent(
        before end: Int, person: Bool, in bytes: UnsafeBufferPointer<UInt8>, outside: (Int) -> Bool,
        accept: (Range<Int>) -> Bool
    ) -> Range<Int>? {
        var found: Range<Int>? = nil
        forEachName(before: end, in: bytes, outside: outside) { whole in
            var name = person ? withoutOwner(whole, bytes) : whole
            // `Nicolas Sarkozy of France said ... he said`: the person before the affiliation.
            if person, let own = personBeforeAffiliation(name, bytes) { name = own }
            // `Imelda Staunton ... Staunton ... she said`: a surname whose full name came before
            // is a person's name too.
            let fits = person ? isPersonName(name, bytes) || isSurnameNamedInFull(name, bytes) : isBody(name, bytes)
            guard fits, startsClause(whole.lowerBound, bytes), !endsLine(name.upperBound, bytes), accept(name) else {
                return true
            }
            found = name
            return false
        }
        return found
    }

    /// How far back a surname's full name is looked for, in bytes.
    static let surnameSpan = 3000

    /// Whether `name` is one word that ended a person's full name earlier in the text
    /// (`Imelda Staunton ... Staunton`), so that a pronoun may stand for it. The surname, not
    /// the full name, is credited: which `Clinton` a later `Clinton` is the text does not say.
    func isSurnameNamedInFull(_ name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count >= 3, !bytes[name].contains(0x20), isOwnName(name, bytes) else { return false }
        let floor = max(0, name.lowerBound - Self.surnameSpan)
        let count = name.count
        let first = bytes[name.lowerBound]
        var p = name.lowerBound - count
        while p > floor {
            defer { p -= 1 }
            guard bytes[p] == first, bytes[p - 1] == 0x20,
                p + count >= bytes.count || !CueScanner.isWordByte(bytes[p + count])
            else { continue }
            var same = true
            for k in 1..<count where bytes[p + k] != bytes[name.lowerBound + k] {
                same = false
                break
            }
            guard same else { continue }
            // The word before is part of the person's own name.
            var s = p - 1
            while s > floor, CueScanner.isWordByte(bytes[s - 1]) { s -= 1 }
            if s < p - 1, isOwnName(s..<(p - 1), bytes), isPersonName(s..<(p + count), bytes) { return true }
        }
        return false
    }

    /// The names a reference at `words` points back to (`the ministry`, `Pj Sekda Bone itu`):
    /// the nearest name before it, outside quotations, that holds each of its words and more;
    /// for a plural body (`the companies`), each body of the nearest list.
    func referents(
        of words: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, outside: (Int) -> Bool,
        accept: (Range<Int>) -> Bool
    ) -> [Range<Int>] {
        let wanted = Self.lowerWords(bytes, words)
        guard !wanted.isEmpty else { return [] }
        var found: Range<Int>? = nil
        // `the agency said`: failing a name with the noun, the nearest body close before.
        var nearestBody: Range<Int>? = nil
        let bodyNoun = wanted.count == 1 && Self.word(bytes, words, in: Self.bodyNouns)
        // `The companies said`, `the two firms said`: the bodies of the nearest list before.
        let plural = bodyNoun && wanted[0].hasSuffix("s") && !wanted[0].hasSuffix("ss")
        forEachName(before: words.lowerBound, in: bytes, outside: outside) { name in
            if plural {
                guard words.lowerBound - name.upperBound < Self.bodySpan else { return false }
                // The list heads its clause (`Elan and Biogen Idec halted ...`), as the bodies
                // that act do; a list inside a clause is mostly of things (`sales of Avonex and Tysabri`).
                guard bodyItems(name, in: bytes).count > 1, startsClause(name.lowerBound, bytes), accept(name) else {
                    return true
                }
                found = name
                return false
            }
            let have = Self.lowerWords(bytes, name)
            if bodyNoun, nearestBody == nil, words.lowerBound - name.upperBound < Self.bodySpan,
                hasOrganizationWord(name, bytes), accept(name)
            {
                nearestBody = name
            }
            guard have.count > wanted.count, wanted.allSatisfy(have.contains), accept(name) else { return true }
            found = name
            return false
        }
        if plural { return found.map { bodyItems($0, in: bytes) } ?? [] }
        return (found ?? nearestBody).map { [$0] } ?? []
    }

    /// How far back a role noun alone (`the agency`) looks for the nearest body, in bytes.
    static let bodySpan = 400

    /// Whether a name at `start` stands where a sentence's subject does: at the head of the
    /// text, a line, a sentence or a quotation's end, or after an opening phrase and its comma
    /// (`Sementara itu, Budi`).
    func startsClause(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        guard i > 0 else { return true }
        switch bytes[i - 1] {
        case 0x0A, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""):
            return true
        case UInt8(ascii: ","):
            var s = i - 1
            while s > 0, bytes[s - 1] == 0x20 { s -= 1 }
            var w = s
            while w > 0, CueScanner.isWordByte(bytes[w - 1]) { w -= 1 }
            return w < s
                && (Self.word(bytes, w..<s, in: Self.leadingNoise) || Self.word(bytes, w..<s, in: Self.adverbs))
        default:
            return false
        }
    }

    /// Whether a line ends right after `end`: a name alone on its line is a heading.
    private func endsLine(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = end
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i == bytes.count || bytes[i] == 0x0A
    }

    /// The words of `range`, lower-cased.
    private static func lowerWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var words: [String] = []
        forEachWord(bytes, range) { word in
            words.append(NameReader.lower(bytes, word))
            return true
        }
        return words
    }

    /// Calls `body` with each name (a run of capitalised words and joiners) before `end`,
    /// nearest first, where `outside` holds (not in quotations or page furniture), within ``antecedentSpan`` bytes, at most
    /// ``antecedentNames`` of them, while it returns true.
    private func forEachName(
        before end: Int, in bytes: UnsafeBufferPointer<UInt8>, outside: (Int) -> Bool, _ body: (Range<Int>) -> Bool
    ) {
        let floor = max(0, end - Self.antecedentSpan)
        var i = end
        var seen = 0
        // The run being read: its near end, and its far start so far.
        var near = -1
        var far = -1
        func close() -> Bool {
            defer { near = -1 }
            guard near >= 0, let name = names.trimLeadingNoise(bytes, far..<near) else { return true }
            guard outside(name.lowerBound) else { return true }
            seen += 1
            return body(name) && seen < Self.antecedentNames
        }
        while i > floor {
            var gap = i
            while gap > floor, !NameReader.isNameByte(bytes[gap - 1]) { gap -= 1 }
            // Anything but one space between two words ends a run.
            if gap != i - 1 || bytes[i - 1] != 0x20, near >= 0, !close() { return }
            guard gap > floor else { break }
            var s = gap
            while s > floor, NameReader.isNameByte(bytes[s - 1]) { s -= 1 }
            let word = s..<gap
            if NameReader.startsName(bytes, word) {
                if near < 0 { near = gap }
                far = s
            } else if near >= 0, !Self.word(bytes, word, in: Self.joiners) {
                if !close() { return }
            }
            i = s
        }
        if near >= 0 { _ = close() }
    }
}
