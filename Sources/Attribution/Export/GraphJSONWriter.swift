/// Renders a ``ProvenanceGraph`` as JSON: nodes, edges and the evidence of each edge.
///
/// The layout is NetworkX's node-link format (`networkx.node_link_graph(data, edges="edges")`
/// reads it as a directed multigraph): `nodes` carry `id`, `name`, `kind`, `published`,
/// `articles` and `roles` (articles crediting the node in each role), and `date` for articles
/// kept as nodes; `edges` carry `source` and `target` ids, `key` and `relation` (a role, or
/// `published`), `from` and `to` names, `weight`, `confidence` and `evidence`: where the first
/// articles showing the edge name its far end (`article`, `text`, `cue`, `start`, `end`, the
/// offsets into that article's text as `trace` gives them). Key order and numbers are fixed,
/// so the output is byte-identical for the same graph.
public struct GraphJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The JSON text, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        let q = JSONText.quoted
        let view = GraphView(graph)
        let nodes = view.vertices.map { vertex -> String in
            var members = [("id", q(vertex.id)), ("name", q(vertex.name)), ("kind", q(vertex.kind))]
            if vertex.isArticle {
                members.append(("date", vertex.date.map(q) ?? "null"))
            } else {
                let roles = Role.allCases.compactMap { role in vertex.roles[role].map { (role.rawValue, String($0)) } }
                members += [
                    ("published", String(vertex.published)), ("articles", String(vertex.articles)),
                    ("roles", JSONText.object(roles)),
                ]
            }
            return JSONText.object(members)
        }
        let edges = view.arcs.map { arc -> String in
            let evidence = arc.evidence.map { sample in
                JSONText.object([
                    ("article", q(sample.article)), ("text", q(sample.mention.text)), ("cue", q(sample.mention.cue)),
                    ("start", String(sample.mention.start)), ("end", String(sample.mention.end)),
                ])
            }
            return JSONText.object([
                ("source", q(arc.source)), ("target", q(arc.target)), ("key", q(arc.relation)), ("from", q(arc.from)),
                ("to", q(arc.to)), ("relation", q(arc.relation)), ("weight", String(arc.weight)),
                ("confidence", arc.confidence.map(JSONText.number) ?? "null"), ("evidence", JSONText.array(evidence)),
            ])
        }
        return JSONText.object(
            [
                ("directed", "true"), ("multigraph", "true"), ("graph", "{}"),
                ("nodes", JSONText.array(nodes, pretty: true, indent: 1)),
                ("edges", JSONText.array(edges, pretty: true, indent: 1)),
            ], pretty: true) + "\n"
    }
}
