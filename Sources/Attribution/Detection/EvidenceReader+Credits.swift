extension EvidenceReader {
    /// `sumber: Antara`, `Sumber : The Verge dan Liliputing .`, `Berita ini telah tayang di Kontan.co.id`:
    /// each outlet listed is a syndication source; a company or body listed is quoted.
    func readFooter(_ cue: Cue, hit k: Int, in scan: Scan, into reading: inout Reading) {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        guard var p = creditStart(cue, hit: k, in: scan) else { return }
        if cue.flags.contains(.maker) { p = Self.skipYears(bytes, from: p) }
        let end = lineEnd(bytes, from: p)
        let items = listItems(bytes, p..<end)
        // Under a table of figures, `Sumber: Bloomberg` credits the data, not the whole copy.
        let family: CueFamily = Self.followsTable(bytes, hit.start) ? .data : .footer
        for item in items {
            let first = scan.firstHit(startingAtOrAfter: item.lowerBound)
            if first < scan.hits.count, case let outletHit = scan.hits[first], outletHit.start < item.upperBound,
                let outlet = outletHit.outlet(gazetteer, mediaContext: true), outletHit.end <= item.upperBound + 1
            {
                let isStock = gazetteer.outlets[outlet].isStockImagery
                reading.evidence.append(
                    Evidence(
                        subject: .outlet(outlet), signal: .cue(isStock ? .photo : family),
                        range: hit.start..<outletHit.end, cueLabel: cue.phrase, confidence: Confidence.footer,
                        flags: cue.flags))
                continue
            }
            guard let range = names.name(in: bytes, after: item.lowerBound), range.upperBound <= item.upperBound else {
                let word = names.wordRange(bytes, at: item.lowerBound)
                let token = String(decoding: bytes[word], as: UTF8.self)
                if !word.isEmpty, NameKind.isWebAddress(token), !cue.flags.contains(.maker) {
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
                        fuzzy: resolved.fuzzy, flags: cue.flags))
            } else if let kind = OutletShape.kind(of: name), !cue.flags.contains(.maker) || !NameKind.isWebAddress(name)
            {
                reading.evidence.append(
                    Evidence(
                        subject: .named(name, kind), signal: .cue(.footer), range: hit.start..<range.upperBound,
                        cueLabel: cue.phrase, confidence: Confidence.webAddress, flags: cue.flags))
            } else if cue.flags.contains(.maker) {
                // The copyright of a company, not an outlet: nothing about the copy's source.
                continue
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
    func readPhoto(_ cue: Cue, hit k: Int, in scan: Scan, into reading: inout Reading) {
        let bytes = scan.bytes
        let hit = scan.hits[k]
        var p = hit.end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        if p < bytes.count, bytes[p] == UInt8(ascii: ":") {
            p += 1
        } else if !cue.flags.contains(.direct) {
            return
        }
        var end = p
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != UInt8(ascii: ")"), end - p < 120 { end += 1 }
        var j = scan.firstHit(startingAtOrAfter: p)
        while j < scan.hits.count, scan.hits[j].start <= end {
            let outletHit = scan.hits[j]
            j += 1
            guard outletHit.end <= end, let outlet = outletHit.outlet(gazetteer, mediaContext: true) else { continue }
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

    /// Where the names of a credit start after its cue: past one `:`, `;`, `-` or `|` (`Sumber ;
    /// hot.grid.id`, `From: www.kompas.com`). A cue that must start a line and has none of them
    /// reads on only when an outlet follows at once (`Sumber Al Arabiya`, not `Sumber daya`).
    func creditStart(_ cue: Cue, hit k: Int, in scan: Scan) -> Int? {
        let bytes = scan.bytes
        var p = scan.hits[k].end
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        if p < bytes.count,
            bytes[p] == UInt8(ascii: ":") || bytes[p] == UInt8(ascii: ";") || bytes[p] == UInt8(ascii: "|")
                || bytes[p] == UInt8(ascii: "-")
        {
            p += 1
            while p < bytes.count, bytes[p] == 0x20 { p += 1 }
            return p
        }
        if cue.lineStart, !cue.flags.contains(.direct) {
            guard let next = scan.hit(startingAt: p, from: k + 1)?.hit,
                next.outlet(gazetteer, mediaContext: true) != nil
            else { return nil }
        }
        return p
    }

    /// Past the years and their punctuation of a copyright line (`© 2001-2024 `).
    static func skipYears(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var p = start
        while p < bytes.count,
            bytes[p] &- UInt8(ascii: "0") < 10 || bytes[p] == 0x20 || bytes[p] == UInt8(ascii: "-")
                || bytes[p] == UInt8(ascii: ",")
        {
            p += 1
        }
        return p
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
