/// Renders a ``ProvenanceGraph`` as PROV-JSON (the W3C member submission), which the Python
/// `prov` package, ProvToolbox and ProvStore read. See ``ProvDocument`` for the modelling:
/// outlets as agents, their content and articles as entities, derivations typed
/// `prov:Quotation` or `prov:PrimarySource`, attributions and delegations. PROV-JSON has no key
/// of its own for quotations: they are `wasDerivedFrom` records with that `prov:type`.
public struct ProvJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The PROV-JSON document, ending in a newline.
    public func render(_ graph: ProvenanceGraph) -> String {
        let document = ProvDocument(graph)
        let q = JSONText.quoted
        var sections: [(String, String)] = [
            ("prefix", JSONText.object(ProvDocument.namespaces.map { ($0.prefix, q($0.uri)) }, pretty: true, indent: 1))
        ]
        for (key, elements) in [("agent", document.agents), ("entity", document.entities)] where !elements.isEmpty {
            let members = elements.map { ($0.id, Self.attributes($0.attributes)) }
            sections.append((key, JSONText.object(members, pretty: true, indent: 1)))
        }
        let roles: [String: (String, String)] = [
            "wasAttributedTo": ("prov:entity", "prov:agent"),
            "wasDerivedFrom": ("prov:generatedEntity", "prov:usedEntity"),
            "actedOnBehalfOf": ("prov:delegate", "prov:responsible"),
        ]
        for kind in ["wasAttributedTo", "wasDerivedFrom", "actedOnBehalfOf"] {
            let records = document.relations.enumerated().filter { $0.element.kind == kind }
            guard !records.isEmpty else { continue }
            let (first, second) = roles[kind]!
            let members = records.map { index, relation in
                (
                    "_:r\(index)",
                    Self.attributes(
                        [(first, .string(relation.first)), (second, .string(relation.second))] + relation.attributes)
                )
            }
            sections.append((kind, JSONText.object(members, pretty: true, indent: 1)))
        }
        return JSONText.object(sections, pretty: true) + "\n"
    }

    /// An attribute object; qualified names as PROV-JSON's typed values.
    private static func attributes(_ pairs: [(String, ProvDocument.Value)]) -> String {
        JSONText.object(
            pairs.map { key, value in
                switch value {
                case .string(let text): (key, JSONText.quoted(text))
                case .int(let number): (key, String(number))
                case .double(let number): (key, JSONText.number(number))
                case .qualifiedName(let name):
                    (key, JSONText.object([("$", JSONText.quoted(name)), ("type", "\"prov:QUALIFIED_NAME\"")]))
                }
            })
    }
}
