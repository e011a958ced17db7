/// Where speakers are read: outside quotations (a verb there is someone else's words), and an
/// antecedent outside page furniture as well.
struct SpeakerScope {
    let quotes: QuoteSpans
    let furniture: FurnitureMap

    /// Whether an antecedent may stand at `p`.
    func holdsAntecedent(at p: Int) -> Bool {
        !quotes.contains(p) && !furniture.contains(p)
    }
}

/// Speech verbs: who speaks, read once for all the speech families of a hit.
extension EvidenceReader {
    /// Where a verb stands.
    enum VerbPosition {
        /// Right after a quotation closes, with or without a comma (`"...," said`).
        case afterQuote
        /// After a comma (`..., said Jones`, `Jones, an analyst, said`).
        case afterComma
        /// Anywhere else.
        case running
    }

    /// Where the verb that starts at `start` stands.
    static func position(of start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ quotes: QuoteSpans) -> VerbPosition {
        var i = start
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        guard i > 0 else { return .running }
        var closing = i - 1
        let comma = bytes[closing] == UInt8(ascii: ",")
        if comma {
            while closing > 0, bytes[closing - 1] == 0x20 { closing -= 1 }
            closing -= 1
        }
        if closing >= 0, bytes[closing] == UInt8(ascii: "\""), quotes.closes(at: closing) { return .afterQuote }
        return comma ? .afterComma : .running
    }

    /// The speaker of speech verb hit `k`: after the verb (`kata Budi`, `"...," said Jones`),
    /// else before it (`Budi mengatakan`); nobody when the verb stands inside a quotation.
    func readSpeaker(hit k: Int, in scan: Scan, scope: SpeakerScope, into adding: inout Adding) {
        let hit = scan.hits[k]
        let bytes = scan.bytes
        guard !scope.quotes.contains(hit.start) else { return }
        let position = Self.position(of: hit.start, bytes, scope.quotes)
        var found: SpeakerReader.Found? = nil
        var after = false
        if let cue = hit.cue(lexicon, in: CueFamilies(.speech)) {
            if endsInPronoun(cue.phrase) {
                if position != .running { found = .pronoun(hit.start..<hit.end, person: true) }
            } else if !cue.flags.contains(.afterQuote) || position != .running {
                found = speakers.after(hit.end, in: bytes, descriptions: position != .running)
                if case .name(let range) = found, position == .afterComma, cue.flags.contains(.afterQuote),
                    !speakers.closesClause(after: range.upperBound, in: bytes)
                {
                    found = nil
                }
                after = found != nil
            }
        }
        if found == nil, let cue = hit.cue(lexicon, in: CueFamilies(.speechAfter)) {
            let stance = cue.flags.contains(.stance)
            // `Reuters noted`: an outlet reports; `The Mirror apologised` is the story's subject.
            if !stance, let outlet = outletBefore(k, in: scan, tolerant: false) {
                adding.add(outlet, .report, Confidence.outletSpeaking)
                journalistBefore(outlet, in: scan, into: &adding)
                return
            }
            // `X menolak usulan itu`: a stance with a plain object reports no words.
            guard !stance || speakers.reportsWords(hit.start..<hit.end, in: bytes) else { return }
            found = speakers.before(hit.start, in: bytes)
        }
        guard let found else { return }
        if after, case .name(let range) = found, let outlet = outletStarting(range, after: k, in: scan) {
            // `kata detikcom`: the statement was made to the outlet.
            adding.add(outlet, .interview, Confidence.outletAfterSpeech)
            return
        }
        credit(found, in: scan, scope: scope, into: &adding)
        // `tutur Pogba di Esquire.`, `ujarnya di Kicker.`: the words stood in that outlet.
        var end: Int? = nil
        if after, case .name(let range) = found { end = range.upperBound }
        if case .pronoun(let range, _) = found, range == hit.start..<hit.end { end = hit.end }
        if let end, let outlet = outletPrinting(after: end, from: k, in: scan) {
            adding.add(outlet, .citation, Confidence.outletAfterSpeech)
        }
    }

    /// What joins a statement's speaker to the outlet it stood in (`tutur X di Esquire`).
    private static let printedIn = Array(" di ".utf8)

    /// The outlet after a statement's speaker when `di` (in) joins them and the sentence or
    /// clause ends with it (`tutur Schneiderlin di Liverpool Echo.`): a known outlet, written
    /// with a capital.
    private func outletPrinting(after end: Int, from k: Int, in scan: Scan) -> Argument? {
        let bytes = scan.bytes
        guard EvidenceReader.startsWith(bytes, at: end, Self.printedIn),
            let outletHit = scan.hit(rightAfter: end + Self.printedIn.count - 1, from: k + 1),
            NameReader.isCapitalised(bytes[outletHit.start]),
            let outlet = outletHit.outlet(gazetteer, mediaContext: true),
            // `kata Trump di Truth Social`: a post on a platform is the person's own words.
            gazetteer.outlets[outlet].kind.isMedia
        else { return nil }
        var q = outletHit.end
        while q < bytes.count, bytes[q] == 0x20 { q += 1 }
        if q < bytes.count {
            switch bytes[q] {
            case 0x0A, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "\""): break
            default: return nil
            }
        }
        return Argument(subject: .outlet(outlet), range: outletHit.start..<outletHit.end, described: true)
    }

    /// `X told Reuters`, `X said on Monday`, `X reported`: the speaker before a phrase flagged
    /// `says` or a report cue with no outlet before it.
    func readSpeakerBefore(
        hit k: Int, in scan: Scan, scope: SpeakerScope, confidence: Double = Confidence.quote, strict: Bool = false,
        into adding: inout Adding
    ) {
        let hit = scan.hits[k]
        guard !scope.quotes.contains(hit.start), let found = speakers.before(hit.start, in: scan.bytes, strict: strict)
        else { return }
        credit(found, in: scan, scope: scope, confidence: confidence, into: &adding)
    }

    /// The person a citation cue names after a role (`according to prosecutor John Smith`,
    /// `menurut pengamat ekonomi Faisal Basri`), read as after a speech verb that follows a
    /// quotation; only a person's name counts (`menurut pelatih Persija` names no one), or a
    /// body's after its noun (`according to investment bank JP Morgan`).
    func readDescribedSpeaker(hit k: Int, in scan: Scan, scope: SpeakerScope, into adding: inout Adding) {
        let hit = scan.hits[k]
        guard !scope.quotes.contains(hit.start),
            case .name(let range) = speakers.after(hit.end, in: scan.bytes, descriptions: true, citing: true),
            speakers.namesPerson(range, scan.bytes) || speakers.followsBodyNoun(range, scan.bytes)
        else { return }
        credit(.name(range), in: scan, scope: scope, into: &adding)
    }

    /// The evidence of what stands in the speaker's place: a name, or the name a pronoun or a
    /// role stands for.
    private func credit(
        _ found: SpeakerReader.Found, in scan: Scan, scope: SpeakerScope, confidence: Double = Confidence.quote,
        into adding: inout Adding
    ) {
        let bytes = scan.bytes
        let accept = { (range: Range<Int>) in quotedName(range, bytes) != nil }
        switch found {
        case .name(let whole):
            guard let range = scope.furniture.clipping(whole, in: bytes) else { return }
            // `Health Minister Ong Ye Kung and Transport Minister Chee Hong Tat stated`: each.
            for part in speakers.listItems(range, in: bytes) {
                if var quoted = quotedName(part, bytes) {
                    // `investment bank JP Morgan`: the noun says it is a body.
                    if case .named(let name, .person) = quoted, speakers.followsBodyNoun(part, bytes) {
                        quoted = .named(name, .organization)
                    }
                    adding.addQuoted(quoted, part, confidence)
                    if case .named(_, .person) = quoted { adding.reading.lastSpeaker = (quoted, part.upperBound) }
                }
                // `EU spokesman Jonathan Todd`: the EU speaks through its spokesman.
                if let body = speakers.representedBody(part, bytes), let quoted = quotedName(body, bytes) {
                    adding.addQuoted(quoted, body, confidence * Confidence.spokesBodyFactor)
                }
            }
        case .pronoun(let range, let person):
            let name = speakers.antecedent(
                before: range.lowerBound, person: person, in: bytes, outside: scope.holdsAntecedent, accept: accept)
            if let name, let quoted = quotedName(name, bytes) {
                adding.addQuoted(quoted, range, Confidence.quoteByReference)
                if person, case .named(_, .person) = quoted { adding.reading.lastSpeaker = (quoted, range.upperBound) }
            } else if person, name == nil, let last = adding.reading.lastSpeaker,
                range.lowerBound - last.end <= SpeakerReader.antecedentSpan * 2
            {
                // `Kiechle said ... He said ... he said`: the speaker named last.
                adding.addQuoted(last.subject, range, Confidence.quoteByReference)
                adding.reading.lastSpeaker = (last.subject, range.upperBound)
            }
        case .reference(let range):
            // `The newspaper said`: the outlet of its kind named last before reports.
            if let kind = SpeakerReader.mediaNounKind(range, bytes) {
                if let outlet = outletNamed(before: range.lowerBound, of: kind, in: scan) {
                    let argument = Argument(subject: outlet, range: range, described: true)
                    adding.add(argument, .report, Confidence.quoteByReference)
                }
                return
            }
            // `Elan and Biogen Idec ... The companies said`: each of a list.
            for part in speakers.referents(of: range, in: bytes, outside: scope.holdsAntecedent, accept: accept) {
                if let quoted = quotedName(part, bytes) { adding.addQuoted(quoted, range, Confidence.quoteByReference) }
            }
        case .nobody:
            break
        }
    }

    /// The outlet of `kind` named last before `p`, within the span a pronoun looks back; a
    /// newspaper, a magazine and an online outlet are of one kind here.
    private func outletNamed(before p: Int, of kind: OutletKind, in scan: Scan) -> Subject? {
        func family(_ kind: OutletKind) -> OutletKind {
            kind == .magazine || kind == .online ? .newspaper : kind
        }
        guard var j = scan.lastHit(endingAtOrBefore: p) else { return nil }
        while j >= 0, p - scan.hits[j].end <= SpeakerReader.antecedentSpan {
            if let outlet = scan.hits[j].outlet(gazetteer), family(gazetteer.outlets[outlet].kind) == family(kind) {
                return .outlet(outlet)
            }
            j -= 1
        }
        return nil
    }

    /// The outlet a hit names at the start of `range` (`kata detikcom`).
    private func outletStarting(_ range: Range<Int>, after k: Int, in scan: Scan) -> Argument? {
        guard let trimmed = names.trimLeadingNoise(scan.bytes, range),
            let outletHit = scan.hits[(k + 1)...].first(where: { $0.start >= trimmed.lowerBound }),
            outletHit.start == trimmed.lowerBound, let outlet = outletHit.outlet(gazetteer)
        else { return nil }
        return Argument(subject: .outlet(outlet), range: outletHit.start..<outletHit.end, described: true)
    }

    /// Whether a speech phrase holds its own speaker as a pronoun (`kata dia`, `ujarnya`).
    private func endsInPronoun(_ phrase: String) -> Bool {
        let last = phrase.split(separator: " ").last.map(String.init) ?? phrase
        if last != phrase, SpeakerReader.personPronounWords.contains(last) { return true }
        return SpeakerReader.pronounSuffixes.contains { suffix in
            phrase.utf8.count > suffix.count + 2 && phrase.utf8.suffix(suffix.count).elementsEqual(suffix)
        }
    }
}
