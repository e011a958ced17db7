import Foundation

/// Runs work over every article of a corpus on several threads, streaming.
///
/// Batches of whole records are read one ahead while the threads work on the current one, so
/// memory stays flat however large the corpus. Results never depend on the number of threads:
/// ``map(_:each:)`` hands them over in input order, ``reduce(into:_:)`` merges partial sums in a
/// fixed order. Records that cannot be read are reported as ``Diagnostic``s and counted in the
/// ``CorpusSummary``; the rest of the input is still read. A record whose id an earlier one
/// had is warned of.
///
/// ```swift
/// let tracer = Tracer()
/// let (stats, summary) = CorpusRunner(paths: ["corpus.jsonl"]).reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
/// print(StatsReport(top: 10).table(stats), summary.skippedTotal)
/// ```
public struct CorpusRunner {
    /// Files and folders to read (see ``InputPaths``); `-` reads ``standardInput``.
    public var paths: [String]
    /// Threads to use, from 1 to ``ParallelBatch/maxJobs``: other values are clamped into that range.
    public var jobs: Int {
        get { threads }
        set { threads = ParallelBatch.threads(newValue) }
    }
    private var threads = 1
    /// What `-` among the paths reads; the library opens no stream of its own.
    public var standardInput: (any ByteSource)?
    /// The most bytes of an article's text that are traced (``RecordStream/maxArticleBytes``):
    /// a longer text is cut, with a warning, as the last guard against input that would take
    /// too long. 1 MiB by default.
    public var maxArticleBytes = RecordStream.defaultMaxArticleBytes
    /// Called on the calling thread, in input order, for each problem with the input.
    public var onDiagnostic: (Diagnostic) -> Void = { _ in }
    /// Called on the calling thread after each batch.
    public var onProgress: (CorpusProgress) -> Void = { _ in }

    /// A runner over `paths` on `jobs` threads (all cores when nil; clamped to 1 to
    /// ``ParallelBatch/maxJobs``).
    public init(paths: [String], jobs: Int? = nil, standardInput: (any ByteSource)? = nil) {
        self.paths = paths
        self.threads = ParallelBatch.threads(jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.standardInput = standardInput
    }

    /// Transforms every article on the worker threads and hands the results to `consume` on
    /// the calling thread, in input order.
    @discardableResult
    public func map<T: Sendable>(_ transform: @escaping @Sendable (Article) -> T, each consume: (T) -> Void)
        -> CorpusSummary
    {
        run { batch in
            ParallelBatch.map(batch, jobs: jobs) { range -> Chunk<[T]> in
                var chunk = Chunk<[T]>(value: [])
                chunk.value.reserveCapacity(range.count)
                Self.fold(batch, range, into: &chunk) { $0.append(transform($1)) }
                return chunk
            }
        } deliver: { chunk in
            chunk.value.forEach(consume)
        }
    }

    /// Adds every article to a partial result per chunk of records and merges the parts. The
    /// parts are kept across batches and merged once, in chunk order, at the end: `A.merge`
    /// must not care how articles are grouped (sums do not).
    public func reduce<A: Mergeable>(
        into initial: @escaping @autoclosure @Sendable () -> A, _ add: @escaping @Sendable (inout A, Article) -> Void
    ) -> (result: A, summary: CorpusSummary) {
        let kept = KeptChunks(count: ParallelBatch.maxChunks(jobs: jobs), make: initial)
        let summary = run { batch -> [Chunk<Void>] in
            ParallelBatch.forEachChunk(batch, jobs: jobs) { number, range in
                kept.update(number) { Self.fold(batch, range, into: &$0, add: add) }
            }
            return kept.drainMessages()
        } deliver: { _ in
        }
        var result = initial()
        for value in kept.values { result.merge(value) }
        return (result, summary)
    }

    /// Reads every batch, has `work` process it, and passes each chunk's diagnostics, counts
    /// and result on in order.
    private func run<T>(_ work: (RecordBatch) -> [Chunk<T>], deliver: (Chunk<T>) -> Void) -> CorpusSummary {
        let inputs = CorpusInputs(paths: paths, standardInput: standardInput, maxArticleBytes: maxArticleBytes)
        var summary = CorpusSummary()
        for error in inputs.openErrors { report(error, into: &summary) }
        var records = 0
        var duplicates = DuplicateIDs()
        // The next batch is read on another thread while the workers trace this one.
        let reader = BatchReader(stream: inputs.stream)
        reader.start()
        while true {
            let batch: RecordBatch?
            let (taken, bytesRead) = reader.take()
            switch taken {
            case .failure(let error):
                report(error, into: &summary)
                reader.start()
                continue
            case .success(let next):
                batch = next
            }
            guard let batch else { break }
            reader.start()
            for chunk in work(batch) {
                duplicates.diagnostics(of: chunk, path: batch.path).forEach(onDiagnostic)
                summary.merge(chunk.summary)
                deliver(chunk)
            }
            records += batch.count
            summary.bytes = bytesRead
            onProgress(CorpusProgress(records: records, bytes: bytesRead))
        }
        return summary
    }

    /// Folds the records `range` of `batch` into `chunk`, noting what could not be read.
    static func fold<A>(
        _ batch: RecordBatch, _ range: Range<Int>, into chunk: inout Chunk<A>, add: (inout A, Article) -> Void
    ) {
        for index in range {
            switch batch.article(at: index) {
            case .success(let article):
                let line = batch.isJSONLines ? batch.line(of: index) : 0
                if article.repairedUTF8 {
                    chunk.diagnostics.append(
                        Diagnostic(
                            .warning, path: batch.path, line: line, message: "invalid UTF-8 replaced with U+FFFD"))
                }
                for note in article.notes {
                    chunk.diagnostics.append(Diagnostic(.warning, path: batch.path, line: line, message: note))
                }
                if let length = article.cutFromBytes {
                    chunk.diagnostics.append(
                        Diagnostic(
                            .warning, path: batch.path, line: line,
                            message:
                                "text cut to its first \(article.utf8.count) bytes of \(length) (the article size cap)")
                    )
                }
                if let unit = article.loneSurrogate {
                    chunk.diagnostics.append(
                        Diagnostic(
                            .warning, path: batch.path, line: line,
                            message:
                                "lone surrogate \(TextRepairs.escape(unit)) (half of a UTF-16 pair) replaced with U+FFFD"
                        ))
                }
                chunk.summary.traced += 1
                chunk.ids.append(IDMark(line: line, id: article.id))
                add(&chunk.value, article)
            case .failure(let error):
                chunk.diagnostics.append(Diagnostic(error))
                chunk.summary.skipped[error.key, default: 0] += 1
            }
        }
    }

    private func report(_ error: InputError, into summary: inout CorpusSummary) {
        onDiagnostic(Diagnostic(error))
        summary.skipped[error.key, default: 0] += 1
    }
}

/// What one chunk of records produced: its result, diagnostics and counts.
struct Chunk<A> {
    var value: A
    var diagnostics: [Diagnostic] = []
    /// The ids of the records traced, for the duplicate check.
    var ids: [IDMark] = []
    var summary = CorpusSummary()
}

extension Chunk: Sendable where A: Sendable {}
