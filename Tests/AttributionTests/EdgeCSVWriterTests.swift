import Testing

@testable import Attribution

/// The CSV edge list has a row an edge, quotes what must be quoted, and never hands a
/// spreadsheet a formula.
@Suite struct EdgeCSVWriterTests {
    /// The rows of RFC 4180 text.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        cell.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell)
                cell = ""
            } else if c == "\n" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test func oneRowAnEdgeWithKinds() {
        let rows = Self.rows(EdgeCSVWriter().render(ProvenanceGraph(GraphFixture.chain())))
        #expect(rows.first == ["source", "target", "relation", "weight", "confidence", "source_kind", "target_kind"])
        #expect(rows.count == 7)
        #expect(rows.contains(["Suara", "Antara", "syndication", "1", "0.99", "online", "agency"]))
    }

    @Test func hostileNamesStayInTheirCellAndFormulasAreDefused() {
        let rows = Self.rows(EdgeCSVWriter().render(ProvenanceGraph(GraphFixture.hostileTrace())))
        #expect(rows.dropFirst().allSatisfy { $0.count == 7 })
        let targets = Set(rows.dropFirst().map { $0[1] })
        #expect(targets.contains("'=HYPERLINK(\"x\")") && targets.contains("'@mention, with comma"))
        #expect(targets.contains("'-- not a comment") && targets.contains("line\nbreak"))
        #expect(!targets.contains { $0.hasPrefix("=") || $0.hasPrefix("@") || $0.hasPrefix("+") || $0.hasPrefix("-") })
    }
}
