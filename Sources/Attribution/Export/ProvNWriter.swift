/// Renders a ``ProvenanceGraph`` as PROV-N, the W3C's notation for PROV-DM, which the Python
/// `prov` package and ProvToolbox read. It states exactly what ``ProvJSONWriter`` states (see
/// ``ProvDocument``). Strings are escaped as PROV-N's grammar asks (`\"`, `\\`, `\n`), other
/// control characters dropped, and identifiers are generated, so no name can break the file.
public struct ProvNWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The PROV-N document, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        let document = ProvDocument(graph)
        var out = "document\n"
        for namespace in ProvDocument.namespaces { out += "  prefix \(namespace.prefix) <\(namespace.uri)>\n" }
        out += "\n"
        for agent in document.agents { out += "  agent(\(agent.id)\(Self.attributes(agent.attributes)))\n" }
        for entity in document.entities { out += "  entity(\(entity.id)\(Self.attributes(entity.attributes)))\n" }
        for kind in ["wasAttributedTo", "wasDerivedFrom", "actedOnBehalfOf"] {
            for relation in document.relations where relation.kind == kind {
                let marker = kind == "actedOnBehalfOf" ? ", -" : kind == "wasDerivedFrom" ? ", -, -, -" : ""
                out +=
                    "  \(kind)(\(relation.first), \(relation.second)\(marker)\(Self.attributes(relation.attributes)))\n"
            }
        }
        out += "endDocument\n"
        return out
    }

    /// `, [key=value, ...]`, or nothing.
    private static func attributes(_ pairs: [(String, ProvDocument.Value)]) -> String {
        guard !pairs.isEmpty else { return "" }
        let items = pairs.map { key, value in
            switch value {
            case .string(let text): "\(key)=\(quoted(text))"
            case .int(let number): "\(key)=\(number)"
            case .double(let number): "\(key)=\"\(JSONText.number(number))\" %% xsd:double"
            case .qualifiedName(let name): "\(key)='\(name)'"
            }
        }
        return ", [" + items.joined(separator: ", ") + "]"
    }

    /// A PROV-N string literal.
    static func quoted(_ text: String) -> String {
        let body = text.escapingScalars { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: scalar.value < 0x20 || scalar.value == 0x7F ? "" : nil
            }
        }
        return "\"" + body + "\""
    }
}
