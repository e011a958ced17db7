/// The speaker after a verb: `kata Budi`, `"...," said Sen. Richard Blumenthal`,
/// `said Prudential Equity Group insurance analyst Jay Gelb`, `kata salah seorang petani, Agus`.
extension SpeakerReader {
    /// The speaker of the verb that ends at `end`. With `descriptions` (the verb follows a
    /// quotation or a comma, where an inverted speaker must follow), a lower-case description
    /// may stand before the name (`vice president Garmin Dan Bartel`), and a description with
    /// no name after it (`a US-based insurance expert`) is someone unnamed. With `citing` (a
    /// citation cue, `menurut`, `according to`), a comma after the description ends it only
    /// after a role (`menurut juru bicara KPK, Febri Diansyah`; not `menurut rencana, Stasiun`).
    func after(
        _ end: Int, in bytes: UnsafeBufferPointer<UInt8>, descriptions: Bool, citing: Bool = false
    ) -> Found? {
        var p = end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard p < bytes.count else { return nil }
        let first = names.wordRange(bytes, at: p)
        guard !first.isEmpty else { return nil }
        if NameReader.startsName(bytes, first) { return name(at: p, bytes) }
        // `said he would`, `said they were`: the subject of the words reported; the speaker
        // stands before. `"...," said analysts at Fortis`: a group, nobody to credit.
        if Self.word(bytes, first, in: Self.generic) {
            if closesClause(after: first.upperBound, in: bytes) { return .nobody }
            // `kata pengamat Faisal Basri`: a group's noun as a role right before a person's
            // name (not `ujar pengemudi Pajero`); never a pronoun.
            guard descriptions, first.upperBound + 1 < bytes.count, bytes[first.upperBound] == 0x20,
                !Self.word(bytes, first, in: Self.pronounWords),
                NameReader.startsName(bytes, names.wordRange(bytes, at: first.upperBound + 1)),
                case .name(let range) = name(at: first.upperBound + 1, bytes), namesPerson(range, bytes)
            else { return nil }
            return .name(range)
        }
        guard descriptions else { return nil }
        return described(from: p, bytes, citing: citing)
    }

    /// Whether the word right before `range` is a body's noun (`investment bank JP Morgan`).
    func followsBodyNoun(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.word(before: range, bytes).map { Self.word(bytes, $0, in: Self.bodyNouns) } ?? false
    }

    /// The word right before `range`, one space away.
    static func word(before range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard range.lowerBound > 2, bytes[range.lowerBound - 1] == 0x20 else { return nil }
        var s = range.lowerBound - 1
        while s > 0, CueScanner.isWordByte(bytes[s - 1]) { s -= 1 }
        return s < range.lowerBound - 1 ? s..<(range.lowerBound - 1) : nil
    }

    /// Whether `range`, without its titles, is a person's own name of two words or more.
    func namesPerson(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isPersonName(ownName(range, bytes) ?? range, bytes)
    }

    /// The name that starts at `p`; a title before a comma takes the name after it
    /// (`Kepala Dinas Pendidikan, Saemina`), and a body before lower-case titles gives the
    /// person after them (`Prudential Equity Group insurance analyst Jay Gelb`).
    func name(at p: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        guard var range = names.name(in: bytes, after: p), range.lowerBound == p else { return nil }
        // `Kepala Dinas Pendidikan (Disdik) Mataram`: an abbreviation in brackets inside the name.
        for _ in 0..<2 {
            guard range.upperBound + 2 < bytes.count, bytes[range.upperBound] == 0x20,
                bytes[range.upperBound + 1] == UInt8(ascii: "(")
            else { break }
            var close = range.upperBound + 2
            while close < bytes.count, close - range.upperBound < 30, bytes[close] != UInt8(ascii: ")"),
                bytes[close] != 0x0A, bytes[close] != UInt8(ascii: "\"")
            { close += 1 }
            guard close < bytes.count, bytes[close] == UInt8(ascii: ")"), close + 2 < bytes.count,
                bytes[close + 1] == 0x20, NameReader.isCapitalised(bytes[close + 2]),
                let more = names.name(in: bytes, after: close + 1), more.lowerBound == close + 2
            else { break }
            range = range.lowerBound..<more.upperBound
        }
        // `said Microsoft's Mike Coleman`: the person after an owner's possessive.
        range = withoutOwner(range, bytes)
        // `Kepala Dinas Pendidikan, Saemina`: a title, then the person's name.
        if range.upperBound + 2 < bytes.count, bytes[range.upperBound] == UInt8(ascii: ","),
            NameKind.looksInstitutional(String(decoding: bytes[range], as: UTF8.self)),
            let person = names.name(in: bytes, after: range.upperBound + 1), person.lowerBound == range.upperBound + 2,
            isPersonLike(person, bytes)
        {
            range = person
        }
        var q = range.upperBound
        var titled = false
        for _ in 0..<3 {
            guard q + 1 < bytes.count, bytes[q] == 0x20 else { break }
            let word = names.wordRange(bytes, at: q + 1)
            guard !word.isEmpty else { break }
            if NameReader.startsName(bytes, word) {
                if titled, let person = names.name(in: bytes, after: word.lowerBound) {
                    // Read with the body and the role when they tell the own name (a spokesman's body speaks too).
                    let whole = range.lowerBound..<person.upperBound
                    return .name(ownName(whole, bytes) == person ? whole : person)
                }
                break
            }
            guard !Self.word(bytes, word, in: Self.adjuncts), !Self.word(bytes, word, in: Self.relatives) else { break }
            if Self.word(bytes, word, in: Self.titles) { titled = true }
            q = word.upperBound
        }
        // `said EEF chief economist, Steve Radley`: the role, a comma, then the person.
        if titled, q + 2 < bytes.count, bytes[q] == UInt8(ascii: ","), bytes[q + 1] == 0x20,
            NameReader.isCapitalised(bytes[q + 2]), let person = names.name(in: bytes, after: q + 1),
            person.lowerBound == q + 2, isPersonLike(person, bytes)
        {
            return .name(person)
        }
        return .name(range)
    }

    /// A lower-case description after the verb, then the name: after a title word
    /// (`vice president Garmin Dan Bartel`) or after a comma (`salah seorang petani tebu asal
    /// Kudus, Agus`); without a name, someone unnamed if an article, a title or a generic word
    /// was there.
    private func described(from start: Int, _ bytes: UnsafeBufferPointer<UInt8>, citing: Bool) -> Found? {
        var q = start
        var lastWasRole = false
        var lastWasBody = false
        // The title that opens the role (`juru bicara KPK Febri Diansyah`): the name is read
        // with it, so that the person's own name is told from the body before it.
        var role: Int? = nil
        for _ in 0..<10 {
            let word = names.wordRange(bytes, at: q)
            guard !word.isEmpty else { return nil }
            if NameReader.startsName(bytes, word) {
                if lastWasRole { return widened(name(at: word.lowerBound, bytes), from: role, bytes) }
                if let role, case .name(let range) = name(at: word.lowerBound, bytes),
                    ownName(role..<range.upperBound, bytes) != nil
                {
                    return .name(role..<range.upperBound)
                }
                lastWasRole = false
            } else {
                guard !Self.word(bytes, word, in: Self.adjuncts), !Self.word(bytes, word, in: Self.relatives) else {
                    return nil
                }
                // `said investment bank JP Morgan`: a body's noun is a role for the body named after it.
                lastWasBody = Self.word(bytes, word, in: Self.bodyNouns)
                lastWasRole =
                    Self.word(bytes, word, in: Self.titles) || Self.word(bytes, word, in: Self.generic) || lastWasBody
                if role == nil, Self.word(bytes, word, in: Self.titles) { role = word.lowerBound }
            }
            q = word.upperBound
            if q + 2 < bytes.count, bytes[q] == UInt8(ascii: ","), bytes[q + 1] == 0x20,
                NameReader.isCapitalised(bytes[q + 2])
            {
                // `menurut pelatih asal Argentina tersebut, X`: the role points back; X is the subject.
                // `According to the company, Apple ...`: a body's noun before the comma points back.
                let pointsBack = role == nil && (!lastWasRole || lastWasBody)
                if citing, pointsBack || Self.word(bytes, word, in: Self.demonstratives) {
                    return nil
                }
                return name(at: q + 2, bytes) ?? .nobody
            }
            guard q + 1 < bytes.count, bytes[q] == 0x20 else {
                // `said a US-based insurance expert.`: a role ends the clause, and no name.
                return lastWasRole && closesClause(after: q, in: bytes) ? .nobody : nil
            }
            q += 1
        }
        return nil
    }

    /// The name found after a role, read from the role's first title on when the person's own
    /// name stands at its end (`juru bicara KPK Febri Diansyah`).
    private func widened(_ found: Found?, from role: Int?, _ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        // Not across a comma: `pemilik Museum Mahanandi, Johan Yan` names Johan Yan alone.
        guard let role, case .name(let range) = found, !bytes[role..<range.lowerBound].contains(UInt8(ascii: ",")),
            ownName(role..<range.upperBound, bytes) != nil
        else {
            return found
        }
        return .name(role..<range.upperBound)
    }

    /// Whether the clause ends after the name that ends at `end` (punctuation, an adjunct, a
    /// time word), as it does after an inverted speaker (`..., said Jay Gelb.`) and does not
    /// after the subject of a reported clause (`..., said UPS and Deutsche Post were`).
    func closesClause(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var q = end
        while q < bytes.count, bytes[q] == 0x20 { q += 1 }
        guard q < bytes.count else { return true }
        guard CueScanner.isWordByte(bytes[q]) else { return true }
        let word = names.wordRange(bytes, at: q)
        return Self.word(bytes, word, in: Self.adjuncts) || Self.word(bytes, word, in: Self.timeWords)
            || Self.word(bytes, word, in: Self.adverbs) || Self.word(bytes, word, in: Self.relatives)
            || Self.word(bytes, word, in: Self.months)
    }
}
