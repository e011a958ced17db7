import Attribution

/// `attribution trace`: one trace per article, streamed in input order.
struct TraceCommand {
    var options: TraceOptions

    func run() -> Int32 {
        let tracer = Tracer()
        let format = options.format
        let minConfidence = options.minConfidence
        var output = Output()
        let result = CorpusRunner(paths: options.paths, jobs: resolvedJobs(options.jobs)).run({ article -> String in
            let trace = tracer.trace(article, minConfidence: minConfidence)
            switch format {
            case .text: return TextReport().render(trace)
            case .json: return TraceJSONWriter(pretty: true).render(trace) + "\n"
            case .jsonl: return TraceJSONWriter(pretty: false).render(trace) + "\n"
            }
        }) { rendered in
            output.write(rendered)
        }
        output.flush()
        return result.failed ? 1 : 0
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
        let result = CorpusRunner(paths: options.paths, jobs: resolvedJobs(options.jobs)).run({ article in
            (ProvenanceGraph(tracer.trace(article, minConfidence: minConfidence, mentions: false)), article.id)
        }) { item in
            graph.merge(item.0)
            articles += 1
            title = item.1
        }
        let weighted = articles > 1
        let shown = graph.pruned(minWeight: options.minWeight, top: options.top)
        var output = Output()
        output.write(DOTWriter(weighted: weighted).render(shown, title: weighted ? "\(articles) articles" : title))
        output.flush()
        return result.failed ? 1 : 0
    }
}
