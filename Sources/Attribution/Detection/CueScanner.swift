/// Finds every cue phrase and outlet alias in normalized text in one pass over its bytes.
///
/// At each word start the scanner walks ``PhraseTrie`` once and keeps the longest phrase whose
/// rules hold (word boundary, letter case, line start), then resumes after it, so `lapor` inside
/// `dilaporkan` is never a second cue. Scrapers glue words together (`DilansirdetikNewsdariAntara`,
/// `kepadadetikcom`): a cue marked `glue` may end inside a word when an outlet's name follows at
/// once, and the scan resumes right there.
struct CueScanner: Sendable {
    let trie: PhraseTrie
    let filter: WordFilter
    let lexicon: CueLexicon
    let gazetteer: Gazetteer
    /// Each alias's bytes, for exact-case checks.
    let aliasBytes: [[UInt8]]

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
                        lineStart: cue.lineStart, gluedOnly: cue.family == .connector, familyBit: cue.family.bit)
                ))
        }
        for (index, alias) in gazetteer.aliases.enumerated() {
            phrases.append(
                (
                    alias.form,
                    TrieEntry(
                        target: .alias(index), rule: alias.rule, prefixFamily: alias.prefixFamily, glues: false,
                        lineStart: false, outlet: Int32(alias.outlet), weak: alias.weak)
                ))
        }
        // The trie and the filter are built at once: a short run waits for both.
        let all = phrases
        (trie, filter) = concurrently(
            { PhraseTrie(phrases: all) },
            {
                WordFilter(
                    phrases: all.map { phrase, entry in
                        (Array(phrase.utf8), entry.glues || entry.gluedOnly || entry.prefixFamily, entry.gluedOnly)
                    })
            })
        aliasBytes = gazetteer.aliases.map { Array($0.form.utf8) }
    }

    /// Every hit in `text`, in order of position, none overlapping.
    func hits(in text: NormalizedText) -> [Hit] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var hits: [Hit] = []
            // Room for a typical article's hits, so that the array seldom grows.
            hits.reserveCapacity(32)
            let n = bytes.count
            var p = 0
            var glueAt = -1
            while p < n {
                if p != glueAt {
                    p = nextStart(bytes, from: p)
                    if p == n { break }
                }
                if let hit = match(bytes, at: p, outletOnly: false) {
                    hits.append(hit)
                    if hit.glued { glueAt = hit.end }
                    p = max(hit.end, p + 1)
                } else {
                    p += 1
                }
                // A walk that ends inside a word (no hit, or a hit that does not glue) resumes
                // after the word.
                if p != glueAt {
                    while p < n, Self.isWordByte(bytes[p - 1]), Self.isWordByte(bytes[p]) { p += 1 }
                }
            }
            return hits
        }
    }

    /// The longest valid phrase starting at `start`.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, outletOnly: Bool) -> Hit? {
        trie.classOf.withUnsafeBufferPointer { classOf in
            trie.nodes.withUnsafeBufferPointer { nodes in
                trie.dense.withUnsafeBufferPointer { dense in
                    var node = 0
                    var i = start
                    var best: Hit? = nil
                    let n = bytes.count
                    let stride = trie.stride
                    while i < n {
                        let cls = Int(classOf[Int(bytes[i])])
                        if cls == 0 { break }
                        node = PhraseTrie.child(of: nodes[node], cls, dense: dense, stride: stride)
                        if node == 0 { break }
                        i += 1
                        if PhraseTrie.isTerminal(nodes[node]),
                            let hit = validate(
                                bytes, start: start, end: i, entries: trie.entries[Int(trie.terminal[node])],
                                outletOnly: outletOnly)
                        {
                            best = hit
                        }
                    }
                    return best
                }
            }
        }
    }

    private func validate(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, entries: [TrieEntry], outletOnly: Bool
    ) -> Hit? {
        let n = bytes.count
        let boundary = end >= n || !Self.isWordByte(bytes[end]) || !Self.isWordByte(bytes[end - 1])
        // Fast path: every entry holds as it is.
        var allPlain = true
        for entry in entries
        where entry.lineStart || entry.prefixFamily || entry.gluedOnly || entry.rule != .any
            || (outletOnly && !entry.isAlias)
        {
            allPlain = false
            break
        }
        if allPlain && boundary { return Hit(start: start, end: end, entries: entries, glued: false) }
        var kept: [TrieEntry] = []
        var glued = false
        var familyEnd = end
        for entry in entries {
            if entry.lineStart && !Self.startsLine(bytes, start) { continue }
            switch entry.target {
            case .alias(let index):
                guard caseHolds(entry.rule, form: aliasBytes[index], bytes, start) else { continue }
                if entry.prefixFamily {
                    guard end < n, Self.isLetterOrDigit(bytes[end]) else { continue }
                    familyEnd = Self.familyEnd(bytes, from: end)
                } else if !boundary {
                    continue
                }
                kept.append(entry)
            case .cue:
                if outletOnly { continue }
                if boundary, !entry.gluedOnly {
                    kept.append(entry)
                } else if !boundary, entry.glues, match(bytes, at: end, outletOnly: true) != nil {
                    kept.append(entry)
                    glued = true
                }
            }
        }
        guard !kept.isEmpty else { return nil }
        if kept.contains(where: { $0.prefixFamily }) {
            kept = kept.filter { $0.prefixFamily }
            return Hit(
                start: start, end: familyEnd, entries: kept, glued: familyEnd < n && Self.isWordByte(bytes[familyEnd]))
        }
        return Hit(start: start, end: end, entries: kept.count == entries.count ? entries : kept, glued: glued)
    }

    private func caseHolds(_ rule: AliasCase, form: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool
    {
        switch rule {
        case .any: return true
        case .capitalized: return bytes[start] &- UInt8(ascii: "A") < 26
        case .exact:
            guard start + form.count <= bytes.count else { return false }
            for k in 0..<form.count where bytes[start + k] != form[k] { return false }
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

    /// Words a scraper glues between a desk and a capitalised name (`detikNewsdariAntara`).
    private static let gluedConnectors = WordLists.standard.words(.gluedConnector).map { Array($0.utf8) }

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
        // Brackets, bullets and dashes may open the line (`- Source: Eurosport`, `* Sumber:`).
        while i >= 0,
            bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "(") || bytes[i] == UInt8(ascii: "[")
                || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "|")
        {
            i -= 1
        }
        return i < 0 || bytes[i] == 0x0A
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isLetterOrDigit(byte)
    }

    @inline(__always) static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }
}
