import Attribution
import Foundation

/// What the corpus commands share: the tracer over the built-in outlets and the user's
/// `--outlets` tables, and a runner that prints each diagnostic as it comes, progress on a
/// terminal, and the closing count of skipped records.
struct CorpusSession {
    let runner: CorpusRunner
    private let progress = Progress()

    /// A runner over `paths`; `-` reads standard input, as the shard `stdinShard` of a file when given.
    init(paths: [String], jobs: Int?, stdinShard: Shard? = nil, maxArticleBytes: Int) {
        let standardInput =
            stdinShard.map { FileSource(handle: .standardInput, shardOf: $0.path, firstLine: $0.firstLine) }
            ?? FileSource(handle: .standardInput, path: "-")
        var runner = CorpusRunner(paths: paths, jobs: jobs, standardInput: standardInput)
        runner.maxArticleBytes = maxArticleBytes
        runner.onDiagnostic = { Output.warning($0.description) }
        runner.onProgress = { [progress] in progress.update($0) }
        self.runner = runner
    }

    /// The tracer with the outlets of `tables` added; a table that cannot be read is a usage
    /// error naming its file and line, and nothing is traced.
    static func tracer(outlets tables: [String]) -> Tracer? {
        var gazetteer = Gazetteer.standard
        for path in tables {
            do {
                gazetteer = try gazetteer.adding(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let location = error.line > 0 ? "\(error.path):\(error.line)" : error.path
                Output.warning("\(location): error: \(error.message)" + (error.fix.map { "; \($0)" } ?? ""))
                return nil
            }
        }
        return Tracer(gazetteer: gazetteer)
    }

    /// Ends the run: clears the progress line and reports skipped records; returns the exit
    /// status, 1 when anything was skipped.
    func finish(_ summary: CorpusSummary) -> Int32 {
        progress.finish()
        let total = summary.skippedTotal
        guard total > 0 else { return 0 }
        let reasons = summary.skipped.keys.sorted().map { "\($0) \(summary.skipped[$0]!)" }.joined(separator: ", ")
        Output.warning("attribution: skipped \(total) input record\(total == 1 ? "" : "s") (\(reasons))")
        return 1
    }
}
