/// Writes ``CorpusStats`` as JSON carrying every count a merge needs, and reads it back.
public enum StatsJSON {
    /// A `stats --format json` file that cannot be merged.
    public struct ReadError: Error, CustomStringConvertible, Sendable, Hashable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// The JSON text, sorted, ending in a newline.
    public static func render(_ stats: CorpusStats) -> String {
        let q = JSONText.quoted
        func counts<K>(_ dict: [K: Int], key: (K) -> String) -> String {
            let pairs = dict.map { (key($0.key), String($0.value)) }.sorted { $0.0 < $1.0 }
            return JSONText.object(pairs)
        }
        let records = JSONText.object([
            ("read", String(stats.read)), ("traced", String(stats.traced)), ("skipped", String(stats.skippedTotal)),
            ("skipped_reasons", counts(stats.skipped) { $0 }),
        ])
        let articles = JSONText.object([
            ("with_publisher", String(stats.withPublisher)), ("with_agency", String(stats.withAgency)),
        ])
        let sources = stats.rankedSources.map { item in
            JSONText.object([
                ("name", q(item.name)), ("kind", q(item.count.kind.rawValue)),
                ("articles", String(item.count.articles)),
                ("roles", counts(item.count.roles) { $0.rawValue }),
            ])
        }
        let publishers = stats.rankedPublishers.map { item in
            JSONText.object([
                ("name", q(item.name)), ("kind", q(item.count.kind.rawValue)),
                ("articles", String(item.count.articles)),
                ("with_agency", String(item.count.withAgency)), ("sources", counts(item.count.sources) { $0 }),
            ])
        }
        let months = stats.months.keys.sorted().map { month in
            (
                month,
                JSONText.object([
                    ("articles", String(stats.months[month]!.articles)),
                    ("with_agency", String(stats.months[month]!.withAgency)),
                ])
            )
        }
        let depthPairs = stats.depths.keys.sorted().map { (String($0), String(stats.depths[$0]!)) }
        return JSONText.object(
            [
                ("format", q("attribution-stats")), ("version", "1"), ("records", records), ("articles", articles),
                ("sources", JSONText.array(sources, pretty: true, indent: 1)),
                ("publishers", JSONText.array(publishers, pretty: true, indent: 1)),
                ("cue_families", counts(stats.cueFamilies) { $0 }), ("chain_depth", JSONText.object(depthPairs)),
                ("months", JSONText.object(months)),
            ], pretty: true) + "\n"
    }
}
