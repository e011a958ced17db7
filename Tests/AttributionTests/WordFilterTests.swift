import Testing

@testable import Attribution

/// The filter in front of the trie walk may say "maybe" too often, never "no" too soon: the
/// scanner must find exactly what a walk from every word start finds.
@Suite struct WordFilterTests {
    /// Hits from a walk at every word start (and every `(`), with no filter: the reference.
    static func unfilteredHits(_ text: NormalizedText) -> [Hit] {
        let scanner = Fixture.scanner
        return text.bytes.withUnsafeBufferPointer { bytes in
            var hits: [Hit] = []
            var p = 0
            var glueAt = -1
            while p < bytes.count {
                if p != glueAt {
                    let byte = bytes[p]
                    let inWord = p > 0 && CueScanner.isWordByte(bytes[p - 1]) && CueScanner.isWordByte(byte)
                    let secondHalf =
                        p > 1 && bytes[p - 1] == UInt8(ascii: "-") && CueScanner.isLetterOrDigit(bytes[p - 2])
                    if inWord || secondHalf || (!CueScanner.isWordByte(byte) && byte != UInt8(ascii: "(")) {
                        p += 1
                        continue
                    }
                }
                if let hit = scanner.match(bytes, at: p, outletOnly: false) {
                    hits.append(hit)
                    if hit.glued { glueAt = hit.end }
                    p = max(hit.end, p + 1)
                } else {
                    p += 1
                }
            }
            return hits
        }
    }

    static func phrases() -> [String] {
        Fixture.lexicon.cues.map(\.phrase) + Fixture.gazetteer.aliases.map(\.form)
    }

    @Test func everyPhraseIsFoundWhereverItStands() {
        for phrase in Self.phrases() {
            for text in ["\(phrase)", "x \(phrase) y", "(\(phrase)), \(phrase.uppercased()).", "\(phrase)Antara"] {
                let normalized = Fixture.normalize(text)
                #expect(Fixture.scanner.hits(in: normalized) == Self.unfilteredHits(normalized), "\(text)")
            }
        }
    }

    @Test func randomArticlesScanAsIfUnfiltered() {
        var generator = SplitMix(state: 77)
        let phrases = Self.phrases()
        let words = TracerRobustnessTests.pieces + ["yang", "dan", "menjadi", "with", "so-called", "Dilansirdetik"]
        for _ in 0..<300 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in
                Bool.random(using: &generator)
                    ? phrases.randomElement(using: &generator)! : words.randomElement(using: &generator)!
            }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let normalized = Fixture.normalize(text)
            #expect(Fixture.scanner.hits(in: normalized) == Self.unfilteredHits(normalized), "\(text)")
        }
    }

    @Test(arguments: ["yang", "dan", "menjadi", "kemudian", "pemerintah", "with", "and", "president", "of"])
    func commonWordsSkipTheWalk(word: String) {
        let bytes = Array("\(word) \(word)".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let read = WordFilter.word(buffer, at: 0)
            #expect(read.end == word.utf8.count)
            let mayStart = Fixture.scanner.filter.mayStart(buffer, 0, read.end, read)
            #expect(!mayStart)
        }
    }
}
