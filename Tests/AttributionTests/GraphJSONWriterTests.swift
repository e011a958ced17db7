import Foundation
import Testing

@testable import Attribution

/// The graph's JSON holds nodes, edges and evidence, parses whatever the names hold, and is
/// NetworkX's node-link format.
@Suite struct GraphJSONWriterTests {
    private func parse(_ graph: ProvenanceGraph) throws -> [String: Any] {
        let text = GraphJSONWriter().render(graph)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func nodesEdgesAndEvidence() throws {
        var graph = ProvenanceGraph(GraphFixture.chain(id: "a1"))
        graph.add(GraphFixture.chain(id: "a2"))
        let json = try parse(graph)
        #expect(json["directed"] as? Bool == true && json["multigraph"] as? Bool == true)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(nodes.count == 6 && edges.count == 6)
        let antara = try #require(nodes.first { $0["name"] as? String == "Antara" })
        #expect(antara["kind"] as? String == "agency" && antara["articles"] as? Int == 2)
        #expect(antara["roles"] as? [String: Int] == ["syndication": 2, "photo": 2])
        let syndication = try #require(edges.first { $0["relation"] as? String == "syndication" })
        #expect(syndication["from"] as? String == "Suara" && syndication["to"] as? String == "Antara")
        #expect(syndication["weight"] as? Int == 2 && syndication["confidence"] as? Double == 0.99)
        #expect(syndication["source"] as? String == nodes.first { $0["name"] as? String == "Suara" }?["id"] as? String)
        let evidence = try #require(syndication["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["article"] as? String } == ["a1", "a2"])
        #expect(evidence.first?["text"] as? String == "(Antara)" && evidence.first?["start"] as? Int == 90)
    }

    @Test func hostileNamesRoundTrip() throws {
        let json = try parse(ProvenanceGraph(GraphFixture.hostileTrace()))
        let names = Set((json["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(names == Set(GraphFixture.hostile + ["Pub \"lisher\" <b>"]))
    }

    @Test func articlesKeptAsNodesComeAfterTheOutlets() throws {
        var graph = ProvenanceGraph(GraphFixture.chain(id: "a1"), keepingArticle: true)
        graph.add(GraphFixture.chain(id: "a2"), keepingArticle: true)
        let json = try parse(graph)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.suffix(2).map { $0["id"] as? String } == ["a0", "a1"])
        #expect(nodes.last?["name"] as? String == "a2" && nodes.last?["kind"] as? String == "article")
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.filter { $0["relation"] as? String == "published" }.count == 2)
        #expect(
            edges.filter { $0["source"] as? String == "a0" }.map { $0["relation"] as? String } == [
                "syndication", "photo",
            ])
    }
}
