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

/// Counts near `Int.max`, as a hostile or corrupt stats file can hold: merging never traps.
@Suite struct CorpusStatsOverflowTests {
    static func huge() -> CorpusStats {
        var stats = CorpusStats()
        stats.read = Int.max
        stats.traced = Int.max
        stats.withAgency = Int.max
        stats.sources["Antara"] = CorpusStats.SourceCount(kind: .agency, articles: Int.max, roles: [.relay: Int.max])
        stats.publishers["Suara"] = CorpusStats.PublisherCount(
            kind: .online, articles: Int.max, withAgency: Int.max, sources: ["Antara": Int.max])
        stats.months["2024-05"] = CorpusStats.MonthCount(articles: Int.max, withAgency: Int.max)
        return stats
    }

    @Test func mergeSaturatesInsteadOfTrapping() {
        var stats = Self.huge()
        stats.merge(Self.huge())
        #expect(stats.read == Int.max && stats.sources["Antara"]?.roles[.relay] == Int.max)
        #expect(stats.publishers["Suara"]?.sources["Antara"] == Int.max)
        stats.skip(reason: "malformed_json", count: Int.max)
        stats.skip(reason: "missing_text", count: Int.max)
        #expect(stats.skippedTotal == Int.max)
    }

    @Test func mergeWithoutOverflowRefusesAndChangesNothing() {
        var stats = Self.huge()
        #expect(throws: CountOverflow(count: "records.read")) { try stats.mergeWithoutOverflow(Self.huge()) }
        #expect(stats == Self.huge())
        var small = CorpusStats()
        small.read = 3
        small.traced = 3
        #expect(throws: Never.self) { try small.mergeWithoutOverflow(small) }
        #expect(small.read == 6)
    }

    @Test func hugeCountsRenderInEveryFormat() throws {
        let stats = Self.huge()
        #expect(
            StatsReport().table(stats).contains("articles crediting a news agency: \(Int.max) of \(Int.max) (1.000)"))
        #expect(StatsReport().csv(stats).contains("dependence,Suara,Antara,1.000\n"))
        #expect(try StatsJSON.parse(Data(StatsJSON.render(stats).utf8), path: "huge.json") == stats)
    }

    @Test(arguments: [
        (1, 3, "0.333"), (2, 3, "0.667"), (1, 2000, "0.001"), (1, 2001, "0.000"), (0, 0, "0.000"),
        (Int.max, Int.max, "1.000"), (Int.max / 2, Int.max, "0.500"), (-1, 2, "-0.500"),
        (Int.min, 1, "-9223372036854775808.000"),
    ])
    func sharesNeverTrap(part: Int, whole: Int, expected: String) {
        #expect(StatsReport.share(part, whole) == expected)
    }
}
