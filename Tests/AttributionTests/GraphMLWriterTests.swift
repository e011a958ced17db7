import Foundation
import Testing

@testable import Attribution

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// GraphML must parse as XML whatever the names hold, and carry kinds, relations and weights.
@Suite struct GraphMLWriterTests {
    static let hostile = "Harian \"<Rakyat>\" & 'Co' \u{0001}{}"

    func graph() -> ProvenanceGraph {
        var graph = ProvenanceGraph()
        let trace = Trace(
            id: "t", publisher: Publisher(name: "Suara", kind: .online, place: nil, mentions: []), published: nil,
            sources: [
                Source(
                    name: "Antara", kind: .agency, roles: [.syndication], confidence: 0.9, mentions: [], cueFamilies: []
                ),
                Source(
                    name: Self.hostile, kind: .newspaper, roles: [.citation], confidence: 0.5, mentions: [],
                    cueFamilies: []),
            ],
            edges: [
                Edge(from: "Suara", to: "Antara", relation: .syndication, confidence: 0.9),
                Edge(from: "Antara", to: Self.hostile, relation: .citation, confidence: 0.5),
            ], warnings: [])
        graph.add(trace)
        graph.add(trace)
        return graph
    }

    @Test func parsesAsXMLWithEveryNodeAndEdge() throws {
        let text = GraphMLWriter().render(graph())
        let document = try XMLDocument(data: Data(text.utf8))
        let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
        let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
        #expect(nodes.count == 3)
        #expect(edges.count == 2)
        #expect(text.contains("&quot;&lt;Rakyat&gt;&quot; &amp; &apos;Co&apos; {}"))
        #expect(!text.contains("\u{0001}"))
        #expect(text.contains("<data key=\"weight\">2</data>"))
    }

    @Test func outputIsDeterministic() {
        #expect(GraphMLWriter().render(graph()) == GraphMLWriter().render(graph()))
    }
}
