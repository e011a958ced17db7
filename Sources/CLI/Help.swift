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
                    "jsonl (one line an article, the trace JSON contract); for a web page the",
                    "JSON ends with the text read out of it, which mention offsets count into",
                ]),
            .minConfidence(\.minConfidence), .jobs(\.jobs), .outlets(\.outlets), .stdinShard(\.stdinShard),
            .maxArticle(\.maxArticleBytes),
        ],
        examples: ["attribution trace Graphs/example.txt --format json"])

    static let graphCommand = CommandSpec<GraphOptions>(
        name: "graph", summary: "the provenance graph, for Graphviz, Gephi, NetworkX, PROV tools or GitHub.",
        about: [
            "One article gives its chain; several give one graph of outlets and agencies whose edge",
            "weights count articles (people quoted left out). SVG and PNG are drawn by Graphviz's dot.",
        ],
        options: [
            .format(
                \.format,
                help: [
                    "dot (Graphviz, default), json (nodes, edges and evidence; NetworkX node-link),",
                    "prov-json and prov-n (W3C PROV), graphml (Gephi, yEd, Cytoscape, NetworkX),",
                    "mermaid (GitHub), csv (edge list), svg or png (drawn by Graphviz)",
                ]),
            .minWeight(\.minWeight), .top(\.top, help: "keep only the N heaviest edges"),
            .flag(
                "--per-article", \.perArticle,
                help: [
                    "a node for each article, between its publisher and its sources (slow to lay",
                    "out beyond a few hundred articles: a warning says so)",
                ]),
            .minConfidence(\.minConfidence), .jobs(\.jobs), .outlets(\.outlets), .maxArticle(\.maxArticleBytes),
        ],
        examples: [
            "attribution graph Graphs/example.txt > chain.dot && dot -Tsvg chain.dot > chain.svg",
            "attribution graph corpus.jsonl --min-weight 3 --format svg > agencies.svg",
            "attribution graph Graphs/example.html --format prov-json > example.provn.json",
        ])

    static let statsCommand = CommandSpec<StatsOptions>(
        name: "stats", summary: "agency-citation statistics over a corpus, streamed.",
        options: [
            .format(\.format, help: ["table (aligned, default), csv, json (mergeable with `attribution merge`)"]),
            .top(\.top, help: "show the N most credited sources and publishers"), .jobs(\.jobs), .outlets(\.outlets),
            .stdinShard(\.stdinShard),
            .maxArticle(\.maxArticleBytes),
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

    static let reportCommand = CommandSpec<ReportOptions>(
        name: "report", summary: "one self-contained HTML page: statistics, graph, chains and marked texts.",
        about: [
            "The corpus graph is drawn when Graphviz is installed. The page loads nothing from the",
            "network; every name and text in it is escaped.",
        ],
        options: [
            .output(\.output, help: "write the page to FILE (default: standard output)"),
            OptionSpec(
                names: ["--title"], value: "TEXT", help: ["the page's title (default: Provenance of N articles)"],
                apply: { (options, value, _) throws(UsageError) in options.title = value }),
            OptionSpec(
                names: ["--articles"], value: "N", help: ["show the first N articles with their text (default 200)"],
                apply: { (options, value, name) throws(UsageError) in
                    options.articles = try Value.count(value, name, in: 0...Int.max)
                }),
            OptionSpec(
                names: ["--top"], value: "N", help: ["rows of the sources, publishers and edges tables (default 20)"],
                apply: { (options, value, name) throws(UsageError) in
                    options.top = try Value.count(value, name, in: 1...Int.max)
                }),
            OptionSpec(
                names: ["--edges"], value: "N", help: ["draw the N heaviest edges of the corpus graph (default 60)"],
                apply: { (options, value, name) throws(UsageError) in
                    options.edges = try Value.count(value, name, in: 1...Int.max)
                }),
            .minWeight(\.minWeight), .minConfidence(\.minConfidence), .jobs(\.jobs), .outlets(\.outlets),
            .maxArticle(\.maxArticleBytes),
        ],
        examples: ["attribution report corpus.jsonl pages/ -o report.html"])

    static let trace = traceCommand.help
    static let graph = graphCommand.help
    static let stats = statsCommand.help
    static let merge = mergeCommand.help
    static let report = reportCommand.help

    static let main = """
        attribution: trace where a news article's content came from.

        USAGE: attribution <command> [options] <input>...

        COMMANDS:
          trace   the publisher, sources and provenance chain of each article
          graph   the provenance graph: DOT, JSON, PROV, GraphML, Mermaid, CSV, SVG or PNG
          stats   agency-citation statistics over a corpus
          merge   merge `stats --format json` outputs as if from one run
          report  one HTML page: statistics, graph, and each article's chain in its text

        INPUT: a plain-text article, a saved web page (.html, .htm, or a first '<'), a JSON Lines
        corpus (one {"id", "text" or "html", ...} object a line), a folder of such files (read
        recursively), or - for standard input; several at once.
        A record without an "id" is named after its file and line: line 3 of news/a.jsonl is
        a:3, of standard input stdin:3. A record whose id an earlier one had is warned of.

        OPTIONS:
          -h, --help      show help (also after a command)
          --version       show the version

        Run 'attribution <command> --help' for a command's options.

        EXAMPLE:
          attribution trace Graphs/example.txt
        """
}
