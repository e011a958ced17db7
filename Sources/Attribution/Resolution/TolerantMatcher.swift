/// Resolves misspelt outlet names (`Handelblatt`, `The Strait Times`) to the one outlet clearly meant.
///
/// A name of at least 7 letters matches an outlet key when their edit distance (insertions,
/// deletions, substitutions and swaps of neighbours) is at most 1, or 2 from 10 letters on, and no
/// other outlet is as close; the first letter must agree. Shorter names are too close to ordinary words (`Mereka`, `Analis`).
struct TolerantMatcher: Sendable {
    let gazetteer: Gazetteer
    private let keys: [(key: [UInt8], outlet: Int, letters: UInt64)]

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        keys = gazetteer.keys.filter { $0.key.utf8.count >= 6 }.map { (Array($0.key.utf8), $0.value) }
            .sorted { ($0.0[0], $0.0.count, $0.1) < ($1.0[0], $1.0.count, $1.1) }
            .map { (key: $0.0, outlet: $0.1, letters: Self.letters($0.0)) }
    }

    /// The set of a key's bytes, each as bit `byte % 64`.
    static func letters(_ key: [UInt8]) -> UInt64 {
        key.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// A lower bound of the edit distance of two keys from their byte sets: an edit removes at
    /// most one byte value from a key's set, or adds one, and a swap changes neither.
    static func setDistance(_ a: UInt64, _ b: UInt64) -> Int {
        max((a & ~b).nonzeroBitCount, (b & ~a).nonzeroBitCount)
    }

    /// The outlet `name` denotes, exactly or by a small misspelling; an ordinary word that
    /// names an outlet (`Metro`) only in a `mediaContext`, and never by a misspelling.
    func resolve(_ name: String, mediaContext: Bool = false) -> (outlet: Int, fuzzy: Bool)? {
        if let exact = gazetteer.outlet(named: name, mediaContext: mediaContext) { return (exact, false) }
        let key = Array(Gazetteer.key(name).utf8)
        guard key.count >= 7 else { return nil }
        let limit = key.count >= 10 ? 2 : 1
        var best = limit + 1
        var found: Set<Int> = []
        // Misspellings keep the first letter: search only keys that start with it, near in length.
        let first = key[0]
        let letters = Self.letters(key)
        let lower = keys.partitionIndex { ($0.key[0], $0.key.count) >= (first, key.count - limit) }
        for candidate in keys[lower...] {
            if candidate.key[0] != first || candidate.key.count > key.count + limit { break }
            // Keys too far apart by their byte sets alone cannot be the match.
            if Self.setDistance(letters, candidate.letters) > limit { continue }
            let d = Self.distance(key, candidate.key, limit: limit)
            if d < best {
                best = d
                found = [candidate.outlet]
            } else if d == best {
                found.insert(candidate.outlet)
            }
        }
        guard best <= limit, found.count == 1, let outlet = found.first else { return nil }
        return (outlet, true)
    }

    /// Optimal string alignment distance, stopping early past `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let m = a.count
        let n = b.count
        // Three rows in one scratch buffer, rotated by offset.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 1)) { rows in
            var previous2 = 0
            var previous = n + 1
            var current = 2 * (n + 1)
            for j in 0...n {
                rows[previous2 + j] = 0
                rows[previous + j] = j
            }
            for i in 1...m {
                rows[current] = i
                var rowMin = i
                for j in 1...n {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        v = min(v, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + n]
        }
    }
}

extension Collection {
    /// The first index whose element satisfies `isAbove`, for a collection partitioned by it.
    func partitionIndex(where isAbove: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if isAbove(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
