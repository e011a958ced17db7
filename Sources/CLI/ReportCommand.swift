import Attribution
import Foundation

/// `attribution report`: one self-contained HTML page with the statistics, the corpus graph
/// (drawn by Graphviz when it is installed) and each article's chain and marked text.
struct ReportCommand {
    var options: ReportOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let minConfidence = options.minConfidence
        let session = CorpusSession(paths: options.paths, jobs: options.jobs, maxArticleBytes: options.maxArticleBytes)
        var stats = CorpusStats()
        var graph = ProvenanceGraph()
        var items: [HTMLReport.Item] = []
        var omitted = 0
        let shown = options.articles
        let summary = session.runner.map(
            { article -> HTMLReport.Item in
                let trace = tracer.trace(article, minConfidence: minConfidence)
                return HTMLReport.Item(trace: trace, text: article.text, title: article.title, url: article.url)
            },
            each: { item in
                stats.add(item.trace)
                graph.merge(ProvenanceGraph(item.trace))
                if items.count < shown { items.append(item) } else { omitted += 1 }
            })
        for (reason, n) in summary.skipped { stats.skip(reason: reason, count: n) }
        let weighted = stats.traced > 1
        let drawn = (weighted ? graph.without(.quote) : graph).pruned(minWeight: options.minWeight, top: options.edges)
        var svg: String? = nil
        var note: String? = nil
        if Graphviz.executable() == nil {
            note = "The graph is not drawn: " + Graphviz.missing + "."
        } else {
            switch Graphviz.draw(DOTWriter(weighted: weighted).render(drawn), as: "svg") {
            case .success(let result): svg = String(decoding: result.output, as: UTF8.self)
            case .failure(let failure): note = "The graph could not be drawn: " + failure.message
            }
        }
        let title = options.title ?? "Provenance of \(stats.traced) article\(stats.traced == 1 ? "" : "s")"
        let page = HTMLReport(title: title, top: options.top).render(
            stats: stats, graph: drawn, graphSVG: svg, graphNote: note, articles: items, omitted: omitted)
        if let path = options.output {
            do {
                try Data(page.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                Output.warning("\(path): error: cannot write the report: \(error.localizedDescription)")
                _ = session.finish(summary)
                return 1
            }
        } else {
            var output = Output()
            output.write(page)
            output.flush()
        }
        return session.finish(summary)
    }
}
