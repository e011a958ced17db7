import Attribution
import Foundation

/// `attribution graph`: one article's chain, or the weighted graph of a corpus, in the format
/// asked for; SVG and PNG are drawn by Graphviz's `dot`.
struct GraphCommand {
    var options: GraphOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let format = options.format
        if format.isDrawn, Graphviz.executable() == nil {
            Output.error("error: --format \(format.rawValue) needs Graphviz. " + Graphviz.missing)
            return 1
        }
        let session = CorpusSession(paths: options.paths, jobs: options.jobs, maxArticleBytes: options.maxArticleBytes)
        let (graph, articles, firstID, summary) = collect(session, tracer)
        if options.perArticle && articles > 1 {
            Output.warning(
                "attribution: warning: --per-article draws a node for each of the \(articles) articles; Graphviz "
                    + "takes minutes to lay out a few thousand and Mermaid draws at most 500 edges: leave it out "
                    + "for the graph of outlets and agencies")
        }
        let weighted = articles > 1
        // A corpus graph shows the outlets; the people quoted belong to single articles.
        let outlets = weighted ? graph.without(.quote) : graph
        let shown = outlets.pruned(minWeight: options.minWeight, top: options.top)
        let title = weighted ? "\(articles) articles" : firstID
        var output = Output()
        switch format {
        case .dot: output.write(DOTWriter(weighted: weighted).render(shown, title: title))
        case .json: output.write(GraphJSONWriter().render(shown))
        case .provJSON: output.write(ProvJSONWriter().render(shown))
        case .provN: output.write(ProvNWriter().render(shown))
        case .graphml: output.write(GraphMLWriter().render(shown))
        case .csv: output.write(EdgeCSVWriter().render(shown))
        case .mermaid:
            if shown.edgeCount > 500 {
                Output.warning(
                    "attribution: warning: the chart has \(shown.edgeCount) edges; Mermaid draws 500 at most "
                        + "(GitHub too): keep fewer with --top or --min-weight")
            }
            output.write(MermaidWriter(weighted: weighted).render(shown, title: title))
        case .svg, .png:
            switch Graphviz.draw(DOTWriter(weighted: weighted).render(shown, title: title), as: format.rawValue) {
            case .success(let drawn):
                if !drawn.warnings.isEmpty { Output.warning(drawn.warnings.trimmingCharacters(in: .newlines)) }
                output.write(drawn.output)
            case .failure(let failure):
                Output.error("error: " + failure.message)
                _ = session.finish(summary)
                return 1
            }
        }
        output.flush()
        return session.finish(summary)
    }

    /// Traces every article and merges the graphs in input order, so that a name's first kind
    /// and an edge's first evidence are the same at any --jobs.
    private func collect(_ session: CorpusSession, _ tracer: Tracer)
        -> (graph: ProvenanceGraph, articles: Int, firstID: String?, summary: CorpusSummary)
    {
        let minConfidence = options.minConfidence
        let mentions = options.format.hasEvidence
        // PROV makes one article an entity of its own; a corpus is folded back to outlets.
        let keepArticles = options.perArticle || options.format.isPROV
        var graph = ProvenanceGraph()
        var articles = 0
        var firstID: String? = nil
        let summary = session.runner.map(
            { article in
                let trace = tracer.trace(article, minConfidence: minConfidence, mentions: mentions)
                return (id: article.id, graph: ProvenanceGraph(trace, keepingArticle: keepArticles))
            },
            each: { traced in
                graph.merge(traced.graph)
                articles += 1
                firstID = firstID ?? traced.id
            })
        if keepArticles && !options.perArticle && articles > 1 { graph = graph.foldingArticles() }
        return (graph, articles, firstID, summary)
    }
}
