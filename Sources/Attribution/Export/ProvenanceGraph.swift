/// A provenance graph: outlets, people and documents as nodes, "took content from" as edges,
/// each edge weighted by the number of articles that show it.
public struct ProvenanceGraph: Sendable, Hashable {
    /// A node, keyed by its name.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var kind: OutletKind
        /// How many articles this node published.
        public var published: Int
    }

    /// A weighted edge.
    public struct Link: Sendable, Hashable {
        public var from: String
        public var to: String
        public var relation: Role
        public var weight: Int
    }

    /// Nodes by name.
    public private(set) var nodes: [String: Node] = [:]
    /// Edges by `from`, `to` and relation.
    public private(set) var links: [String: Link] = [:]

    /// An empty graph.
    public init() {}

    /// The graph of one trace.
    public init(_ trace: Trace) {
        add(trace)
    }

    /// Adds one article's chain.
    public mutating func add(_ trace: Trace) {
        if let publisher = trace.publisher {
            nodes[publisher.name, default: Node(name: publisher.name, kind: publisher.kind, published: 0)].published +=
                1
        }
        var kinds: [String: OutletKind] = [:]
        for source in trace.sources { kinds[source.name] = source.kind }
        if let publisher = trace.publisher { kinds[publisher.name] = publisher.kind }
        for edge in trace.edges {
            for name in [edge.from, edge.to] where nodes[name] == nil {
                nodes[name] = Node(name: name, kind: kinds[name] ?? .unknown, published: 0)
            }
            let key = edge.from + "\u{0}" + edge.to + "\u{0}" + edge.relation.rawValue
            links[key, default: Link(from: edge.from, to: edge.to, relation: edge.relation, weight: 0)].weight += 1
        }
    }

    /// Adds every node and edge of another graph.
    public mutating func merge(_ other: ProvenanceGraph) {
        for (name, node) in other.nodes {
            nodes[name, default: Node(name: name, kind: node.kind, published: 0)].published += node.published
        }
        for (key, link) in other.links {
            links[key, default: Link(from: link.from, to: link.to, relation: link.relation, weight: 0)].weight +=
                link.weight
        }
    }

    /// The graph keeping only edges of at least `minWeight` articles and, if given, the `top`
    /// heaviest edges; nodes left without edges go too, publishers aside.
    public func pruned(minWeight: Int, top: Int?) -> ProvenanceGraph {
        var kept = sortedLinks.filter { $0.weight >= minWeight }
        if let top {
            kept = Array(kept.sorted { ($0.weight, $1.from, $1.to) > ($1.weight, $0.from, $0.to) }.prefix(top))
        }
        var graph = ProvenanceGraph()
        for node in nodes.values where node.published > 0 { graph.nodes[node.name] = node }
        for link in kept {
            graph.links[link.from + "\u{0}" + link.to + "\u{0}" + link.relation.rawValue] = link
            for name in [link.from, link.to] { graph.nodes[name] = nodes[name] }
        }
        return graph
    }

    /// The graph without edges of `relation` (quotes clutter a corpus graph), and without the
    /// nodes only those edges held, publishers aside.
    public func without(_ relation: Role) -> ProvenanceGraph {
        var graph = ProvenanceGraph()
        for node in nodes.values where node.published > 0 { graph.nodes[node.name] = node }
        for (key, link) in links where link.relation != relation {
            graph.links[key] = link
            for name in [link.from, link.to] { graph.nodes[name] = nodes[name] }
        }
        return graph
    }

    /// Nodes sorted by name.
    public var sortedNodes: [Node] { nodes.values.sorted { $0.name < $1.name } }

    /// Edges sorted by `from`, `to`, relation.
    public var sortedLinks: [Link] {
        links.values.sorted { ($0.from, $0.to, $0.relation) < ($1.from, $1.to, $1.relation) }
    }
}
