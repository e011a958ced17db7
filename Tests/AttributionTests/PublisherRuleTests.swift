import Testing

@testable import Attribution

@Suite struct PublisherRuleTests {
    private func publisher(_ text: String, outlet: String? = nil, url: String? = nil, title: String? = nil) -> String? {
        Tracer().trace(Article(id: "p", text: text, title: title, outlet: outlet, url: url)).publisher?.name
    }

    @Test(
        arguments: [
            ("Kompas", nil, "Kompas"), ("kompas.com", nil, "Kompas"), ("Harian Kompas", nil, "Kompas"),
            (nil, "https://www.republika.co.id/berita/abc", "Republika"),
            (nil, "https://news.detik.com/berita/d-1?x=1", "Detik"),
            (nil, "en.antaranews.com/news/1", "Antara"),
            (nil, "http://www.thejakartapost.com:8080/a", "The Jakarta Post"),
        ] as [(String?, String?, String)])
    func recordFieldsComeFirst(outlet: String?, url: String?, expected: String) {
        #expect(publisher("Suara.com - Harga beras naik pekan ini. (Antara)", outlet: outlet, url: url) == expected)
    }

    @Test(arguments: [nil, "Unknown Daily"] as [String?])
    func unknownRecordOutletFallsBackToTheText(outlet: String?) {
        #expect(publisher("Suara.com - Harga beras naik.", outlet: outlet, url: "https://example.org/x") == "Suara")
    }

    @Test(arguments: [
        // an own dateline beats a self-reference to another outlet
        ("JAKARTA, KOMPAS.com - \"Kami terpaksa,\" kata Budi kepada detikcom.", "Kompas"),
        // self-references: the outlet's reporters at work, in the article's language
        ("Harga naik. \"Kami terpaksa,\" kata Budi kepada detikcom, Senin.", "Detik"),
        ("Pantauan detikcom di Pasar Induk, harga beras naik pekan ini.", "Detik"),
        ("Saat dihubungi Kompas.com, Budi membenarkan kabar itu.", "Kompas"),
        ("Hal itu dikatakan kepada kumparan (kumparan.com), Senin.", "Kumparan"),
        // a self-reference beats an agency sign-off, which becomes syndication
        ("Harga naik. \"Kami terpaksa,\" kata Budi kepada detikcom. (Antara)", "Detik"),
        // an agency dateline, then a title tag, then a sign-off
        ("Jakarta (ANTARA) - Harga beras naik.", "Antara"),
        ("Harga beras naik pada pekan ini. (Antara)", "Antara"),
        // in English, the one outlet told something, its own correspondent quoted
        ("\"We will win,\" Jane Porter told the BBC. BBC correspondent Tom Hale said so.", "BBC"),
        // ... and other outlets named only as sources
        ("Shares rose, according to the Financial Times. \"It is different,\" a source told the BBC.", "BBC"),
        // ... even when a story of its own is spoken of
        ("The inquiry followed a BBC story about the dossier. \"It is over,\" Jane Porter told the BBC.", "BBC"),
    ])
    func precedence(text: String, expected: String) {
        #expect(publisher(text) == expected)
    }

    @Test(arguments: [
        // two outlets doing their own reporting: no one is clearly the publisher
        "\"Kami terpaksa,\" kata Budi kepada detikcom. \"Kami juga,\" kata Ani kepada Kompas.com.",
        // an interview with an agency, or with a foreign outlet, is a citation, not a self-reference
        "Harga naik. \"Kami terpaksa,\" kata Budi kepada Reuters, Senin.",
        "Harga naik. \"Kami terpaksa,\" kata Budi kepada CNN di Jakarta, Senin.",
        // an outlet relayed is no self-reference
        "Harga naik, seperti dilansir dari detikcom. Saat dihubungi detikcom, Budi diam.",
        "Harga beras naik pada pekan ini, kata Budi di Jakarta.",
        // in English, an outlet told something and cited too is another outlet
        "Costs will be limited, the Daily Mail reported. \"We will win,\" Jane Porter told the Daily Mail.",
    ])
    func noPublisherWhenTheTextDoesNotShowOne(text: String) {
        #expect(publisher(text) == nil)
    }

    @Test func titleTagNamesTheAgency() {
        #expect(publisher("Police arrested two men on Tuesday.", title: "Police Arrest Two Men (AP)") == "AP")
        #expect(publisher("Police arrested two men on Tuesday.", title: "Police Arrest Two Men") == nil)
    }

    @Test func agencyDatelineUnderAnotherPublisherIsSyndication() {
        let trace = Tracer().trace(Article(id: "s", text: "Jakarta (ANTARA) - Harga beras naik.", outlet: "Republika"))
        #expect(trace.publisher?.name == "Republika")
        #expect(trace.syndicated == ["Antara"])
        #expect(trace.edgeList == ["Republika -> Antara (syndication)"])
    }
}
