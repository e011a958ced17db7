extension EvidenceReader {
    /// A quoted person, body or document from a name, unless it is an outlet or a pronoun; a
    /// name shaped like an outlet is one (`Israeli Army Radio said`) unless `outletShapes` is
    /// off (data come from any provider).
    func quotedName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, outletShapes: Bool = true) -> Subject? {
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
        // `Israeli Army Radio said`; not a list (`UPS and Deutsche Post`).
        if outletShapes, let kind = OutletShape.kind(of: name), !NameKind.looksInstitutional(name),
            !Self.listJoiners.contains(where: { lower.holds(" " + String(decoding: $0, as: UTF8.self)) })
        {
            return .named(name, kind)
        }
        return .named(name, NameKind.of(name))
    }

    /// Links `X ... seperti dilansir R` within one sentence as `R -> X`.
    func linkNested(_ reading: inout Reading, bytes: UnsafeBufferPointer<UInt8>) {
        let items = reading.evidence
        for relay in items where relay.signal == .cue(.relay) {
            guard case .outlet = relay.subject else { continue }
            for cited in items where cited.subject != relay.subject && Self.isNestable(cited, before: relay, bytes) {
                reading.nested.append((from: relay.subject, to: cited.subject))
            }
        }
    }

    /// Whether `cited` is an outlet cited, interviewed or reporting in the same sentence, at
    /// most 160 bytes before the relay.
    private static func isNestable(_ cited: Evidence, before relay: Evidence, _ bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard
            cited.signal == .cue(.interview) || cited.signal == .cue(.citation) || cited.signal == .cue(.report)
                || cited.signal == .cue(.affiliation),
            cited.subject.isMedia
        else { return false }
        let gap = cited.range.upperBound..<max(cited.range.upperBound, relay.range.lowerBound)
        return cited.range.upperBound <= relay.range.lowerBound && gap.count <= 160 && !sentenceEnds(bytes, gap)
    }
}
