import Attribution
import Foundation

/// `attribution stats`: agency-citation statistics over a corpus.
struct StatsCommand {
    var options: StatsOptions

    func run() -> Int32 {
        guard let tracer = CorpusSession.tracer(outlets: options.outlets) else { return 64 }
        let session = CorpusSession(paths: options.paths, jobs: options.jobs, stdinShard: options.stdinShard)
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
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: path) else {
                    Output.warning("\(path): error: cannot read the file")
                    return 1
                }
                data = read
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

func render(_ stats: CorpusStats, _ options: StatsOptions) -> String {
    switch options.format {
    case .json: StatsJSON.render(stats)
    case .table: StatsReport(top: options.top).table(stats)
    case .csv: StatsReport(top: options.top).csv(stats)
    }
}
