import Foundation
import Testing

@testable import Attribution

/// A stats file `merge` reads: counts no run can give are refused with the file named.
@Suite struct StatsJSONParseTests {
    /// A valid file whose `records` and `articles` blocks are replaced.
    static func file(
        records: String, articles: String = "{\"with_publisher\": 1, \"with_agency\": 1}", publishers: String = "[]"
    ) -> Data {
        Data(
            """
            {"format": "attribution-stats", "version": 1, "records": \(records), "articles": \(articles),
             "sources": [], "publishers": \(publishers), "cue_families": {}, "chain_depth": {}, "months": {}}
            """.utf8)
    }

    static let goodRecords =
        "{\"read\": 3, \"traced\": 2, \"skipped\": 1, \"skipped_reasons\": {\"malformed_json\": 1}}"

    @Test func aConsistentFileIsRead() throws {
        let stats = try StatsJSON.parse(Self.file(records: Self.goodRecords), path: "ok.json")
        #expect(stats.read == 3 && stats.traced == 2 && stats.skippedTotal == 1)
    }

    @Test(arguments: [
        (
            "{\"read\": 3, \"traced\": 1, \"skipped\": 1, \"skipped_reasons\": {\"malformed_json\": 1}}",
            "records.read is 3 but traced 1 plus skipped 1 is 2"
        ),
        (
            "{\"read\": 3, \"traced\": 2, \"skipped\": 5, \"skipped_reasons\": {\"malformed_json\": 1}}",
            "records.skipped is 5 but records.skipped_reasons add up to 1"
        ),
        (
            "{\"read\": -1, \"traced\": 2, \"skipped\": 1, \"skipped_reasons\": {}}",
            "records.read is -1; counts are never negative"
        ),
        (
            "{\"read\": 3, \"traced\": 2, \"skipped\": 1, \"skipped_reasons\": {\"malformed_json\": -1}}",
            "records.skipped_reasons.malformed_json is -1; counts are never negative"
        ),
        (
            "{\"read\": 9223372036854775807, \"traced\": 9223372036854775807, \"skipped\": 1, \"skipped_reasons\": {\"x\": 1}}",
            "records.read is 9223372036854775807 but traced 9223372036854775807 plus skipped 1 is more than 9223372036854775807"
        ),
        (
            "{\"read\": 2, \"traced\": 0, \"skipped\": 2, \"skipped_reasons\": {\"x\": 9223372036854775807, \"y\": 9223372036854775807}}",
            "records.skipped_reasons add up to more than 9223372036854775807"
        ),
        (
            "{\"read\": 9223372036854775808, \"traced\": 2, \"skipped\": 1, \"skipped_reasons\": {}}",
            "records.read is not a whole number"
        ),
    ])
    func inconsistentRecordsAreRefused(records: String, message: String) {
        #expect(throws: StatsJSON.ReadError(path: "bad.json", message: message)) {
            try StatsJSON.parse(Self.file(records: records), path: "bad.json")
        }
    }

    @Test(arguments: [
        (
            "{\"with_publisher\": 1, \"with_agency\": 3}", "[]",
            "articles.with_agency (3) is more than records.traced (2)"
        ),
        ("{\"with_publisher\": 1, \"with_agency\": -2}", "[]", "articles.with_agency is -2; counts are never negative"),
        (
            "{\"with_publisher\": 1, \"with_agency\": 1}",
            "[{\"name\": \"P\", \"kind\": \"online\", \"articles\": 1, \"with_agency\": 2, \"sources\": {}}]",
            "publishers.P.with_agency (2) is more than its articles (1)"
        ),
        (
            "{\"with_publisher\": 1, \"with_agency\": 1}",
            "[{\"name\": \"P\", \"kind\": \"online\", \"articles\": 1, \"with_agency\": 1, \"sources\": {\"A\": 4}}]",
            "publishers.P.sources.A (4) is more than its articles (1)"
        ),
    ])
    func impossibleSharesAreRefused(articles: String, publishers: String, message: String) {
        let data = Self.file(records: Self.goodRecords, articles: articles, publishers: publishers)
        #expect(throws: StatsJSON.ReadError(path: "bad.json", message: message)) {
            try StatsJSON.parse(data, path: "bad.json")
        }
    }
}
