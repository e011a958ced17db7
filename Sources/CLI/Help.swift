/// The help texts, each with an example.
enum Help {
    static let version = "attribution 0.1.0"

    static let main = """
        attribution: trace where a news article's content came from.

        USAGE: attribution <command> [options] <input>...

        COMMANDS:
          trace   the publisher, sources and provenance chain of each article
          graph   the provenance graph as Graphviz DOT (one article, or a weighted corpus graph)
          stats   agency-citation statistics over a corpus
          merge   merge `stats --format json` outputs as if from one run

        INPUT: a plain-text article, a JSON Lines corpus (one {"id", "text", ...} object a line),
        a folder of such files (read recursively), or - for standard input; several at once.

        OPTIONS:
          -h, --help      show help (also after a command)
          --version       show the version

        EXAMPLE:
          attribution trace Graphs/example.txt
        """

    static let trace = """
        attribution trace: the publisher, sources and provenance chain of each article.

        USAGE: attribution trace [--format text|json|jsonl] [--min-confidence X] [--jobs N] <input>...

        OPTIONS:
          --format F           text (readable, default), json (one indented object an article),
                               jsonl (one line an article, the trace JSON contract)
          --min-confidence X   leave out sources below confidence X (0 to 1), with their edges
          -j, --jobs N         threads (default: all cores); output is the same at any N

        EXAMPLE:
          attribution trace Graphs/example.txt --format json
        """

    static let graph = """
        attribution graph: the provenance graph as Graphviz DOT.

        One article gives its chain; several give one graph whose edge weights count articles.

        USAGE: attribution graph [--format dot|graphml] [--min-weight N] [--top N] [--min-confidence X] [--jobs N] <input>...

        OPTIONS:
          --format F           dot (Graphviz, default) or graphml (Gephi, yEd, Cytoscape, NetworkX)
          --min-weight N       keep edges seen in at least N articles (default 1)
          --top N              keep only the N heaviest edges
          --min-confidence X   leave out sources below confidence X
          -j, --jobs N         threads (default: all cores)

        EXAMPLE:
          attribution graph Graphs/example.txt > chain.dot && dot -Tsvg chain.dot > chain.svg
        """

    static let stats = """
        attribution stats: agency-citation statistics over a corpus, streamed.

        USAGE: attribution stats [--format table|csv|json] [--top N] [--jobs N] <input>...

        OPTIONS:
          --format F     table (aligned, default), csv, json (mergeable with `attribution merge`)
          --top N        show the N most credited sources and publishers
          -j, --jobs N   threads (default: all cores); output is the same at any N

        EXAMPLE:
          attribution stats corpus.jsonl --format json > part1.json
        """

    static let merge = """
        attribution merge: merge `stats --format json` outputs into what one run over all
        their inputs prints, byte for byte.

        USAGE: attribution merge [--format table|csv|json] [--top N] <stats.json>...

        EXAMPLE:
          attribution merge part1.json part2.json --format table
        """
}
