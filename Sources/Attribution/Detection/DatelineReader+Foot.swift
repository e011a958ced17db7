extension DatelineReader {
    /// Agency sign-offs in the last lines of the body.
    func signOffs(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], furniture: FurnitureMap) -> [Evidence] {
        var end = furniture.bodyEnd
        // Step back over trailing furniture lines and blank space.
        while end > 0 {
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
            guard end > 0, furniture.contains(end - 1) else { break }
            end = Self.lineStart(bytes, end - 1)
        }
        let zone = max(0, end - Self.footZone)..<end
        var found: [Evidence] = []
        // `(Antara)`, `[ Antara ]`, `-- AFP`, `Reuter`: the last outlet, nothing but closers after it.
        if let hit = hits.last(where: { $0.end <= end && $0.start >= zone.lowerBound && $0.outlet(gazetteer) != nil }),
            let outlet = hit.outlet(gazetteer),
            Self.onlyClosers(bytes, hit.end..<end) || Self.onlyStaffCodes(bytes, hit.end..<end)
        {
            var b = hit.start
            while b > 0, bytes[b - 1] == 0x20 { b -= 1 }
            let opener = b == 0 ? UInt8(0x0A) : bytes[b - 1]
            let isAgency = gazetteer.outlets[outlet].kind == .agency
            // `(ard)` and `(ant)` in lower case are staff or agency codes, never an outlet's name.
            let capitalised = bytes[hit.start] &- UInt8(ascii: "A") < 26
            if capitalised,
                opener == UInt8(ascii: "(") || opener == UInt8(ascii: "[") || opener == UInt8(ascii: "-")
                    || (opener == 0x0A && isAgency) || (isAgency && opener == UInt8(ascii: ".") && hit.end == end)
            {
                var range = hit.start..<hit.end
                if opener == UInt8(ascii: "(") || opener == UInt8(ascii: "["), hit.end < end {
                    range = (b - 1)..<(hit.end + 1)
                }
                found.append(
                    Evidence(
                        subject: .outlet(outlet), signal: .signOff, range: range, cueLabel: "sign-off",
                        confidence: Confidence.signOff))
                return found
            }
        }
        if let signed = dashSignOff(bytes, hits: hits, end: end) {
            found.append(signed)
            return found
        }
        // `(ant/sya)`: an agency code as the first part of the last parenthesised group, or of
        // a group of several codes closing a paragraph that more text follows on a page.
        guard let (open, close) = footCodes(bytes, zone: zone, end: end) ?? paragraphCodes(bytes, end: end) else {
            return found
        }
        let inner = String(decoding: bytes[(open + 1)..<(close - 1)], as: UTF8.self)
        // A code is short, or the first of several parts: `(ant)`, `(ant/sya)`.
        guard inner.holds("/") || inner.utf8.count <= 8 || inner.count <= 8 else { return found }
        let parts = inner.split(separator: "/").map { $0.trimmingSpaces.lowercased() }
        let code = parts.first ?? ""
        if let name = Self.agencyCodes[code], let outlet = gazetteer.index(ofCanonical: name) {
            found.append(
                Evidence(
                    subject: .outlet(outlet), signal: .signOff, range: open..<close, cueLabel: "signature code",
                    confidence: Confidence.signatureCode))
        }
        // `(ant/dil/jpnn)`, `(jpg/fajar)`: the last of several short codes may be the publisher's own.
        if parts.count > 1, parts.allSatisfy({ $0.utf8.count <= 12 && !$0.utf8.contains(0x20) }), let last = parts.last,
            Self.agencyCodes[last] == nil, let outlet = gazetteer.outlet(named: last, mediaContext: true),
            !gazetteer.outlets[outlet].isStockImagery
        {
            found.append(
                Evidence(
                    subject: .outlet(outlet), signal: .signature, range: open..<close, cueLabel: "signature code",
                    confidence: Confidence.signatureCode))
        }
        return found
    }

    /// The last parenthesised group of the foot zone with nothing but closers after it: its
    /// opening bracket and the offset after its closing one.
    private func footCodes(_ bytes: UnsafeBufferPointer<UInt8>, zone: Range<Int>, end: Int) -> (Int, Int)? {
        var close = end
        while close > zone.lowerBound, bytes[close - 1] != UInt8(ascii: ")") { close -= 1 }
        guard close > zone.lowerBound else { return nil }
        var open = close - 1
        while open > zone.lowerBound, bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "("), Self.onlyClosers(bytes, close..<end) else { return nil }
        return (open, close)
    }

    /// `... konferensi pers itu. (ant/dil/jpnn)` and a line break: the last group of two or more
    /// short lower-case codes split by slashes that ends a paragraph of the body.
    private func paragraphCodes(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (Int, Int)? {
        var p = end
        // The last paragraphs of a page: related links and notes follow the body, not whole pages.
        let from = max(0, end - Self.footZone * 8)
        while p > from {
            // The next line break before `p`, and the group just before it.
            guard let lineBreak = LineBreaks.last(bytes, in: from..<p) else { return nil }
            p = lineBreak + 1
            var close = p - 1
            while close > 0, bytes[close - 1] == 0x20 || bytes[close - 1] == UInt8(ascii: ".") { close -= 1 }
            p -= 1
            guard close > 0, bytes[close - 1] == UInt8(ascii: ")") else { continue }
            var open = close - 1
            var slashes = 0
            var codes = true
            while open > 0, close - open < 40, bytes[open - 1] != UInt8(ascii: "(") {
                open -= 1
                let b = bytes[open]
                if b == UInt8(ascii: "/") {
                    slashes += 1
                } else if !(b &- UInt8(ascii: "a") < 26) {
                    codes = false
                }
            }
            guard open > 0, bytes[open - 1] == UInt8(ascii: "("), codes, slashes > 0 else { continue }
            return (open - 1, close)
        }
        return nil
    }

    /// `... to stop it. – Rappler.com` with a short note after it: a dash and an outlet closing a
    /// line of the last paragraphs.
    private func dashSignOff(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], end: Int) -> Evidence? {
        let from = max(0, end - Self.footZone * 3)
        for hit in hits.reversed() {
            if hit.start < from { break }
            guard hit.end <= end, let outlet = hit.outlet(gazetteer), bytes[hit.start] &- UInt8(ascii: "A") < 26
            else { continue }
            var lineEnd = hit.end
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            guard Self.onlyClosers(bytes, hit.end..<lineEnd) else { continue }
            var b = hit.start
            while b > 0, bytes[b - 1] == 0x20 { b -= 1 }
            // The dash stands apart: `stop it. – Rappler.com`, not `pro-Reuters`.
            guard b > 1, b < hit.start, bytes[b - 1] == UInt8(ascii: "-"),
                bytes[b - 2] == 0x20 || bytes[b - 2] == 0x0A || bytes[b - 2] == UInt8(ascii: "-")
            else { continue }
            return Evidence(
                subject: .outlet(outlet), signal: .signOff, range: (b - 1)..<hit.end, cueLabel: "sign-off",
                confidence: Confidence.signOff)
        }
        return nil
    }

    /// `kumparan (kumparan.com)`: an outlet followed by its own address in brackets.
    func selfAddresses(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit]) -> [Evidence] {
        var found: [Evidence] = []
        for (k, hit) in hits.enumerated() where k + 1 < hits.count {
            guard let outlet = hit.outlet(gazetteer), hits[k + 1].outlet(gazetteer) == outlet else { continue }
            let next = hits[k + 1]
            var p = hit.end
            while p < next.start, bytes[p] == 0x20 { p += 1 }
            guard p + 1 == next.start, bytes[p] == UInt8(ascii: "("), next.end < bytes.count,
                bytes[next.end] == UInt8(ascii: ")")
            else { continue }
            found.append(
                Evidence(
                    subject: .outlet(outlet), signal: .selfAddress, range: hit.start..<(next.end + 1),
                    cueLabel: "self-address", confidence: Confidence.selfAddress))
        }
        return found
    }

    /// `Chicago Police Arrest ... (AP)`: an agency tag closing the headline.
    func titleTag(_ title: String) -> Evidence? {
        let trimmed = title.trimmingSpaces
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard let outlet = gazetteer.outlet(named: String(inner), mediaContext: true) else { return nil }
        return Evidence(
            subject: .outlet(outlet), signal: .titleTag, range: 0..<0, cueLabel: "title tag",
            confidence: Confidence.titleTag)
    }

    static func onlyClosers(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy {
            let b = bytes[$0]
            return b == 0x20 || b == 0x0A || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: "*")
        }
    }

    /// `) (uu/sys)` after an outlet: staff codes in brackets and nothing else.
    static func onlyStaffCodes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count < 40 else { return false }
        var range = range
        while let first = range.first, bytes[first] == UInt8(ascii: ")") || bytes[first] == UInt8(ascii: "]") {
            range = (first + 1)..<range.upperBound
        }
        var depth = 0
        var sawGroup = false
        for i in range {
            let b = bytes[i]
            if b == UInt8(ascii: "(") {
                depth += 1
                sawGroup = true
            } else if b == UInt8(ascii: ")") {
                depth -= 1
            } else if depth == 0, !(b == 0x20 || b == 0x0A || b == UInt8(ascii: "]") || b == UInt8(ascii: ".")) {
                return false
            }
        }
        return sawGroup && depth <= 0
    }
}
