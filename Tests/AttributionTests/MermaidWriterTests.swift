import Testing

@testable import Attribution

/// Mermaid charts are line by line: one node or edge a line, names only inside quoted labels.
@Suite struct MermaidWriterTests {
    @Test func theChainIsAFlowchartOfNodesAndStyledEdges() {
        let chart = MermaidWriter().render(ProvenanceGraph(GraphFixture.chain()), title: "a1")
        #expect(chart.hasPrefix("---\ntitle: \"a1\"\n---\nflowchart LR\n"))
        #expect(chart.contains("([\"Antara\"]):::agency"))
        #expect(chart.contains("[\"Suara\"]:::publisher"))
        #expect(chart.contains("==>|syndication|") && chart.contains("-->|relay|") && chart.contains("-.->|citation|"))
        #expect(chart.contains("--o|quote|") && chart.contains("--x|photo|"))
    }

    @Test func hostileNamesCannotBreakALine() throws {
        let chart = MermaidWriter(weighted: true).render(
            ProvenanceGraph(GraphFixture.hostileTrace()), title: "t\"i\ntle")
        let lines = chart.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where line.hasPrefix("  n") {
            // A node line: id, shape, one quoted label without a quote inside, class.
            let quotes = line.filter { $0 == "\"" }.count
            #expect(quotes == 0 || quotes == 2, "\(line)")
            #expect(!line.contains("<") && !line.contains(">\"") && !line.contains("`"), "\(line)")
        }
        #expect(chart.contains("#quot;hi#quot;") && chart.contains("#lt;script#gt;") && chart.contains("#35;quot;"))
        #expect(chart.contains("title: \"t\\\"i tle\""))
        #expect(lines.count == 3 + 1 + 16 + 15 + 9 + 1)
    }
}
