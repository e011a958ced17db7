import Dispatch

/// Runs work over the records of a batch on several threads, in contiguous chunks of about equal
/// bytes, and returns the chunks' results in input order, so output never depends on `jobs`.
public enum ParallelBatch {
    /// Splits `batch` into at most ``maxChunks(jobs:)`` chunks, runs `work` on each chunk's index
    /// range and returns the results in chunk order.
    public static func map<T: Sendable>(
        _ batch: RecordBatch, jobs: Int, _ work: @Sendable (Range<Int>) -> T
    ) -> [T] {
        let results = ResultSlots<T>(count: maxChunks(jobs: jobs))
        forEachChunk(batch, jobs: jobs) { index, range in results.set(index, work(range)) }
        return results.values()
    }

    /// The most threads a batch is run on: more only cost memory (a partial result and 32 chunk
    /// slots a thread), and the machines this runs on have fewer cores. `jobs` outside
    /// `1...maxJobs` is clamped into it, so that no count of jobs can overflow or exhaust memory.
    public static let maxJobs = 256

    /// `jobs` clamped into `1...maxJobs`.
    public static func threads(_ jobs: Int) -> Int { min(max(1, jobs), maxJobs) }

    /// The most chunks ``forEachChunk(_:jobs:_:)`` splits a batch into: 32 a thread, so that the
    /// threads finish a batch within a small chunk of one another (each waits for the last).
    public static func maxChunks(jobs: Int) -> Int { threads(jobs) * chunksPerJob + 1 }

    private static let chunksPerJob = 32

    /// Splits `batch` into at most ``maxChunks(jobs:)`` chunks and runs `work` on each chunk's
    /// number and index range, chunks in parallel; for work whose results do not depend on how
    /// records are grouped (sums), kept per chunk number across batches.
    public static func forEachChunk(_ batch: RecordBatch, jobs: Int, _ work: @Sendable (Int, Range<Int>) -> Void) {
        let chunks = split(batch, parts: threads(jobs))
        if chunks.count == 1 { return work(0, chunks[0]) }
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in work(index, chunks[index]) }
    }

    /// Index ranges of about equal byte size.
    static func split(_ batch: RecordBatch, parts: Int) -> [Range<Int>] {
        let n = batch.count
        guard parts > 1, n > 1 else { return [0..<n] }
        let target = max(1, batch.byteCount / (parts * chunksPerJob))
        var ranges: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for i in 0..<n {
            bytes += batch.lines[i].range.count
            if bytes >= target {
                ranges.append(start..<(i + 1))
                start = i + 1
                bytes = 0
            }
        }
        if start < n { ranges.append(start..<n) }
        return ranges
    }
}

/// One slot per chunk, each written by exactly one thread before any is read.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        slots[index] = value
    }

    /// The results set, in chunk order (chunks are numbered from 0 without gaps).
    func values() -> [T] { slots.compactMap { $0 } }
}
