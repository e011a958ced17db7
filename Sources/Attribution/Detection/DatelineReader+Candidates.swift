extension DatelineReader {
    /// The first of the names of the head zone that may open a dateline for which `accept`
    /// gives a result, trying them in the order they stand: every known outlet, and at the
    /// start of a line or in its first brackets a name shaped like an outlet that no table
    /// knows. Lines are read one by one, so that an article whose first line holds its dateline
    /// costs one line.
    func firstCandidate<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], furniture: FurnitureMap, _ accept: (Candidate) -> T?
    ) -> T? {
        var k = 0
        var lineStart = 0
        while lineStart < min(bytes.count, Self.headZone) {
            let lineEnd = LineBreaks.next(bytes, from: lineStart, to: bytes.count)
            var found: [Candidate] = []
            while k < hits.count, hits[k].start < lineEnd {
                let hit = hits[k]
                // `Dream - Kesederhanaan ...`: a name of ordinary words (a weak alias) opening
                // a line, a dash after it, may open a dateline too.
                if let outlet = hit.outlet(gazetteer)
                    ?? (hit.start == lineStart && Self.dashFollows(bytes, hit.end)
                        ? hit.outlet(gazetteer, mediaContext: true) : nil),
                    !furniture.contains(hit.start)
                {
                    found.append(Candidate(range: hit.start..<hit.end, subject: .outlet(outlet)))
                }
                k += 1
            }
            if !furniture.contains(lineStart) {
                found += shaped(bytes, lineStart..<lineEnd, hits: hits)
            }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
            for candidate in found {
                if let result = accept(candidate) { return result }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Whether a dash follows `end`, after spaces (`Dream - `).
    static func dashFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var p = end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        return p > end && p < bytes.count && bytes[p] == UInt8(ascii: "-")
    }

    /// Names shaped like outlets on one line: its first word (`salsabilafm.com`, `Kabar6`), the
    /// inside of its first brackets (`Gephardt Daily`, `CBS.MW`, `MENAFN- Gulf Times`).
    private func shaped(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, hits: [Hit]) -> [Candidate] {
        var found: [Candidate] = []
        // A name a known outlet's hit covers whole is a candidate already (hits stand in order
        // and do not overlap: the one starting there is found by a binary search).
        let known = { (range: Range<Int>) in
            let k = ScanIndex.firstIndex(in: hits) { $0.start >= range.lowerBound }
            return k < hits.count && hits[k].start == range.lowerBound && hits[k].end == range.upperBound
                && hits[k].outlet(gazetteer) != nil
        }
        // The first word, up to a space, comma, colon or dash.
        var end = line.lowerBound
        while end < line.upperBound, end - line.lowerBound < 40, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ","),
            bytes[end] != UInt8(ascii: ":"), bytes[end] != UInt8(ascii: "-")
        {
            end += 1
        }
        if end > line.lowerBound, OutletShape.mayName(bytes[line.lowerBound..<end]), !known(line.lowerBound..<end),
            NameReader.isCapitalised(bytes[line.lowerBound])
                || CueScanner.isLetterOrDigit(bytes[line.lowerBound])
        {
            let name = String(decoding: bytes[line.lowerBound..<end], as: UTF8.self)
            if let kind = OutletShape.kind(of: name) {
                found.append(Candidate(range: line.lowerBound..<end, subject: .named(name, kind)))
            }
        }
        // The first brackets within the line's first 72 bytes.
        var open = line.lowerBound
        while open < line.upperBound, open - line.lowerBound < 72, bytes[open] != UInt8(ascii: "(") { open += 1 }
        guard open < line.upperBound, bytes[open] == UInt8(ascii: "(") else { return found }
        var close = open + 1
        while close < line.upperBound, close - open < 48, bytes[close] != UInt8(ascii: ")") { close += 1 }
        guard close < line.upperBound, bytes[close] == UInt8(ascii: ")"), close > open + 1, !known((open + 1)..<close)
        else {
            return found
        }
        let inner = (open + 1)..<close
        if let dash = (inner.lowerBound..<(inner.upperBound - 1)).first(where: {
            bytes[$0] == UInt8(ascii: "-") && bytes[$0 + 1] == 0x20
        }) {
            // `(MENAFN- Gulf Times)`: the carrier, then the outlet whose copy it carries.
            let carrier = String(decoding: bytes[inner.lowerBound..<dash], as: UTF8.self)
            var sourceStart = dash + 1
            while sourceStart < inner.upperBound, bytes[sourceStart] == 0x20 { sourceStart += 1 }
            let sourceRange = sourceStart..<inner.upperBound
            let source = String(decoding: bytes[sourceRange], as: UTF8.self)
            guard Self.isAcronym(carrier) || OutletShape.kind(of: carrier) != nil, !sourceRange.isEmpty else {
                return found
            }
            let carried: Subject =
                gazetteer.outlet(named: source, mediaContext: true).map { .outlet($0) }
                ?? .named(source, OutletShape.kind(of: source) ?? .online)
            var candidate = Candidate(
                range: inner.lowerBound..<close, subject: .named(carrier, OutletShape.kind(of: carrier) ?? .online))
            candidate.carried = (sourceRange, carried)
            // The brackets hold both names: the dateline test sees the whole inside.
            found.append(candidate)
            return found
        }
        let name = String(decoding: bytes[inner], as: UTF8.self)
        if let kind = OutletShape.kind(of: name) {
            found.append(Candidate(range: inner, subject: .named(name, kind)))
        } else if Self.isAcronym(name) {
            found.append(Candidate(range: inner, subject: .named(name, .online)))
        }
        return found
    }

    /// `IANS`, `CBS.MW`: two to eight capital letters, perhaps with dots between.
    static func isAcronym(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let letters = bytes.filter { $0 &- UInt8(ascii: "A") < 26 }.count
        return (2...8).contains(bytes.count) && letters >= 2
            && bytes.allSatisfy { $0 &- UInt8(ascii: "A") < 26 || $0 == UInt8(ascii: ".") }
    }
}
