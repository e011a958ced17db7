import Foundation
import Testing

@testable import Attribution

@Suite struct DOTWriterTests {
    static let hostile = [
        "Say \"hi\"", "back\\slash", "line\nbreak", "brace } {", "a -> b", "semi; colon [x=1]", "tab\tand\rreturn",
        "bell\u{7}", "trailing \\", "// not a comment", "Zürich “quoted”",
    ]

    /// A trace whose publisher cites every hostile name.
    static func hostileTrace() -> Trace {
        let sources = hostile.map {
            Source(name: $0, kind: .newspaper, roles: [.citation], confidence: 0.5, mentions: [], cueFamilies: [])
        }
        let edges = hostile.map { Edge(from: "Pub \"lisher\"", to: $0, relation: .citation, confidence: 0.5) }
        return Trace(
            id: "x", publisher: Publisher(name: "Pub \"lisher\"", kind: .online, place: nil, mentions: []),
            published: nil,
            sources: sources, edges: edges, warnings: [])
    }

    /// The DOT text with every quoted string cut out, and the strings decoded.
    static func split(_ dot: String) -> (outside: String, strings: [String]) {
        var outside = ""
        var strings: [String] = []
        var current: String? = nil
        var escaped = false
        for c in dot {
            if var s = current {
                if escaped {
                    s.append(c == "n" ? "\n" : c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    strings.append(s)
                    current = nil
                    continue
                } else {
                    s.append(c)
                }
                current = s
            } else if c == "\"" {
                current = ""
            } else {
                outside.append(c)
            }
        }
        #expect(current == nil, "unterminated string")
        return (outside, strings)
    }

    @Test func hostileNamesStayInsideQuotedLabels() {
        let dot = DOTWriter().render(ProvenanceGraph(Self.hostileTrace()), title: "ti\"tle\n{}")
        let (outside, strings) = Self.split(dot)
        #expect(!outside.contains("hi") && !outside.contains("slash") && !outside.contains("colon"))
        #expect(outside.filter { $0 == "{" }.count == outside.filter { $0 == "}" }.count)
        #expect(!strings.contains { $0.contains("\r") || $0.contains("\t") || $0.contains("\u{7}") })
        for name in Self.hostile {
            let shown = name.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
                .replacingOccurrences(of: "\u{7}", with: "")
            #expect(strings.contains(shown), "label for \(name.debugDescription)")
        }
        #expect(strings.contains("ti\"tle\n{}"))
        // Every statement outside strings is a node, an edge between generated ids, or graph furniture.
        let edge = #/\s*(n\d+|legend_\w+) -> (n\d+|legend_\w+) \[.*\];/#
        let node = #/ {2}n\d+ \[label=, .*\];/#
        for line in outside.split(separator: "\n") where line.contains("->") {
            #expect((try? edge.wholeMatch(in: line)) != nil, "\(line)")
        }
        for line in outside.split(separator: "\n")
        where line.hasPrefix("  n") && line.dropFirst(3).first?.isNumber == true && !line.contains("->") {
            #expect((try? node.wholeMatch(in: line)) != nil, "\(line)")
        }
    }

    @Test func outputIsIdenticalAcrossRendersAndInsertionOrders() {
        let trace = Self.hostileTrace()
        var reversed = trace
        reversed.sources.reverse()
        reversed.edges.reverse()
        let first = DOTWriter().render(ProvenanceGraph(trace))
        #expect(first == DOTWriter().render(ProvenanceGraph(trace)))
        #expect(first == DOTWriter().render(ProvenanceGraph(reversed)))
        #expect(first.hasPrefix("digraph provenance {\n") && first.hasSuffix("}\n"))
    }

    @Test func weightedGraphShowsCounts() {
        var graph = ProvenanceGraph()
        let trace = Fixture.trace("Suara.com - Harga beras naik, seperti dilansir dari Reuters. (Antara)")
        for _ in 0..<3 { graph.add(trace) }
        let dot = DOTWriter(weighted: true, legend: false).render(graph, title: "3 articles")
        #expect(dot.contains("label=\"Suara\\n3 articles\""))
        #expect(dot.contains("label=\"3\""))
        #expect(dot.contains("subgraph cluster_publisher"))
        #expect(!dot.contains("cluster_legend"))
    }

    @Test func everyKindHasAStyle() {
        let styles = OutletKind.allCases.map { DOTWriter.style($0) }
        #expect(styles.allSatisfy { $0.contains("shape=") })
        #expect(Set(Role.allCases.map { DOTWriter.edgeStyle($0) }).count == Role.allCases.count)
    }

    static let dotPath = "/usr/bin/dot"

    // Graphviz is optional on developer machines; CI installs it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: dotPath), "Graphviz dot is not installed"))
    func graphvizAcceptsTheOutputWithoutWarnings() throws {
        let seedLike = Fixture.trace(
            "REPUBLIKA.CO.ID, BERLIN -- Larangan itu, menurut laporan surat kabar Handelblatt, dilansir dari Reuters.\n\nsumber : Antara"
        )
        for graph in [ProvenanceGraph(Self.hostileTrace()), ProvenanceGraph(seedLike)] {
            for weighted in [false, true] {
                let (status, stderr) = try Self.runDot(DOTWriter(weighted: weighted).render(graph, title: "t\"{"))
                #expect(status == 0)
                #expect(stderr.isEmpty, "\(stderr)")
            }
        }
    }

    static func runDot(_ input: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg"]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }
}
