/// Renders a ``ProvenanceGraph`` as GraphML, for Gephi, yEd, Cytoscape or NetworkX.
///
/// Nodes carry `name`, `kind` and `published` (articles published); edges carry `relation` and
/// `weight` (articles showing the edge). Text is XML-escaped and characters XML 1.0 forbids are
/// dropped, so hostile names cannot break the file. Output is sorted, hence deterministic.
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GraphML document, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        out += "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        out += "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        out += "  <key id=\"published\" for=\"node\" attr.name=\"published\" attr.type=\"int\"/>\n"
        out += "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
        out += "  <graph id=\"provenance\" edgedefault=\"directed\">\n"
        var ids: [String: String] = [:]
        for (index, node) in graph.sortedNodes.enumerated() {
            let id = "n\(index)"
            ids[node.name] = id
            out += "    <node id=\"\(id)\">"
            out += "<data key=\"name\">\(Self.escaped(node.name))</data>"
            out += "<data key=\"kind\">\(node.kind.rawValue)</data>"
            out += "<data key=\"published\">\(node.published)</data></node>\n"
        }
        for (index, link) in graph.sortedLinks.enumerated() {
            guard let from = ids[link.from], let to = ids[link.to] else { continue }
            out += "    <edge id=\"e\(index)\" source=\"\(from)\" target=\"\(to)\">"
            out += "<data key=\"relation\">\(link.relation.rawValue)</data>"
            out += "<data key=\"weight\">\(link.weight)</data></edge>\n"
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
