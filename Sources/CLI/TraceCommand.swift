import Attribution

/// `attribution trace`: one trace per article, streamed in input order.
struct TraceCommand {
    var options: TraceOptions

    func run() -> Int32 {
        let tracer = Tracer()
        let format = options.format
        let minConfidence = options.minConfidence
        var output = Output()
        let skipped = CorpusRunner(paths: options.paths, jobs: resolvedJobs(options.jobs)).run(
            make: { "" },
            add: { rendered, article, warnings in
                var trace = tracer.trace(article, minConfidence: minConfidence)
                if !warnings.isEmpty { trace.warnings.append("input decoded with U+FFFD replacing invalid UTF-8") }
                switch format {
                case .text: rendered += TextReport().render(trace)
                case .json: rendered += TraceJSONWriter(pretty: true).render(trace) + "\n"
                case .jsonl: rendered += TraceJSONWriter(pretty: false).render(trace) + "\n"
                }
            },
            combine: { output.write($0) })
        output.flush()
        return skipped.isEmpty ? 0 : 1
    }
}

/// `attribution graph`: one article's chain, or the weighted graph of a corpus, as DOT.
struct GraphCommand {
    var options: GraphOptions

    func run() -> Int32 {
        let tracer = Tracer()
        let minConfidence = options.minConfidence
        var graph = ProvenanceGraph()
        var articles = 0
        var title: String? = nil
        let skipped = CorpusRunner(paths: options.paths, jobs: resolvedJobs(options.jobs)).run(
            make: { (ProvenanceGraph(), 0, String?.none) },
            add: { partial, article, _ in
                partial.0.add(tracer.trace(article, minConfidence: minConfidence, mentions: false))
                partial.1 += 1
                partial.2 = partial.2 ?? article.id
            },
            combine: { partial in
                graph.merge(partial.0)
                articles += partial.1
                title = title ?? partial.2
            })
        let weighted = articles > 1
        // A corpus graph shows the outlets; the people quoted belong to single articles.
        let outlets = weighted ? graph.without(.quote) : graph
        let shown = outlets.pruned(minWeight: options.minWeight, top: options.top)
        var output = Output()
        switch options.format {
        case .dot:
            output.write(DOTWriter(weighted: weighted).render(shown, title: weighted ? "\(articles) articles" : title))
        case .graphml: output.write(GraphMLWriter().render(shown))
        }
        output.flush()
        return skipped.isEmpty ? 0 : 1
    }
}
