import Testing

@testable import Attribution

/// The stats table and CSV take names from the corpus and from merged files: hostile ones
/// must neither drive a terminal nor run as spreadsheet formulas.
@Suite struct StatsReportTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), ("+1+1", "\"'+1+1\""),
        ("-2+3", "\"'-2+3\""), ("@SUM(A1)", "\"'@SUM(A1)\""), ("\tx", "\"'\tx\""), ("\r=1", "\"'\r=1\""),
        ("Antara", "Antara"), ("a=b", "a=b"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("", ""),
        ("0.125", "0.125"),
    ])
    func csvCellsNeverStartAFormula(value: String, cell: String) {
        #expect(StatsReport.csvCell(value) == cell)
    }

    @Test func csvOfHostileNamesIsNeutralised() {
        var stats = CorpusStats()
        stats.read = 1
        stats.traced = 1
        stats.sources["=cmd|' /C calc'!A0"] = CorpusStats.SourceCount(kind: .online, articles: 1, roles: [.relay: 1])
        stats.publishers["@evil"] = CorpusStats.PublisherCount(
            kind: .online, articles: 1, sources: ["=cmd|' /C calc'!A0": 1])
        let csv = StatsReport().csv(stats)
        #expect(csv.contains("source,\"'=cmd|' /C calc'!A0\",articles,1\n"))
        #expect(csv.contains("dependence,\"'@evil\",\"'=cmd|' /C calc'!A0\",1.000\n"))
        for line in csv.split(separator: "\n") {
            for cell in line.split(separator: ",") { #expect(!"=+-@".contains(cell.first ?? " ")) }
        }
    }

    @Test func tableOfHostileNamesIsInert() {
        var stats = CorpusStats()
        stats.read = 2
        stats.traced = 1
        stats.skipped = ["\u{1B}[2J": 1]
        stats.sources["\u{1B}]0;title\u{7}\u{202E}x"] = CorpusStats.SourceCount(kind: .online, articles: 1)
        let table = StatsReport().table(stats)
        #expect(TextReportTests.isInert(table))
        #expect(table.contains("\\u{1B}]0;title\\u{7}\\u{202E}x"))
        #expect(table.hasPrefix("records: read 2, traced 1, skipped 1 (\\u{1B}[2J 1)\n"))
    }
}
