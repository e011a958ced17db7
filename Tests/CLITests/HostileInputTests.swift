import Foundation
import Testing

/// The hostile and broken inputs of issue 12, end to end: no crash, no stall, nothing lost,
/// nothing injected. The library's side of each case is tested beside its source.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: tool), "the attribution product is not built"))
struct HostileInputTests {
    static let article = "Suara.com - Harga beras naik, dilansir dari Reuters. (Antara)"

    /// Every command, `--version` and `--help` included, on a full disk: one message, exit 1.
    @Test(arguments: [
        ["--version"], ["--help"], ["trace", "--help"], ["trace", "-"], ["trace", "--format", "json", "-"],
        ["trace", "--format", "jsonl", "-"], ["graph", "-"], ["graph", "--format", "graphml", "-"], ["stats", "-"],
        ["stats", "--format", "csv", "-"], ["stats", "--format", "json", "-"], ["graph", "--format", "mermaid", "-"],
        ["graph", "--format", "csv", "-"], ["graph", "--format", "prov-n", "-"], ["report", "-"],
    ])
    func aFullDiskIsOneMessageAndExit1(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(arguments, stdin: Self.article, stdout: full)
        #expect(result.status == 1)
        #expect(result.stderr == "attribution: error: cannot write to standard output: No space left on device\n")
    }

    /// `report -o FILE` names the file it cannot write.
    @Test func aReportToAFullDiskNamesTheFile() throws {
        let result = try run(["report", "-", "-o", "/dev/full"], stdin: Self.article)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/dev/full: error: cannot write the report: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func mergeToAFullDiskIsOneMessageAndExit1() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stats = try run(["stats", "--format", "json", "-"], stdin: Self.article)
        let file = folder.appendingPathComponent("a.json")
        try Data(stats.stdout.utf8).write(to: file)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(["merge", file.path], stdout: full)
        #expect(result.status == 1)
        #expect(result.stderr == "attribution: error: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: ["9223372036854775807", "10000000", "1000000", "257", "0", "-1"])
    func jobsBeyondTheLimitAreAUsageError(jobs: String) throws {
        let result = try run(["stats", "--jobs", jobs, "-"], stdin: Self.article)
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "attribution: error: invalid value '\(jobs)' for '--jobs'; expected a whole number from 1 to 256\n"))
    }

    /// A stats file with a count at `Int.max`, in a `records` block that adds up.
    static func hugeStats(read: String = "9223372036854775807", traced: String = "9223372036854775807") -> String {
        """
        {"format": "attribution-stats", "version": 1,
         "records": {"read": \(read), "traced": \(traced), "skipped": 0, "skipped_reasons": {}},
         "articles": {"with_publisher": 0, "with_agency": 0}, "sources": [], "publishers": [],
         "cue_families": {}, "chain_depth": {}, "months": {}}
        """
    }

    @Test func mergeOfCountsNearIntMaxIsRefusedNotTrapped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.json")
        let b = folder.appendingPathComponent("b.json")
        try Data(Self.hugeStats().utf8).write(to: a)
        try Data(Self.hugeStats().utf8).write(to: b)
        let one = try run(["merge", a.path])
        #expect(
            one.status == 0 && one.stdout.hasPrefix("records: read 9223372036854775807, traced 9223372036854775807"))
        let two = try run(["merge", a.path, b.path])
        #expect(two.status == 1 && two.stdout.isEmpty)
        #expect(
            two.stderr
                == "\(b.path): error: cannot merge: with the files before it, records.read would pass 9223372036854775807, the largest count\n"
        )
    }

    @Test(arguments: [
        ("-5", "-5", "records.read is -5; counts are never negative"),
        ("7", "5", "records.read is 7 but traced 5 plus skipped 0 is 5"),
    ])
    func mergeRefusesCountsNoRunGives(read: String, traced: String, message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try Data(Self.hugeStats(read: read, traced: traced).utf8).write(to: file)
        let result = try run(["merge", "--format", "csv", file.path])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr == "\(file.path): error: \(message)\n")
    }

    @Test func mergeOfAFolderIsAnErrorNotATrap() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["merge", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "\(folder.path): error: cannot read: Is a directory\n")
    }

    @Test func hostileIDsNeverReachTheTerminal() throws {
        let record = "{\"id\": \"\\u001b]0;owned\\u0007\\u001b[2J\\u202eevil\", \"text\": \"\(Self.article)\"}\n"
        let result = try run(["trace", "-"], stdin: record)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{202E}evil\n"))
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test func csvNamesNeverRunAsFormulas() throws {
        let record =
            "{\"id\": \"f\", \"outlet\": \"x\", \"text\": \"Harga naik, menurut laporan surat kabar =HYPERLINK.\"}\n"
        let stats = try run(["stats", "--format", "json", "-"], stdin: record)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.json")
        // A shard's file names a source "=HYPERLINK(...)", as a hostile or corrupt shard could.
        let hostile = stats.stdout.replacingOccurrences(of: "\"(unknown)\"", with: "\"=HYPERLINK(\\\"http://x\\\")\"")
        try Data(hostile.utf8).write(to: file)
        let csv = try run(["merge", "--format", "csv", file.path])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("publisher,\"'=HYPERLINK(\"\"http://x\"\")\",articles,1\n"))
    }

    /// A folder the user may not list is `unreadable`, exit 1, as a file is; not `read 0`. Root
    /// lists every folder, so as root the tool runs as `nobody`, from a copy it may execute.
    @Test func aFolderTheUserCannotReadIsReportedLikeAFile() throws {
        let folder = try temporaryFolder()
        defer {
            try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: folder.path + "/corpus/locked")
            try? FileManager.default.removeItem(at: folder)
        }
        let corpus = folder.appendingPathComponent("corpus")
        let locked = corpus.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: corpus.appendingPathComponent("open.txt"))
        try Data(Self.article.utf8).write(to: locked.appendingPathComponent("hidden.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        var executable = tool
        var user: Int? = nil
        if geteuid() == 0 {
            executable = folder.appendingPathComponent("attribution").path
            try FileManager.default.copyItem(atPath: tool, toPath: executable)
            user = 65534
        }
        for path in [locked.path, corpus.path] {
            let result = try run(["stats", path], user: user, executable: executable)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(locked.path): error: cannot read: Permission denied\n"))
            #expect(
                result.stdout.hasPrefix(
                    path == locked.path
                        ? "records: read 1, traced 0, skipped 1 (unreadable 1)"
                        : "records: read 2, traced 1, skipped 1 (unreadable 1)"))
        }
    }

    @Test func loneSurrogatesAreNamedNotCalledInvalidUTF8() throws {
        let records = "{\"id\": \"s\", \"text\": \"Harga naik \\ud800 dilansir dari Reuters.\"}\n"
        let result = try run(["trace", "--format", "jsonl", "-"], stdin: records)
        #expect(result.status == 0)
        #expect(result.stderr == "-:1: warning: lone surrogate \\uD800 (half of a UTF-16 pair) replaced with U+FFFD\n")
        #expect(
            result.stdout.contains(
                "\"warnings\": [\"input decoded with U+FFFD replacing a lone surrogate (\\\\uD800)\"]"))
    }

    @Test func aLongArticleIsCutWithAWarningAtTheSizeGiven() throws {
        let text = "Suara.com - " + String(repeating: "Harga naik, dilansir dari Reuters. ", count: 200)
        let record = "{\"id\": \"long\", \"text\": \"\(text)\"}\n"
        for command in ["trace", "graph", "stats"] {
            let result = try run([command, "--max-article", "1K", "-"], stdin: record)
            #expect(result.status == 0)
            #expect(
                result.stderr
                    == "-:1: warning: text cut to its first 1024 bytes of \(text.utf8.count) (the article size cap)\n")
        }
        let trace = try run(["trace", "--format", "jsonl", "--max-article=100", "-"], stdin: record)
        #expect(
            trace.stdout.contains("\"warnings\": [\"text cut to its first 100 bytes of 7012 (the article size cap)\"]"))
        let whole = try run(["trace", "--format", "jsonl", "-"], stdin: record)
        #expect(whole.stderr.isEmpty && whole.stdout.contains("\"warnings\": []"))
    }

    @Test func missingIDsAreNamedByFileAndLineAndDuplicatesWarned() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.jsonl")
        try Data(
            "{\"id\": \"x\", \"text\": \"satu\"}\n\n{\"text\": \"dua\"}\n{\"id\": \"x\", \"text\": \"tiga\"}\n".utf8
        )
        .write(to: file)
        for jobs in ["1", "2"] {
            let result = try run(["trace", "--format", "jsonl", "--jobs", jobs, file.path])
            #expect(result.status == 0)
            let ids = result.stdout.split(separator: "\n").map { $0.prefix(while: { $0 != "," }) }
            #expect(ids == ["{\"id\": \"x\"", "{\"id\": \"a:3\"", "{\"id\": \"x\""])
            #expect(result.stderr == "\(file.path):4: warning: duplicate id 'x'\n")
        }
        let help = try run(["--help"])
        #expect(help.stdout.contains("A record without an \"id\" is named after its file and line"))
    }

    /// A byte order mark before JSON Lines on standard input (sniffed) and in a `.jsonl` file.
    @Test func aByteOrderMarkLosesNoRecordAndFoolsNoSniffer() throws {
        let records = "\u{FEFF}{\"id\": \"a\", \"text\": \"satu\"}\n{\"id\": \"b\", \"text\": \"dua\"}\n"
        let piped = try run(["stats", "-"], stdin: records)
        #expect(piped.status == 0 && piped.stderr.isEmpty)
        #expect(piped.stdout.hasPrefix("records: read 2, traced 2, skipped 0\n"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("c.jsonl")
        try Data(records.utf8).write(to: file)
        let read = try run(["trace", "--format", "jsonl", file.path])
        #expect(read.status == 0 && read.stderr.isEmpty)
        #expect(read.stdout.hasPrefix("{\"id\": \"a\""))
    }
}
