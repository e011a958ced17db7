import Attribution
import Foundation

/// `attribution stats`: agency-citation statistics over a corpus.
struct StatsCommand {
    var options: StatsOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let session = CorpusSession(
            paths: options.paths, jobs: options.jobs, stdinShard: options.stdinShard,
            maxArticleBytes: options.maxArticleBytes)
        var (stats, summary) = session.runner.reduce(into: CorpusStats()) {
            $0.add(tracer.trace($1, mentions: false, quotes: false))
        }
        for (reason, n) in summary.skipped { stats.skip(reason: reason, count: n) }
        var output = Output()
        output.write(render(stats, options))
        output.flush()
        return session.finish(summary)
    }
}

/// `attribution merge`: what one `stats` run over all the shards' inputs prints.
struct MergeCommand {
    var options: StatsOptions

    func run() -> Int32 {
        var stats = CorpusStats()
        for path in options.paths {
            let data: Data
            do {
                data = try Self.contents(of: path)
            } catch {
                Output.warning(Diagnostic(error).description)
                return 1
            }
            let part: CorpusStats
            do {
                part = try StatsJSON.parse(data, path: path)
            } catch {
                Output.warning("\(error.path): error: \(error.message)")
                return 1
            }
            do {
                try stats.mergeWithoutOverflow(part)
            } catch {
                Output.warning("\(path): error: cannot merge: with the files before it, \(error)")
                return 1
            }
        }
        var output = Output()
        output.write(render(stats, options))
        output.flush()
        return 0
    }
}

extension MergeCommand {
    /// The bytes of a file, or of standard input for `-`, through the library's reader: a
    /// folder or a failing read is an error with the path, never a trap.
    static func contents(of path: String) throws(InputError) -> Data {
        var source = path == "-" ? FileSource(handle: .standardInput, path: "-") : try FileSource(path: path)
        var bytes: [UInt8] = []
        while try source.read(into: &bytes, count: 1 << 20) > 0 {}
        return Data(bytes)
    }
}

func render(_ stats: CorpusStats, _ options: StatsOptions) -> String {
    switch options.format {
    case .json: StatsJSON.render(stats)
    case .table: StatsReport(top: options.top).table(stats)
    case .csv: StatsReport(top: options.top).csv(stats)
    }
}
