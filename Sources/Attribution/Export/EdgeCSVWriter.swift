/// Renders a ``ProvenanceGraph`` as a CSV edge list (RFC 4180 quoting, LF line ends), one edge a row:
/// `source,target,relation,weight,confidence,source_kind,target_kind`, by name, which Gephi's
/// spreadsheet import, pandas and R read as they are. A cell that a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@` first) is prefixed with `'`, as OWASP advises; cells with commas,
/// quotes or line breaks are quoted.
public struct EdgeCSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The CSV text, header first, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        let view = GraphView(graph)
        let kinds = Dictionary(view.vertices.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var out = "source,target,relation,weight,confidence,source_kind,target_kind\n"
        for arc in view.arcs {
            let cells = [
                Self.cell(arc.from), Self.cell(arc.to), arc.relation, String(arc.weight),
                arc.confidence.map(JSONText.number) ?? "", kinds[arc.source] ?? "", kinds[arc.target] ?? "",
            ]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A CSV cell: formula triggers neutralized, quoted when it holds a comma, quote or line break.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.escapingScalars { $0 == "\"" ? "\"\"" : nil } + "\""
    }
}
