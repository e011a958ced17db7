extension EvidenceReader {
    /// A quoted person, body or document from a name, unless it is an outlet or a pronoun; a
    /// name shaped like an outlet is one (`Israeli Army Radio said`) unless `outletShapes` is
    /// off (data come from any provider).
    func quotedName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, outletShapes: Bool = true) -> Subject? {
        guard var trimmed = names.trimLeadingNoise(bytes, range) else { return nil }
        let lead = bytes[trimmed.lowerBound]
        guard !(lead &- UInt8(ascii: "0") < 10), lead != UInt8(ascii: "&"), lead != UInt8(ascii: "+") else {
            return nil
        }
        if trimmed.count > 2, bytes[trimmed.upperBound - 2] == UInt8(ascii: "'"),
            bytes[trimmed.upperBound - 1] | 0x20 == 0x73
        {
            trimmed = trimmed.lowerBound..<(trimmed.upperBound - 2)
        }
        // `MSNBC's Chris Matthews`: the journalist, not the outlet that owns the name.
        if let owned = nameOwnedByOutlet(trimmed, bytes) { trimmed = owned }
        // `Sen. Richard Blumenthal`, `Mr Kennedy`: an abbreviated title is no part of the name.
        let first = names.wordRange(bytes, at: trimmed.lowerBound)
        var stem = first
        if stem.count > 1, bytes[stem.upperBound - 1] == UInt8(ascii: ".") {
            stem = stem.lowerBound..<(stem.upperBound - 1)
        }
        var titled = false
        if NameReader.word(bytes, stem, in: NameReader.titleAbbreviations) {
            guard first.upperBound + 1 < trimmed.upperBound, bytes[first.upperBound] == 0x20 else { return nil }
            trimmed = (first.upperBound + 1)..<trimmed.upperBound
            titled = true
        }
        guard !SpeakerReader.isGeneric(bytes, trimmed) else { return nil }
        // `Presiden Joko Widodo`: a person is quoted by their own name, without the title.
        if let own = speakers.ownName(trimmed, bytes) { trimmed = own }
        // `Nicolas Sarkozy of France`: the person, by their own name.
        if let person = speakers.personBeforeAffiliation(trimmed, bytes) { trimmed = person }
        let name = String(decoding: bytes[trimmed], as: UTF8.self)
        let lower = name.lowercased()
        // `Mr Dean`: after `Mr` a title word is a family name.
        let bareTitle =
            NameKind.isBareTitle(lower)
            && !(titled && SpeakerReader.word(bytes, trimmed, in: SpeakerReader.surnameTitles))
        if NameReader.pronouns.contains(lower) || NameKind.isPlace(lower) || bareTitle { return nil }
        if gazetteer.outlet(named: name) != nil { return nil }
        // `Israeli Army Radio said`; not a list (`UPS and Deutsche Post`).
        if outletShapes, let kind = OutletShape.kind(of: name), !NameKind.looksInstitutional(name),
            !Self.listJoiners.contains(where: { lower.holds(" " + String(decoding: $0, as: UTF8.self)) })
        {
            return .named(name, kind)
        }
        return .named(name, NameKind.of(name))
    }

    /// The part of a name after its first possessive when what owns it is an outlet
    /// (`Chris Matthews` of `MSNBC's Chris Matthews`); `Moody's Investors Service` stays whole.
    private func nameOwnedByOutlet(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var p = range.lowerBound
        while p + 2 < range.upperBound {
            if bytes[p] == UInt8(ascii: "'") {
                let after = bytes[p + 1] == UInt8(ascii: "s") ? p + 2 : p + 1
                guard after < range.upperBound, bytes[after] == 0x20, after + 1 < range.upperBound,
                    bytes[p + 1] == UInt8(ascii: "s") || bytes[p - 1] == UInt8(ascii: "s"),
                    gazetteer.outlet(named: String(decoding: bytes[range.lowerBound..<p], as: UTF8.self)) != nil
                else { return nil }
                return (after + 1)..<range.upperBound
            }
            p += 1
        }
        return nil
    }

    /// Links `X ... seperti dilansir R` within one sentence as `R -> X`, for each relay the
    /// outlets cited before it in the order of their evidence. Only the evidence that ends in the
    /// 160 bytes before a relay is looked at (found by a binary search among the citations
    /// sorted by their ends), so that a text of a thousand relays costs a thousand short looks,
    /// not a million.
    func linkNested(_ reading: inout Reading, bytes: UnsafeBufferPointer<UInt8>) {
        let items = reading.evidence
        let cited = items.indices.filter { Self.mayBeNested(items[$0]) }.sorted {
            (items[$0].range.upperBound, $0) < (items[$1].range.upperBound, $1)
        }
        guard !cited.isEmpty else { return }
        let ends = cited.map { items[$0].range.upperBound }
        var window: [Int] = []
        for relay in items.indices where items[relay].signal == .cue(.relay) {
            guard case .outlet = items[relay].subject else { continue }
            let lowerBound = items[relay].range.lowerBound
            var k = ScanIndex.firstIndex(in: ends) { $0 >= lowerBound - Self.nestingReach }
            window.removeAll(keepingCapacity: true)
            while k < ends.count, ends[k] <= lowerBound {
                window.append(cited[k])
                k += 1
            }
            window.sort()
            for index in window where items[index].subject != items[relay].subject {
                let gap = items[index].range.upperBound..<lowerBound
                if !Self.sentenceEnds(bytes, gap) {
                    reading.nested.append((from: items[relay].subject, to: items[index].subject))
                }
            }
        }
    }

    /// How far before a relay an outlet it took from may be cited, in bytes.
    static let nestingReach = 160

    /// Whether `item` is an outlet cited, interviewed, reporting or employing someone, which a
    /// relay after it in the same sentence (at most ``nestingReach`` bytes on) may have taken from.
    private static func mayBeNested(_ item: Evidence) -> Bool {
        (item.signal == .cue(.interview) || item.signal == .cue(.citation) || item.signal == .cue(.report)
            || item.signal == .cue(.affiliation)) && item.subject.isMedia
    }
}
