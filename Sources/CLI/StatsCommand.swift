import Attribution
import Foundation

/// `attribution stats`: agency-citation statistics over a corpus.
struct StatsCommand {
    var options: StatsOptions

    func run() -> Int32 {
        let tracer = Tracer()
        var stats = CorpusStats()
        let skipped = CorpusRunner(paths: options.paths, jobs: resolvedJobs(options.jobs)).run(
            orderFree: true, make: { CorpusStats() },
            add: { partial, article, _ in partial.add(tracer.trace(article, mentions: false, quotes: false)) },
            combine: { stats.merge($0) })
        for (reason, n) in skipped { stats.skip(reason: reason, count: n) }
        var output = Output()
        output.write(render(stats, options))
        output.flush()
        return skipped.isEmpty ? 0 : 1
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
            do {
                stats.merge(try StatsJSON.parse(data, path: path))
            } catch {
                Output.warning("\(error.path): error: \(error.message)")
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
