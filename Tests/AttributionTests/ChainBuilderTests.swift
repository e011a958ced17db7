import Testing

@testable import Attribution

/// The edges of the chain, read from short articles.
@Suite struct ChainBuilderTests {
    @Test(arguments: [
        // The publisher takes the agency's copy; the agency relays what the copy names.
        (
            "Merdeka.com - Harga naik, dilansir dari Reuters.\n\nsumber: Antara",
            ["Antara -> Reuters (relay)", "Merdeka -> Antara (syndication)"]
        ),
        // Without syndication the publisher relays; the one relay is the umbrella of what the text cites.
        (
            "Merdeka.com - Harga naik, dilansir dari Reuters, menurut laporan surat kabar Handelblatt.",
            ["Merdeka -> Reuters (relay)", "Reuters -> Handelsblatt (citation)"]
        ),
        ("Merdeka.com - Harga naik, menurut laporan surat kabar Handelblatt.", ["Merdeka -> Handelsblatt (citation)"]),
        // Two syndication sources: the publisher owns the copy.
        (
            "Merdeka.com - Harga naik, dilansir dari Bloomberg.\n\nSumber: Antara dan Reuters",
            ["Merdeka -> Antara (syndication)", "Merdeka -> Bloomberg (relay)", "Merdeka -> Reuters (syndication)"]
        ),
        // No publisher: the syndicated copy still relays.
        ("Harga naik, dilansir dari Reuters.\n\nsumber: Antara", ["Antara -> Reuters (relay)"]),
        // One relay is the umbrella of the interviews the text reports.
        (
            "Merdeka.com - \"Kami tidak tahu,\" kata Budi kepada CNN. Harga naik, seperti dilansir Reuters.",
            ["Merdeka -> Reuters (relay)", "Reuters -> CNN (citation)"]
        ),
        // Two relays: no umbrella, the interview hangs off the publisher.
        (
            "Merdeka.com - \"Kami tidak tahu,\" kata Budi kepada CNN. Dilansir dari Reuters dan dilansir dari AFP, harga naik.",
            ["Merdeka -> AFP (relay)", "Merdeka -> CNN (citation)", "Merdeka -> Reuters (relay)"]
        ),
        // A journalist's outlet is journalism seen at first hand: no relay's umbrella covers it.
        (
            "Merdeka.com - Harga naik, seperti dilansir Reuters. Koresponden AFP mendengar ledakan.",
            ["Merdeka -> AFP (citation)", "Merdeka -> Reuters (relay)"]
        ),
        // The publisher's own interview is no source.
        ("Merdeka.com - \"Kami tidak tahu,\" kata Budi kepada Merdeka.com, Senin.", []),
    ])
    func contentEdges(text: String, expected: [String]) {
        let trace = Fixture.trace(text)
        let content = trace.edges.filter { $0.relation != .quote && $0.relation != .photo }
        #expect(content.map { "\($0.from) -> \($0.to) (\($0.relation.rawValue))" }.sorted() == expected)
    }

    @Test func quotesHangOffTheUmbrellaOrTheCopyOwner() {
        let relayed = Fixture.trace("Merdeka.com - \"Kami siap,\" kata Budi Santoso, seperti dilansir Reuters.")
        #expect(relayed.edgeList.contains("Reuters -> Budi Santoso (quote)"))
        let own = Fixture.trace("Merdeka.com - \"Kami siap,\" kata Budi Santoso di Jakarta.")
        #expect(own.edgeList == ["Merdeka -> Budi Santoso (quote)"])
    }

    @Test func photoEdgesStartAtThePublisher() {
        let trace = Fixture.trace("Merdeka.com - Pedagang menunggu.\nFoto: ANTARA/Seno\nHarga naik.\n\nsumber: Antara")
        #expect(trace.edgeList == ["Merdeka -> Antara (photo)", "Merdeka -> Antara (syndication)"])
        #expect(trace.depth == 1)
    }

    @Test func edgesAreUniqueAndNeverLoops() {
        let trace = Fixture.trace(
            "Merdeka.com - Harga naik, dilansir dari Reuters, dilansir dari Reuters, menurut Reuters.\n\nsumber: Antara (Antara)"
        )
        let keys = trace.edges.map { "\($0.from)>\($0.to)>\($0.relation)" }
        #expect(Set(keys).count == keys.count)
        #expect(trace.edges.allSatisfy { $0.from != $0.to })
        #expect(trace.edges.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func depthCountsContentHopsFromThePublisher() {
        #expect(Fixture.trace("Harga beras naik pekan ini.").depth == 0)
        #expect(Fixture.trace("Merdeka.com - DilansirdetikNewsdariAntara, harga naik.").depth == 2)
    }
}
