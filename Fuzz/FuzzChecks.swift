import Foundation

/// What each fuzzed entry point must hold, whatever the bytes: no crash (the sanitizer's and the
/// runtime's traps), and the invariants below, each a `fuzzCheck`.
enum FuzzChecks {
    static let tracer = Tracer()

    /// Stops the run when `condition` fails, naming what broke.
    static func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant: " + message()) }
    }

    /// The bytes as a JSON Lines corpus (by name and sniffed), read in short reads of `chunk`
    /// bytes as a pipe gives them, once with a small article size cap: every record is read or
    /// skipped, every article traced, every cut text valid and within the cap.
    static func records(_ bytes: [UInt8], chunk: Int) {
        for (path, cap) in [("fuzz.jsonl", RecordStream.defaultMaxArticleBytes), ("fuzz", 1 + chunk * 3)] {
            let source = MemorySource(path: path, bytes: bytes, chunk: chunk)
            var stream = RecordStream(sources: [source], maxArticleBytes: cap)
            while let batch = try? stream.next() {
                for index in 0..<batch.count {
                    fuzzCheck(batch.line(of: index) >= 1, "line numbers start at 1")
                    switch batch.article(at: index) {
                    case .success(let article):
                        fuzzCheck(article.utf8.withUnsafeBufferPointer(UTF8Check.isValid), "article text is UTF-8")
                        fuzzCheck(article.utf8.count <= cap, "article text within the cap")
                        if let length = article.cutFromBytes {
                            fuzzCheck(length > cap && article.utf8.count > cap - 4, "a cut text is cut at the cap")
                        }
                        check(tracer.trace(article), of: article)
                    case .failure(let error):
                        fuzzCheck(!Diagnostic(error).description.isEmpty, "a diagnostic says something")
                    }
                }
            }
            fuzzCheck(stream.bytesRead == bytes.count, "every byte read (\(stream.bytesRead) of \(bytes.count))")
        }
    }

    /// The normalizer's map back to the source stays inside it and never goes backwards.
    static func normalizer(_ bytes: [UInt8]) {
        var repaired = false
        let source = UTF8Check.repaired(bytes, repaired: &repaired)
        let text = Normalizer().normalize(source)
        fuzzCheck(text.count <= source.count, "normalized text no longer than its source")
        fuzzCheck(text.bytes.withUnsafeBufferPointer(UTF8Check.isValid), "normalized text is UTF-8")
        var last = 0
        for k in text.bytes.indices {
            let origin = text.origin(at: k)
            fuzzCheck(origin >= 0 && origin < source.count, "origin \(origin) of byte \(k) inside the source")
            fuzzCheck(origin >= last, "origins never go backwards (\(origin) after \(last) at \(k))")
            last = origin
        }
        if text.count > 0 {
            let range = text.sourceRange(0..<text.count)
            fuzzCheck(range.lowerBound >= 0 && range.upperBound <= source.count, "source range inside the source")
        }
    }

    /// Arbitrary bytes as an article (invalid UTF-8 repaired as the input readers do), with the
    /// first line as its title.
    static func tracer(_ bytes: [UInt8]) {
        var repaired = false
        let text = UTF8Check.repaired(bytes, repaired: &repaired)
        let title = text.firstIndex(of: 0x0A).map { String(decoding: text[..<$0], as: UTF8.self) }
        var article = Article(id: "fuzz", utf8: text, title: title, outlet: nil, url: nil, date: nil)
        article.repairedUTF8 = repaired
        check(tracer.trace(article), of: article)
        check(tracer.trace(article, mentions: false, quotes: false), of: article)
    }

    /// The bytes as a saved web page: its text is UTF-8, its fields are read, and its trace keeps
    /// the invariants (mentions count into the page's text).
    static func page(_ bytes: [UInt8]) {
        let article = Article(id: "page", page: HTMLPage(bytes: bytes))
        fuzzCheck(article.utf8.withUnsafeBufferPointer(UTF8Check.isValid), "a page's text is UTF-8")
        check(tracer.trace(article), of: article)
    }

    /// The bytes as a `stats --format json` file: read, or refused with a message; what is read
    /// renders in every format and reads back as itself, and merges with itself.
    static func statsJSON(_ bytes: [UInt8]) {
        guard let stats = try? StatsJSON.parse(Data(bytes), path: "fuzz.json") else { return }
        roundTrip(stats)
        var twice = stats
        twice.merge(stats)
        roundTrip(twice)
    }

    static func roundTrip(_ stats: CorpusStats) {
        let json = StatsJSON.render(stats)
        _ = StatsReport(top: 3).table(stats)
        _ = StatsReport().csv(stats)
        let back = try? StatsJSON.parse(Data(json.utf8), path: "again.json")
        fuzzCheck(back == stats, "stats JSON reads back as itself")
    }

    /// A trace's invariants: mentions slice the text, edges join named sources, every export
    /// is well formed.
    static func check(_ trace: Trace, of article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        for mention in trace.sources.flatMap(\.mentions) + (trace.publisher?.mentions ?? []) {
            fuzzCheck(
                mention.start >= 0 && mention.start <= mention.end && mention.end <= scalars.count,
                "mention \(mention.start)..<\(mention.end) inside the text of \(scalars.count)")
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[mention.start..<mention.end])
            fuzzCheck(String(slice) == mention.text, "mention text is the text at its offsets")
        }
        let names = trace.sources.map(\.name) + [trace.publisher?.name].compactMap { $0 }
        for edge in trace.edges {
            fuzzCheck(names.contains(edge.from) && names.contains(edge.to), "an edge joins named sources")
            fuzzCheck(edge.from != edge.to, "no edge loops on itself")
        }
        let line = TraceJSONWriter(pretty: false).render(trace)
        fuzzCheck(!line.utf8.contains(0x0A), "a JSON Lines trace is one line")
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        fuzzCheck(object?["id"] as? String == trace.id, "the trace JSON parses and keeps the id")
        _ = TextReport().render(trace)
        let graph = ProvenanceGraph(trace)
        _ = DOTWriter().render(graph, title: trace.id)
        _ = GraphMLWriter().render(graph)
        for json in [GraphJSONWriter().render(graph), ProvJSONWriter().render(graph)] {
            fuzzCheck((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the graph JSON parses")
        }
        _ = ProvNWriter().render(graph)
        _ = MermaidWriter().render(graph, title: trace.id)
        _ = EdgeCSVWriter().render(graph)
        let perArticle = ProvenanceGraph(trace, keepingArticle: true)
        _ = DOTWriter().render(perArticle, title: trace.id)
        var stats = CorpusStats()
        stats.add(trace)
        _ = HTMLReport(top: 3).render(
            stats: stats, graph: graph, graphSVG: nil,
            articles: [HTMLReport.Item(trace: trace, text: article.text, title: article.title, url: article.url)])
        roundTrip(stats)
    }
}

/// Bytes in memory read as a pipe gives them: at most `chunk` bytes a read.
struct MemorySource: ByteSource {
    let path: String
    let bytes: [UInt8]
    let chunk: Int
    var offset = 0

    init(path: String, bytes: [UInt8], chunk: Int) {
        self.path = path
        self.bytes = bytes
        self.chunk = chunk
    }

    mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
        let n = min(count, chunk, bytes.count - offset)
        buffer.append(contentsOf: bytes[offset..<(offset + n)])
        offset += n
        return n
    }
}
