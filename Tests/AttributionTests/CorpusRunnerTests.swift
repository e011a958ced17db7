import Foundation
import Testing

@testable import Attribution

/// The corpus engine of the library: ordered results, merged sums and diagnostics that do not
/// depend on the number of threads.
@Suite struct CorpusRunnerTests {
    /// A corpus of `count` records, with a malformed line and invalid UTF-8 among them.
    private func corpus(_ count: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        for i in 0..<count {
            let text =
                i % 4 == 0 ? "Suara.com - Harga \(i) naik, dilansir dari Reuters." : "Jakarta (ANTARA) - Tes \(i)."
            bytes += Array("{\"id\": \"r\(i)\", \"text\": \"\(text)\"}\n".utf8)
            if i == 7 { bytes += Array("{\"id\": broken\n".utf8) }
            if i == 9 { bytes += Array("{\"id\": \"bad\", \"text\": \"a".utf8) + [0xFF] + Array("b\"}\n".utf8) }
        }
        let file = folder.appendingPathComponent("c.jsonl")
        try Data(bytes).write(to: file)
        return file
    }

    @Test func mapKeepsInputOrderAtAnyJobs() throws {
        let file = try corpus(300)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        var runs: [[String]] = []
        for jobs in [1, 3] {
            var ids: [String] = []
            var diagnostics: [Diagnostic] = []
            var runner = CorpusRunner(paths: [file.path], jobs: jobs)
            runner.onDiagnostic = { diagnostics.append($0) }
            let summary = runner.map({ $0.id }, each: { ids.append($0) })
            #expect(summary.traced == 301 && summary.skipped == ["malformed_json": 1] && summary.read == 302)
            #expect(
                diagnostics.map(\.description) == [
                    "\(file.path):9:8: error: not a JSON object: expected a value",
                    "\(file.path):12: warning: invalid UTF-8 replaced with U+FFFD",
                ])
            runs.append(ids)
        }
        #expect(runs[0] == runs[1])
        #expect(runs[0].prefix(3) == ["r0", "r1", "r2"] && runs[0].count == 301)
    }

    @Test func reduceGivesTheSameSumsAtAnyJobs() throws {
        let file = try corpus(500)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let tracer = Tracer()
        let one = CorpusRunner(paths: [file.path], jobs: 1).reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
        let three = CorpusRunner(paths: [file.path], jobs: 3).reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
        #expect(one.result == three.result)
        #expect(one.result.traced == 501 && one.result.sources["Reuters"]?.articles == 125)
        #expect(one.summary == three.summary)
    }

    @Test func jobsOutsideTheLimitAreClampedNotTrusted() throws {
        let file = try corpus(40)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(CorpusRunner(paths: [], jobs: Int.max).jobs == ParallelBatch.maxJobs)
        #expect(CorpusRunner(paths: [], jobs: 0).jobs == 1)
        #expect(ParallelBatch.maxChunks(jobs: Int.max) == ParallelBatch.maxJobs * 32 + 1)
        #expect(ParallelBatch.maxChunks(jobs: Int.min) == 33)
        var runner = CorpusRunner(paths: [file.path], jobs: 2)
        runner.jobs = Int.max
        #expect(runner.jobs == 256)
        let tracer = Tracer()
        let huge = runner.reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
        let one = CorpusRunner(paths: [file.path], jobs: 1).reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
        #expect(huge.result == one.result && huge.result.traced == 41)
    }

    /// Duplicate ids are warned of in input order, among the other diagnostics, the same at
    /// any number of threads; a record without an id is named after its file and line.
    @Test func duplicateIDsAreWarnedOfInInputOrderAtAnyJobs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        for i in 0..<2_000 {
            let id = i % 500 == 499 ? "r\(i - 400)" : "r\(i)"
            lines.append("{\"id\": \"\(id)\", \"text\": \"Jakarta (ANTARA) - Tes \(i).\"}")
            if i == 998 { lines.append("{\"id\": broken") }
            if i == 1_500 { lines.append("{\"text\": \"tanpa id\"}") }
        }
        let file = folder.appendingPathComponent("c.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let more = folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: more, withIntermediateDirectories: true)
        try Data("{\"text\": \"x\"}\n{\"id\": \"c:1503\", \"text\": \"y\"}\n{\"id\": \"r5\", \"text\": \"z\"}\n".utf8)
            .write(to: more.appendingPathComponent("d.jsonl"))
        var runs: [[String]] = []
        for jobs in [1, 3] {
            var diagnostics: [String] = []
            var runner = CorpusRunner(paths: [file.path, more.path], jobs: jobs)
            runner.onDiagnostic = {
                diagnostics.append($0.description.replacingOccurrences(of: folder.path, with: "F"))
            }
            let tracer = Tracer()
            _ = runner.reduce(into: CorpusStats()) { $0.add(tracer.trace($1)) }
            runs.append(diagnostics)
        }
        #expect(runs[0] == runs[1])
        #expect(
            runs[0] == [
                "F/c.jsonl:500: warning: duplicate id 'r99'",
                "F/c.jsonl:1000:8: error: not a JSON object: expected a value",
                "F/c.jsonl:1001: warning: duplicate id 'r599'", "F/c.jsonl:1501: warning: duplicate id 'r1099'",
                "F/c.jsonl:2002: warning: duplicate id 'r1599'", "F/more/d.jsonl:2: warning: duplicate id 'c:1503'",
                "F/more/d.jsonl:3: warning: duplicate id 'r5'",
            ])
    }

    @Test func theDuplicateCheckStopsAtItsLimitAndSaysSo() {
        var check = DuplicateIDs(limit: 3)
        var chunk = Chunk<Void>(value: ())
        chunk.ids = ["a", "b", "a", "c", "d", "a"].enumerated().map { IDMark(line: $0.offset + 1, id: $0.element) }
        chunk.diagnostics = [Diagnostic(.error, path: "p", line: 3, message: "x")]
        #expect(
            check.diagnostics(of: chunk, path: "p").map(\.description) == [
                "p:3: error: x", "p:3: warning: duplicate id 'a'",
                "p:5: warning: 3 distinct ids read: duplicate ids are not checked from here on",
            ])
    }

    @Test func standardInputIsWhatTheCallerGives() {
        let source = BytesSource(path: "-", Array("{\"id\": \"s\", \"text\": \"Tes.\"}\n".utf8))
        var ids: [String] = []
        var diagnostics: [String] = []
        var runner = CorpusRunner(paths: ["-", "-"], jobs: 1, standardInput: source)
        runner.onDiagnostic = { diagnostics.append($0.description) }
        let summary = runner.map({ $0.id }, each: { ids.append($0) })
        #expect(ids == ["s"])
        #expect(diagnostics == ["-: error: cannot read: standard input is read once"])
        #expect(summary.skipped == ["unreadable": 1])
    }
}

/// Bytes held in memory, read as a file would be.
struct BytesSource: ByteSource {
    let path: String
    private var bytes: [UInt8]
    private var offset = 0

    init(path: String, _ bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
        let n = min(count, bytes.count - offset)
        buffer += bytes[offset..<(offset + n)]
        offset += n
        return n
    }
}
