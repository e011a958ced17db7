import Testing

@testable import Attribution

/// What the fuzzer (`Fuzz/`) found, each input minimized and kept here as a regression test.
/// A finding in code this suite does not own is a known issue until fixed: the test then
/// fails, to have its `withKnownIssue` removed.
@Suite struct FuzzFindingsTests {
    /// The article of a fuzzer input: its bytes, invalid UTF-8 repaired as the readers do.
    static func article(_ bytes: [UInt8]) -> Article {
        var repaired = false
        let text = UTF8Check.repaired(bytes, repaired: &repaired)
        var article = Article(id: "fuzz", utf8: text, title: nil, outlet: nil, url: nil, date: nil)
        article.repairedUTF8 = repaired
        return article
    }

    /// Finding 1 (crash-ab0841f8, minimized to `lansir Rm\x98 kata Rm\x81`): one name read as an
    /// outlet by a relay cue and as a person by a speech cue gave a quote edge from it to itself
    /// (`PhoneArena -> PhoneArena` in one article of the sample corpus). Links compare their ends
    /// by key, and the name is one source (``NameUnifier``).
    @Test(arguments: [
        Array("lansir Rm".utf8) + [0x98] + Array(" kata Rm".utf8) + [0x81], Array("dilansir Budi kata Budi".utf8),
    ])
    func aNameIsNotItsOwnSource(bytes: [UInt8]) {
        let trace = Fixture.tracer.trace(Self.article(bytes))
        #expect(trace.edges.allSatisfy { $0.from != $0.to })
        #expect(Set(trace.sources.map(\.name)).count == trace.sources.count)
    }
}
