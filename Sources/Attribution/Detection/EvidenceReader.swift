/// Turns the hits of one article into evidence: which outlet or name each cue speaks of.
///
/// A cue reads its name from the side its family says (`dilansir X`, `X melaporkan`), past any
/// descriptors and fillers (`menurut laporan surat kabar X`). A name the gazetteer knows is an
/// outlet; a misspelt one resolves tolerantly; an unknown one after a descriptor (`surat kabar X`)
/// is an outlet of the descriptor's kind; otherwise it is a person, body or document quoted.
struct EvidenceReader: Sendable {
    let lexicon: CueLexicon
    let gazetteer: Gazetteer
    let matcher: TolerantMatcher
    let names = NameReader()
    let speakers = SpeakerReader()

    /// What one article's hits say.
    struct Reading: Sendable {
        var evidence: [Evidence] = []
        /// `R -> X` links the text states inside one sentence (`X seperti dilansir R`, `dilansir R dari X`).
        var nested: [(from: Subject, to: Subject)] = []
        /// The last person credited as a speaker, and where the words naming them end: a
        /// pronoun with no fitting name nearer stands for them (`Kiechle said ... He said`).
        var lastSpeaker: (subject: Subject, end: Int)? = nil
    }

    /// A name read next to a cue.
    struct Argument {
        var subject: Subject
        var range: Range<Int>
        var fuzzy = false
        /// The name followed a descriptor or a filler (`surat kabar`, `laporan`), or a table knows it.
        var described: Bool
        /// The gazetteer knows the outlet, or a descriptor vouched for it.
        var isOutlet: Bool { subject.isMedia }
    }

    func read(_ text: NormalizedText, hits: [Hit], furniture: FurnitureMap, quotes: Bool = true) -> Reading {
        text.bytes.withUnsafeBufferPointer { bytes in
            let scan = Scan(bytes: bytes, hits: hits, bodyEnd: furniture.bodyEnd, gazetteer: gazetteer)
            var reading = Reading()
            // Room for the evidence of every hit and of the datelines and record added later.
            reading.evidence.reserveCapacity(hits.count + 8)
            let scope = quotes ? SpeakerScope(quotes: QuoteSpans(bytes), furniture: furniture) : nil
            for k in hits.indices {
                read(hit: k, in: scan, furniture: furniture, speech: scope, into: &reading)
            }
            if quotes { readSignatures(bytes, furniture: furniture, into: &reading) }
            linkNested(&reading, bytes: bytes)
            return reading
        }
    }

    /// The evidence of hit `k`: a name in furniture, a photo-service alias, then what each
    /// family of its cues says, each family once.
    private func read(
        hit k: Int, in scan: Scan, furniture: FurnitureMap, speech: SpeakerScope?, into reading: inout Reading
    ) {
        let hit = scan.hits[k]
        if furniture.contains(hit.start) {
            if let outlet = hit.outlet(gazetteer) {
                reading.evidence.append(
                    Evidence(
                        subject: .outlet(outlet), signal: .furniture, range: hit.start..<hit.end, cueLabel: "furniture",
                        confidence: Confidence.furniture))
            }
            return
        }
        if let outlet = hit.outlet(gazetteer, mediaContext: true), isPhotoCredit(outlet, hit: k, in: scan) {
            reading.evidence.append(
                Evidence(
                    subject: .outlet(outlet), signal: .cue(.photo), range: hit.start..<hit.end, cueLabel: "photo",
                    confidence: Confidence.photo))
        }
        if let outlet = hit.outlet(gazetteer), let end = possessiveName(after: hit, in: scan) {
            // `MSNBC's Chris Matthews`: the outlet's journalist, so its journalism is a source.
            reading.evidence.append(
                Evidence(
                    subject: .outlet(outlet), signal: .cue(.affiliation), range: hit.start..<end,
                    cueLabel: "possessive", confidence: Confidence.possessive))
        }
        // Families that only qualify a name (descriptors, fillers, connectors, furniture) read
        // nothing by themselves.
        var seen: UInt32 = Self.silentFamilies.rawValue
        if speech == nil { seen |= Self.speechFamilies.rawValue }
        for entry in hit.entries where entry.familyBit & seen == 0 {
            guard case .cue(let index) = entry.target else { continue }
            let cue = lexicon.cues[index]
            seen |= entry.familyBit
            var adding = Adding(hit: hit, cue: cue, reading: reading)
            if entry.familyBit & Self.speechFamilies.rawValue != 0, let speech {
                // Both orders of a speech verb are read at once (`said`: `"...," said X`, `X said`).
                seen |= Self.speechFamilies.rawValue
                guard !Self.capitalisedMidSentence(scan.bytes, hit.start) else { continue }
                readSpeaker(hit: k, in: scan, scope: speech, into: &adding)
            } else {
                read(cue, hit: k, in: scan, speech: speech, into: &adding)
            }
            reading = adding.reading
        }
    }

    /// Evidence of one cue being added: each piece spans the cue and its name.
    struct Adding {
        let hit: Hit
        let cue: Cue
        var reading: Reading

        mutating func add(_ argument: Argument, _ family: CueFamily, _ confidence: Double) {
            let range = min(hit.start, argument.range.lowerBound)..<max(hit.end, argument.range.upperBound)
            let scaled =
                confidence * (argument.fuzzy ? Confidence.misspeltFactor : 1) * (hit.glued ? Confidence.gluedFactor : 1)
            reading.evidence.append(
                Evidence(
                    subject: argument.subject, signal: .cue(family), range: range, cueLabel: cue.phrase,
                    confidence: scaled, fuzzy: argument.fuzzy, flags: cue.flags))
        }

        mutating func addQuoted(_ subject: Subject, _ range: Range<Int>, _ confidence: Double) {
            // `Israeli Army Radio said`: a speaker shaped like an outlet reports.
            add(
                Argument(subject: subject, range: range, described: false), subject.isMedia ? .report : .speech,
                confidence)
        }
    }

    private func read(_ cue: Cue, hit k: Int, in scan: Scan, speech: SpeakerScope?, into adding: inout Adding) {
        switch cue.family {
        case .relay, .citation, .closing, .data:
            let credited = readCredit(cue, hit: k, in: scan, into: &adding)
            // `according to prosecutor John Smith`, `menurut pengamat ekonomi Faisal Basri`: a
            // role, then the person quoted.
            if !credited, let speech, cue.family == .citation, !cue.flags.contains(.report) {
                readDescribedSpeaker(hit: k, in: scan, scope: speech, into: &adding)
            }
            // `X was quoted by Reuters as saying`: X spoke.
            if let speech, cue.flags.contains(.says) {
                readSpeakerBefore(hit: k, in: scan, scope: speech, into: &adding)
            }
        case .reportingBefore:
            if let outlet = outletBefore(k, in: scan) { adding.add(outlet, .reporting, Confidence.reporting) }
        case .masthead:
            guard let argument = argument(after: k, in: scan, family: cue.family), argument.isOutlet else { return }
            adding.add(argument, .selfDescription, Confidence.selfDescription)
        case .affiliation:
            readAffiliation(hit: k, in: scan, into: &adding)
        case .sponsor:
            if !readSponsors(hit: k, in: scan, into: &adding), let speech, cue.flags.contains(.pollster),
                !NameReader.isCapitalised(scan.bytes[scan.hits[k].start])
            {
                readPollster(hit: k, in: scan, scope: speech, into: &adding)
            }
        case .interview, .reporting:
            // `pada`: read only when a hit follows at once (`pada The Sun`, `pada majalah People`).
            if cue.flags.contains(.weak), scan.hit(rightAfter: scan.hits[k].end, from: k + 1) == nil { return }
            if let argument = argument(after: k, in: scan, family: cue.family), argument.isOutlet,
                !cue.flags.contains(.weak) || Self.namesKnownOutlet(argument, scan.bytes)
            {
                adding.add(argument, cue.family, cue.family == .interview ? Confidence.interview : Confidence.reporting)
            } else if cue.flags.contains(.says), let outlet = outletBefore(k, in: scan, tolerant: false) {
                // `the Wall Street Journal said on Friday`: an outlet reports, as before `said`.
                adding.add(outlet, .report, Confidence.outletSpeaking)
                return
            }
            // `X told Reuters`, `X said on Monday`: X spoke.
            if let speech, cue.flags.contains(.says) {
                readSpeakerBefore(hit: k, in: scan, scope: speech, into: &adding)
            }
        case .report, .selfDescription:
            // `BBC Broadcast`: a verb of publishing capitalised is part of a name.
            if cue.flags.contains(.mediaOnly), NameReader.isCapitalised(scan.bytes[scan.hits[k].start]) { return }
            if let outlet = outletBefore(k, in: scan) {
                let confidence = cue.family == .report ? Confidence.reportBefore : Confidence.selfDescription
                adding.add(outlet, cue.family, confidence)
                if cue.family == .report { journalistBefore(outlet, in: scan, into: &adding) }
                // `the Wall Street Journal and the Washington Post reported`: the list before.
                for other in listBefore(outlet, in: scan) { adding.add(other, cue.family, confidence) }
            } else if cue.family == .report, let outlet = invertedReport(k, in: scan) {
                // `..., reports Axios.`, `...," reported Reuters`.
                adding.add(outlet, .report, Confidence.reportBefore)
            } else if let speech, cue.family == .report, !cue.flags.contains(.mediaOnly) {
                // `Gaza's civil defence agency reported`: the words of a body or a person.
                readSpeakerBefore(
                    hit: k, in: scan, scope: speech, confidence: Confidence.quoteBeforeReport, strict: true,
                    into: &adding)
            }
        case .speech, .speechAfter:
            // Read by `readSpeaker`, and only when quotes are read.
            break
        case .footer:
            readFooter(cue, hit: k, in: scan, into: &adding.reading)
        case .photo:
            readPhoto(cue, hit: k, in: scan, into: &adding.reading)
        case .document, .descriptor, .filler, .connector, .furnitureLine, .furnitureBlock:
            break
        }
    }

    /// `dilansir X`, `menurut laporan X`, `demikian laporan X`, `berdasarkan data X`: an outlet
    /// credited; a person or body after a citation is quoted instead. Returns whether the cue
    /// named anything.
    @discardableResult
    private func readCredit(_ cue: Cue, hit k: Int, in scan: Scan, into adding: inout Adding) -> Bool {
        let base: Double =
            switch cue.family {
            case .relay: Confidence.relay
            case .closing: Confidence.closing
            case .data: Confidence.data
            default: cue.flags.contains(.weak) ? Confidence.weakCitation : Confidence.citation
            }
        let argument = argument(after: k, in: scan, family: cue.family)
        // `according to hospital sources and Al Jazeera teams`: an outlet coordinated with
        // what the cue names first.
        if argument?.isOutlet != true, cue.family == .citation || cue.family == .relay,
            let (outlet, j) = coordinatedOutlet(after: scan.hits[k].end, in: scan, from: k + 1)
        {
            adding.add(outlet, cue.family, base)
            for other in listAfter(outlet, in: scan, from: j) { adding.add(other, cue.family, base) }
            return true
        }
        guard let argument else { return false }
        if argument.isOutlet {
            let vouched = argument.described || !argument.subject.isNamed
            adding.add(argument, cue.family, vouched ? base : Confidence.unvouchedName)
            // `... Dikutip dari Antara. [cob]`: a relay as the body's last sentence credits the copy.
            if cue.family == .relay, closesBody(after: argument.range.upperBound, in: scan),
                Self.opensSentence(scan.bytes, scan.hits[k].start)
            {
                adding.add(argument, .footer, Confidence.footer)
            }
            // `Dilansir AFP, BBC, dan CNN`: every outlet of the list.
            for other in listAfter(argument, in: scan, from: k + 1) { adding.add(other, cue.family, base) }
            if cue.family == .relay { readVia(after: argument, in: scan, into: &adding.reading) }
        } else if cue.family == .citation || cue.family == .data,
            let quoted = quotedName(argument.range, scan.bytes, outletShapes: cue.family == .citation)
        {
            adding.addQuoted(quoted, argument.range, Confidence.quote)
        }
        return true
    }

    /// Whether `argument` is an outlet of the gazetteer written with a capital (`pada The Sun`,
    /// not `pada kedaulatan rakyat`): all a weak cue may name.
    static func namesKnownOutlet(_ argument: Argument, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !argument.subject.isNamed && NameReader.isCapitalised(bytes[argument.range.lowerBound])
    }

    /// Nouns after an outlet that say what it is (`news service`, `television`).
    static let mediaTails = WordLists.standard.set(.mediaTail)

    /// The outlet named right before a cue (`Reuters melaporkan`), past time words and adverbs
    /// (`The Times on Monday said`) and a noun saying what it is (`Al Arabiya
    /// television said`); with `tolerant`, also a name a descriptor vouches for or a
    /// misspelt outlet.
    func outletBefore(_ k: Int, in scan: Scan, tolerant: Bool = true) -> Argument? {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        if k > 0 {
            let previous = scan.hits[k - 1]
            var gap = hit.start
            while gap > previous.end, bytes[gap - 1] == 0x20 || bytes[gap - 1] == UInt8(ascii: ")") { gap -= 1 }
            var words = 0
            while gap > previous.end, words < 4 {
                var s = gap
                while s > previous.end, CueScanner.isLetterOrDigit(bytes[s - 1]) { s -= 1 }
                guard s < gap else { break }
                let word = NameReader.lower(bytes, s..<gap)
                // `the Kyodo news service reported`, `Al Arabiya television said`.
                let tail = s == previous.end + 1 && Self.mediaTails.contains(word)
                guard tail || NameReader.isTimeOrAdverb(word) else { break }
                gap = s
                while gap > previous.end, bytes[gap - 1] == 0x20 { gap -= 1 }
                words += 1
            }
            if gap == previous.end, let outlet = previous.outlet(gazetteer) {
                return Argument(subject: .outlet(outlet), range: previous.start..<previous.end, described: true)
            }
        }
        guard tolerant else { return nil }
        // `The Daily Post newspaper reports`: the name before a descriptor right before the cue.
        if k > 0, let descriptor = scan.hits[k - 1].cue(lexicon, in: .descriptor), let kind = descriptor.outletKind,
            scan.hits[k - 1].end + 1 == hit.start,
            let range = names.name(in: bytes, before: scan.hits[k - 1].start),
            range.upperBound + 1 == scan.hits[k - 1].start
        {
            let name = scan.string(range)
            let subject: Subject =
                gazetteer.outlet(named: name, mediaContext: true).map { .outlet($0) } ?? .named(name, kind)
            return Argument(subject: subject, range: range.lowerBound..<scan.hits[k - 1].end, described: true)
        }
        guard let range = names.name(in: bytes, before: hit.start) else { return nil }
        let name = scan.string(range)
        // `marketing magazine New Media Age reported`: a descriptor vouches for the name.
        if let descriptorHit = scan.hits[..<k].last(where: { $0.end < range.lowerBound }),
            descriptorHit.end + 1 == range.lowerBound, let cue = descriptorHit.cue(lexicon, in: .descriptor),
            let kind = cue.outletKind, gazetteer.outlet(named: name, mediaContext: true) == nil
        {
            return Argument(subject: .named(name, kind), range: descriptorHit.start..<range.upperBound, described: true)
        }
        if let resolved = matcher.resolve(name), resolved.fuzzy {
            return Argument(subject: .outlet(resolved.outlet), range: range, fuzzy: true, described: true)
        }
        // `Sunset Gazette has reached out`, `Phnom Penh Post reported`: shaped like an outlet.
        if let kind = OutletShape.kind(of: name), !NameKind.looksInstitutional(name) {
            return Argument(subject: .named(name, kind), range: range, described: true)
        }
        return nil
    }

    /// `dilansir detikNews dari AFP`: the relayed outlet took from another.
    private func readVia(after argument: Argument, in scan: Scan, into reading: inout Reading) {
        guard case .outlet = argument.subject else { return }
        let bytes = scan.bytes
        var p = argument.range.upperBound
        if p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard let length = scan.word(at: p, oneOf: Self.viaWords) else { return }
        p += length
        if p < bytes.count, bytes[p] == 0x20 { p += 1 }
        let index = scan.firstHit(startingAtOrAfter: p)
        guard index < scan.hits.count, scan.hits[index].start == p,
            let outlet = scan.hits[index].outlet(gazetteer, mediaContext: true)
        else { return }
        reading.evidence.append(
            Evidence(
                subject: .outlet(outlet), signal: .cue(.relay), range: argument.range.lowerBound..<scan.hits[index].end,
                cueLabel: "dilansir dari", confidence: Confidence.relayedVia))
        reading.nested.append((from: argument.subject, to: .outlet(outlet)))
    }
}
