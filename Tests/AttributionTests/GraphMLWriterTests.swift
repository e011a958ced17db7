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

    @Test func kindsRolesAndWeightsAreTypedAttributesAndArticlesAreNodes() throws {
        let text = GraphMLWriter().render(ProvenanceGraph(GraphFixture.chain(id: "a1"), keepingArticle: true))
        let document = try XMLDocument(data: Data(text.utf8))
        func values(_ path: String) throws -> [String] { try document.nodes(forXPath: path).compactMap(\.stringValue) }
        #expect(try values("//*[local-name()='key'][@id='confidence']/@attr.type") == ["double"])
        #expect(try values("//*[local-name()='key'][@id='syndication']/@attr.type") == ["int"])
        #expect(try values("//*[local-name()='node'][@id='a0']/*[@key='kind']") == ["article"])
        #expect(try values("//*[local-name()='edge'][@source='a0']/*[@key='relation']") == ["syndication", "photo"])
        #expect(try values("//*[local-name()='edge'][@target='a0']/*[@key='relation']") == ["published"])
        let antara = "//*[local-name()='node'][*[@key='name']='Antara']"
        #expect(try values(antara + "/*[@key='roles']") == ["syndication,photo"])
        #expect(try values(antara + "/*[@key='photo']") == ["1"])
    }
}
