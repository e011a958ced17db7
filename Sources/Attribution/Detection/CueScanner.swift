/// Finds every cue phrase and outlet alias in normalized text in one pass over its bytes.
///
/// At each word start the scanner walks ``PhraseTrie`` once and keeps the longest phrase whose
/// rules hold (word boundary, letter case, line start), then resumes after it, so `lapor` inside
/// `dilaporkan` is never a second cue. Scrapers glue words together (`DilansirdetikNewsdariAntara`,
/// `kepadadetikcom`): a cue marked `glue` may end inside a word when an outlet's name follows at
/// once, and the scan resumes right there.
struct CueScanner: Sendable {
    let trie: PhraseTrie
    let lexicon: CueLexicon
    let gazetteer: Gazetteer

    init(lexicon: CueLexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        var phrases: [(String, TrieEntry)] = []
        for (index, cue) in lexicon.cues.enumerated() {
            phrases.append(
                (
                    cue.phrase,
                    TrieEntry(
                        target: .cue(index), rule: .any, prefixFamily: false, glues: cue.glues,
                        lineStart: cue.lineStart)
                ))
        }
        for (index, alias) in gazetteer.aliases.enumerated() {
            phrases.append(
                (
                    alias.form,
                    TrieEntry(
                        target: .alias(index), rule: alias.rule, prefixFamily: alias.prefixFamily, glues: false,
                        lineStart: false)
                ))
        }
        trie = PhraseTrie(phrases: phrases)
    }

    /// Every hit in `text`, in order of position, none overlapping.
    func hits(in text: NormalizedText) -> [Hit] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var hits: [Hit] = []
            var p = 0
            var glueAt = -1
            let n = bytes.count
            while p < n {
                let atWordStart = p == 0 || !Self.isWordByte(bytes[p - 1])
                if atWordStart || p == glueAt, Self.isWordByte(bytes[p]) || bytes[p] == UInt8(ascii: "(") {
                    if let hit = match(bytes, at: p, outletOnly: false) {
                        hits.append(hit)
                        if hit.glued { glueAt = hit.end }
                        p = max(hit.end, p + 1)
                        continue
                    }
                }
                p += 1
            }
            return hits
        }
    }

    /// The longest valid phrase starting at `start`.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, outletOnly: Bool) -> Hit? {
        var node = 0
        var i = start
        var best: Hit? = nil
        let n = bytes.count
        let stride = trie.stride
        while i < n {
            let cls = Int(trie.classOf[Int(bytes[i])])
            if cls == 0 { break }
            let target = Int(trie.next[node &* stride &+ cls])
            if target == 0 { break }
            node = target
            i += 1
            let terminal = trie.terminal[node]
            if terminal >= 0, let hit = validate(bytes, start: start, end: i, entries: trie.entries[Int(terminal)],
                outletOnly: outletOnly)
            {
                best = hit
            }
        }
        return best
    }

    private func validate(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, entries: [TrieEntry], outletOnly: Bool
    ) -> Hit? {
        let n = bytes.count
        let boundary = end >= n || !Self.isWordByte(bytes[end]) || !Self.isWordByte(bytes[end - 1])
        var kept: [TrieEntry] = []
        var glued = false
        var familyEnd = end
        for entry in entries {
            if entry.lineStart && !Self.startsLine(bytes, start) { continue }
            switch entry.target {
            case .alias(let index):
                guard caseHolds(entry.rule, form: gazetteer.aliases[index].form, bytes, start) else { continue }
                if entry.prefixFamily {
                    guard end < n, Self.isLetterOrDigit(bytes[end]) else { continue }
                    familyEnd = Self.familyEnd(bytes, from: end)
                } else if !boundary {
                    continue
                }
                kept.append(entry)
            case .cue(let index):
                if outletOnly { continue }
                if boundary, lexicon.cues[index].family != .connector {
                    kept.append(entry)
                } else if entry.glues, match(bytes, at: end, outletOnly: true) != nil {
                    kept.append(entry)
                    glued = true
                }
            }
        }
        guard !kept.isEmpty else { return nil }
        let isFamily = kept.contains { $0.prefixFamily }
        if isFamily {
            kept = kept.filter { $0.prefixFamily }
            return Hit(start: start, end: familyEnd, entries: kept, glued: familyEnd < n && Self.isWordByte(bytes[familyEnd]))
        }
        return Hit(start: start, end: end, entries: kept, glued: glued)
    }

    private func caseHolds(_ rule: AliasCase, form: String, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized: return bytes[start] &- UInt8(ascii: "A") < 26
        case .exact:
            var i = start
            for byte in form.utf8 {
                guard i < bytes.count, bytes[i] == byte else { return false }
                i += 1
            }
            return true
        }
    }

    /// Where a prefix family's name (`detikJabar`) ends: at the end of its letters, or before a
    /// glued connector that runs into a capitalised word (`detikNewsdariAntara`).
    static func familyEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, isLetterOrDigit(bytes[i]) {
            for connector in Self.gluedConnectors where i > start && hasConnector(bytes, at: i, connector) {
                return i
            }
            i += 1
        }
        return i
    }

    private static let gluedConnectors: [[UInt8]] = [Array("dari".utf8), Array("di".utf8), Array("kepada".utf8)]

    private static func hasConnector(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        let after = i + word.count
        guard after < bytes.count, bytes[after] &- UInt8(ascii: "A") < 26 else { return false }
        for k in 0..<word.count where bytes[i + k] != word[k] { return false }
        return true
    }

    /// Whether `start` begins a line, or follows glued punctuation where a scraper lost the line
    /// break (`+2,79%Sumber: Bloomberg`).
    static func startsLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        if start > 0, bytes[start - 1] != 0x20, !isWordByte(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") {
            return bytes[start - 1] != UInt8(ascii: "\"") && bytes[start - 1] != UInt8(ascii: "'")
        }
        var i = start - 1
        while i >= 0, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: "[") { i -= 1 }
        return i < 0 || bytes[i] == 0x0A
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isLetterOrDigit(byte)
    }

    @inline(__always) static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }
}
