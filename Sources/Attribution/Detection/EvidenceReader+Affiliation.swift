extension EvidenceReader {
    /// `NME editor Conor McNicholas`, `The Times' music critic`, `a BBC photographer`,
    /// `Royal Editor of the Daily Mirror`, `a writer for The Atlantic`: an outlet's journalist,
    /// so the outlet's journalism is a source. The outlet stands right before the role (its
    /// possessive and one or two describing words allowed), or after `of`, `for`, `at`, `dari`.
    func readAffiliation(hit k: Int, in scan: Scan, into adding: inout Adding) {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        // Before, in English: `NME editor`, `The Times' music critic`, `BBC Radio 1 DJ`.
        if k > 0, adding.cue.language == "en" {
            let previous = scan.hits[k - 1]
            var gap = hit.start
            while gap > previous.end, bytes[gap - 1] == 0x20 { gap -= 1 }
            var words = 0
            // One or two lower-case describing words between (`music critic`, `chief political`).
            while gap > previous.end, words < 2 {
                var s = gap
                while s > previous.end, bytes[s - 1] &- UInt8(ascii: "a") < 26 { s -= 1 }
                guard s < gap, s > previous.end, bytes[s - 1] == 0x20 else { break }
                gap = s - 1
                words += 1
            }
            if gap >= 2, bytes[gap - 1] == UInt8(ascii: "'") { gap -= 1 }
            if gap >= 2, bytes[gap - 1] == UInt8(ascii: "s"), bytes[gap - 2] == UInt8(ascii: "'") { gap -= 2 }
            if gap == previous.end, let outlet = previous.outlet(gazetteer, mediaContext: true) {
                adding.add(
                    Argument(subject: .outlet(outlet), range: previous.start..<previous.end, described: true),
                    .affiliation, Confidence.affiliation)
                return
            }
        }
        // After: `editor of the Daily Mirror`, `writer for The Atlantic`, `wartawan dari Kompas`,
        // and in Indonesian, where the noun comes first, `jurnalis CNN`, `Koresponden AFP`.
        var p = hit.end
        guard p < bytes.count, bytes[p] == 0x20 else { return }
        p += 1
        if let length = scan.word(at: p, oneOf: Self.affiliationWords) {
            p += length
        } else if adding.cue.language != "id" {
            return
        }
        // The outlet's alias may hold its article (`The Atlantic`) or not (`the Daily Star`).
        if scan.hit(startingAt: p, from: k + 1) == nil, let article = scan.word(at: p, oneOf: Self.articleWords) {
            p += article
        }
        guard let (_, next) = scan.hit(startingAt: p, from: k + 1),
            let outlet = next.outlet(gazetteer, mediaContext: true)
        else { return }
        adding.add(
            Argument(subject: .outlet(outlet), range: next.start..<next.end, described: true), .affiliation,
            Confidence.affiliation)
    }

    /// The end of a name of two capitalised words owned by the outlet of `hit`
    /// (`MSNBC's Chris Matthews`, `Reuters' Jane Doe`), if one follows it.
    func possessiveName(after hit: Hit, in scan: Scan) -> Int? {
        let bytes = scan.bytes
        var p = hit.end
        guard p + 1 < bytes.count, bytes[p] == UInt8(ascii: "'") else { return nil }
        if bytes[p + 1] == UInt8(ascii: "s") {
            p += 2
        } else if bytes[p - 1] == UInt8(ascii: "s") {
            p += 1
        } else {
            return nil
        }
        for _ in 0..<2 {
            guard p + 1 < bytes.count, bytes[p] == 0x20, NameReader.isCapitalised(bytes[p + 1]) else { return nil }
            p += 1
            while p < bytes.count, CueScanner.isLetterOrDigit(bytes[p]) { p += 1 }
        }
        return p
    }

    /// Words between a role and its outlet, each with its space (`of `, `for `, `dari `).
    static let affiliationWords = WordLists.standard.words(.affiliationJoiner).map { Array($0.utf8) + [0x20] }

    /// Words between a person and what they belong to, each with its space (`of `).
    static let personAffiliationWords = WordLists.standard.words(.personAffiliation).map { Array($0.utf8) + [0x20] }

    /// `Jane Doe of Bloomberg News wrote`: the person named before `of` and the outlet that
    /// reports, its journalist, who is quoted too.
    func journalistBefore(_ outlet: Argument, in scan: Scan, into adding: inout Adding) {
        let bytes = scan.bytes
        var p = outlet.range.lowerBound
        if let article = Self.articleWords.first(where: { Self.startsWith(bytes, at: p - $0.count, $0) }) {
            p -= article.count
        }
        guard let joiner = Self.personAffiliationWords.first(where: { Self.startsWith(bytes, at: p - $0.count, $0) }),
            p - joiner.count > 1, bytes[p - joiner.count - 1] == 0x20
        else { return }
        p -= joiner.count + 1
        guard let name = names.name(in: bytes, before: p), name.upperBound == p, speakers.isPersonName(name, bytes),
            let quoted = quotedName(name, bytes)
        else { return }
        adding.addQuoted(quoted, name, Confidence.quote)
    }
}
