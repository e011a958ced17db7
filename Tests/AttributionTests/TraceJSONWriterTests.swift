import Foundation
import Testing

@testable import Attribution

/// The writer against `spec/trace-json.md` (version 1).
@Suite struct TraceJSONWriterTests {
    static let kinds = Set(OutletKind.allCases.map(\.rawValue))
    static let roles: Set<String> = ["syndication", "relay", "citation", "quote", "photo"]

    static let article = Article(
        id: "000_test",
        text: "Selasa 14 Mei 2024 09:15 WIB\n\nREPUBLIKA.CO.ID, BERLIN -- 😀 “Larangan” itu, menurut laporan surat kabar"
            + " Handelblatt. \"Kami khawatir,\" kata Budi, dilansir dari Reuters.\nFoto: ANTARA/Seno\n\nsumber : Antara"
    )

    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: [true, false])
    func keysAndValuesFollowTheContract(pretty: Bool) throws {
        let json = try object(TraceJSONWriter(pretty: pretty).render(Fixture.tracer.trace(Self.article)))
        #expect(Set(json.keys) == ["id", "publisher", "published", "sources", "edges", "warnings"])
        #expect(json["id"] as? String == "000_test")
        #expect(json["published"] as? String == "2024-05-14T09:15:00+07:00")
        #expect((json["warnings"] as? [String]) == [])

        let publisher = try #require(json["publisher"] as? [String: Any])
        #expect(Set(publisher.keys).isSuperset(of: ["name", "place", "mentions"]))
        #expect(publisher["name"] as? String == "Republika")
        #expect(publisher["place"] as? String == "BERLIN")

        let scalars = Array(Self.article.text.unicodeScalars)
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(!sources.isEmpty)
        for source in sources {
            #expect(Set(source.keys).isSuperset(of: ["name", "kind", "roles", "confidence", "mentions"]))
            #expect(Self.kinds.contains(source["kind"] as? String ?? "?"))
            let roles = try #require(source["roles"] as? [String])
            #expect(!roles.isEmpty && Set(roles).isSubset(of: Self.roles))
            let confidence = try #require(source["confidence"] as? Double)
            #expect((0...1).contains(confidence))
            for mention in try #require(source["mentions"] as? [[String: Any]]) {
                #expect(Set(mention.keys) == ["text", "cue", "start", "end"])
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                try #require(0 <= start && start <= end && end <= scalars.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == mention["text"] as? String)
            }
        }
        let names = Set(sources.compactMap { $0["name"] as? String } + ["Republika"])
        let edges = try #require(json["edges"] as? [[String: Any]])
        for edge in edges {
            #expect(Set(edge.keys) == ["from", "to", "relation", "confidence"])
            #expect(names.contains(edge["from"] as? String ?? "?") && names.contains(edge["to"] as? String ?? "?"))
            #expect(Self.roles.contains(edge["relation"] as? String ?? "?"))
        }
    }

    @Test func jsonLinesIsOneLineAndPrettyIsIndented() {
        let trace = Fixture.tracer.trace(Self.article)
        let line = TraceJSONWriter(pretty: false).render(trace)
        let pretty = TraceJSONWriter(pretty: true).render(trace)
        #expect(!line.contains("\n") && line.hasPrefix("{\"id\": \"000_test\", \"publisher\": {"))
        #expect(pretty.hasPrefix("{\n  \"id\": \"000_test\",\n  \"publisher\": {\n"))
        #expect(!pretty.hasSuffix("\n"))
        #expect(line == TraceJSONWriter(pretty: false).render(Fixture.tracer.trace(Self.article)))
    }

    @Test func missingPublisherAndDateAreNull() throws {
        let trace = Trace(
            id: "n", publisher: nil, published: nil, sources: [], edges: [], warnings: ["no article body found"])
        let text = TraceJSONWriter(pretty: false).render(trace)
        #expect(
            text
                == #"{"id": "n", "publisher": null, "published": null, "sources": [], "edges": [], "warnings": ["no article body found"]}"#
        )
        let json = try object(text)
        #expect(json["publisher"] is NSNull && json["published"] is NSNull)
    }

    @Test(arguments: [
        "quote \" backslash \\ slash /", "line\nfeed\rreturn\ttab", "\u{0}\u{1}\u{1F}\u{7F}", "sep\u{2028}\u{2029}",
        "😀 “curly” é", "",
    ])
    func controlCharactersAreEscapedAndRoundTrip(text: String) throws {
        let mention = Mention(text: text, cue: text, start: 0, end: text.unicodeScalars.count)
        let source = Source(
            name: text, kind: .person, roles: [.quote], confidence: 0.6, mentions: [mention], cueFamilies: [])
        let trace = Trace(id: text, publisher: nil, published: nil, sources: [source], edges: [], warnings: [text])
        let rendered = TraceJSONWriter(pretty: false).render(trace)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        let json = try object(rendered)
        #expect(json["id"] as? String == text)
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.first?["name"] as? String == text)
        let mentions = try #require(sources.first?["mentions"] as? [[String: Any]])
        #expect(mentions.first?["text"] as? String == text)
        #expect((json["warnings"] as? [String]) == [text])
    }

    @Test(arguments: [(1.0, "1.0"), (0.0, "0.0"), (0.98, "0.98"), (0.5, "0.5"), (0.07, "0.07")])
    func numbersPrintLikePython(value: Double, text: String) {
        #expect(JSONText.number(value) == text)
    }
}
