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
            } else if cue.family == .citation || cue.family == .data, let quoted = quotedSubject(argument, bytes) {
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
            return Argument(subject: .named(name, descriptor), range: range, fuzzy: false, described: true)
        }
        if NameKind.isWebAddress(name), family == .relay {
            return Argument(subject: .named(name, .online), range: range, fuzzy: false, described: true)
        }
        if family == .relay, hit.glued || Self.namesSourceOutright(lexiconPhrase(hit)), !described, !name.contains(" "),
            !NameKind.looksInstitutional(name),
            !NameReader.pronouns.contains(name.lowercased()), name.utf8.count >= 4, name.uppercased() != name
        {
            return Argument(subject: .named(name, .online), range: range, fuzzy: false, described: false)
        }
        return Argument(subject: .named(name, NameKind.of(name)), range: range, fuzzy: false, described: described)
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

    /// A quoted person, body or document from a name, unless it is an outlet or a pronoun.
    private func quotedName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Subject? {
        guard var trimmed = names.trimLeadingNoise(bytes, range) else { return nil }
        let first = bytes[trimmed.lowerBound]
        guard !(first &- UInt8(ascii: "0") < 10), first != UInt8(ascii: "&"), first != UInt8(ascii: "+") else {
            return nil
        }
        if trimmed.count > 2, bytes[trimmed.upperBound - 2] == UInt8(ascii: "'"),
            bytes[trimmed.upperBound - 1] | 0x20 == 0x73
        {
            trimmed = trimmed.lowerBound..<(trimmed.upperBound - 2)
        }
        let name = String(decoding: bytes[trimmed], as: UTF8.self)
        let lower = name.lowercased()
        if NameReader.pronouns.contains(lower) || NameKind.isPlace(lower) || NameKind.isBareTitle(lower) { return nil }
        if gazetteer.outlet(named: name) != nil { return nil }
        return .named(name, NameKind.of(name))
    }

    private func quotedSubject(_ argument: Argument, _ bytes: UnsafeBufferPointer<UInt8>) -> Subject? {
        quotedName(argument.range, bytes)
    }

    /// Links `X ... seperti dilansir R` within one sentence as `R -> X`.
    private func linkNested(_ reading: inout Reading, bytes: UnsafeBufferPointer<UInt8>) {
        let items = reading.evidence
        for relay in items where relay.signal == .cue(.relay) {
            guard case .outlet = relay.subject else { continue }
            for cited in items where cited.subject != relay.subject {
                guard
                    cited.signal == .cue(.interview) || cited.signal == .cue(.citation)
                        || cited.signal == .cue(.report),
                    cited.subject.isMedia,
                    cited.range.upperBound <= relay.range.lowerBound,
                    relay.range.lowerBound - cited.range.upperBound <= 160,
                    !Self.sentenceEnds(bytes, cited.range.upperBound..<relay.range.lowerBound)
                else { continue }
                reading.nested.append((from: relay.subject, to: cited.subject))
            }
        }
    }

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
        hit.cues(lexicon).first?.phrase ?? ""
    }

    /// Relay phrases that only ever name a medium (`dilansir`, `dikutip dari`), unlike `mengutip`,
    /// which also takes people (`mengutip Trump`).
    static func namesSourceOutright(_ phrase: String) -> Bool {
        phrase.contains("dilansir") || phrase.contains("lansir") || phrase.hasSuffix(" dari")
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
