/// Renders a ``ProvenanceGraph`` as GraphML, for Gephi, yEd, Cytoscape or NetworkX.
///
/// Every value is a typed attribute: nodes carry `label` and `name` (strings), `kind` (an outlet
/// kind, or `article`), `published` (articles published, an int), `articles` (articles crediting
/// the node, an int), `roles` (the roles it played, comma-separated) and one int per role
/// (`syndication`, `relay`, `citation`, `quote`, `photo`: articles crediting it so), and `date`
/// for articles kept as nodes; edges carry `relation` and `label` (a role, or `published` from
/// a publisher to its article), `weight` (articles showing the edge, an int) and `confidence`
/// (their mean, a double). Text is XML-escaped and characters XML 1.0 forbids are dropped, so
/// hostile names cannot break the file. Output is sorted, hence deterministic.
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    private static let keys: [(id: String, for: String, type: String)] =
        [
            ("label", "node", "string"), ("name", "node", "string"), ("kind", "node", "string"),
            ("published", "node", "int"),
            ("articles", "node", "int"), ("roles", "node", "string"),
        ] + Role.allCases.map { ($0.rawValue, "node", "int") } + [
            ("date", "node", "string"), ("relation", "edge", "string"), ("edge_label", "edge", "string"),
            ("weight", "edge", "int"), ("confidence", "edge", "double"),
        ]

    /// The GraphML document, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        for key in Self.keys {
            let name = key.id == "edge_label" ? "label" : key.id
            out += "  <key id=\"\(key.id)\" for=\"\(key.for)\" attr.name=\"\(name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"provenance\" edgedefault=\"directed\">\n"
        let view = GraphView(graph)
        for vertex in view.vertices {
            let name = Self.escaped(vertex.name)
            out += "    <node id=\"\(vertex.id)\">"
            out += "<data key=\"label\">\(name)</data><data key=\"name\">\(name)</data>"
            out += "<data key=\"kind\">\(vertex.kind)</data>"
            out += "<data key=\"published\">\(vertex.published)</data><data key=\"articles\">\(vertex.articles)</data>"
            let roles = Role.allCases.filter { vertex.roles[$0] != nil }.map(\.rawValue).joined(separator: ",")
            out += "<data key=\"roles\">\(roles)</data>"
            for role in Role.allCases { out += "<data key=\"\(role.rawValue)\">\(vertex.roles[role] ?? 0)</data>" }
            if let date = vertex.date { out += "<data key=\"date\">\(Self.escaped(date))</data>" }
            out += "</node>\n"
        }
        for (index, arc) in view.arcs.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(arc.source)\" target=\"\(arc.target)\">"
            out += "<data key=\"relation\">\(arc.relation)</data><data key=\"edge_label\">\(arc.relation)</data>"
            out += "<data key=\"weight\">\(arc.weight)</data>"
            if let confidence = arc.confidence {
                out += "<data key=\"confidence\">\(JSONText.number(confidence))</data>"
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped.
    static func escaped(_ text: String) -> String {
        text.escapingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&apos;"
            case "\t", "\n", "\r": nil
            default:
                switch scalar.value {
                case 0x20..<0xD800, 0xE000...0xFFFD, 0x10000...: nil
                default: ""
                }
            }
        }
    }
}
