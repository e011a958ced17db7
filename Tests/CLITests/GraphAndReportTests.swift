import Foundation
import Testing

/// `graph` in every format and `report`, end to end through the built tool.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: tool), "the attribution product is not built"))
struct GraphAndReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = root.appendingPathComponent("Graphs/example.html").path

    static let corpus = (0..<12).map { i in
        "{\"id\": \"r\(i)\", \"text\": \"Suara.com - Harga \(i) naik, dilansir dari Reuters. (Antara)\"}\n"
    }.joined()

    @Test(arguments: ["json", "prov-json"])
    func jsonFormatsParse(format: String) throws {
        let result = try runTool(["graph", "--format", format, Self.example])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(try JSONSerialization.jsonObject(with: result.stdout) is [String: Any])
    }

    @Test func eachFormatStartsAsItsReadersExpect() throws {
        let starts = [
            "dot": "digraph provenance {", "prov-n": "document\n", "graphml": "<?xml", "mermaid": "---\ntitle:",
            "csv": "source,target,relation,weight,confidence,source_kind,target_kind\n",
        ]
        for (format, start) in starts {
            let result = try runTool(["graph", "--format", format, Self.example])
            #expect(result.status == 0 && result.text.hasPrefix(start), "\(format)")
        }
    }

    @Test func aCorpusGraphIsWeightedAndPerArticleWarns() throws {
        let weighted = try runTool(["graph", "--format", "csv", "-"], stdin: Self.corpus)
        #expect(weighted.text.contains("Suara,Antara,syndication,12,"))
        #expect(weighted.stderr.isEmpty)
        let perArticle = try runTool(["graph", "--format", "json", "--per-article", "-"], stdin: Self.corpus)
        #expect(perArticle.status == 0)
        #expect(perArticle.stderr.contains("warning: --per-article draws a node for each of the 12 articles"))
        let json = try #require(try JSONSerialization.jsonObject(with: perArticle.stdout) as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == 3 + 12)
    }

    @Test(.enabled(if: graphvizInstalled, "Graphviz is not installed"))
    func svgAndPNGAreDrawnByGraphviz() throws {
        let svg = try runTool(["graph", "--format", "svg", Self.example])
        #expect(svg.status == 0 && svg.text.contains("<svg") && svg.text.contains(">Antara</text>"))
        let png = try runTool(["graph", "--format", "png", "-"], stdin: Self.corpus)
        #expect(png.status == 0 && png.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func withoutGraphvizSVGSaysHowToInstallIt() throws {
        let result = try runTool(["graph", "--format", "svg", Self.example], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("needs Graphviz") && result.stderr.contains("apt-get install graphviz"))
    }

    @Test func reportWritesOnePageWithEveryArticle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.html")
        let result = try runTool(["report", Self.example, "-", "-o", out.path, "--articles", "5"], stdin: Self.corpus)
        #expect(result.status == 0)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<title>Provenance of 13 articles</title>"))
        #expect(html.components(separatedBy: "<details class=\"article\"").count == 6)
        #expect(html.contains("8 more were traced"))
        #expect(html.contains(graphvizInstalled ? "data:image/svg+xml;base64," : "The graph is not drawn"))
    }

    @Test func reportWithoutGraphvizSaysWhyThereIsNoGraph() throws {
        let result = try runTool(["report", Self.example], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.text.contains("The graph is not drawn: Graphviz") && !result.text.contains("data:image/svg"))
    }

    @Test func aPageTracedAsJSONCarriesTheTextItsOffsetsCountInto() throws {
        let result = try runTool(["trace", "--format", "jsonl", Self.example])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let text = try #require(json["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for source in json["sources"] as? [[String: Any]] ?? [] {
            for mention in source["mentions"] as? [[String: Any]] ?? [] {
                var span = String.UnicodeScalarView()
                span.append(contentsOf: scalars[(mention["start"] as! Int)..<(mention["end"] as! Int)])
                #expect(String(span) == mention["text"] as? String)
            }
        }
    }
}
