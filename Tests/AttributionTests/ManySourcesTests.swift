import Testing

@testable import Attribution

/// Texts that name thousands of sources, or repeat one cue thousands of times in one endless
/// line: each is traced as its short form is (how long it takes is `Scripts/linearity.sh`'s to
/// measure; here, what comes out).
@Suite struct ManySourcesTests {
    /// `count` made-up two-word names, all different.
    static func names(_ count: Int) -> [String] {
        var generator = SplitMix(state: 99)
        func word(_ length: Int) -> String {
            String(UnicodeScalar(UInt8.random(in: 65...90, using: &generator)))
                + String(
                    (0..<length).map { _ in Character(UnicodeScalar(UInt8.random(in: 97...122, using: &generator))) })
        }
        return Array(Set((0..<count).map { _ in word(5) + " " + word(6) })).sorted()
    }

    @Test func aFooterOfThousandsOfNamesQuotesEach() {
        let names = Self.names(3_000)
        let trace = Fixture.trace(names.map { "Sumber: \($0)\n" }.joined())
        #expect(Set(trace.sources.map(\.name)) == Set(names))
        #expect(trace.sources.allSatisfy { $0.roles == [.quote] })
    }

    /// `Kementerian Luar Negeri` quoted after `Kementerian`: the short name merges into the full
    /// one, among thousands of others.
    @Test func quotedNamesMergeAmongThousands() {
        let names = Self.names(2_000)
        let text =
            "kata Kementerian, lalu kata Kementerian Luar Negeri, "
            + names.map { "kata \($0), " }.joined()
        let trace = Fixture.trace(text)
        let quoted = Set(trace.sources.filter { $0.roles == [.quote] }.map(\.name))
        #expect(quoted.contains("Kementerian Luar Negeri"))
        #expect(!quoted.contains("Kementerian"))
        #expect(quoted.isSuperset(of: names))
    }

    /// `X seperti dilansir R` links R to X however often it repeats on one line, and only within
    /// one sentence of 160 bytes.
    @Test func nestedRelaysRepeatedOnOneLineLinkTheSameOutlets() {
        let sentence = "Harga naik, kata Budi kepada detikcom, seperti dilansir dari Reuters "
        let one = Fixture.trace("Suara.com - " + sentence)
        let many = Fixture.trace("Suara.com - " + String(repeating: sentence, count: 2_000))
        #expect(many.edgeList == one.edgeList)
        #expect(one.edgeList.contains("Reuters -> Detik (citation)"))
        // The link itself, as the evidence reader states it: within 160 bytes, not past them.
        func nested(_ gap: String) -> [String] {
            let text = Fixture.normalize("kata Budi kepada detikcom, \(gap)seperti dilansir dari Reuters")
            let hits = Fixture.scanner.hits(in: text)
            let furniture = FurnitureMap(text: text, hits: hits, lexicon: Fixture.lexicon)
            let reading = Fixture.tracer.reader.read(text, hits: hits, furniture: furniture)
            let builder = ChainBuilder(gazetteer: Fixture.gazetteer)
            return reading.nested.map { builder.name($0.from) + " -> " + builder.name($0.to) }
        }
        #expect(nested("") == ["Reuters -> Detik"])
        #expect(nested(String(repeating: "x ", count: 60)) == ["Reuters -> Detik"])
        #expect(nested(String(repeating: "x ", count: 80)) == [])
    }
}
