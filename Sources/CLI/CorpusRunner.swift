import Attribution

/// Streams every input record through `work` on all threads, in input order, reporting unreadable
/// records as `file:line: error` and counting them. Returns the exit status (1 if anything was skipped).
struct CorpusRunner {
    var paths: [String]
    var jobs: Int

    /// What one chunk of records produced.
    struct Chunk<T: Sendable>: Sendable {
        var value: T
        var problems: [String] = []
        var skipped: [String: Int] = [:]
    }

    func run<T: Sendable>(
        _ work: @escaping @Sendable (Article) -> T, combine: (T) -> Void
    ) -> (skipped: [String: Int], failed: Bool) {
        var inputs = Inputs(paths: paths)
        var skipped: [String: Int] = [:]
        for error in inputs.openErrors {
            Output.warning("\(error.description.replacingFirst(": ", with: ": error: "))")
            skipped[error.key, default: 0] += 1
        }
        var progress = Progress()
        while true {
            let batch: RecordBatch?
            do {
                batch = try inputs.stream.next()
            } catch {
                Output.warning(error.description.replacingFirst(": ", with: ": error: "))
                skipped[error.key, default: 0] += 1
                continue
            }
            guard let batch else { break }
            let chunks = ParallelBatch.map(batch, jobs: jobs) { range -> [Chunk<T>] in
                var out: [Chunk<T>] = []
                for index in range {
                    switch batch.article(at: index) {
                    case .success(let (article, warnings)):
                        out.append(Chunk(value: work(article), problems: warnings.map { $0.replacingFirst(": ", with: ": warning: ") }))
                    case .failure(let error):
                        out.append(Chunk(value: work(Article(id: "", text: "")), problems: [], skipped: [error.key: 1]))
                        out[out.count - 1].problems = [error.description.replacingFirst(": ", with: ": error: ")]
                        out[out.count - 1].skipped = [error.key: 1]
                    }
                }
                return out
            }
            for chunk in chunks {
                for item in chunk {
                    for problem in item.problems { Output.warning(problem) }
                    if item.skipped.isEmpty {
                        combine(item.value)
                    } else {
                        for (key, n) in item.skipped { skipped[key, default: 0] += n }
                    }
                }
            }
            progress.update(records: batch.count, bytes: inputs.stream.bytesRead)
        }
        progress.finish()
        let total = skipped.values.reduce(0, +)
        if total > 0 {
            let reasons = skipped.keys.sorted().map { "\($0) \(skipped[$0]!)" }.joined(separator: ", ")
            Output.warning("attribution: skipped \(total) input record\(total == 1 ? "" : "s") (\(reasons))")
        }
        return (skipped, total > 0)
    }
}

extension String {
    /// The string with its first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
