import Attribution

/// `attribution trace`: one trace per article, streamed in input order.
struct TraceCommand {
    var options: TraceOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let format = options.format
        let minConfidence = options.minConfidence
        let session = CorpusSession(
            paths: options.paths, jobs: options.jobs, stdinShard: options.stdinShard,
            maxArticleBytes: options.maxArticleBytes)
        var output = Output()
        let summary = session.runner.map(
            { article -> String in
                let trace = tracer.trace(article, minConfidence: minConfidence)
                // A page's offsets count into the text read out of it, which the JSON then carries.
                let text = article.isPage ? article.text : nil
                switch format {
                case .text: return TextReport().render(trace)
                case .json: return TraceJSONWriter(pretty: true).render(trace, text: text) + "\n"
                case .jsonl: return TraceJSONWriter(pretty: false).render(trace, text: text) + "\n"
                }
            }, each: { output.write($0) })
        output.flush()
        return session.finish(summary)
    }
}
