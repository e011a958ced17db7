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

    /// Runs `add` over every article; returns the skip counts by reason. When `orderFree`, the
    /// result does not depend on how articles are grouped (the accumulator only sums), so each
    /// chunk's accumulator is kept across batches and combined once at the end.
    func run<A: Sendable>(
        orderFree: Bool = false, make: @escaping @Sendable () -> A,
        add: @escaping @Sendable (inout A, Article, [String]) -> Void, combine: (A) -> Void
    ) -> [String: Int] {
        let inputs = Inputs(paths: paths)
        var skipped: [String: Int] = [:]
        for error in inputs.openErrors { report(error, into: &skipped) }
        var progress = Progress()
        let kept = orderFree ? KeptChunks(count: ParallelBatch.maxChunks(jobs: jobs), make: make) : nil
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
            if let kept {
                // Each chunk number's accumulator lives on; its messages are printed per batch.
                ParallelBatch.forEachChunk(batch, jobs: jobs) { number, range in
                    kept.update(number) { Self.fold(batch, range, into: &$0, add: add) }
                }
                kept.drainMessages(into: &skipped)
            } else {
                let chunks = ParallelBatch.map(batch, jobs: jobs) { range -> Chunk<A> in
                    var chunk = Chunk(value: make())
                    Self.fold(batch, range, into: &chunk, add: add)
                    return chunk
                }
                for var chunk in chunks {
                    chunk.drainMessages(into: &skipped)
                    combine(chunk.value)
                }
            }
            progress.update(records: batch.count, bytes: reader.bytesRead)
        }
        kept?.values.forEach(combine)
        progress.finish()
        let total = skipped.values.reduce(0, +)
        if total > 0 {
            let reasons = skipped.keys.sorted().map { "\($0) \(skipped[$0]!)" }.joined(separator: ", ")
            Output.warning("attribution: skipped \(total) input record\(total == 1 ? "" : "s") (\(reasons))")
        }
        return skipped
    }

    /// Folds the records `range` of `batch` into `chunk`, noting what could not be read.
    private static func fold<A>(
        _ batch: RecordBatch, _ range: Range<Int>, into chunk: inout Chunk<A>,
        add: (inout A, Article, [String]) -> Void
    ) {
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

extension CorpusRunner.Chunk {
    /// Prints the chunk's messages and moves its skip counts into `skipped`.
    mutating func drainMessages(into skipped: inout [String: Int]) {
        for problem in problems { Output.warning(problem) }
        for (key, n) in self.skipped { skipped[key, default: 0] += n }
        problems = []
        self.skipped = [:]
    }
}

/// One accumulator per chunk number, kept across batches. Within a batch each chunk number is
/// worked on by exactly one thread, and batches follow one another, so the unchecked `Sendable` holds.
final class KeptChunks<A: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<CorpusRunner.Chunk<A>>

    init(count: Int, make: () -> A) {
        slots = .allocate(capacity: count)
        for index in 0..<count { (slots.baseAddress! + index).initialize(to: CorpusRunner.Chunk(value: make())) }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func update(_ number: Int, _ body: (inout CorpusRunner.Chunk<A>) -> Void) {
        body(&slots[number])
    }

    /// Prints every chunk's messages of the batch just done, in chunk order.
    func drainMessages(into skipped: inout [String: Int]) {
        for index in slots.indices { slots[index].drainMessages(into: &skipped) }
    }

    var values: [A] { slots.map(\.value) }
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
