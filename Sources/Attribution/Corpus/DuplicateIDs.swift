/// A record's id, with where it was read and its hash, for the duplicate check.
struct IDMark: Sendable {
    var line: Int
    var id: String
    /// Hashed on the worker thread that read the record.
    var hash: Int

    init(line: Int, id: String) {
        self.line = line
        self.id = id
        hash = id.hashValue
    }
}

/// Warns of each record whose id an earlier record had, in input order, so that the warnings
/// are the same at any number of threads.
///
/// Memory stays bounded for corpora of millions of records: ids are kept as their 64-bit
/// hashes only (8 to 16 bytes each in a set), the first ``limit`` of them; past it, one warning
/// says the check stopped. Hashes are SipHash with the process's random seed, so that no input
/// can be made to collide on purpose; two different ids among n collide by chance with odds of
/// about n²/2⁶⁵ (one in 2,000,000 for the limit's 4 million ids).
struct DuplicateIDs {
    /// The most distinct ids remembered by default: 4 Mi, at most 64 MiB of hashes.
    static let defaultLimit = 1 << 22

    /// The most distinct ids remembered.
    let limit: Int
    private var seen = Set<Int>()
    private var stopped = false

    init(limit: Int = DuplicateIDs.defaultLimit) {
        self.limit = limit
    }

    /// The chunk's diagnostics and duplicate-id warnings, in the order of their lines.
    mutating func diagnostics<T>(of chunk: Chunk<T>, path: String) -> [Diagnostic] {
        guard !chunk.ids.isEmpty else { return chunk.diagnostics }
        var out: [Diagnostic] = []
        out.reserveCapacity(chunk.diagnostics.count)
        var next = 0
        for mark in chunk.ids {
            while next < chunk.diagnostics.count, chunk.diagnostics[next].line <= mark.line {
                out.append(chunk.diagnostics[next])
                next += 1
            }
            if let warning = check(mark, path: path) { out.append(warning) }
        }
        out += chunk.diagnostics[next...]
        return out
    }

    private mutating func check(_ mark: IDMark, path: String) -> Diagnostic? {
        guard !stopped else { return nil }
        if seen.count >= limit {
            stopped = true
            return Diagnostic(
                .warning, path: path, line: mark.line,
                message: "\(limit) distinct ids read: duplicate ids are not checked from here on")
        }
        guard !seen.insert(mark.hash).inserted else { return nil }
        return Diagnostic(.warning, path: path, line: mark.line, message: "duplicate id '\(mark.id)'")
    }
}
