import Foundation

/// Writes ``CorpusStats`` as JSON carrying every count a merge needs, and reads it back.
public enum StatsJSON {
    /// A `stats --format json` file that cannot be merged.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
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

    /// Reads what ``render(_:)`` wrote.
    public static func parse(_ data: Data, path: String) throws(ReadError) -> CorpusStats {
        func fail(_ message: String) -> ReadError { ReadError(path: path, message: message) }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw fail("not a JSON object")
        }
        guard root["format"] as? String == "attribution-stats", root["version"] as? Int == 1 else {
            throw fail("not the output of `attribution stats --format json` (format attribution-stats, version 1)")
        }
        func int(_ any: Any?, _ what: String) throws(ReadError) -> Int {
            guard let n = any as? Int else { throw fail("\(what) is not a whole number") }
            return n
        }
        func intMap(_ any: Any?, _ what: String) throws(ReadError) -> [String: Int] {
            guard let dict = any as? [String: Any] else { throw fail("\(what) is not an object") }
            var out: [String: Int] = [:]
            for (k, v) in dict { out[k] = try int(v, "\(what).\(k)") }
            return out
        }
        var stats = CorpusStats()
        guard let records = root["records"] as? [String: Any], let articles = root["articles"] as? [String: Any] else {
            throw fail("records or articles missing")
        }
        stats.read = try int(records["read"], "records.read")
        stats.traced = try int(records["traced"], "records.traced")
        stats.skipped = try intMap(records["skipped_reasons"], "records.skipped_reasons")
        stats.withPublisher = try int(articles["with_publisher"], "articles.with_publisher")
        stats.withAgency = try int(articles["with_agency"], "articles.with_agency")
        for item in root["sources"] as? [[String: Any]] ?? [] {
            guard let name = item["name"] as? String else { throw fail("a source has no name") }
            var count = CorpusStats.SourceCount(kind: OutletKind(rawValue: item["kind"] as? String ?? "") ?? .unknown)
            count.articles = try int(item["articles"], "sources.\(name).articles")
            for (role, n) in try intMap(item["roles"], "sources.\(name).roles") {
                guard let r = Role(rawValue: role) else { throw fail("unknown role '\(role)'") }
                count.roles[r] = n
            }
            stats.sources[name] = count
        }
        for item in root["publishers"] as? [[String: Any]] ?? [] {
            guard let name = item["name"] as? String else { throw fail("a publisher has no name") }
            var count = CorpusStats.PublisherCount(
                kind: OutletKind(rawValue: item["kind"] as? String ?? "") ?? .unknown)
            count.articles = try int(item["articles"], "publishers.\(name).articles")
            count.withAgency = try int(item["with_agency"], "publishers.\(name).with_agency")
            count.sources = try intMap(item["sources"], "publishers.\(name).sources")
            stats.publishers[name] = count
        }
        stats.cueFamilies = try intMap(root["cue_families"], "cue_families")
        for (k, v) in try intMap(root["chain_depth"], "chain_depth") {
            guard let depth = Int(k) else { throw fail("chain_depth key '\(k)' is not a number") }
            stats.depths[depth] = v
        }
        guard let months = root["months"] as? [String: Any] else { throw fail("months is not an object") }
        for (month, value) in months {
            let m = try intMap(value, "months.\(month)")
            stats.months[month] = CorpusStats.MonthCount(
                articles: m["articles"] ?? 0, withAgency: m["with_agency"] ?? 0)
        }
        return stats
    }
}
