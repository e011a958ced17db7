/// Renders a ``ProvenanceGraph`` as a Mermaid flowchart, which GitHub draws in Markdown inside a
/// ```` ```mermaid ```` block.
///
/// Node ids are generated (`n0`, `a0`); names appear only inside quoted labels, with quotes,
/// `#`, `&`, `<`, `>` and backticks written as Mermaid's entity codes and line breaks as spaces,
/// so no name can break the chart or inject markup. Shapes and classes tell kinds apart, line
/// styles relations: syndication thick, relay plain, citation dotted, quote with a circle,
/// photo with a cross. Mermaid draws up to 500 edges by default: prune a corpus graph first.
public struct MermaidWriter: Sendable {
    /// Whether edge labels show the article count (corpus graphs).
    public var weighted: Bool

    /// Creates a writer.
    public init(weighted: Bool = false) {
        self.weighted = weighted
    }

    /// The flowchart, ending in a newline.
    public func render(_ graph: ProvenanceGraph, title: String? = nil) -> String {
        let view = GraphView(graph)
        var out = ""
        if let title { out += "---\ntitle: \(Self.yamlString(title))\n---\n" }
        out += "flowchart LR\n"
        for vertex in view.vertices {
            let (open, close) = Self.shape(vertex)
            out += "  \(vertex.id)\(open)\"\(Self.label(vertex.name))\"\(close):::\(Self.className(vertex))\n"
        }
        for arc in view.arcs {
            var text = arc.relation
            if weighted, arc.role != nil, arc.source.hasPrefix("n") { text += " \(arc.weight)" }
            let line = Self.line(arc.role)
            out += "  \(arc.source) \(line)|\(text)| \(arc.target)\n"
        }
        out += Self.classes
        return out
    }

    /// A label's text: the characters Mermaid reads as syntax written as entity codes.
    static func label(_ name: String) -> String {
        name.escapingScalars { scalar in
            switch scalar {
            case "\"": "#quot;"
            case "#": "#35;"
            case "&": "#amp;"
            case "<": "#lt;"
            case ">": "#gt;"
            case "`": "#96;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": " "
            default: scalar.value < 0x20 || scalar.value == 0x7F ? "" : nil
            }
        }
    }

    /// A YAML double-quoted string for the front matter's title.
    static func yamlString(_ text: String) -> String {
        let body = text.escapingScalars { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            default:
                scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : nil
            }
        }
        return "\"" + body + "\""
    }

    private static func shape(_ vertex: GraphView.Vertex) -> (String, String) {
        if vertex.isArticle || vertex.published > 0 { return ("[", "]") }
        switch OutletKind(rawValue: vertex.kind) ?? .unknown {
        case .agency: return ("([", "])")
        case .newspaper, .magazine: return ("[[", "]]")
        case .broadcaster: return ("{{", "}}")
        case .person: return ("(", ")")
        case .document: return ("[/", "/]")
        case .online, .social: return ("[", "]")
        case .government, .organization, .unknown: return (">", "]")
        }
    }

    private static func className(_ vertex: GraphView.Vertex) -> String {
        if vertex.isArticle { return "article" }
        if vertex.published > 0 { return "publisher" }
        return DOTWriter.group(OutletKind(rawValue: vertex.kind) ?? .unknown)
    }

    private static func line(_ role: Role?) -> String {
        switch role {
        case .syndication: "==>"
        case .relay: "-->"
        case .citation: "-.->"
        case .quote: "--o"
        case .photo: "--x"
        case nil: "-.-"
        }
    }

    private static let classes = """
          classDef publisher fill:#fde68a,stroke:#92400e,stroke-width:2px
          classDef agency fill:#bfdbfe,stroke:#1e40af
          classDef print fill:#e5e7eb,stroke:#374151
          classDef broadcaster fill:#fbcfe8,stroke:#9d174d
          classDef online fill:#d1fae5,stroke:#065f46
          classDef person fill:#ffffff,stroke:#6b7280
          classDef document fill:#fef9c3,stroke:#854d0e
          classDef organization fill:#f3f4f6,stroke:#4b5563
          classDef article fill:#f9fafb,stroke:#9ca3af

        """
}
