import Attribution

/// `attribution graph`: one article's chain, or the weighted graph of a corpus, as DOT or GraphML.
struct GraphCommand {
    var options: GraphOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let minConfidence = options.minConfidence
        let session = CorpusSession(paths: options.paths, jobs: options.jobs)
        var graph = ProvenanceGraph()
        var articles = 0
        var firstID: String? = nil
        // Merged in input order, so that a name's first kind is the same at any --jobs.
        let summary = session.runner.map(
            { article in
                (
                    id: article.id,
                    graph: ProvenanceGraph(tracer.trace(article, minConfidence: minConfidence, mentions: false))
                )
            },
            each: { traced in
                graph.merge(traced.graph)
                articles += 1
                firstID = firstID ?? traced.id
            })
        let weighted = articles > 1
        // A corpus graph shows the outlets; the people quoted belong to single articles.
        let outlets = weighted ? graph.without(.quote) : graph
        let shown = outlets.pruned(minWeight: options.minWeight, top: options.top)
        var output = Output()
        switch options.format {
        case .dot:
            output.write(
                DOTWriter(weighted: weighted).render(shown, title: weighted ? "\(articles) articles" : firstID))
        case .graphml: output.write(GraphMLWriter().render(shown))
        }
        output.flush()
        return session.finish(summary)
    }
}
