/// Renders a ``ProvenanceGraph`` as Graphviz DOT that `dot` accepts without a warning.
///
/// Node ids are generated (`n0`, `n1`, ...), names only ever appear inside escaped quoted labels,
/// so quotes, backslashes, braces and line breaks in names cannot break the file. Output is
/// sorted, hence byte-identical for the same graph. Shapes and colours tell kinds apart; a
/// small legend explains them. With `weighted`, pen width grows with the article count and
/// edges are labelled with it.
public struct DOTWriter: Sendable {
    /// Whether edge weights are shown (corpus graphs).
    public var weighted: Bool
    /// Whether to draw the legend.
    public var legend: Bool

    /// Creates a writer.
    public init(weighted: Bool = false, legend: Bool = true) {
        self.weighted = weighted
        self.legend = legend
    }

    /// The DOT text, ending in a newline.
    public func render(_ graph: ProvenanceGraph, title: String? = nil) -> String {
        var out = "digraph provenance {\n"
        // Clusters of kinds need the newer ranking: the older one fails on some corpus graphs
        // ("trouble in init_rank").
        out +=
            "  graph [\(weighted ? "newrank=true, " : "")rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.35, ranksep=0.6"
        if let title { out += ", label=\(Self.quoted(title)), labelloc=t" }
        out += "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled, fillcolor=\"#ffffff\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        let view = GraphView(graph)
        let nodes = graph.sortedNodes
        let byKind = Dictionary(grouping: nodes) { $0.published > 0 ? "publisher" : Self.group($0.kind) }
        for group in byKind.keys.sorted() {
            let members = byKind[group]!
            if weighted {
                out +=
                    "  subgraph cluster_\(group) {\n    label=\(Self.quoted(group)); style=dashed; color=\"#bbbbbb\";\n"
            }
            for node in members {
                let pad = weighted ? "    " : "  "
                out += "\(pad)\(view.ids[node.name]!) [label=\(Self.quoted(label(node))), \(Self.style(node))];\n"
            }
            if weighted { out += "  }\n" }
        }
        for vertex in view.vertices where vertex.isArticle {
            out += "  \(vertex.id) [label=\(Self.quoted(vertex.name)), \(Self.articleStyle)];\n"
        }
        let maxWeight = max(1, graph.links.values.map(\.weight).max() ?? 1)
        for arc in view.arcs {
            guard let role = arc.role else {
                out += "  \(arc.source) -> \(arc.target) [\(Self.publishedStyle)];\n"
                continue
            }
            var attributes = Self.edgeStyle(role)
            if weighted && arc.source.hasPrefix("n") {
                let width = 1 + 4 * Double(arc.weight) / Double(maxWeight)
                attributes += ", penwidth=\(JSONText.number(width.rounded(toPlaces: 2))), label=\"\(arc.weight)\""
            } else {
                attributes += ", label=\(Self.quoted(role.rawValue))"
            }
            out += "  \(arc.source) -> \(arc.target) [\(attributes)];\n"
        }
        if legend { out += Self.legendText }
        out += "}\n"
        return out
    }

    /// An article kept as a node: small, so that many fit.
    static let articleStyle =
        "shape=box, style=\"filled,rounded\", fontsize=8, fillcolor=\"#f9fafb\", color=\"#9ca3af\""

    /// A publisher's link to its article.
    static let publishedStyle = "style=dotted, color=\"#9ca3af\", arrowhead=none"

    private func label(_ node: ProvenanceGraph.Node) -> String {
        weighted && node.published > 0 ? "\(node.name)\n\(node.published) articles" : node.name
    }

    static func group(_ kind: OutletKind) -> String {
        switch kind {
        case .agency: "agency"
        case .newspaper, .magazine: "print"
        case .broadcaster: "broadcaster"
        case .online, .social: "online"
        case .person: "person"
        case .document: "document"
        case .government, .organization, .unknown: "organization"
        }
    }

    static func style(_ node: ProvenanceGraph.Node) -> String {
        if node.published > 0 { return "shape=box, style=\"filled,bold\", penwidth=2, fillcolor=\"#fde68a\"" }
        return style(node.kind)
    }

    static func style(_ kind: OutletKind) -> String {
        switch kind {
        case .agency: "shape=box, style=\"filled,rounded\", fillcolor=\"#bfdbfe\""
        case .newspaper: "shape=note, fillcolor=\"#e5e7eb\""
        case .magazine: "shape=tab, fillcolor=\"#e5e7eb\""
        case .broadcaster: "shape=hexagon, fillcolor=\"#fbcfe8\""
        case .online, .social: "shape=component, fillcolor=\"#d1fae5\""
        case .document: "shape=note, style=\"filled,dashed\", fillcolor=\"#fef9c3\""
        case .person: "shape=ellipse, fillcolor=\"#ffffff\""
        case .government, .organization, .unknown: "shape=house, fillcolor=\"#f3f4f6\""
        }
    }

    static func edgeStyle(_ relation: Role) -> String {
        switch relation {
        case .syndication: "style=bold, color=\"#1d4ed8\""
        case .relay: "style=dashed, color=\"#047857\""
        case .citation: "style=dotted, color=\"#7c3aed\""
        case .quote: "color=\"#6b7280\", arrowhead=odot"
        case .photo: "color=\"#ea580c\", arrowhead=diamond"
        }
    }

    /// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`, other control
    /// characters dropped.
    static func quoted(_ text: String) -> String {
        let body = text.escapingScalars { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r", "\t": " "
            default: scalar.value >= 0x20 && scalar.value != 0x7F ? nil : ""
            }
        }
        return "\"" + body + "\""
    }

    static let legendText: String = {
        var out = "  subgraph cluster_legend {\n    label=\"legend\"; fontsize=9; style=rounded; color=\"#9ca3af\";\n"
        out += "    node [fontsize=8, width=0.3, height=0.2, margin=\"0.05,0.02\"];\n"
        out +=
            "    legend_publisher [label=\"publisher\", shape=box, style=\"filled,bold\", penwidth=2, fillcolor=\"#fde68a\"];\n"
        let kinds: [(String, OutletKind)] = [
            ("agency", .agency), ("newspaper", .newspaper), ("online", .online), ("document", .document),
            ("person", .person),
        ]
        for (name, kind) in kinds { out += "    legend_\(name) [label=\"\(name)\", \(style(kind))];\n" }
        let relations: [Role] = [.syndication, .relay, .citation, .quote, .photo]
        var previous = "legend_publisher"
        for (index, relation) in relations.enumerated() {
            let target = "legend_\(kinds[index].0)"
            out +=
                "    \(previous) -> \(target) [label=\"\(relation.rawValue)\", fontsize=8, \(edgeStyle(relation))];\n"
            previous = target
        }
        return out + "  }\n"
    }()
}
