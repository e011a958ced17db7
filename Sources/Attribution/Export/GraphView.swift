/// A ``ProvenanceGraph`` as the writers lay it out: every node with an id (`n0`, `n1`, ... in
/// name order, then `a0`, `a1`, ... for the articles kept as nodes, in order) and every edge in
/// a fixed order (edges between nodes by `from`, `to` and relation; then each article's link
/// from its publisher and its own edges). Names never become ids, so no name can break a file.
struct GraphView {
    /// A node: an outlet, a person, a document, or an article kept as a node.
    struct Vertex {
        var id: String
        var name: String
        /// The outlet kind, or `article`.
        var kind: String
        var published: Int
        var articles: Int
        var roles: [Role: Int]
        /// An article's publication time.
        var date: String?
        var isArticle: Bool { kind == "article" }
    }

    /// An edge: `source` took content from `target`, or, for `published`, published it.
    struct Arc {
        var source: String
        var target: String
        var from: String
        var to: String
        /// A role, or `published` for a publisher's link to its article.
        var relation: String
        var role: Role?
        var weight: Int
        var confidence: Double?
        var evidence: [ProvenanceGraph.Sample]
    }

    let vertices: [Vertex]
    let arcs: [Arc]
    /// Node ids by name.
    let ids: [String: String]

    init(_ graph: ProvenanceGraph) {
        var vertices: [Vertex] = []
        var ids: [String: String] = [:]
        for (index, node) in graph.sortedNodes.enumerated() {
            ids[node.name] = "n\(index)"
            vertices.append(
                Vertex(
                    id: "n\(index)", name: node.name, kind: node.kind.rawValue, published: node.published,
                    articles: node.articles, roles: node.roles, date: nil))
        }
        var arcs: [Arc] = []
        for link in graph.sortedLinks {
            guard let source = ids[link.from], let target = ids[link.to] else { continue }
            arcs.append(
                Arc(
                    source: source, target: target, from: link.from, to: link.to, relation: link.relation.rawValue,
                    role: link.relation, weight: link.weight, confidence: link.confidence, evidence: link.evidence))
        }
        for (index, article) in graph.articles.enumerated() {
            let id = "a\(index)"
            vertices.append(
                Vertex(
                    id: id, name: article.id, kind: "article", published: 0, articles: 0, roles: [:],
                    date: article.published))
            if let publisher = article.publisher, let source = ids[publisher] {
                arcs.append(
                    Arc(
                        source: source, target: id, from: publisher, to: article.id, relation: "published", role: nil,
                        weight: 1, confidence: nil, evidence: []))
            }
            for link in article.links {
                guard let target = ids[link.to] else { continue }
                arcs.append(
                    Arc(
                        source: id, target: target, from: article.id, to: link.to, relation: link.relation.rawValue,
                        role: link.relation, weight: 1, confidence: link.confidence,
                        evidence: link.evidence.map { ProvenanceGraph.Sample(article: article.id, mention: $0) }))
            }
        }
        self.vertices = vertices
        self.arcs = arcs
        self.ids = ids
    }
}
