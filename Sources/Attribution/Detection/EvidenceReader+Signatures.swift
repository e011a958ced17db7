/// Signatures under embedded posts and quotations: `— Jane Porter (@janeporter) May 5, 2024`.
extension EvidenceReader {
    /// Credits the name of each signature in the body: a name before an account handle in
    /// brackets (`(@handle)`), after a dash or a closing quote on its line. One pass over the
    /// text; each signature reads a few words back.
    func readSignatures(
        _ bytes: UnsafeBufferPointer<UInt8>, furniture: FurnitureMap, into reading: inout Reading
    ) {
        var i = 0
        while i + 2 < bytes.count {
            guard bytes[i] == UInt8(ascii: "("), bytes[i + 1] == UInt8(ascii: "@") else {
                i += 1
                continue
            }
            defer { i += 2 }
            var close = i + 2
            while close < bytes.count, close - i < 40, NameReader.isNameByte(bytes[close]), bytes[close] != 0x20 {
                close += 1
            }
            guard close < bytes.count, bytes[close] == UInt8(ascii: ")"), close > i + 2, i > 0,
                bytes[i - 1] == 0x20, !furniture.contains(i)
            else { continue }
            let t = speakers.tokens(before: i - 1, in: bytes)
            guard let first = t.first, first.kind == .word, first.capitalised,
                let (name, next) = speakers.run(t, from: 0, bytes)
            else { continue }
            let signed: Int?
            if next < t.count {
                let dash = t[next]
                signed =
                    dash.kind == .word && dash.range.count == 1 && bytes[dash.range.lowerBound] == UInt8(ascii: "-")
                    ? dash.range.lowerBound : nil
            } else {
                var p = name.lowerBound
                while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
                signed = p > 0 && bytes[p - 1] == UInt8(ascii: "\"") ? name.lowerBound : nil
            }
            guard let start = signed, let quoted = quotedName(name, bytes) else { continue }
            reading.evidence.append(
                Evidence(
                    subject: quoted, signal: .cue(.speech), range: start..<(close + 1), cueLabel: "signature",
                    confidence: Confidence.signature))
        }
    }
}
