import Attribution
import Dispatch

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
        make: @escaping @Sendable () -> A, add: @escaping @Sendable (inout A, Article, [String]) -> Void,
        combine: (A) -> Void
    ) -> [String: Int] {
        var inputs = Inputs(paths: paths)
        var skipped: [String: Int] = [:]
        for error in inputs.openErrors { report(error, into: &skipped) }
        var progress = Progress()
        // The next batch is read on another thread while the workers trace this one.
        let reader = BatchReader(stream: inputs.stream)
        reader.start()
        while true {
            let batch: RecordBatch?
            switch reader.take() {
            case .failure(let error):
                report(error, into: &skipped)
                reader.start()
                continue
            case .success(let next):
                batch = next
            }
            guard let batch else { break }
            reader.start()
            let chunks = ParallelBatch.map(batch, jobs: jobs) { range -> Chunk<A> in
                var chunk = Chunk(value: make())
                for index in range {
                    switch batch.article(at: index) {
                    case .success(let (article, warnings)):
                        chunk.problems += warnings.map { $0.replacingFirst(": ", with: ": warning: ") }
                        add(&chunk.value, article, warnings)
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
            progress.update(records: batch.count, bytes: reader.bytesRead)
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

/// Reads batches one ahead on a background thread. Only one read is ever in flight, and the
/// stream is touched by nobody else meanwhile, so the unchecked `Sendable` holds.
final class BatchReader: @unchecked Sendable {
    private var stream: RecordStream
    private var result: Result<RecordBatch?, InputError> = .success(nil)
    private let group = DispatchGroup()
    private(set) var bytesRead = 0

    init(stream: RecordStream) {
        self.stream = stream
    }

    /// Starts reading the next batch.
    func start() {
        group.enter()
        DispatchQueue.global().async {
            do throws(InputError) {
                self.result = .success(try self.stream.next())
            } catch {
                self.result = .failure(error)
            }
            self.bytesRead = self.stream.bytesRead
            self.group.leave()
        }
    }

    /// Waits for the batch started last.
    func take() -> Result<RecordBatch?, InputError> {
        group.wait()
        return result
    }
}
