extension EvidenceReader {
    /// What stands between a cue and its name: descriptors and fillers (`laporan surat kabar`),
    /// data words, articles.
    struct Qualifiers {
        /// Where the name may start.
        var position: Int
        /// The index of the first hit at or after `position`, or past it.
        var nextHit: Int
        /// The kind of outlet a descriptor promised (`surat kabar`: newspaper).
        var descriptor: OutletKind? = nil
        /// A descriptor, filler or data word stood between.
        var described = false
        /// The words speak of a report (`menurut laporan`, `laporan`): a name after them is a medium.
        var sawReport = false

        /// An institution's own channel stood between (`situs resmi`, `akun resmi`).
        var official = false
        /// A data word stood between (`menurut data X`): X provides data, whatever its shape.
        var data = false
        /// Where an article skipped before the name starts (`The` of `The Week`).
        var article: Int? = nil
        /// A preposition after the cue was stepped over (`diberitakan oleh`).
        var prepositionSkipped = false

        /// Whether a cue of `family` with these words says the name is a medium: a relay or a
        /// closing credit, or a descriptor or filler between (`surat kabar`, `laporan`), unless
        /// the words speak of an institution's own channel; so that an outlet named by an
        /// ordinary word (`Metro`) counts there.
        func speaksOfMedia(_ family: CueFamily) -> Bool {
            !official && (described || family == .relay || family == .closing || family == .masthead)
        }
    }

    /// The outlet or name that follows cue hit `k`, past descriptors and fillers.
    func argument(after k: Int, in scan: Scan, family: CueFamily) -> Argument? {
        var qualifiers = Qualifiers(position: scan.hits[k].end, nextHit: k + 1)
        let firstCue = scan.hits[k].cue(lexicon, in: .all)
        qualifiers.sawReport = family == .citation && firstCue?.flags.contains(.report) == true
        if let outlet = skipQualifiers(&qualifiers, in: scan, family: family) { return outlet }
        let p = qualifiers.position
        guard let range = names.name(in: scan.bytes, after: p), range.lowerBound == p else {
            return webAddress(at: p, in: scan, family: family)
        }
        let name = scan.string(range)
        // `the Daily Planet newspaper`, `Yonhap news agency`: a descriptor after the name.
        if qualifiers.descriptor == nil, let after = scan.hit(rightAfter: range.upperBound, from: qualifiers.nextHit),
            let cue = after.cue(lexicon, in: .descriptor), let kind = cue.outletKind
        {
            qualifiers.descriptor = kind
            qualifiers.described = true
        }
        let tolerant = qualifiers.speaksOfMedia(family)
        // `The Week`: the name with its article first.
        if let article = qualifiers.article,
            let outlet = gazetteer.outlet(named: scan.string(article..<range.upperBound), mediaContext: tolerant)
        {
            return Argument(subject: .outlet(outlet), range: article..<range.upperBound, described: true)
        }
        if let resolved = tolerant
            ? matcher.resolve(name, mediaContext: true) : gazetteer.outlet(named: name).map({ ($0, false) })
        {
            return Argument(subject: .outlet(resolved.0), range: range, fuzzy: resolved.1, described: true)
        }
        if let descriptor = qualifiers.descriptor {
            return describedOutlet(name, range, descriptor, in: scan)
        }
        if NameKind.isWebAddress(name), family == .relay {
            return Argument(subject: .named(name, .online), range: range, described: true)
        }
        // `told the Phnom Penh Post`, `Click here to follow Daily Voice Pleasantville`: a name
        // shaped like an outlet (a head word, a web address) that no table knows; data come
        // from any provider (`data FlightAware.com`).
        if family != .data, !qualifiers.official, !qualifiers.data, let kind = OutletShape.kind(of: name),
            !NameKind.looksInstitutional(name)
        {
            return Argument(subject: .named(name, kind), range: range, described: true)
        }
        let wordLimit = max(1, firstCue?.mediumWords ?? 0)
        if namesOnlyMedia(scan.hits[k], firstCue, family: family, qualifiers),
            couldBeOutlet(name, range, wordLimit: wordLimit, in: scan, from: qualifiers.nextHit)
        {
            return Argument(subject: .named(name, .online), range: range, described: false)
        }
        return Argument(subject: .named(name, NameKind.of(name)), range: range, described: qualifiers.described)
    }

    /// The outlets listed before `first` (`the Wall Street Journal and the Washington Post`,
    /// `NBC/WSJ`), nearest first.
    func listBefore(_ first: Argument, in scan: Scan) -> [Argument] {
        let bytes = scan.bytes
        var found: [Argument] = []
        var start = first.range.lowerBound
        guard var j = scan.lastHit(endingAtOrBefore: start) else { return [] }
        while j >= 0, found.count < 6 {
            let previous = scan.hits[j]
            guard let outlet = previous.outlet(gazetteer) else { break }
            var p = start
            if let article = Self.articleWords.first(where: { Self.startsWith(bytes, at: p - $0.count, $0) }) {
                p -= article.count
            }
            let gap = String(decoding: bytes[previous.end..<p], as: UTF8.self).lowercased()
            guard
                gap == ", " || gap == "/" || gap == "-"
                    || Self.listJoiners.contains(where: {
                        gap == " " + String(decoding: $0, as: UTF8.self)
                            || gap == ", " + String(decoding: $0, as: UTF8.self)
                    })
            else { break }
            found.append(Argument(subject: .outlet(outlet), range: previous.start..<previous.end, described: true))
            start = previous.start
            j -= 1
        }
        return found
    }

    /// The outlets listed after `first` (`AFP, BBC, dan CNN`), in order.
    func listAfter(_ first: Argument, in scan: Scan, from j: Int) -> [Argument] {
        let bytes = scan.bytes
        var found: [Argument] = []
        var end = first.range.upperBound
        var j = j
        while found.count < 6, end < bytes.count {
            var p = end
            if bytes[p] == UInt8(ascii: ",") { p += 1 }
            guard p < bytes.count, bytes[p] == 0x20 else { break }
            p += 1
            if let joiner = scan.word(at: p, oneOf: Self.listJoiners) { p += joiner }
            if let article = scan.word(at: p, oneOf: Self.articleWords) { p += article }
            guard p > end + 1, let (index, next) = scan.hit(startingAt: p, from: j),
                let outlet = next.outlet(gazetteer, mediaContext: true)
            else { break }
            found.append(Argument(subject: .outlet(outlet), range: next.start..<next.end, described: true))
            end = next.end
            j = index + 1
        }
        return found
    }

    /// The most words a coordinated outlet is looked for past (`hospital sources and`).
    static let coordinationWords = 6

    /// `according to hospital sources and Al Jazeera teams`: an outlet after a list joiner
    /// within a few words of `position`, the words between plain (no punctuation, no other
    /// cue); with the index of the hit after it.
    func coordinatedOutlet(after position: Int, in scan: Scan, from j: Int) -> (Argument, Int)? {
        let bytes = scan.bytes
        var p = position
        for _ in 0..<Self.coordinationWords {
            guard p < bytes.count, bytes[p] == 0x20 else { return nil }
            p += 1
            if let joiner = scan.word(at: p, oneOf: Self.listJoiners), p > position + 1 {
                var q = p + joiner
                if let article = scan.word(at: q, oneOf: Self.articleWords) { q += article }
                guard let (index, next) = scan.hit(startingAt: q, from: j),
                    let outlet = next.outlet(gazetteer, mediaContext: true)
                else { return nil }
                return (Argument(subject: .outlet(outlet), range: next.start..<next.end, described: true), index + 1)
            }
            if scan.hit(startingAt: p, from: j) != nil { return nil }
            let start = p
            while p < bytes.count, CueScanner.isWordByte(bytes[p]) || bytes[p] == UInt8(ascii: "-") { p += 1 }
            guard p > start else { return nil }
        }
        return nil
    }

    /// `..., reports Axios.`, `...," reported Reuters`: a report verb after a quote or clause,
    /// its outlet after it.
    func invertedReport(_ k: Int, in scan: Scan) -> Argument? {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        var b = hit.start
        while b > 0, bytes[b - 1] == 0x20 { b -= 1 }
        guard b > 0, bytes[b - 1] == UInt8(ascii: ",") || bytes[b - 1] == UInt8(ascii: "\"") else { return nil }
        guard let argument = argument(after: k, in: scan, family: .report), argument.isOutlet else { return nil }
        return argument
    }

    /// Steps over descriptors, fillers, data words and articles after a cue; returns the outlet
    /// a hit names on the way, if one does.
    private func skipQualifiers(_ q: inout Qualifiers, in scan: Scan, family: CueFamily) -> Argument? {
        let bytes = scan.bytes
        while true {
            while q.position < bytes.count, bytes[q.position] == 0x20 || bytes[q.position] == UInt8(ascii: "\"") {
                q.position += 1
            }
            if let (index, next) = scan.hit(startingAt: q.position, from: q.nextHit) {
                q.nextHit = index
                if let outlet = next.outlet(gazetteer, mediaContext: q.speaksOfMedia(family)) {
                    return Argument(subject: .outlet(outlet), range: next.start..<next.end, described: true)
                }
                if let cue = next.cue(lexicon, in: .between) {
                    if cue.family == .descriptor { q.descriptor = cue.outletKind ?? q.descriptor }
                    if cue.flags.contains(.report) { q.sawReport = true }
                    if cue.flags.contains(.official) { q.official = true }
                    q.described = true
                    q.position = next.end
                    q.nextHit += 1
                    continue
                }
                if next.has(.data), family != .data {
                    q.described = true
                    q.data = true
                    q.position = next.end
                    q.nextHit += 1
                    continue
                }
            } else {
                while q.nextHit < scan.hits.count, scan.hits[q.nextHit].start < q.position { q.nextHit += 1 }
                // `told Portuguese newspaper Record`, `as reported by state media CNA`: words that
                // describe the outlet before its descriptor are no name when a name follows it
                // (in `the Daily Planet newspaper` the name comes first).
                if let (descriptor, cue) = describedBy(q.position, in: scan, from: q.nextHit),
                    descriptor.end + 1 < bytes.count, bytes[descriptor.end] == 0x20,
                    NameReader.isCapitalised(bytes[descriptor.end + 1])
                {
                    q.descriptor = cue.outletKind ?? q.descriptor
                    q.described = true
                    q.position = descriptor.end
                    continue
                }
            }
            // `Diberitakan oleh VOA Indonesia`, `menurut laporan dari The Independent`: once,
            // right after a credit cue.
            if !q.prepositionSkipped, family == .relay || family == .citation || family == .closing,
                let length = scan.word(at: q.position, oneOf: Self.creditPrepositions)
            {
                q.prepositionSkipped = true
                q.position += length
                continue
            }
            if let length = scan.word(at: q.position, oneOf: Self.articleWords) {
                q.article = q.position
                q.position += length
                continue
            }
            return nil
        }
    }

    /// The descriptor or media filler after one to three describing words at `p`
    /// (`Portuguese newspaper`, `state media`, `Israeli public broadcaster`).
    func describedBy(_ p: Int, in scan: Scan, from j: Int) -> (hit: Hit, cue: Cue)? {
        let bytes = scan.bytes
        var end = p
        for _ in 0..<3 {
            while end < bytes.count, CueScanner.isWordByte(bytes[end]) { end += 1 }
            guard end > p, end < bytes.count, bytes[end] == 0x20 else { return nil }
            if let next = scan.hit(rightAfter: end, from: j), let cue = next.cue(lexicon, in: .between),
                cue.outletKind != nil || cue.family == .filler && !cue.flags.contains(.official)
            {
                return (next, cue)
            }
            end += 1
            guard end < bytes.count, CueScanner.isWordByte(bytes[end]) else { return nil }
        }
        return nil
    }

    /// `dilansir simamaung.com`: a web address in lower case still names a site.
    private func webAddress(at p: Int, in scan: Scan, family: CueFamily) -> Argument? {
        let word = names.wordRange(scan.bytes, at: p)
        let token = scan.string(word)
        guard family == .relay, !word.isEmpty, NameKind.isWebAddress(token) else { return nil }
        return Argument(subject: .named(token, .online), range: word, described: true)
    }

    /// An unknown name after a descriptor (`surat kabar Aftenposten`). A country names no outlet
    /// (`kantor berita Iran`); the name after its comma, if any, does (`surat kabar Kuwait, Al-Seyassah`).
    private func describedOutlet(_ name: String, _ range: Range<Int>, _ descriptor: OutletKind, in scan: Scan)
        -> Argument?
    {
        guard NameKind.isPlace(name.lowercased()) else {
            return Argument(subject: .named(name, descriptor), range: range, described: true)
        }
        let bytes = scan.bytes
        guard range.upperBound + 2 < bytes.count, bytes[range.upperBound] == UInt8(ascii: ","),
            let next = names.name(in: bytes, after: range.upperBound + 1), next.lowerBound == range.upperBound + 2
        else { return nil }
        let outletName = scan.string(next)
        if let known = gazetteer.outlet(named: outletName, mediaContext: true) {
            return Argument(subject: .outlet(known), range: next, described: true)
        }
        return Argument(subject: .named(outletName, descriptor), range: next, described: true)
    }

    /// Whether the cue only ever names a medium here: a relay glued to the name or flagged
    /// `medium`, with nothing between (`dilansir Beritapulauseribu`), or a citation of a report
    /// without a descriptor (`menurut laporan InStyle`).
    private func namesOnlyMedia(_ hit: Hit, _ firstCue: Cue?, family: CueFamily, _ q: Qualifiers) -> Bool {
        switch family {
        case .relay: (hit.glued || (firstCue?.mediumWords ?? 0) > 0) && !q.described
        case .citation: q.sawReport && q.descriptor == nil
        default: false
        }
    }

    /// Whether an unknown name after a media-only cue reads as an outlet: a few words, not an
    /// institution, pronoun or acronym, and no speaker (`dilansir Made menjelaskan`: a dangling
    /// cue, then a speaker).
    private func couldBeOutlet(_ name: String, _ range: Range<Int>, wordLimit: Int, in scan: Scan, from j: Int) -> Bool
    {
        guard Self.wordCount(name) <= wordLimit, !NameKind.looksInstitutional(name) else { return false }
        guard !NameReader.pronouns.contains(name.lowercased()) else { return false }
        // Short and all-capital names are bodies' acronyms more often than outlets.
        guard name.utf8.count >= 4, name.uppercased() != name else { return false }
        let speaker = scan.hit(rightAfter: range.upperBound, from: j)?.has(CueFamilies(.speechAfter, .report)) ?? false
        return !speaker
    }
}
