import Foundation
import Testing

@testable import Attribution

/// Regenerates `Graphs/example.dot` (and `.mmd`) from `Graphs/example.txt` the way `attribution graph` does and
/// compares byte for byte, so the README's example never rots. `ATTRIBUTION_RECORD=1` rewrites the
/// golden file instead, and fails on purpose so that a recording run is never mistaken for a pass.
@Suite struct GraphsExampleTests {
    static let folder = Fixture.packageRoot.appendingPathComponent("Graphs")

    @Test func exampleDOTMatchesTheGoldenFile() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("example.txt"), encoding: .utf8)
        let trace = Tracer().trace(Article(id: "example", text: text), mentions: false)
        let dot = DOTWriter(weighted: false).render(
            ProvenanceGraph(trace).pruned(minWeight: 1, top: nil), title: "example")
        let golden = Self.folder.appendingPathComponent("example.dot")
        if ProcessInfo.processInfo.environment["ATTRIBUTION_RECORD"] == "1" {
            try Data(dot.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without ATTRIBUTION_RECORD")
            return
        }
        #expect(dot == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// `Graphs/example.mmd` is the Mermaid of the same chain, which the README shows as it is.
    @Test func exampleMermaidMatchesTheGoldenFileAndTheREADME() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("example.txt"), encoding: .utf8)
        let trace = Tracer().trace(Article(id: "example", text: text), mentions: false)
        let chart = MermaidWriter().render(ProvenanceGraph(trace).pruned(minWeight: 1, top: nil), title: "example")
        let golden = Self.folder.appendingPathComponent("example.mmd")
        if ProcessInfo.processInfo.environment["ATTRIBUTION_RECORD"] == "1" {
            try Data(chart.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); run again without ATTRIBUTION_RECORD")
            return
        }
        #expect(chart == (try String(contentsOf: golden, encoding: .utf8)))
        let readme = try String(contentsOf: Fixture.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```mermaid\n" + chart + "```\n"))
    }

    @Test func exampleShowsTheWholeChain() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("example.txt"), encoding: .utf8)
        let trace = Tracer().trace(Article(id: "example", text: text))
        #expect(trace.publisher?.name == "Suara")
        #expect(trace.syndicated == ["Antara"])
        #expect(trace.mediaNames == ["AFP", "Antara", "Le Monde"])
        #expect(trace.depth == 3)
    }
}
