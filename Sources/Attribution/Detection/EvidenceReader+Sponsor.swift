extension EvidenceReader {
    /// `a CBS News poll`, `An NBC/WSJ poll`, `A Washington Post-ABC News poll`, `the AP's tally`,
    /// `the RealClearPolitics average`: the outlets right before the word, joined by a slash, a
    /// dash or a list, perhaps possessive, perhaps with their pollster (`CBS News/YouGov poll`),
    /// commissioned or counted the figures reported. Returns whether an outlet was found.
    @discardableResult
    func readSponsors(hit k: Int, in scan: Scan, into adding: inout Adding) -> Bool {
        guard k > 0 else { return false }
        let bytes = scan.bytes
        let previous = scan.hits[k - 1]
        var gap = scan.hits[k].start
        while gap > previous.end, bytes[gap - 1] == 0x20 { gap -= 1 }
        if gap - 1 > previous.end, bytes[gap - 1] == UInt8(ascii: "s"), bytes[gap - 2] == UInt8(ascii: "'") {
            gap -= 2
        } else if gap > previous.end, bytes[gap - 1] == UInt8(ascii: "'") {
            gap -= 1
        }
        // `Washington Post-ABC News poll`: no word starts after a hyphen, so the second outlet
        // is no hit of its own; its name is looked up whole.
        var joined: Argument? = nil
        if gap > previous.end + 2, gap - previous.end <= 40, bytes[previous.end] == UInt8(ascii: "-"),
            NameReader.isCapitalised(bytes[previous.end + 1]),
            let outlet = gazetteer.outlet(named: scan.string((previous.end + 1)..<gap), mediaContext: true)
        {
            joined = Argument(subject: .outlet(outlet), range: (previous.end + 1)..<gap, described: true)
        }
        // `CBS News/YouGov poll`, `Axios-Ipsos poll`: a pollster's one word after a slash or dash.
        if joined != nil
            || gap > previous.end + 2
                && (bytes[previous.end] == UInt8(ascii: "/") || bytes[previous.end] == UInt8(ascii: "-"))
                && NameReader.isCapitalised(bytes[previous.end + 1])
                && bytes[(previous.end + 1)..<gap].allSatisfy(CueScanner.isLetterOrDigit)
        {
            gap = previous.end
        }
        guard gap == previous.end, let outlet = previous.outlet(gazetteer, mediaContext: true) else { return false }
        let first = Argument(subject: .outlet(outlet), range: previous.start..<previous.end, described: true)
        if let joined { adding.add(joined, .citation, Confidence.sponsor) }
        adding.add(first, .citation, Confidence.sponsor)
        for other in listBefore(first, in: scan) { adding.add(other, .citation, Confidence.sponsor) }
        return true
    }

    /// `a Quinnipiac University poll`, `a Gallup survey`: a body that is no outlet ran the poll,
    /// and its figures are quoted; the name must stand right before the word, and a
    /// nationality (`an American poll`) ran none.
    func readPollster(hit k: Int, in scan: Scan, scope: SpeakerScope, into adding: inout Adding) {
        let hit = scan.hits[k]
        let bytes = scan.bytes
        guard !scope.quotes.contains(hit.start),
            case .name(let range)? = speakers.before(hit.start, in: bytes, strict: true),
            range.upperBound + 1 == hit.start, !SpeakerReader.word(bytes, range, in: SpeakerReader.demonyms),
            var quoted = quotedName(range, bytes)
        else { return }
        // A pollster is a body (`Gallup`), whatever its name looks like.
        if case .named(let name, .person) = quoted { quoted = .named(name, .organization) }
        adding.addQuoted(quoted, range, Confidence.quote)
    }
}
