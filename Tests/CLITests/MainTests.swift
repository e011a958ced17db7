import Foundation
import Testing

/// The tool end to end: exit codes, streams and messages (skipped when the product is not built).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: tool), "the attribution product is not built"))
struct MainTests {
    @Test func usageErrorExits64WithTheMessageOnStderr() throws {
        let result = try run(["trace", "--format", "xml", "a.txt"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "attribution: error: invalid value 'xml' for '--format'; expected one of text, json, jsonl\n"))
    }

    @Test func versionAndHelpGoToStdout() throws {
        let version = try run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("attribution ") && version.stderr.isEmpty)
        let help = try run(["trace", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: attribution trace"))
    }

    @Test func standardInputIsTraced() throws {
        let result = try run(
            ["trace", "--format", "jsonl", "-"], stdin: "Suara.com - Harga beras naik pekan ini. (Antara)")
        #expect(result.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "stdin")
        #expect((json["publisher"] as? [String: Any])?["name"] as? String == "Suara")
    }

    @Test func badRecordsAreSkippedWithLocationAndExit1() throws {
        let corpus =
            "{\"id\": \"a\", \"text\": \"Jakarta (ANTARA) - Harga naik.\"}\n{\"text\" \"x\"}\n{\"id\": \"c\", \"text\": \"AP - Police said.\"}\n"
        let result = try run(["trace", "--format", "jsonl", "-"], stdin: corpus)
        #expect(result.status == 1)
        let ids = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["a", "c"])
        #expect(result.stderr.contains("-:2:9: error: not a JSON object: expected ':'"))
    }

    @Test func missingFileIsReportedAndFails() throws {
        let result = try run(["trace", "/nonexistent/attribution.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/attribution.txt"))
    }

    @Test func outputDoesNotDependOnJobs() throws {
        var corpus = ""
        for i in 0..<200 {
            corpus +=
                "{\"id\": \"r\(i)\", \"text\": \"Suara.com - Harga naik \(i), dilansir dari Reuters. (Antara)\"}\n"
        }
        let one = try run(["trace", "--format", "jsonl", "-j", "1", "-"], stdin: corpus)
        let many = try run(["trace", "--format", "jsonl", "--jobs=4", "-"], stdin: corpus)
        #expect(one.status == 0 && one.stdout == many.stdout)
        #expect(one.stdout.split(separator: "\n").count == 200)
    }

    @Test func graphOfOneArticleIsDOT() throws {
        let result = try run(["graph", "-"], stdin: "Suara.com - Harga beras naik, dilansir dari Reuters. (Antara)")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph provenance {") && result.stdout.contains("label=\"Reuters\""))
    }

    @Test func invalidUTF8IsReplacedAndWarnedInTheTrace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        try Data([0x41, 0x6E, 0x74, 0xFF, 0x0A] + Array("Jakarta (ANTARA) - Tes.".utf8)).write(to: file)
        let result = try run(["trace", "--format", "jsonl", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("bad.txt: warning: invalid UTF-8"))
        #expect(result.stdout.contains("\"warnings\": [\"input decoded with U+FFFD"))
    }

    @Test func aTextThatIsNotAStringIsSkippedAsMissing() throws {
        let result = try run(["trace", "--format", "jsonl", "-"], stdin: "{\"id\": \"n\", \"text\": 5}\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("-:1: error: record has no \"text\" or \"html\" string"))
        #expect(result.stdout.isEmpty)
    }

    @Test func mergedShardsPrintWhatOneRunPrints() throws {
        let lines = (0..<60).map { i in
            "{\"id\": \"r\(i)\", \"date\": \"2024-0\(i % 9 + 1)-02\", \"text\": \"Suara.com - Harga \(i), "
                + (i % 3 == 0 ? "dilansir dari Reuters." : "kata Budi.") + " (Antara)\"}\n"
        }
        let first = try run(["stats", "--format", "json", "-"], stdin: lines[..<25].joined())
        let second = try run(["stats", "--format", "json", "-"], stdin: lines[25...].joined())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.json")
        let b = folder.appendingPathComponent("b.json")
        try Data(first.stdout.utf8).write(to: a)
        try Data(second.stdout.utf8).write(to: b)
        for format in ["json", "table", "csv"] {
            let whole = try run(["stats", "--format", format, "-"], stdin: lines.joined())
            let merged = try run(["merge", "--format", format, a.path, b.path])
            #expect(merged.status == 0)
            #expect(merged.stdout == whole.stdout, "format \(format)")
        }
    }

    /// What a job runner does with `--stdin-shard`: the shards of a file, each piped to its own
    /// process and named by where it starts, print what one run over the file prints.
    @Test func shardsOfAFileAreNamedByTheirPlaceInIt() throws {
        let lines = (0..<40).map { i in
            i == 23
                ? "{\"text\" \"broken\"}\n"
                : "{" + (i % 4 == 0 ? "" : "\"id\": \"r\(i)\", ") + "\"text\": \"Suara.com - Harga \(i). (Antara)\"}\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.jsonl")
        try Data(lines.joined().utf8).write(to: file)
        let whole = try run(["trace", "--format", "jsonl", file.path])
        var traces = ""
        var errors = ""
        for (start, end) in [(0, 17), (17, 30), (30, 40)] {
            let shard = try run(
                ["trace", "--format", "jsonl", "-", "--stdin-shard", "\(file.path):\(start + 1)"],
                stdin: lines[start..<end].joined())
            traces += shard.stdout
            errors += shard.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.joined()
        }
        #expect(whole.status == 1)
        #expect(traces == whole.stdout)
        #expect(traces.contains("\"id\": \"corpus:21\""))
        #expect(errors == "\(file.path):24:9: error: not a JSON object: expected ':'")
        #expect(whole.stderr.contains(errors))
    }

    @Test func outletTablesAddOutletsAndABadRowStopsEverything() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = "Harga beras naik pekan ini, seperti dilansir Warta Kampung Sebelah.\n"
        let good = folder.appendingPathComponent("local.tsv")
        try Data(
            "# a newsroom's own outlets\nname\tkind\taliases\nWarta Kampung\tnewspaper\tWarta Kampung Sebelah\n".utf8
        )
        .write(to: good)
        let without = try run(["trace", "--format", "jsonl", "-"], stdin: article)
        let with = try run(["trace", "--format", "jsonl", "--outlets", good.path, "-"], stdin: article)
        #expect(with.status == 0)
        #expect(!without.stdout.contains("\"name\": \"Warta Kampung\", \"kind\": \"newspaper\""))
        #expect(with.stdout.contains("\"name\": \"Warta Kampung\", \"kind\": \"newspaper\""))
        let bad = folder.appendingPathComponent("bad.tsv")
        try Data("name\tkind\taliases\nWarta Kampung\tnewspaper\tWarta Kampung\nX\tpaper\tX\n".utf8).write(to: bad)
        for command in ["trace", "graph", "stats"] {
            let result = try run([command, "--outlets", good.path, "--outlets", bad.path, "-"], stdin: article)
            #expect(result.status == 64)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("bad.tsv:3: error: unknown kind 'paper'"))
        }
    }
}
