import Attribution

/// Streams every input record through an accumulator on all threads. Each thread folds a chunk
/// of records into its own accumulator; chunks are combined in input order, so the result is the
/// same at any `--jobs`. Unreadable records are reported as `file:line: error: ...` and counted.
struct CorpusRunner {
    var paths: [String]
    var jobs: Int

    /// What one chunk of records produced.
    struct Chunk<A: Sendable>: Sendable {
        var value: A
        var problems: [String] = []
        var skipped: [String: Int] = [:]
    }

    /// Runs `add` over every article; returns the skip counts by reason.
    func run<A: Sendable>(
        make: @escaping @Sendable () -> A, add: @escaping @Sendable (inout A, Article) -> Void,
        combine: (A) -> Void
    ) -> [String: Int] {
        var inputs = Inputs(paths: paths)
        var skipped: [String: Int] = [:]
        for error in inputs.openErrors { report(error, into: &skipped) }
        var progress = Progress()
        while true {
            let batch: RecordBatch?
            do {
                batch = try inputs.stream.next()
            } catch {
                report(error, into: &skipped)
                continue
            }
            guard let batch else { break }
            let chunks = ParallelBatch.map(batch, jobs: jobs) { range -> Chunk<A> in
                var chunk = Chunk(value: make())
                for index in range {
                    switch batch.article(at: index) {
                    case .success(let (article, warnings)):
                        chunk.problems += warnings.map { $0.replacingFirst(": ", with: ": warning: ") }
                        add(&chunk.value, article)
                    case .failure(let error):
                        chunk.problems.append(error.description.replacingFirst(": ", with: ": error: "))
                        chunk.skipped[error.key, default: 0] += 1
                    }
                }
                return chunk
            }
            for chunk in chunks {
                for problem in chunk.problems { Output.warning(problem) }
                for (key, n) in chunk.skipped { skipped[key, default: 0] += n }
                combine(chunk.value)
            }
            progress.update(records: batch.count, bytes: inputs.stream.bytesRead)
        }
        progress.finish()
        let total = skipped.values.reduce(0, +)
        if total > 0 {
            let reasons = skipped.keys.sorted().map { "\($0) \(skipped[$0]!)" }.joined(separator: ", ")
            Output.warning("attribution: skipped \(total) input record\(total == 1 ? "" : "s") (\(reasons))")
        }
        return skipped
    }

    private func report(_ error: InputError, into skipped: inout [String: Int]) {
        Output.warning(error.description.replacingFirst(": ", with: ": error: "))
        skipped[error.key, default: 0] += 1
    }
}

extension String {
    /// The string with its first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
