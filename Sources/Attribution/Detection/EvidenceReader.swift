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

    /// What one article's hits say.
    struct Reading: Sendable {
        var evidence: [Evidence] = []
        /// `R -> X` links the text states inside one sentence (`X seperti dilansir R`, `dilansir R dari X`).
        var nested: [(from: Subject, to: Subject)] = []
    }

    /// A name read next to a cue.
    struct Argument {
        var subject: Subject
        var range: Range<Int>
        var fuzzy: Bool
        /// The name followed a descriptor or a filler (`surat kabar`, `laporan`).
        var described: Bool
        /// The gazetteer knows the outlet, or a descriptor vouched for it.
        var isOutlet: Bool { subject.isMedia }
    }

    func read(_ text: NormalizedText, hits: [Hit], furniture: FurnitureMap, quotes: Bool = true) -> Reading {
        text.bytes.withUnsafeBufferPointer { bytes in
            var reading = Reading()
            // Room for the evidence of every hit and of the datelines and record added later.
            reading.evidence.reserveCapacity(hits.count + 8)
            for (k, hit) in hits.enumerated() {
                if furniture.contains(hit.start) {
                    if let outlet = hit.outlet(gazetteer) {
                        reading.evidence.append(
                            Evidence(
                                subject: .outlet(outlet), signal: .furniture, range: hit.start..<hit.end,
                                cueLabel: "furniture", confidence: 0.5))
                    }
                    continue
                }
                if let outlet = hit.outlet(gazetteer), Self.isPhotoAlias(bytes, hit) {
                    reading.evidence.append(
                        Evidence(
                            subject: .outlet(outlet), signal: .cue(.photo), range: hit.start..<hit.end,
                            cueLabel: "photo", confidence: 0.9))
                }
                // Each family of the hit's cues reads once; families that only qualify a name
                // (descriptors, fillers, connectors, furniture) read nothing by themselves.
                var seen: UInt32 = Self.silentFamilies.rawValue
                if !quotes { seen |= CueFamilies(.speech, .speechAfter).rawValue }
                for entry in hit.entries where entry.familyBit & seen == 0 {
                    guard case .cue(let index) = entry.target else { continue }
                    let cue = lexicon.cues[index]
                    seen |= entry.familyBit
                    if cue.family == .speech || cue.family == .speechAfter,
                        Self.capitalisedMidSentence(bytes, hit.start)
                    {
                        continue
                    }
                    read(cue, hit: hit, index: k, hits: hits, bytes: bytes, quotes: quotes, into: &reading)
                }
            }
            linkNested(&reading, bytes: bytes)
            return reading
        }
    }

    private func read(
        _ cue: Cue, hit: Hit, index k: Int, hits: [Hit], bytes: UnsafeBufferPointer<UInt8>, quotes: Bool,
        into reading: inout Reading
    ) {
        let label = cue.phrase
        func add(_ argument: Argument, _ family: CueFamily, _ confidence: Double) {
            let range = min(hit.start, argument.range.lowerBound)..<max(hit.end, argument.range.upperBound)
            let scaled = confidence * (argument.fuzzy ? 0.85 : 1) * (hit.glued ? 0.9 : 1)
            reading.evidence.append(
                Evidence(
                    subject: argument.subject, signal: .cue(family), range: range, cueLabel: label,
                    confidence: scaled, fuzzy: argument.fuzzy))
        }
        switch cue.family {
        case .relay, .citation, .closing, .data:
            guard let argument = argument(after: hit, index: k, hits: hits, bytes: bytes, family: cue.family) else {
                return
            }
            if argument.isOutlet {
                let base: Double =
                    switch cue.family {
                    case .relay: 0.9
                    case .closing: 0.85
                    case .data: 0.8
                    default: cue.phrase == "menurut" ? 0.75 : 0.85
                    }
                add(argument, cue.family, argument.described || !isUnknown(argument.subject) ? base : 0.5)
                if cue.family == .relay { readVia(after: argument, hits: hits, bytes: bytes, into: &reading) }
            } else if cue.family == .citation || cue.family == .data, let quoted = quotedName(argument.range, bytes) {
                add(Argument(subject: quoted, range: argument.range, fuzzy: false, described: false), .speech, 0.6)
            }
        case .interview, .reporting:
            guard let argument = argument(after: hit, index: k, hits: hits, bytes: bytes, family: cue.family),
                argument.isOutlet
            else { return }
            add(argument, cue.family, cue.family == .interview ? 0.8 : 0.7)
        case .report, .selfDescription:
            if let outlet = outletBefore(hit, index: k, hits: hits, bytes: bytes) {
                add(outlet, cue.family, cue.family == .report ? 0.8 : 0.7)
            } else if quotes, cue.family == .report, let range = names.name(in: bytes, before: hit.start),
                let quoted = quotedName(range, bytes)
            {
                add(Argument(subject: quoted, range: range, fuzzy: false, described: false), .speech, 0.5)
            }
        case .speechAfter:
            if let outlet = outletBefore(hit, index: k, hits: hits, bytes: bytes, tolerant: false) {
                add(outlet, .report, 0.55)
            } else if let range = names.name(in: bytes, before: hit.start), let quoted = quotedName(range, bytes) {
                add(Argument(subject: quoted, range: range, fuzzy: false, described: false), .speech, 0.6)
            }
        case .speech:
            guard var range = names.name(in: bytes, after: hit.end) else { return }
            // `kata Kepala Dinas Pendidikan, Saemina`: a title, then the name.
            if range.upperBound + 2 < bytes.count, bytes[range.upperBound] == UInt8(ascii: ","),
                NameKind.looksInstitutional(String(decoding: bytes[range], as: UTF8.self)),
                let person = names.name(in: bytes, after: range.upperBound + 1),
                person.lowerBound == range.upperBound + 2
            {
                range = range.lowerBound..<person.upperBound
            }
            if let trimmed = names.trimLeadingNoise(bytes, range),
                let outletHit = hits[(k + 1)...].first(where: { $0.start >= trimmed.lowerBound }),
                outletHit.start == trimmed.lowerBound, let outlet = outletHit.outlet(gazetteer)
            {
                let argument = Argument(
                    subject: .outlet(outlet), range: outletHit.start..<outletHit.end, fuzzy: false,
                    described: true)
                add(argument, .interview, 0.7)
                return
            }
            guard let quoted = quotedName(range, bytes) else { return }
            add(Argument(subject: quoted, range: range, fuzzy: false, described: false), .speech, 0.6)
        case .footer:
            readFooter(cue, hit: hit, index: k, hits: hits, bytes: bytes, into: &reading)
        case .photo:
            readPhoto(hit: hit, index: k, hits: hits, bytes: bytes, into: &reading)
        case .document, .descriptor, .filler, .connector, .furnitureLine, .furnitureBlock:
            break
        }
    }

    private func isUnknown(_ subject: Subject) -> Bool {
        if case .named = subject { true } else { false }
    }

    /// The outlet or name that follows a cue, past descriptors and fillers.
    func argument(
        after hit: Hit, index k: Int, hits: [Hit], bytes: UnsafeBufferPointer<UInt8>, family: CueFamily
    ) -> Argument? {
        var p = hit.end
        var j = k + 1
        var descriptor: OutletKind? = nil
        var described = false
        var sawReport = family == .citation && lexiconPhrase(hit).hasSuffix("laporan")
        while true {
            while p < bytes.count, bytes[p] == 0x20 || bytes[p] == UInt8(ascii: "\"") { p += 1 }
            while j < hits.count, hits[j].start < p { j += 1 }
            if j < hits.count, hits[j].start == p {
                let next = hits[j]
                if let outlet = next.outlet(gazetteer) {
                    return Argument(
                        subject: .outlet(outlet), range: next.start..<next.end, fuzzy: false,
                        described: true)
                }
                if let cue = next.cue(lexicon, in: .between) {
                    if cue.family == .descriptor { descriptor = cue.outletKind ?? descriptor }
                    if cue.phrase == "laporan" || cue.phrase == "warta" || cue.phrase == "pemberitaan" {
                        sawReport = true
                    }
                    described = true
                    p = next.end
                    j += 1
                    continue
                }
                if next.has(.data), family != .data {
                    described = true
                    p = next.end
                    j += 1
                    continue
                }
            }
            if Self.startsWithWord(bytes, at: p, "the ") {
                p += 4
                continue
            }
            break
        }
        guard let range = names.name(in: bytes, after: p), range.lowerBound == p else {
            // `dilansir simamaung.com`: a web address in lower case still names a site.
            let word = names.wordRange(bytes, at: p)
            let token = String(decoding: bytes[word], as: UTF8.self)
            guard family == .relay, !word.isEmpty, NameKind.isWebAddress(token) else { return nil }
            return Argument(subject: .named(token, .online), range: word, fuzzy: false, described: true)
        }
        let name = String(decoding: bytes[range], as: UTF8.self)
        // `the Daily Planet newspaper`, `Yonhap news agency`: a descriptor after the name.
        if descriptor == nil, let after = hits[j...].first(where: { $0.start > range.upperBound }),
            after.start == range.upperBound + 1, let cue = after.cue(lexicon, in: .descriptor),
            let kind = cue.outletKind
        {
            descriptor = kind
            described = true
        }
        let tolerant = described || family == .relay || family == .closing
        if let resolved = tolerant ? matcher.resolve(name) : gazetteer.outlet(named: name).map({ ($0, false) }) {
            return Argument(subject: .outlet(resolved.0), range: range, fuzzy: resolved.1, described: true)
        }
        if let descriptor {
            // `kantor berita Iran`, `surat kabar Kuwait, Al-Seyassah`: a country names no outlet;
            // the name after the comma, if any, does.
            guard NameKind.isPlace(name.lowercased()) else {
                return Argument(subject: .named(name, descriptor), range: range, fuzzy: false, described: true)
            }
            guard range.upperBound + 2 < bytes.count, bytes[range.upperBound] == UInt8(ascii: ","),
                let next = names.name(in: bytes, after: range.upperBound + 1), next.lowerBound == range.upperBound + 2
            else { return nil }
            let outletName = String(decoding: bytes[next], as: UTF8.self)
            if let known = gazetteer.outlet(named: outletName) {
                return Argument(subject: .outlet(known), range: next, fuzzy: false, described: true)
            }
            return Argument(subject: .named(outletName, descriptor), range: next, fuzzy: false, described: true)
        }
        if NameKind.isWebAddress(name), family == .relay {
            return Argument(subject: .named(name, .online), range: range, fuzzy: false, described: true)
        }
        // An unknown name after a cue that only ever names a medium (`dilansir Beritapulauseribu`,
        // `menurut laporan InStyle`) is an outlet, unless it reads as an institution or a speaker.
        let phrase = lexiconPhrase(hit)
        let mediaOnly =
            (family == .relay && (hit.glued || Self.namesSourceOutright(phrase)) && !described)
            || (family == .citation && sawReport && descriptor == nil)
        if mediaOnly, Self.wordCount(name) <= (phrase.holds("lansir") ? 3 : 1), !NameKind.looksInstitutional(name),
            !NameReader.pronouns.contains(name.lowercased()), name.utf8.count >= 4, name.uppercased() != name,
            !speaks(after: range, hits: hits, from: j)
        {
            return Argument(subject: .named(name, .online), range: range, fuzzy: false, described: false)
        }
        return Argument(subject: .named(name, NameKind.of(name)), range: range, fuzzy: false, described: described)
    }

    /// Whether a speech verb follows the name at once (`dilansir Made menjelaskan`: a dangling
    /// cue, then a speaker).
    private func speaks(after range: Range<Int>, hits: [Hit], from j: Int) -> Bool {
        guard let next = hits[j...].first(where: { $0.start > range.upperBound }),
            next.start == range.upperBound + 1
        else { return false }
        return next.has(CueFamilies(.speechAfter, .report))
    }

    /// The outlet named right before a cue (`Reuters melaporkan`).
    private func outletBefore(
        _ hit: Hit, index k: Int, hits: [Hit], bytes: UnsafeBufferPointer<UInt8>, tolerant: Bool = true
    ) -> Argument? {
        guard k > 0 else { return nil }
        let previous = hits[k - 1]
        var gap = hit.start
        while gap > previous.end, bytes[gap - 1] == 0x20 || bytes[gap - 1] == UInt8(ascii: ")") { gap -= 1 }
        // `The Times on Monday said`, `Reuters juga melaporkan`: time words and adverbs between.
        var words = 0
        while gap > previous.end, words < 4 {
            var s = gap
            while s > previous.end, CueScanner.isLetterOrDigit(bytes[s - 1]) { s -= 1 }
            guard s < gap, NameReader.isTimeOrAdverb(NameReader.lower(bytes, s..<gap)) else { break }
            gap = s
            while gap > previous.end, bytes[gap - 1] == 0x20 { gap -= 1 }
            words += 1
        }
        if gap == previous.end, let outlet = previous.outlet(gazetteer) {
            return Argument(
                subject: .outlet(outlet), range: previous.start..<previous.end, fuzzy: false, described: true)
        }
        if tolerant, let range = names.name(in: bytes, before: hit.start) {
            let name = String(decoding: bytes[range], as: UTF8.self)
            // `marketing magazine New Media Age reported`: a descriptor vouches for the name.
            if let descriptorHit = hits[..<k].last(where: { $0.end < range.lowerBound }),
                descriptorHit.end + 1 == range.lowerBound, let cue = descriptorHit.cue(lexicon, in: .descriptor),
                let kind = cue.outletKind, gazetteer.outlet(named: name) == nil
            {
                return Argument(
                    subject: .named(name, kind), range: descriptorHit.start..<range.upperBound, fuzzy: false,
                    described: true)
            }
            if let resolved = matcher.resolve(name), resolved.fuzzy {
                return Argument(subject: .outlet(resolved.outlet), range: range, fuzzy: true, described: true)
            }
        }
        return nil
    }

    /// `dilansir detikNews dari AFP`: the relayed outlet took from another.
    private func readVia(
        after argument: Argument, hits: [Hit], bytes: UnsafeBufferPointer<UInt8>, into reading: inout Reading
    ) {
        guard case .outlet = argument.subject else { return }
        var p = argument.range.upperBound
        if p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard Self.startsWithWord(bytes, at: p, "dari") else { return }
        p += 4
        if p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard let index = hits.firstIndex(where: { $0.start == p }), let outlet = hits[index].outlet(gazetteer) else {
            return
        }
        let hit = hits[index]
        reading.evidence.append(
            Evidence(
                subject: .outlet(outlet), signal: .cue(.relay), range: argument.range.lowerBound..<hit.end,
                cueLabel: "dilansir dari", confidence: 0.85))
        reading.nested.append((from: argument.subject, to: .outlet(outlet)))
    }

}
