/// A provenance graph: outlets, people and documents as nodes, "took content from" as edges,
/// each edge weighted by the number of articles that show it, with the evidence of the first
/// few. With articles kept (``init(_:keepingArticle:)``), each article is a node of its own:
/// its publisher published it, and it took content from the publisher's sources.
public struct ProvenanceGraph: Sendable, Hashable {
    /// A node, keyed by its name.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var kind: OutletKind
        /// How many articles this node published.
        public var published: Int
        /// How many articles credit this node as a source.
        public var articles = 0
        /// How many articles credit this node in each role.
        public var roles: [Role: Int] = [:]
    }

    /// A weighted edge: `from` took content from `to`.
    public struct Link: Sendable, Hashable {
        public var from: String
        public var to: String
        public var relation: Role
        /// How many articles show the edge.
        public var weight: Int
        /// The sum of the edge's confidence over those articles.
        var confidenceSum = 0.0
        /// Where the first articles showing the edge name its far end.
        public var evidence: [Sample] = []

        /// The edge's mean confidence over the articles that show it, to two places.
        public var confidence: Double { weight > 0 ? (confidenceSum / Double(weight)).rounded(toPlaces: 2) : 0 }
    }

    /// One mention in one article: a piece of an edge's evidence.
    public struct Sample: Sendable, Hashable {
        /// The article's id.
        public var article: String
        /// Where its text names the source.
        public var mention: Mention
    }

    /// An article kept as a node of its own.
    public struct ArticleNode: Sendable, Hashable {
        /// The article's id.
        public var id: String
        /// Who published it, a node of the graph.
        public var publisher: String?
        /// When, in ISO 8601, if known.
        public var published: String?
        /// The sources it took content from directly (the publisher's edges in its trace).
        public var links: [ArticleLink]
    }

    /// An edge from an article to a source.
    public struct ArticleLink: Sendable, Hashable {
        public var to: String
        public var relation: Role
        public var confidence: Double
        /// Where the article's text names the source.
        public var evidence: [Mention]
    }

    /// How many samples of evidence an edge keeps.
    public static let samplesPerLink = 5

    /// Nodes by name.
    public internal(set) var nodes: [String: Node] = [:]
    /// Edges by `from`, `to` and relation.
    public internal(set) var links: [String: Link] = [:]
    /// Articles kept as nodes, in the order they were added.
    public internal(set) var articles: [ArticleNode] = []

    /// An empty graph.
    public init() {}

    /// The graph of one trace; with `keepingArticle`, the article is a node of its own.
    public init(_ trace: Trace, keepingArticle: Bool = false) {
        add(trace, keepingArticle: keepingArticle)
    }

    static func key(_ from: String, _ to: String, _ relation: Role) -> String {
        from + "\u{0}" + to + "\u{0}" + relation.rawValue
    }

    /// Adds one article's chain; with `keepingArticle`, the article is a node of its own and
    /// the publisher's edges start from it.
    public mutating func add(_ trace: Trace, keepingArticle: Bool = false) {
        if let publisher = trace.publisher {
            nodes[publisher.name, default: Node(name: publisher.name, kind: publisher.kind, published: 0)].published +=
                1
        }
        for source in trace.sources {
            var node = nodes[source.name] ?? Node(name: source.name, kind: source.kind, published: 0)
            node.articles += 1
            for role in source.roles { node.roles[role, default: 0] += 1 }
            nodes[source.name] = node
        }
        var article = ArticleNode(id: trace.id, publisher: trace.publisher?.name, published: trace.published, links: [])
        for edge in trace.edges {
            for name in [edge.from, edge.to] where nodes[name] == nil {
                nodes[name] = Node(name: name, kind: .unknown, published: 0)
            }
            let mentions = trace.sources.first { $0.name == edge.to }?.mentions ?? []
            if keepingArticle, edge.from == trace.publisher?.name {
                article.links.append(
                    ArticleLink(to: edge.to, relation: edge.relation, confidence: edge.confidence, evidence: mentions))
                continue
            }
            let key = Self.key(edge.from, edge.to, edge.relation)
            var link = links[key] ?? Link(from: edge.from, to: edge.to, relation: edge.relation, weight: 0)
            link.weight += 1
            link.confidenceSum += edge.confidence
            for mention in mentions where link.evidence.count < Self.samplesPerLink {
                link.evidence.append(Sample(article: trace.id, mention: mention))
            }
            links[key] = link
        }
        if keepingArticle { articles.append(article) }
    }

    /// Adds every node, edge and article of another graph, whose articles come after this one's.
    public mutating func merge(_ other: ProvenanceGraph) {
        for (name, node) in other.nodes {
            var mine = nodes[name] ?? Node(name: name, kind: node.kind, published: 0)
            mine.published += node.published
            mine.articles += node.articles
            for (role, count) in node.roles { mine.roles[role, default: 0] += count }
            nodes[name] = mine
        }
        for (key, link) in other.links {
            var mine = links[key] ?? Link(from: link.from, to: link.to, relation: link.relation, weight: 0)
            mine.weight += link.weight
            mine.confidenceSum += link.confidenceSum
            mine.evidence += link.evidence.prefix(Self.samplesPerLink - mine.evidence.count)
            links[key] = mine
        }
        articles += other.articles
    }
}
