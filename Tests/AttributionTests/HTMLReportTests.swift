import Foundation
import Testing

@testable import Attribution

/// The report is one page that loads nothing, escapes everything and marks the evidence where
/// the trace says it is.
@Suite struct HTMLReportTests {
    private func page(_ items: [HTMLReport.Item], svg: String? = nil) -> String {
        var stats = CorpusStats()
        var graph = ProvenanceGraph()
        for item in items {
            stats.add(item.trace)
            graph.add(item.trace)
        }
        return HTMLReport(title: "Laporan <b>\"x\"</b>").render(
            stats: stats, graph: graph, graphSVG: svg, graphNote: "no <dot>", articles: items, omitted: 3)
    }

    @Test func theExampleArticleIsMarkedWhereItsTraceSays() throws {
        let text = try String(
            contentsOf: Fixture.packageRoot.appendingPathComponent("Graphs/example.txt"), encoding: .utf8)
        let trace = Fixture.tracer.trace(Article(id: "example", text: text))
        let html = page([HTMLReport.Item(trace: trace, text: text, title: "Kereta", url: "https://suara.com/a")])
        #expect(
            html.contains(
                "<mark class=\"role-syndication\" title=\"Antara: syndication, photo (sign-off)\">(Antara)</mark>"))
        #expect(html.contains("<mark class=\"role-publisher\" title=\"publisher Suara (dateline)\">Suara.com -</mark>"))
        #expect(
            html.contains(
                "<mark class=\"role-relay\" title=\"AFP: relay (seperti dilansir dari)\">seperti dilansir dari AFP</mark>"
            ))
        #expect(html.contains("<a href=\"https://suara.com/a\">"))
        #expect(html.contains("3 more were traced"))
        #expect(html.contains("<p class=\"note\">no &lt;dot&gt;</p>"))
        #expect(html.contains("<title>Laporan &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>"))
    }

    @Test func nothingInANameIdOrTextOpensMarkup() {
        let trace = GraphFixture.hostileTrace(id: "<img src=x onerror=alert(1)>")
        let text = "<script>alert(1)</script> &amp; \u{1} \"quoted\""
        let html = page([
            HTMLReport.Item(trace: trace, text: text, title: "</title><script>", url: "javascript:alert(1)")
        ])
        let lowered = html.lowercased()
        #expect(
            !lowered.contains("<script") && !lowered.contains("<img src=x") && !lowered.contains("href=\"javascript"))
        #expect(html.contains("alert(1)&lt;/script&gt;</mark> &amp;amp;") && html.contains("&quot;quoted&quot;"))
        #expect(!html.contains("\u{1}"))
    }

    @Test func thePageLoadsNothingFromOutside() {
        let html = page(
            [HTMLReport.Item(trace: GraphFixture.chain(), text: "x")],
            svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        #expect(
            html.contains(
                "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        #expect(html.contains("src=\"data:image/svg+xml;base64,"))
        for attribute in ["src=\"http", "href=\"http", "@import", "url("] { #expect(!html.contains(attribute)) }
    }

    @Test func overlappingMentionsAreMarkedOnce() {
        var trace = GraphFixture.chain()
        trace.sources[1].mentions = [
            GraphFixture.mention("dari AFP", "dari", at: 3), GraphFixture.mention("AFP", "x", at: 8),
        ]
        let html = HTMLReport().highlighted("kata dari AFP.", trace)
        #expect(html == "kat<mark class=\"role-relay\" title=\"AFP: relay (dari)\">a dari A</mark>FP.")
    }
}
