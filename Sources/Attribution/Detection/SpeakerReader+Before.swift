/// The speaker before a verb: `Budi mengatakan`, `Andrew Beh, of brokers ING, said`,
/// `Ursula von der Leyen pada Februari mengatakan`, `Rakun dalam keterangan tertulis mengatakan`.
extension SpeakerReader {
    /// The speaker of the verb that starts at `start`, read backwards within its sentence.
    /// `strict` (for words that are nouns as often as verbs: `reports`, `menulis`) takes only a
    /// name right before the verb, a pronoun or a body, with no walk past adjuncts or relatives.
    func before(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>, strict: Bool = false) -> Found? {
        let t = tokens(before: start, in: bytes)
        if !strict, let found = participleAppositive(t, bytes) { return found }
        if !strict, let found = coordinatedSubject(t, bytes) { return found }
        var k = 0
        var pointsBack = false
        skipAdjuncts(t, &k, bytes, pointsBack: &pointsBack)
        guard k < t.count else { return nil }
        // `Facebook sendiri belum membeberkan`: a denied verb reports no words (`secara tidak
        // langsung mengatakan` is no denial).
        for j in 0..<k where t[j].kind == .word && Self.word(bytes, t[j].range, in: Self.negations) {
            let lifted = j > 0 && t[j - 1].kind == .word && Self.word(bytes, t[j - 1].range, in: Self.negationLifts)
            if !lifted { return .nobody }
        }
        // `untuk mendukung`, `to say`: no speaker stands before an infinitive; `the claims`:
        // after a determiner the word is a noun.
        if k == 0, t[0].kind == .word, !t[0].capitalised,
            Self.word(bytes, t[0].range, in: Self.adjuncts) || Self.word(bytes, t[0].range, in: Self.determiners)
        {
            return nil
        }
        // `Paul Connolly, who said`, `warga yang mengatakan`: the antecedent of the relative.
        if t[k].kind == .word, Self.word(bytes, t[k].range, in: Self.relatives) {
            k += 1
            if k < t.count, t[k].kind == .comma { k += 1 }
            guard !strict, k < t.count, t[k].capitalised else { return .nobody }
            return subject(t, k, bytes)
        }
        if t[k].kind == .comma, let found = apposition(t, k, bytes) { return found }
        if t[k].kind == .comma { k += 1 }
        guard k < t.count, t[k].kind == .word else { return nil }
        // `Dia mengatakan`, `He said`: a pronoun, whatever its case.
        if Self.word(bytes, t[k].range, in: Self.personPronouns) { return .pronoun(t[k].range, person: true) }
        if Self.word(bytes, t[k].range, in: Self.bodyPronouns) { return .pronoun(t[k].range, person: false) }
        if t[k].capitalised {
            let found = subject(t, k, bytes, strict: strict)
            if pointsBack, case .name(let range) = found { return .reference(range) }
            return found
        }
        return lowerCase(t, k, bytes, pointsBack: pointsBack, strict: strict)
    }

    /// Steps over what may stand between a speaker and the verb: adverbs, time words and dates
    /// (`juga`, `on Monday`, `pada Februari`), brackets (`(KPK)`, `(36)`, `(D-Conn.)`), party
    /// tags (`, R-Ky.,`), a dated clause between commas (`, Senin (21/1),`), and a demonstrative
    /// (`itu`), which says the words before it point back.
    private func skipAdjuncts(_ t: [Token], _ k: inout Int, _ bytes: UnsafeBufferPointer<UInt8>, pointsBack: inout Bool)
    {
        while k < t.count {
            let token = t[k]
            switch token.kind {
            case .bracket:
                k += 1
            case .word:
                if !pointsBack, k == 0 || t[k - 1].kind != .word || !t[k - 1].capitalised,
                    Self.word(bytes, token.range, in: Self.demonstratives)
                {
                    pointsBack = true
                    k += 1
                } else if Self.isTimeOrAdverb(bytes, token.range) || Self.isPartyTag(bytes, token.range) {
                    k += 1
                } else if !token.capitalised, k + 1 < t.count, t[k + 1].kind == .word,
                    Self.word(bytes, t[k + 1].range, in: Self.mannerOpeners)
                {
                    // `secara terang-terangan menuduh`: a manner phrase.
                    k += 2
                } else {
                    return
                }
            case .comma:
                var j = k + 1
                while j < t.count,
                    t[j].kind == .bracket
                        || (t[j].kind == .word
                            && (Self.isTimeOrAdverb(bytes, t[j].range) || Self.isPartyTag(bytes, t[j].range)))
                {
                    j += 1
                }
                guard j > k + 1, j < t.count else { return }
                k = t[j].kind == .comma ? j + 1 : j
            }
        }
    }

    /// The speaker before an appositive that opens with a lower-case word and closes right
    /// before the verb, dates and all (`John Smith, speaking in Jakarta on Monday, said`,
    /// `Budi Santoso, saat ditemui di Jakarta, Senin, mengatakan`): the name before its comma.
    private func participleAppositive(_ t: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        guard t.first?.kind == .comma else { return nil }
        var comma = 0
        // `, Senin (21/1),`: a date between commas; the appositive is before it.
        for _ in 0..<2 {
            let far = nextComma(t, after: comma)
            let segment = (comma + 1)..<far
            guard !segment.isEmpty, far < t.count,
                segment.allSatisfy({ t[$0].kind == .bracket || Self.isTimeOrAdverb(bytes, t[$0].range) })
            else { break }
            comma = far
        }
        let far = nextComma(t, after: comma)
        guard far > comma + 1, far - comma <= 17, far + 1 < t.count else { return nil }
        // Not a list (`Kementerian Koperasi, UKM, dan Ekonomi Kreatif, mengatakan`).
        let first = t[far - 1]
        guard first.kind == .word, !first.capitalised, !Self.word(bytes, first.range, in: Self.relatives),
            !Self.word(bytes, first.range, in: Self.determiners), !Self.word(bytes, first.range, in: Self.listJoiners)
        else { return nil }
        var beyond = far + 1
        for _ in 0..<2 {
            guard beyond < t.count, t[beyond].kind == .word, t[beyond].capitalised else { return nil }
            let found = subject(t, beyond, bytes)
            // `Bagus Amarullah, di Tanjungbalai, hari ini, mengatakan`: a name inside an adjunct
            // is no speaker; the speaker stands before the adjunct's comma.
            guard case .name(let range) = found, let word = Self.word(before: range, bytes),
                Self.word(bytes, word, in: Self.adjuncts)
            else { return found }
            beyond = nextComma(t, after: beyond) + 1
        }
        return nil
    }

    /// The noun of an outlet that ends at token `k` (`paper`, `surat kabar`): its range and
    /// its number of words.
    private func mediaNoun(_ t: [Token], _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (
        range: Range<Int>, words: Int
    )? {
        if k + 1 < t.count, t[k + 1].kind == .word {
            let pair = t[k + 1].range.lowerBound..<t[k].range.upperBound
            if Self.word(bytes, pair, in: Self.mediaNouns) { return (pair, 2) }
        }
        return Self.word(bytes, t[k].range, in: Self.mediaNouns) ? (t[k].range, 1) : nil
    }

    /// The kind of outlet the noun at `range` names (`paper`: a newspaper), or nil when it is
    /// no noun of an outlet.
    static func mediaNounKind(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> OutletKind? {
        mediaNounKinds[String(decoding: bytes[range], as: UTF8.self).lowercased()]
    }

    private static let mediaNounKinds: [String: OutletKind] = Dictionary(
        WordLists.standard.pairs(.mediaNoun).compactMap { pair in
            OutletKind(rawValue: pair.value).map { (pair.word, $0) }
        },
        uniquingKeysWith: { first, _ in first })

    /// The index of the first comma after token `k`, or the count of tokens.
    private func nextComma(_ t: [Token], after k: Int) -> Int {
        var far = k + 1
        while far < t.count, t[far].kind != .comma { far += 1 }
        return far
    }

    /// The comma right before the verb (after adjuncts) at `k`: the words between it and the
    /// comma before are an appositive or the speaker's name.
    private func apposition(_ t: [Token], _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, outer: Bool = false)
        -> Found?
    {
        let far = nextComma(t, after: k)
        let segment = (k + 1)..<far
        guard !segment.isEmpty, segment.count <= 16 else { return nil }
        let first = t[far - 1]
        let beyond = far + 1 < t.count && t[far + 1].kind == .word && t[far + 1].capitalised ? far + 1 : nil
        // `X, who chairs the panel, said`: the relative clause's antecedent.
        if first.kind == .word, Self.word(bytes, first.range, in: Self.relatives) {
            guard let beyond else { return .nobody }
            return subject(t, beyond, bytes)
        }
        if isNameRun(t, segment, bytes) {
            let name = t[far - 1].range.lowerBound..<t[k + 1].range.upperBound
            // `John Smith, ING, said`: the person before the body.
            if let beyond, isBody(name, bytes), case .name(let person) = subject(t, beyond, bytes),
                isPersonLike(person, bytes)
            {
                return .name(person)
            }
            // `John Kelly, IBM senior vice president, Technology and Research, said`: the name
            // ends a longer appositive, and the person stands before it.
            if !outer, beyond == nil, far + 1 < t.count, t[far + 1].kind == .word, !isPersonName(name, bytes),
                case .name(let person)? = apposition(t, far, bytes, outer: true), isPersonName(person, bytes)
            {
                return .name(person)
            }
            // `Title, Name, said` keeps the name; a title alone is no one.
            if isPersonLike(name, bytes) { return .name(name) }
            if let beyond { return subject(t, beyond, bytes) }
            return .name(name)
        }
        // `Andrew Beh, of brokers ING, said`, `Munir al-Bursh, director general of ..., said`,
        // `Mark Oaten, Liberal Democrat home affairs spokesman, said`: an appositive, not a name.
        if first.kind == .word,
            !first.capitalised || Self.word(bytes, first.range, in: Self.determiners)
                || isRoleAppositive(t, segment, bytes)
        {
            guard let beyond else { return nil }
            return subject(t, beyond, bytes)
        }
        return nil
    }

    /// Whether `segment` (no name run) describes a role (`Liberal Democrat home affairs
    /// spokesman`, `Labour's Chief Secretary to the Treasury`) rather than holding the speaker
    /// (`Sofyan kepada wartawan`, `Hanung Nugraha yang mewakili`): a title word or a body's
    /// noun (`Europe's fifth-largest reinsurance firm`), no relative, and a head that is a role
    /// (a title in it, or lower-case words of the role after it).
    private func isRoleAppositive(_ t: [Token], _ segment: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasTitle = false
        for j in segment where t[j].kind == .word {
            if Self.word(bytes, t[j].range, in: Self.relatives) { return false }
            if Self.word(bytes, t[j].range, in: Self.titles) || Self.word(bytes, t[j].range, in: Self.bodyNouns) {
                hasTitle = true
            }
        }
        guard hasTitle else { return false }
        // The head: the capitalised words the segment opens with (tokens run away from the verb).
        var near = segment.upperBound - 1
        guard t[near].kind == .word, t[near].capitalised else { return true }
        while near > segment.lowerBound, t[near - 1].kind == .word, t[near - 1].capitalised { near -= 1 }
        if (near..<segment.upperBound).contains(where: { Self.word(bytes, t[$0].range, in: Self.titles) }) {
            return true
        }
        let next = near - 1
        return next >= segment.lowerBound && t[next].kind == .word
            && !Self.word(bytes, t[next].range, in: Self.adjuncts)
    }

    /// Whether the tokens of `segment` are one name: capitalised words, with joiners and
    /// brackets between them.
    private func isNameRun(_ t: [Token], _ segment: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for j in segment {
            let token = t[j]
            switch token.kind {
            case .comma: return false
            case .bracket: continue
            case .word:
                if token.capitalised { continue }
                if j != segment.upperBound - 1, j != segment.lowerBound, Self.word(bytes, token.range, in: Self.joiners)
                {
                    continue
                }
                return false
            }
        }
        return t[segment.lowerBound].kind == .word && t[segment.upperBound - 1].kind == .word
    }

    /// The name whose last word is token `k`, read away from the verb; a name inside an
    /// adjunct (`di Jakarta`, `in Missouri`) sends the search on to the subject before it, and
    /// a body or a title with a person before it (`Colin Asplin, Blackpool Hotel Association
    /// said`, `Carlo De Casa, chief analyst ActivTrades memperkirakan`) gives the person.
    func subject(_ t: [Token], _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, strict: Bool = false) -> Found? {
        guard let (name, next) = run(t, from: k, bytes) else { return nil }
        guard next < t.count, !strict else { return .name(name) }
        // `Budi Santoso yang juga Ketua RT mengatakan`: the name the relative clause follows.
        var r = next
        while r < t.count, t[r].kind == .word, !t[r].capitalised, Self.word(bytes, t[r].range, in: Self.adverbs) {
            r += 1
        }
        if r < t.count, t[r].kind == .word, Self.word(bytes, t[r].range, in: Self.relatives), r + 1 < t.count,
            t[r + 1].kind == .word, t[r + 1].capitalised
        {
            return subject(t, r + 1, bytes)
        }
        let after = t[next]
        if after.kind == .word, !after.capitalised, Self.word(bytes, after.range, in: Self.adjuncts) {
            return adjunctWalk(t, from: next + 1, bytes, requireOpener: false, inner: name) ?? .name(name)
        }
        // Lower-case titles, then a comma and a person at the head of the sentence.
        var j = next
        while j < t.count, j - next < 3, t[j].kind == .word, !t[j].capitalised,
            Self.word(bytes, t[j].range, in: Self.titles)
        {
            j += 1
        }
        if j < t.count, t[j].kind == .comma, j + 1 < t.count, t[j + 1].capitalised,
            let (person, end) = run(t, from: j + 1, bytes), end == t.count, isPersonName(person, bytes),
            !isPersonName(name, bytes)
        {
            return .name(person)
        }
        return .name(name)
    }

    /// Past an adjunct (`dalam keterangan tertulis yang diterima media di Jakarta`), the name
    /// before the word that opens it (`Rakun dalam ...`): the first name away from the verb,
    /// within the clause, once an adjunct or a relative has opened (`requireOpener`); a name
    /// inside another adjunct sends the walk on.
    private func adjunctWalk(
        _ t: [Token], from start: Int, _ bytes: UnsafeBufferPointer<UInt8>, requireOpener: Bool,
        inner: Range<Int>? = nil
    ) -> Found? {
        var j = start
        var opened = !requireOpener
        while j < t.count {
            let token = t[j]
            switch token.kind {
            case .comma: return nil
            case .bracket: j += 1
            case .word:
                if token.capitalised {
                    guard opened, let (name, next) = run(t, from: j, bytes) else { return nil }
                    if next < t.count, t[next].kind == .word, !t[next].capitalised,
                        Self.word(bytes, t[next].range, in: Self.adjuncts)
                    {
                        j = next + 1
                        continue
                    }
                    // `Laporan dari Human Rights Watch menunjukkan`: the report's owner speaks.
                    if let inner, name == t[j].range, Self.word(bytes, name, in: Self.documents) {
                        return .name(inner)
                    }
                    return .name(name)
                }
                // `research by Jupiter suggested`, `a study from Stanford found`: the author speaks.
                if let inner, j == start, Self.word(bytes, token.range, in: Self.documents) { return .name(inner) }
                if Self.word(bytes, token.range, in: Self.adjuncts) || Self.word(bytes, token.range, in: Self.relatives)
                {
                    opened = true
                }
                j += 1
            }
        }
        return nil
    }

    /// A lower-case word right before the verb: a pronoun, a generic group, a body
    /// (`Vanuatu's government`, `the ministry`, `kementerian itu`), or the end of an adjunct.
    private func lowerCase(
        _ t: [Token], _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, pointsBack: Bool, strict: Bool
    ) -> Found? {
        let word = t[k].range
        if Self.word(bytes, word, in: Self.personPronouns) { return .pronoun(word, person: true) }
        if Self.word(bytes, word, in: Self.bodyPronouns) { return .pronoun(word, person: false) }
        // `The newspaper said`, `surat kabar itu menyebutkan`: the outlet named before.
        if let noun = mediaNoun(t, k, bytes) {
            let next = noun.words + k
            let definite = next < t.count && t[next].kind == .word && Self.word(bytes, t[next].range, in: Self.articles)
            return pointsBack || definite ? .reference(noun.range) : .nobody
        }
        if Self.word(bytes, word, in: Self.generic) {
            // `Budi Santoso kepada wartawan mengatakan`: the group is the object of an adjunct.
            if !strict, k + 1 < t.count, t[k + 1].kind == .word, Self.word(bytes, t[k + 1].range, in: Self.adjuncts) {
                return adjunctWalk(t, from: k, bytes, requireOpener: true) ?? .nobody
            }
            return .nobody
        }
        // `A Nippon Steel spokesman said`: the body speaks through its spokesman.
        if Self.word(bytes, word, in: Self.spokesTitles), k + 1 < t.count, t[k + 1].kind == .word,
            t[k + 1].capitalised, let (body, _) = run(t, from: k + 1, bytes)
        {
            return namesNoBody(body, bytes) ? .nobody : .name(body)
        }
        // `University College London research claims`: the study's owner; `the report said`:
        // a document named before, or none.
        if Self.word(bytes, word, in: Self.documents) {
            guard k + 1 < t.count, t[k + 1].kind == .word, t[k + 1].capitalised,
                let (owner, _) = run(t, from: k + 1, bytes), isBody(owner, bytes) || isPersonName(owner, bytes)
            else { return .nobody }
            return .name(owner)
        }
        if Self.word(bytes, word, in: Self.bodyNouns) {
            if pointsBack { return .reference(word) }
            // `Gaza's civil defence agency`: lower-case words back to a possessive name.
            var j = k + 1
            // `the two firms`, `both companies`: a count before a plural noun, after `the` or
            // definite by itself.
            var counted = k + 1
            var definite = false
            while counted < t.count, t[counted].kind == .word {
                if Self.word(bytes, t[counted].range, in: Self.definiteCounts) {
                    definite = true
                } else if !Self.word(bytes, t[counted].range, in: Self.countWords) {
                    break
                }
                counted += 1
            }
            // Not inside an adjunct: `bundlers in both parties said`.
            let opensAdjunct = counted < t.count && Self.word(bytes, t[counted].range, in: Self.adjuncts)
            if counted > k + 1, !opensAdjunct,
                definite || counted < t.count && Self.word(bytes, t[counted].range, in: Self.determiners)
            {
                return .reference(word)
            }
            while j < t.count, j - k <= 4, t[j].kind == .word {
                // `The court said`: a determiner, even capitalised at a sentence's head.
                if Self.word(bytes, t[j].range, in: Self.determiners) {
                    return j == k + 1 ? .reference(word) : .nobody
                }
                // `The Labour party said`, `the Spanish government said`: a name right before a
                // noun of one body, heading the clause (`a U.S. regulator` is someone unnamed),
                // names the body with the noun.
                if j == k + 1, t[j].capitalised, Self.word(bytes, word, in: Self.namedBodyNouns),
                    !Self.isPossessive(bytes, t[j].range), !Self.word(bytes, t[j].range, in: Self.determiners),
                    let (name, next) = run(t, from: j, bytes), !isPersonName(name, bytes),
                    next == t.count || Self.word(bytes, t[next].range, in: Self.articles)
                {
                    return .name(name.lowerBound..<word.upperBound)
                }
                if t[j].capitalised {
                    // The owner heads the clause: `(MENAFN) Gaza's civil defence agency reported`,
                    // not `Hanover Re, Europe's largest reinsurer, estimated`.
                    let owner = t[j].range
                    guard Self.isPossessive(bytes, owner),
                        j + 1 == t.count || t[j + 1].kind == .bracket
                            || Self.word(bytes, t[j + 1].range, in: Self.leadingNoise)
                    else { break }
                    return .name(owner.lowerBound..<word.upperBound)
                }
                j += 1
            }
            // `Mrs. Rao and other bundlers in both parties said`: a plural noun inside an
            // adjunct, and the speaker before it.
            if opensAdjunct, !strict { return adjunctWalk(t, from: k, bytes, requireOpener: true) }
            return .nobody
        }
        if Self.word(bytes, word, in: Self.titles), k + 1 < t.count, t[k + 1].kind == .word,
            Self.word(bytes, t[k + 1].range, in: Self.determiners)
        {
            return .nobody
        }
        return strict ? nil : adjunctWalk(t, from: k, bytes, requireOpener: true)
    }

    /// The name whose last word is token `k`: capitalised words away from the verb, with
    /// joiners and brackets between them, without sentence openers at its head. Returns the
    /// name's range and the index of the token before it.
    func run(_ t: [Token], from k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Int)? {
        var far = k
        var j = k + 1
        while j < t.count, j - k < NameReader.maxWords {
            let token = t[j]
            let nextCapitalised = j + 1 < t.count && t[j + 1].kind == .word && t[j + 1].capitalised
            if token.kind == .word, token.capitalised {
                far = j
            } else if nextCapitalised,
                token.kind == .bracket
                    || (token.kind == .word
                        && (Self.word(bytes, token.range, in: Self.joiners)
                            || Self.word(bytes, token.range, in: Self.aliasJoiners)))
            {
                // A joiner or a bracket inside the name; the next word decides.
            } else {
                break
            }
            j += 1
        }
        while far >= k, Self.word(bytes, t[far].range, in: Self.leadingNoise) { far -= 1 }
        // `Speaking in Harrogate Mr Kennedy`: an abbreviated title starts the name.
        if far > k, let title = (k..<far).first(where: { Self.isAbbreviatedTitle(bytes, t[$0].range) }) {
            far = title
        }
        guard far >= k else { return nil }
        // `Microsoft's Mike Coleman`: the person after an owner's possessive, not the two as one.
        if far > k, let owner = (k + 1...far).first(where: { Self.isPossessive(bytes, t[$0].range) }),
            isPossessedPerson(t[owner - 1].range.lowerBound..<t[k].range.upperBound, bytes)
        {
            far = owner - 1
        }
        return (t[far].range.lowerBound..<t[k].range.upperBound, far + 1)
    }
}
