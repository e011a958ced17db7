import Foundation

extension StatsJSON {
    /// Reads what ``render(_:)`` wrote, refusing counts no run can give: negative ones, a
    /// `records` block where read is not traced plus skipped or skipped not the sum of its
    /// reasons, and more articles with an agency or publisher than articles.
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
            guard n >= 0 else { throw fail("\(what) is \(n); counts are never negative") }
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
        var skipped: Int? = nil
        if let value = records["skipped"] { skipped = try int(value, "records.skipped") }
        if let problem = inconsistency(stats, skipped: skipped) { throw fail(problem) }
        return stats
    }

    /// What in `stats` no run can give, if anything: every count is at least 0 already.
    static func inconsistency(_ stats: CorpusStats, skipped: Int?) -> String? {
        var sum = 0
        for n in stats.skipped.values {
            let (next, overflow) = sum.addingReportingOverflow(n)
            if overflow { return "records.skipped_reasons add up to more than \(Int.max)" }
            sum = next
        }
        if let skipped, skipped != sum {
            return "records.skipped is \(skipped) but records.skipped_reasons add up to \(sum)"
        }
        let (read, overflow) = stats.traced.addingReportingOverflow(sum)
        if overflow || read != stats.read {
            return "records.read is \(stats.read) but traced \(stats.traced) plus skipped \(sum) is "
                + (overflow ? "more than \(Int.max)" : "\(read)")
        }
        if stats.withAgency > stats.traced {
            return "articles.with_agency (\(stats.withAgency)) is more than records.traced (\(stats.traced))"
        }
        if stats.withPublisher > stats.traced {
            return "articles.with_publisher (\(stats.withPublisher)) is more than records.traced (\(stats.traced))"
        }
        for (name, count) in stats.sources.sorted(by: { $0.key < $1.key }) {
            if let (role, n) = count.roles.sorted(by: { $0.key < $1.key }).first(where: { $0.value > count.articles }) {
                return "sources.\(name).roles.\(role.rawValue) (\(n)) is more than its articles (\(count.articles))"
            }
        }
        for (name, count) in stats.publishers.sorted(by: { $0.key < $1.key }) {
            if count.withAgency > count.articles {
                return
                    "publishers.\(name).with_agency (\(count.withAgency)) is more than its articles (\(count.articles))"
            }
            if let (source, n) = count.sources.sorted(by: { $0.key < $1.key }).first(where: {
                $0.value > count.articles
            }) {
                return "publishers.\(name).sources.\(source) (\(n)) is more than its articles (\(count.articles))"
            }
        }
        for (month, count) in stats.months.sorted(by: { $0.key < $1.key }) where count.withAgency > count.articles {
            return "months.\(month).with_agency (\(count.withAgency)) is more than its articles (\(count.articles))"
        }
        return nil
    }
}
