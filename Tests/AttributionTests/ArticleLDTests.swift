import Testing

@testable import Attribution

/// JSON-LD is read as publishers write it: graphs with references, lists or single values,
/// names or objects, and blocks that are not quite JSON.
@Suite struct ArticleLDTests {
    private func page(_ json: String, head: String = "") -> HTMLPage {
        HTMLPage(html: "<head>\(head)<script type=\"application/ld+json\">\(json)</script></head><p>Isi.</p>")
    }

    @Test func aGraphWithReferencesGivesThePublisherDateAndCredits() {
        let read = page(
            """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "@id": "https://x.id/a", "name": "Halaman"},
              {"@type": ["NewsArticle"], "headline": "Judul", "datePublished": "2024-05-14T09:15:00+07:00",
               "mainEntityOfPage": {"@id": "https://x.id/a"}, "publisher": {"@id": "#org"},
               "author": [{"@type": "Person", "name": "Dimas"}, {"@id": "#afp"}],
               "sourceOrganization": "Antara", "isBasedOn": "https://www.reuters.com/world/x"},
              {"@type": "Organization", "@id": "#org", "name": "Suara.com"},
              {"@type": "NewsMediaOrganization", "@id": "#afp", "name": "AFP", "url": "https://www.afp.com"}]}
            """)
        #expect(read.title == "Judul")
        #expect(read.date == "2024-05-14T09:15:00+07:00")
        #expect(read.outlet == "Suara.com")
        #expect(
            read.credits == [
                PageCredit(property: .author, name: "Dimas", url: nil, isPerson: true),
                PageCredit(property: .author, name: "AFP", url: "https://www.afp.com", isPerson: false),
                PageCredit(property: .sourceOrganization, name: "Antara", url: nil, isPerson: false),
                PageCredit(property: .isBasedOn, name: nil, url: "https://www.reuters.com/world/x", isPerson: false),
            ])
    }

    @Test func isBasedOnAWorkCreditsItsPublisher() {
        let read = page(
            """
            [{"@type": "BreadcrumbList"}, {"@type": "http://schema.org/ReportageNewsArticle",
              "isBasedOn": {"@type": "NewsArticle", "url": "https://apnews.com/x", "publisher": {"name": "AP"}}}]
            """)
        #expect(
            read.credits == [PageCredit(property: .isBasedOn, name: "AP", url: "https://apnews.com/x", isPerson: false)]
        )
    }

    @Test func jsonLDComesBeforeMetaTags() {
        let read = page(
            "{\"@type\": \"Article\", \"publisher\": \"Tempo\", \"datePublished\": \"2024-01-02\"}",
            head: "<meta property=og:site_name content=\"Tempo.co\"><meta property=article:published_time content=2023>"
        )
        #expect(read.outlet == "Tempo" && read.date == "2024-01-02")
    }

    @Test func brokenBlocksAreReadAsFarAsTheyCanBeAndOthersSkipped() {
        let raw = page("<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Dua\nbaris\"}\n-->")
        #expect(raw.title == "Dua baris")
        let broken = page(
            "{\"@type\": \"NewsArticle\", \"headline\": ", head: "<meta property=og:title content=Cadangan>")
        #expect(broken.title == "Cadangan")
        let deep = page(String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000))
        #expect(deep.credits.isEmpty)
    }

    @Test func pagesWithoutAnArticleTypeGiveNoCredits() {
        let read = page("{\"@type\": \"Organization\", \"name\": \"Kompas\", \"author\": \"Reuters\"}")
        #expect(read.credits.isEmpty && read.outlet == nil)
    }
}
