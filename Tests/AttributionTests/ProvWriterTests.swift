import Foundation
import Testing

@testable import Attribution

/// PROV-JSON and PROV-N say the same in W3C PROV-DM terms: outlets as agents, their content
/// and articles as entities, typed derivations, attributions and delegations.
@Suite struct ProvWriterTests {
    private func provJSON(_ graph: ProvenanceGraph) throws -> [String: [String: [String: Any]]] {
        let text = ProvJSONWriter().render(graph)
        let json = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return json.compactMapValues { $0 as? [String: [String: Any]] }
    }

    private func type(_ record: [String: Any]) -> String? {
        (record["prov:type"] as? [String: String])?["$"]
    }

    @Test func outletsAreAgentsAndTheirContentEntities() throws {
        let json = try provJSON(ProvenanceGraph(GraphFixture.chain()))
        let agents = try #require(json["agent"])
        #expect(
            Set(agents.keys) == ["agent:suara", "agent:antara", "agent:afp", "agent:le_monde", "agent:claire_duval"])
        #expect(type(agents["agent:claire_duval"]!) == "prov:Person")
        #expect(type(agents["agent:antara"]!) == "prov:Organization")
        #expect(agents["agent:antara"]?["prov:label"] as? String == "Antara")
        let entities = try #require(json["entity"])
        // A document is an entity, never an agent.
        #expect(entities["content:nota_internal"] != nil && agents["agent:nota_internal"] == nil)
        let attributed = try #require(json["wasAttributedTo"]).values.map {
            "\($0["prov:entity"]!) \($0["prov:agent"]!)"
        }
        #expect(attributed.contains("content:antara agent:antara"))
    }

    @Test func derivationsAreTypedByWhatTheTextSays() throws {
        let json = try provJSON(ProvenanceGraph(GraphFixture.chain()))
        var types: [String: String] = [:]
        for record in try #require(json["wasDerivedFrom"]).values {
            let key =
                "\(record["prov:generatedEntity"]!) \(record["prov:usedEntity"]!) \(record["attribution:relation"]!)"
            types[key] = type(record) ?? "plain"
        }
        #expect(
            types == [
                "content:suara content:antara syndication": "prov:Quotation",
                "content:suara content:antara photo": "prov:Quotation",
                "content:antara content:afp relay": "plain", "content:afp content:le_monde citation": "plain",
                "content:afp content:claire_duval quote": "prov:Quotation",
                "content:afp content:nota_internal quote": "prov:PrimarySource",
            ])
        let delegations = try #require(json["actedOnBehalfOf"]).values.map {
            "\($0["prov:delegate"]!) \($0["prov:responsible"]!)"
        }
        #expect(delegations == ["agent:suara agent:antara"])
    }

    @Test func anArticleKeptAsANodeIsAnEntityAttributedToItsPublisher() throws {
        let json = try provJSON(ProvenanceGraph(GraphFixture.chain(id: "a1"), keepingArticle: true))
        let entities = try #require(json["entity"])
        #expect(entities["article:a1"]?["attribution:published"] as? String == "2024-05-14T09:15:00+07:00")
        #expect(entities["content:suara"] == nil)
        let derived = try #require(json["wasDerivedFrom"]).values.filter {
            $0["prov:generatedEntity"] as? String == "article:a1"
        }
        #expect(derived.count == 2)
        let attributed = try #require(json["wasAttributedTo"]).values.map {
            "\($0["prov:entity"]!) \($0["prov:agent"]!)"
        }
        #expect(attributed.contains("article:a1 agent:suara"))
        #expect(json["actedOnBehalfOf"]?.values.first?["prov:delegate"] as? String == "agent:suara")
    }

    @Test func namesThatFoldAlikeGetDistinctIdentifiers() throws {
        let trace = Trace(
            id: "x", publisher: Publisher(name: "Le Monde", kind: .newspaper, place: nil, mentions: []), published: nil,
            sources: [
                GraphFixture.source("le-monde", .online, [.relay]), GraphFixture.source("“”", .online, [.relay]),
            ],
            edges: [
                Edge(from: "Le Monde", to: "le-monde", relation: .relay, confidence: 0.9),
                Edge(from: "Le Monde", to: "“”", relation: .relay, confidence: 0.9),
            ], warnings: [])
        let agents = try #require(try provJSON(ProvenanceGraph(trace))["agent"])
        #expect(Set(agents.keys) == ["agent:le_monde", "agent:le_monde_2", "agent:x"])
    }

    @Test func provNStatesTheSameAndEscapesStrings() {
        let graph = ProvenanceGraph(GraphFixture.hostileTrace())
        let provn = ProvNWriter().render(graph)
        #expect(provn.hasPrefix("document\n  prefix attribution <urn:x-attribution:vocabulary#>\n"))
        #expect(provn.hasSuffix("endDocument\n"))
        #expect(provn.contains("prov:label=\"Say \\\"hi\\\"\""))
        #expect(provn.contains("prov:label=\"line\\nbreak\""))
        #expect(provn.contains("prov:label=\"back\\\\slash\""))
        #expect(!provn.contains("\u{7}") && !provn.contains("\r"))
        let document = ProvDocument(graph)
        let statements = provn.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  prefix") }
        #expect(statements.count == document.agents.count + document.entities.count + document.relations.count)
        #expect(ProvNWriter.quoted("a\"b\\c\nd\te\u{1}") == "\"a\\\"b\\\\c\\nd\\te\"")
    }
}
