/// The commands, their options and help: each option is written once, in its command here.
enum Help {
    static let version = "attribution 0.2.0"

    static let traceCommand = CommandSpec<TraceOptions>(
        name: "trace", summary: "the publisher, sources and provenance chain of each article.",
        options: [
            .format(
                \.format,
                help: [
                    "text (readable, default), json (one indented object an article),",
                    "jsonl (one line an article, the trace JSON contract)",
                ]),
            .minConfidence(\.minConfidence), .jobs(\.jobs), .outlets(\.outlets), .stdinShard(\.stdinShard),
        ],
        examples: ["attribution trace Graphs/example.txt --format json"])

    static let graphCommand = CommandSpec<GraphOptions>(
        name: "graph", summary: "the provenance graph as Graphviz DOT.",
        about: ["One article gives its chain; several give one graph whose edge weights count articles."],
        options: [
            .format(\.format, help: ["dot (Graphviz, default) or graphml (Gephi, yEd, Cytoscape, NetworkX)"]),
            .minWeight(\.minWeight), .top(\.top, help: "keep only the N heaviest edges"),
            .minConfidence(\.minConfidence), .jobs(\.jobs), .outlets(\.outlets),
        ],
        examples: ["attribution graph Graphs/example.txt > chain.dot && dot -Tsvg chain.dot > chain.svg"])

    static let statsCommand = CommandSpec<StatsOptions>(
        name: "stats", summary: "agency-citation statistics over a corpus, streamed.",
        options: [
            .format(\.format, help: ["table (aligned, default), csv, json (mergeable with `attribution merge`)"]),
            .top(\.top, help: "show the N most credited sources and publishers"), .jobs(\.jobs), .outlets(\.outlets),
            .stdinShard(\.stdinShard),
        ],
        examples: [
            "attribution stats corpus.jsonl --format json > part1.json",
            "sed -n '1001,2000p' corpus.jsonl | attribution stats - --stdin-shard corpus.jsonl:1001 --format json",
        ])

    static let mergeCommand = CommandSpec<StatsOptions>(
        name: "merge",
        summary: "merge `stats --format json` outputs into what one run over all\ntheir inputs prints, byte for byte.",
        options: [
            .format(\.format, help: ["table (aligned, default), csv, json"]),
            .top(\.top, help: "show the N most credited sources and publishers"),
        ],
        operands: "<stats.json>...", examples: ["attribution merge part1.json part2.json --format table"])

    static let trace = traceCommand.help
    static let graph = graphCommand.help
    static let stats = statsCommand.help
    static let merge = mergeCommand.help

    static let main = """
        attribution: trace where a news article's content came from.

        USAGE: attribution <command> [options] <input>...

        COMMANDS:
          trace   the publisher, sources and provenance chain of each article
          graph   the provenance graph as Graphviz DOT (one article, or a weighted corpus graph)
          stats   agency-citation statistics over a corpus
          merge   merge `stats --format json` outputs as if from one run

        INPUT: a plain-text article, a JSON Lines corpus (one {"id", "text", ...} object a line;
        a record without an "id" is named FILE:LINE), a folder of such files (read recursively),
        or - for standard input; several at once.

        OPTIONS:
          -h, --help      show help (also after a command)
          --version       show the version

        Run 'attribution <command> --help' for a command's options.

        EXAMPLE:
          attribution trace Graphs/example.txt
        """
}
