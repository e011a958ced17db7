/// Smaller graphs for drawing, and the nodes and edges in a fixed order for writing.
extension ProvenanceGraph {
    /// The graph keeping only edges of at least `minWeight` articles and, if given, the `top`
    /// heaviest edges; nodes left without edges go too, publishers aside. Articles kept as
    /// nodes stay, with their edges and the nodes these reach.
    public func pruned(minWeight: Int, top: Int?) -> ProvenanceGraph {
        var kept = sortedLinks.filter { $0.weight >= minWeight }
        if let top {
            kept = Array(kept.sorted { ($0.weight, $1.from, $1.to) > ($1.weight, $0.from, $0.to) }.prefix(top))
        }
        return keeping(kept)
    }

    /// The graph without edges of `relation` (quotes clutter a corpus graph), and without the
    /// nodes only those edges held, publishers aside.
    public func without(_ relation: Role) -> ProvenanceGraph {
        var graph = keeping(links.values.filter { $0.relation != relation })
        graph.articles = articles.map { article in
            var article = article
            article.links.removeAll { $0.relation == relation }
            return article
        }
        return graph.keeping(Array(graph.links.values))
    }

    /// The graph of `kept` edges, their nodes, the publishers and the articles kept as nodes.
    private func keeping(_ kept: [Link]) -> ProvenanceGraph {
        var graph = ProvenanceGraph()
        for node in nodes.values where node.published > 0 { graph.nodes[node.name] = node }
        for link in kept {
            graph.links[Self.key(link.from, link.to, link.relation)] = link
            for name in [link.from, link.to] { graph.nodes[name] = nodes[name] }
        }
        graph.articles = articles
        for article in articles {
            for name in article.links.map(\.to) + [article.publisher].compactMap({ $0 }) {
                graph.nodes[name] = nodes[name]
            }
        }
        return graph
    }

    /// Nodes sorted by name.
    public var sortedNodes: [Node] { nodes.values.sorted { $0.name < $1.name } }

    /// Edges sorted by `from`, `to`, relation.
    public var sortedLinks: [Link] {
        links.values.sorted { ($0.from, $0.to, $0.relation) < ($1.from, $1.to, $1.relation) }
    }

    /// Every edge a writer draws: the edges between nodes, each kept article's edges, and each
    /// kept article's link from its publisher.
    public var edgeCount: Int {
        links.count + articles.reduce(0) { $0 + $1.links.count + ($1.publisher == nil ? 0 : 1) }
    }
}

extension ProvenanceGraph {
    /// The graph with its articles folded back into edges from their publishers, as if they
    /// had never been kept as nodes.
    public func foldingArticles() -> ProvenanceGraph {
        var graph = self
        graph.articles = []
        for article in articles {
            guard let publisher = article.publisher else { continue }
            for link in article.links {
                let key = Self.key(publisher, link.to, link.relation)
                var folded = graph.links[key] ?? Link(from: publisher, to: link.to, relation: link.relation, weight: 0)
                folded.weight += 1
                folded.confidenceSum += link.confidence
                for mention in link.evidence where folded.evidence.count < Self.samplesPerLink {
                    folded.evidence.append(Sample(article: article.id, mention: mention))
                }
                graph.links[key] = folded
            }
        }
        return graph
    }
}
