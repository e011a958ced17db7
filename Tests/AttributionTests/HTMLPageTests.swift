import Foundation
import Testing

@testable import Attribution

/// A saved page is an article like any other: the same article as text and as a page gives the
/// same trace, and nothing in a script, a menu, a related link or a footer becomes a source.
@Suite struct HTMLPageTests {
    static let folder = Fixture.packageRoot.appendingPathComponent("Graphs")

    /// `Graphs/example.html` wraps `Graphs/example.txt` in a news site's markup: a head with
    /// meta tags and JSON-LD, scripts and styles naming Reuters and AFP, a menu of other outlets,
    /// share buttons, an inline `Baca Juga` link and an advertisement, lists of related articles
    /// and tags, comments, a sidebar and a footer that names Kompas, Tempo, Detik and Reuters.
    private func example() throws -> (text: String, page: HTMLPage) {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("example.txt"), encoding: .utf8)
        let page = HTMLPage(bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent("example.html"))))
        return (text, page)
    }

    @Test func theExamplePagesTextIsTheArticleWithoutItsFurniture() throws {
        let (text, page) = try example()
        // The text file keeps two lines of furniture the page marks as such: a related link and an ad.
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Baca Juga:") && $0 != "Advertisement" }.joined(separator: "\n")
            .replacingOccurrences(of: "\n\n\n", with: "\n\n").trimmingCharacters(in: .newlines)
        #expect(page.text == expected)
        #expect(page.title == "Prancis Uji Coba Kereta Hidrogen di Jalur Pegunungan")
        #expect(page.outlet == "Suara.com")
        #expect(page.url == "https://www.suara.com/news/2024/05/14/091500/prancis-uji-coba-kereta-hidrogen")
        #expect(page.date == "2024-05-14T09:15:00+07:00")
        #expect(page.credits == [PageCredit(property: .author, name: "Dimas Pratama", url: nil, isPerson: true)])
    }

    @Test func theSameArticleAsTextAndAsPageGivesTheSameTrace() throws {
        let (text, page) = try example()
        let fromText = Fixture.tracer.trace(Article(id: "example", text: text))
        let fromPage = Fixture.tracer.trace(Article(id: "example", page: page))
        #expect(fromPage.publisher?.name == fromText.publisher?.name)
        #expect(fromPage.publisher?.kind == fromText.publisher?.kind)
        #expect(fromPage.publisher?.mentions.map(\.text) == fromText.publisher?.mentions.map(\.text))
        #expect(fromPage.published == fromText.published)
        #expect(fromPage.edges == fromText.edges)
        #expect(fromPage.warnings == fromText.warnings)
        #expect(fromPage.sources.count == fromText.sources.count)
        for (a, b) in zip(fromPage.sources, fromText.sources) {
            #expect(a.name == b.name && a.kind == b.kind && a.roles == b.roles && a.confidence == b.confidence)
            #expect(a.mentions.map { "\($0.cue): \($0.text)" } == b.mentions.map { "\($0.cue): \($0.text)" })
        }
        #expect(!fromPage.sources.isEmpty)
    }

    @Test func noOutletOfTheFurnitureBecomesASource() throws {
        let trace = Fixture.tracer.trace(Article(id: "example", page: try example().page))
        let names = trace.sources.map(\.name) + trace.edges.flatMap { [$0.from, $0.to] }
        for outlet in ["Reuters", "Kompas", "Detik", "Tempo", "CNN Indonesia", "Bloomberg", "Xinhua"] {
            #expect(!names.contains(outlet), "\(outlet) came from the page's furniture")
        }
        #expect(
            Set(trace.sources.map(\.name)) == [
                "Antara", "AFP", "Le Monde", "Claire Duval",
            ])
    }

    @Test func mentionOffsetsCountIntoTheTextReadOutOfThePage() throws {
        let page = try example().page
        let trace = Fixture.tracer.trace(Article(id: "example", page: page))
        let scalars = Array(page.text.unicodeScalars)
        for mention in trace.sources.flatMap(\.mentions) + (trace.publisher?.mentions ?? []) {
            var span = String.UnicodeScalarView()
            span.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(span) == mention.text)
        }
    }

    @Test func theTitleFallsBackFromMetaToTheFirstHeadingToTheTitleElement() {
        #expect(HTMLPage(html: "<title>T</title><meta property=og:title content=O><h1>H</h1>").title == "O")
        #expect(HTMLPage(html: "<title>T</title><header><h1>Logo</h1></header><h1>H</h1>").title == "H")
        #expect(HTMLPage(html: "<title> T &amp; U </title><p>x</p>").title == "T & U")
        #expect(HTMLPage(html: "<svg><title>Ikon</title></svg><p>x</p>").title == nil)
    }

    @Test func theAddressIsTheCanonicalLinkThenOgURL() {
        #expect(
            HTMLPage(
                html:
                    "<link rel=\"alternate canonical\" href=\"https://a.id/1\"><meta property=og:url content=https://a.id/2>"
            ).url == "https://a.id/1")
        #expect(HTMLPage(html: "<meta property=og:url content=https://a.id/2>").url == "https://a.id/2")
    }

    @Test func microdataDatesAreRead() {
        #expect(
            HTMLPage(html: "<p>x <time itemprop=datePublished datetime=2024-02-03T10:00:00Z>3 Feb</time></p>").date
                == "2024-02-03T10:00:00Z")
    }

    @Test func jsonLDCreditsOfKnownOutletsBecomeSources() {
        let page = HTMLPage(
            html: """
                <script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Suara.com"},
                "sourceOrganization": {"@type": "Organization", "name": "Antara"},
                "author": [{"@type": "Person", "name": "Dimas"}, {"@type": "Organization", "name": "Suara.com"}],
                "isBasedOn": "https://www.reuters.com/world/asia/x"}</script>
                <p>Harga beras naik pekan ini di Jakarta.</p>
                """)
        let trace = Fixture.tracer.trace(Article(id: "p", page: page))
        #expect(trace.publisher?.name == "Suara")
        #expect(trace.sourceRoles == ["Antara:syndication", "Reuters:relay"])
        #expect(trace.edgeList == ["Suara -> Antara (syndication)", "Suara -> Reuters (relay)"])
        #expect(trace.sources.allSatisfy { $0.cueFamilies == ["page"] && $0.mentions.isEmpty })
    }
}
