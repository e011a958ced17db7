extension EvidenceReader {
    /// `sumber: Antara`, `Sumber : The Verge dan Liliputing .`, `Berita ini telah tayang di Kontan.co.id`:
    /// each outlet listed is a syndication source; a company or body listed is quoted.
    func readFooter(_ cue: Cue, hit k: Int, in scan: Scan, into reading: inout Reading) {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        var p = hit.end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        if cue.lineStart {
            guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { return }
            p += 1
        }
        let end = lineEnd(bytes, from: p)
        let items = listItems(bytes, p..<end)
        // Under a table of figures, `Sumber: Bloomberg` credits the data, not the whole copy.
        let family: CueFamily = Self.followsTable(bytes, hit.start) ? .data : .footer
        for item in items {
            if let outletHit = scan.hits.first(where: { $0.start >= item.lowerBound && $0.start < item.upperBound }),
                let outlet = outletHit.outlet(gazetteer, mediaContext: true), outletHit.end <= item.upperBound + 1
            {
                let isStock = gazetteer.outlets[outlet].isStockImagery
                reading.evidence.append(
                    Evidence(
                        subject: .outlet(outlet), signal: .cue(isStock ? .photo : family),
                        range: hit.start..<outletHit.end, cueLabel: cue.phrase, confidence: Confidence.footer))
                continue
            }
            guard let range = names.name(in: bytes, after: item.lowerBound), range.upperBound <= item.upperBound else {
                let word = names.wordRange(bytes, at: item.lowerBound)
                let token = String(decoding: bytes[word], as: UTF8.self)
                if !word.isEmpty, NameKind.isWebAddress(token) {
                    reading.evidence.append(
                        Evidence(
                            subject: .named(token, .online), signal: .cue(family), range: hit.start..<word.upperBound,
                            cueLabel: cue.phrase, confidence: Confidence.webAddress))
                }
                continue
            }
            let name = String(decoding: bytes[range], as: UTF8.self)
            if let resolved = matcher.resolve(name, mediaContext: true) {
                reading.evidence.append(
                    Evidence(
                        subject: .outlet(resolved.outlet), signal: .cue(family), range: hit.start..<range.upperBound,
                        cueLabel: cue.phrase,
                        confidence: resolved.fuzzy ? Confidence.misspeltFooter : Confidence.footer,
                        fuzzy: resolved.fuzzy))
            } else if NameKind.isWebAddress(name) {
                reading.evidence.append(
                    Evidence(
                        subject: .named(name, .online), signal: .cue(.footer), range: hit.start..<range.upperBound,
                        cueLabel: cue.phrase, confidence: Confidence.webAddress))
            } else if !Self.anonymousCredits.contains(name.lowercased()) {
                reading.evidence.append(
                    Evidence(
                        subject: .named(name, .organization), signal: .cue(.speech),
                        range: hit.start..<range.upperBound, cueLabel: cue.phrase, confidence: Confidence.footerBody))
            }
        }
    }

    /// `Foto: ANTARA/Seno`, `(Foto: Reuters)`, `Sumber foto: Istimewa/elshinta.com`: the outlets or
    /// picture libraries credited; photographers' names and makers of the thing shown are nothing.
    func readPhoto(hit k: Int, in scan: Scan, into reading: inout Reading) {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        var p = hit.end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard p < bytes.count, bytes[p] == UInt8(ascii: ":") else { return }
        p += 1
        var end = p
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != UInt8(ascii: ")"), end - p < 120 { end += 1 }
        for outletHit in scan.hits where outletHit.start >= p && outletHit.end <= end {
            guard let outlet = outletHit.outlet(gazetteer, mediaContext: true) else { continue }
            reading.evidence.append(
                Evidence(
                    subject: .outlet(outlet), signal: .cue(.photo), range: hit.start..<outletHit.end,
                    cueLabel: "foto", confidence: Confidence.photo))
        }
        var q = p
        while q < end {
            let word = names.wordRange(bytes, at: q)
            if word.isEmpty {
                q += 1
                continue
            }
            let token = String(decoding: bytes[word], as: UTF8.self)
            if NameKind.isWebAddress(token), gazetteer.outlet(named: token) == nil {
                reading.evidence.append(
                    Evidence(
                        subject: .named(token, .online), signal: .cue(.photo), range: hit.start..<word.upperBound,
                        cueLabel: "foto", confidence: Confidence.webAddress))
            }
            q = word.upperBound
        }
    }

    /// Whether the text before `offset` is a table of figures: many digits and percent signs.
    static func followsTable(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let window = max(0, offset - 150)..<offset
        guard window.count >= 60 else { return false }
        let figures = window.filter {
            let byte = bytes[$0]
            return byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
        }.count
        return figures * 4 >= window.count
    }

    func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from p: Int) -> Int {
        var e = p
        while e < bytes.count, bytes[e] != 0x0A, e - p < 200 { e += 1 }
        return e
    }

    /// Splits a credit list on commas, `dan`, `and`, `&` and a closing period.
    func listItems(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        func cut(_ at: Int, skip: Int) {
            if at > start { items.append(start..<at) }
            start = at + skip
        }
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                cut(i, skip: 1)
            } else if byte == 0x20,
                let length = Self.listJoiners.first(where: { Self.startsWith(bytes, at: i + 1, $0) })?.count,
                i + length < range.upperBound
            {
                cut(i, skip: length + 1)
                i += length
            } else if byte == UInt8(ascii: "."), i + 1 >= range.upperBound || bytes[i + 1] == 0x20 {
                cut(i, skip: 1)
                break
            }
            i += 1
        }
        if start < range.upperBound, i >= range.upperBound { items.append(start..<range.upperBound) }
        return items.map { item in
            var lower = item.lowerBound
            while lower < item.upperBound, bytes[lower] == 0x20 { lower += 1 }
            return lower..<item.upperBound
        }.filter { !$0.isEmpty }
    }
}
