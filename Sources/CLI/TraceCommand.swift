import Attribution

/// `attribution trace`: one trace per article, streamed in input order.
struct TraceCommand {
    var options: TraceOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let format = options.format
        let minConfidence = options.minConfidence
        let session = CorpusSession(paths: options.paths, jobs: options.jobs, stdinShard: options.stdinShard)
        var output = Output()
        let summary = session.runner.map(
            { article -> String in
                let trace = tracer.trace(article, minConfidence: minConfidence)
                switch format {
                case .text: return TextReport().render(trace)
                case .json: return TraceJSONWriter(pretty: true).render(trace) + "\n"
                case .jsonl: return TraceJSONWriter(pretty: false).render(trace) + "\n"
                }
            }, each: { output.write($0) })
        output.flush()
        return session.finish(summary)
    }
}
