import Foundation
import Testing

@testable import Attribution

/// The seed article from `../shared/seeds`, next to the package; absent on a fresh checkout.
private let seedPath = Fixture.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/seeds/000_ac572369e81f708e.txt").path

// The seed lives outside the package (../shared), so a fresh clone skips this suite instead of failing.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "../shared/seeds is not next to the package"))
struct SeedTests {
    let text: String
    let trace: Trace

    init() throws {
        text = try String(contentsOfFile: seedPath, encoding: .utf8)
        trace = Tracer().trace(Article(id: "000_ac572369e81f708e", text: text))
    }

    @Test func publisherIsRepublikaInBerlin() throws {
        let publisher = try #require(trace.publisher)
        #expect(publisher.name == "Republika")
        #expect(publisher.place == "BERLIN")
        #expect(publisher.mentions.map(\.text) == ["REPUBLIKA.CO.ID, BERLIN --"])
        #expect(trace.published == "2020-04-09T00:22:00+07:00")
    }

    @Test func sourcesAndRoles() {
        #expect(trace.syndicated == ["Antara"])
        #expect(trace.mediaNames == ["Antara", "Handelsblatt", "Reuters"])
        #expect(trace.sources.filter { $0.roles.contains(.photo) }.map(\.name) == ["Antara"])
        #expect(trace.sourceRoles.isSuperset(of: ["Antara:syndication", "Reuters:relay", "Handelsblatt:citation"]))
    }

    @Test func chainRunsFromRepublikaThroughAntaraAndReutersToHandelsblatt() {
        let content = trace.edges.filter { $0.relation != .quote && $0.relation != .photo }
        #expect(
            content.map { "\($0.from) -> \($0.to) (\($0.relation.rawValue))" } == [
                "Republika -> Antara (syndication)", "Antara -> Reuters (relay)", "Reuters -> Handelsblatt (citation)",
            ])
        #expect(trace.depth == 3)
    }

    @Test func mentionsSliceTheSeedText() {
        let scalars = Array(text.unicodeScalars)
        for mention in trace.sources.flatMap(\.mentions) + (trace.publisher?.mentions ?? []) {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(slice) == mention.text)
        }
        let antara = trace.sources.first { $0.name == "Antara" }
        #expect(antara?.mentions.contains { $0.text == "sumber : Antara" } == true)
    }

    @Test func graphNamesEveryOutletOfTheChain() {
        let dot = DOTWriter().render(ProvenanceGraph(trace), title: trace.id)
        for name in ["Republika", "Antara", "Reuters", "Handelsblatt"] {
            #expect(dot.contains("label=\"\(name)\""))
        }
    }
}
