/// Parses the command line into a ``Command``: a pure function of the arguments, tested directly.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(Help.main) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help": return .help(Help.main)
        case "--version", "-V": return .version
        case "trace":
            if wantsHelp(rest) { return .help(Help.trace) }
            return .trace(try Help.traceCommand.parse(rest, into: TraceOptions(), paths: \.paths))
        case "graph":
            if wantsHelp(rest) { return .help(Help.graph) }
            return .graph(try Help.graphCommand.parse(rest, into: GraphOptions(), paths: \.paths))
        case "stats":
            if wantsHelp(rest) { return .help(Help.stats) }
            return .stats(try Help.statsCommand.parse(rest, into: StatsOptions(), paths: \.paths))
        case "merge":
            if wantsHelp(rest) { return .help(Help.merge) }
            return .merge(try Help.mergeCommand.parse(rest, into: StatsOptions(), paths: \.paths))
        case "report":
            if wantsHelp(rest) { return .help(Help.report) }
            return .report(try Help.reportCommand.parse(rest, into: ReportOptions(), paths: \.paths))
        default:
            throw UsageError(message: "unknown command '\(first)'; expected one of trace, graph, stats, merge, report")
        }
    }

    /// Whether `--help` or `-h` stands among the options (not after `--`).
    private static func wantsHelp(_ arguments: [String]) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        return options.contains("--help") || options.contains("-h")
    }
}
