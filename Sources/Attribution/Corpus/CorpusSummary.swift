/// The accounting of one run over a corpus: every record read was traced or skipped.
public struct CorpusSummary: Sendable, Hashable {
    /// Records traced.
    public var traced = 0
    /// Records (or whole files) skipped, by reason: `malformed_json`, `missing_text`, `unreadable`.
    public var skipped: [String: Int] = [:]
    /// Input bytes read.
    public var bytes = 0

    /// Records read: traced plus skipped.
    public var read: Int { traced + skippedTotal }
    /// Records skipped in all.
    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// Adds another partial summary.
    mutating func merge(_ other: CorpusSummary) {
        traced += other.traced
        for (reason, n) in other.skipped { skipped[reason, default: 0] += n }
    }
}

/// How far a run has come, reported after each batch.
public struct CorpusProgress: Sendable, Hashable {
    /// Records handed to the work so far.
    public var records: Int
    /// Input bytes read so far.
    public var bytes: Int
}

/// A value that partial results merge into, so that a corpus is summed on several threads or
/// machines: merging the parts in any grouping gives what adding every article to one gives.
public protocol Mergeable: Sendable {
    /// Adds another partial result, as if its articles had been added here.
    mutating func merge(_ other: Self)
}

extension CorpusStats: Mergeable {}
