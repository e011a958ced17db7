import Foundation
import Testing

@testable import Attribution

/// Statistics must merge by addition: shards merged give what one run over all gives.
@Suite struct CorpusStatsTests {
    static let articles: [Article] = [
        Article(id: "a", text: "Suara.com - Harga beras naik, kata Menteri Budi.\n(Antara)", date: "2024-05-02"),
        Article(id: "b", text: "JAKARTA, KOMPAS.com - Bursa turun, seperti dilansir dari Reuters.", date: "2024-05-09"),
        Article(id: "c", text: "Jakarta (ANTARA) - Hujan deras melanda kota.", date: "2024-06-01"),
        Article(id: "d", text: "WASHINGTON (Reuters) - Markets fell, according to Bloomberg.", date: "2024-06-03"),
        Article(id: "e", text: "Sebuah tulisan tanpa sumber apa pun."),
    ]

    func stats(_ list: ArraySlice<Article>) -> CorpusStats {
        let tracer = Tracer()
        var stats = CorpusStats()
        for article in list { stats.add(tracer.trace(article, mentions: false, quotes: false)) }
        return stats
    }

    @Test(arguments: 0...5)
    func mergedShardsEqualOneRun(cut: Int) {
        let whole = stats(Self.articles[...])
        var merged = stats(Self.articles[..<cut])
        merged.merge(stats(Self.articles[cut...]))
        #expect(merged == whole)
        #expect(StatsJSON.render(merged) == StatsJSON.render(whole))
        #expect(StatsReport().table(merged) == StatsReport().table(whole))
        #expect(StatsReport().csv(merged) == StatsReport().csv(whole))
    }

    @Test func aNameReadAsTwoKindsGetsOneKindInAnyOrder() {
        var asPerson = CorpusStats()
        asPerson.sources["Warta Kita"] = CorpusStats.SourceCount(kind: .person, articles: 2, roles: [.quote: 2])
        var asOnline = CorpusStats()
        asOnline.sources["Warta Kita"] = CorpusStats.SourceCount(kind: .online, articles: 1, roles: [.citation: 1])
        var first = asPerson
        first.merge(asOnline)
        var second = asOnline
        second.merge(asPerson)
        #expect(first == second)
        #expect(first.sources["Warta Kita"]?.kind == .online)
        #expect(first.sources["Warta Kita"]?.articles == 3)
        #expect(StatsJSON.render(first) == StatsJSON.render(second))
    }

    @Test func jsonRoundTripsExactly() throws {
        var stats = stats(Self.articles[...])
        stats.skip(reason: "malformed_json", count: 2)
        let text = StatsJSON.render(stats)
        let parsed = try StatsJSON.parse(Data(text.utf8), path: "stats.json")
        #expect(parsed == stats)
        #expect(StatsJSON.render(parsed) == text)
    }

    @Test func recordsAddUp() {
        var stats = stats(Self.articles[...])
        stats.skip(reason: "missing_text")
        #expect(stats.read == stats.traced + stats.skippedTotal)
        #expect(stats.read == 6)
    }

    @Test func agencyDependenceIsCounted() {
        let stats = stats(Self.articles[...])
        #expect(stats.publishers["Suara"]?.sources["Antara"] == 1)
        #expect(stats.publishers["Kompas"]?.sources["Reuters"] == 1)
        #expect(stats.withAgency >= 2)
        #expect(stats.months["2024-05"]?.articles == 2)
        #expect(stats.sources["Antara"]?.roles[.syndication] == 1)
    }

    @Test func notStatsJSONIsRefusedWithThePath() {
        #expect(throws: StatsJSON.ReadError.self) {
            try StatsJSON.parse(Data("{\"records\": {}}".utf8), path: "x.json")
        }
    }
}
