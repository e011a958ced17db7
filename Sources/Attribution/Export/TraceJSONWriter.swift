/// Writes a ``Trace`` as the JSON of the trace contract (`spec/trace-json.md`, version 1).
public struct TraceJSONWriter: Sendable {
    /// Whether to indent (for `--format json`) or write one line (for `--format jsonl`).
    public var pretty: Bool

    /// Creates a writer.
    public init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The trace as JSON text, without a trailing newline. With `text` (the text read out of an
    /// HTML page, which mention offsets count into), a last member `text` holds it.
    public func render(_ trace: Trace, text: String? = nil) -> String {
        let p = pretty
        let q = JSONText.quoted
        func mentions(_ list: [Mention], _ indent: Int) -> String {
            JSONText.array(
                list.map {
                    JSONText.object([
                        ("text", q($0.text)), ("cue", q($0.cue)), ("start", String($0.start)), ("end", String($0.end)),
                    ])
                }, pretty: p, indent: indent)
        }
        let publisher =
            trace.publisher.map { pub in
                JSONText.object(
                    [
                        ("name", q(pub.name)), ("kind", q(pub.kind.rawValue)), ("place", pub.place.map(q) ?? "null"),
                        ("mentions", mentions(pub.mentions, 2)),
                    ], pretty: p, indent: 1)
            } ?? "null"
        let sources = trace.sources.map { s in
            JSONText.object(
                [
                    ("name", q(s.name)), ("kind", q(s.kind.rawValue)),
                    ("roles", JSONText.array(s.roles.map { q($0.rawValue) })),
                    ("confidence", JSONText.number(s.confidence)), ("mentions", mentions(s.mentions, 3)),
                ],
                pretty: p, indent: 2)
        }
        let edges = trace.edges.map { e in
            JSONText.object(
                [
                    ("from", q(e.from)), ("to", q(e.to)), ("relation", q(e.relation.rawValue)),
                    ("confidence", JSONText.number(e.confidence)),
                ])
        }
        return JSONText.object(
            [
                ("id", q(trace.id)), ("publisher", publisher), ("published", trace.published.map(q) ?? "null"),
                ("sources", JSONText.array(sources, pretty: p, indent: 1)),
                ("edges", JSONText.array(edges, pretty: p, indent: 1)),
                ("warnings", JSONText.array(trace.warnings.map(q))),
            ] + (text.map { [("text", q($0))] } ?? []), pretty: p)
    }
}
