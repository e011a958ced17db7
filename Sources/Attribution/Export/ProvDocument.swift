import Foundation

/// A ``ProvenanceGraph`` in the terms of W3C PROV-DM, which ``ProvJSONWriter`` and
/// ``ProvNWriter`` both write, so that the two say the same.
///
/// - Every outlet, body and person is a `prov:Agent` (`agent:`; `prov:Person` or
///   `prov:Organization`); what it published or said is a `prov:Entity` attributed to it
///   (`content:`, `wasAttributedTo`). A document is an entity only.
/// - An article kept as a node is a `prov:Entity` (`article:`) attributed to its publisher.
/// - An edge "from took content from to" is `wasDerivedFrom(from's content, to's content)`,
///   with `attribution:relation`, `attribution:weight` (articles) and `attribution:confidence`.
///   It is typed `prov:Quotation` where the text says the content is repeated (syndication,
///   which reproduces the copy; a picture; a person's or body's words) and `prov:PrimarySource`
///   where it names a document the content comes from. Relays and citations are plain
///   derivations.
/// - A syndicating outlet `actedOnBehalfOf` the outlet whose copy it publishes.
///
/// Identifiers are made from names (`agent:le_monde`), folded to ASCII letters, digits and `_`
/// and numbered when two fold alike; names themselves are only ever `prov:label` strings.
struct ProvDocument {
    /// An attribute value. Strings keep no control character but tab and line breaks, which
    /// PROV-N cannot write, so that both notations say the same.
    enum Value: Equatable {
        case string(String)
        case int(Int)
        case double(Double)
        case qualifiedName(String)
    }

    /// An agent or an entity.
    struct Element {
        var id: String
        var attributes: [(String, Value)]
    }

    /// A relation between two identifiers, with attributes.
    struct Relation {
        /// `wasAttributedTo`, `wasDerivedFrom` or `actedOnBehalfOf`.
        var kind: String
        var first: String
        var second: String
        var attributes: [(String, Value)]
    }

    /// The namespaces, by prefix, in the order they are declared.
    static let namespaces: [(prefix: String, uri: String)] = [
        ("attribution", "urn:x-attribution:vocabulary#"), ("agent", "urn:x-attribution:agent:"),
        ("content", "urn:x-attribution:content:"), ("article", "urn:x-attribution:article:"),
    ]

    /// `text` without the control characters PROV-N has no escape for.
    static func string(_ text: String) -> Value {
        .string(
            text.escapingScalars { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t") || scalar.value == 0x7F
                    ? "" : nil
            })
    }

    private(set) var agents: [Element] = []
    private(set) var entities: [Element] = []
    private(set) var relations: [Relation] = []

    init(_ graph: ProvenanceGraph) {
        let view = GraphView(graph)
        // A node's content is an entity only where an edge derives from it or from it is derived.
        let derived = Set(view.arcs.filter { $0.role != nil }.flatMap { [$0.source, $0.target] })
        var slugs = Slugs()
        var agentOf: [String: String] = [:]
        var contentOf: [String: String] = [:]
        var kinds: [String: String] = [:]
        for vertex in view.vertices {
            kinds[vertex.id] = vertex.kind
            if vertex.isArticle {
                let id = "article:" + slugs.next(vertex.name, in: "article")
                contentOf[vertex.id] = id
                var attributes: [(String, Value)] = [("prov:label", Self.string(vertex.name))]
                if let date = vertex.date { attributes.append(("attribution:published", Self.string(date))) }
                entities.append(Element(id: id, attributes: attributes))
                continue
            }
            let slug = slugs.next(vertex.name, in: "node")
            let content = "content:" + slug
            contentOf[vertex.id] = content
            let counts: [(String, Value)] = [
                ("attribution:kind", Self.string(vertex.kind)), ("attribution:published", .int(vertex.published)),
                ("attribution:articles", .int(vertex.articles)),
            ]
            if vertex.kind == OutletKind.document.rawValue {
                entities.append(Element(id: content, attributes: [("prov:label", Self.string(vertex.name))] + counts))
                continue
            }
            let agent = "agent:" + slug
            agentOf[vertex.id] = agent
            let type = vertex.kind == OutletKind.person.rawValue ? "prov:Person" : "prov:Organization"
            agents.append(
                Element(
                    id: agent,
                    attributes: [("prov:type", .qualifiedName(type)), ("prov:label", Self.string(vertex.name))] + counts
                ))
            guard derived.contains(vertex.id) else { continue }
            entities.append(
                Element(
                    id: content,
                    attributes: [
                        ("prov:label", Self.string("content of " + vertex.name)),
                        ("attribution:kind", Self.string(vertex.kind)),
                    ]))
            relations.append(Relation(kind: "wasAttributedTo", first: content, second: agent, attributes: []))
        }
        var delegations: Set<String> = []
        for arc in view.arcs {
            guard let role = arc.role else {
                // A publisher's link to its article, which comes before the article's own edges.
                if let agent = agentOf[arc.source], let article = contentOf[arc.target] {
                    relations.append(Relation(kind: "wasAttributedTo", first: article, second: agent, attributes: []))
                    agentOf[arc.target] = agent
                }
                continue
            }
            guard let generated = contentOf[arc.source], let used = contentOf[arc.target] else { continue }
            var attributes: [(String, Value)] = []
            if let type = Self.derivationType(role, target: kinds[arc.target] ?? "") {
                attributes.append(("prov:type", .qualifiedName(type)))
            }
            attributes += [
                ("attribution:relation", Self.string(role.rawValue)), ("attribution:weight", .int(arc.weight)),
            ]
            if let confidence = arc.confidence { attributes.append(("attribution:confidence", .double(confidence))) }
            relations.append(Relation(kind: "wasDerivedFrom", first: generated, second: used, attributes: attributes))
            // The outlet that publishes a copy (an article's, its publisher) acts for the one whose copy it is.
            if role == .syndication, let delegate = agentOf[arc.source], let responsible = agentOf[arc.target],
                delegate != responsible,
                delegations.insert(delegate + " " + responsible).inserted
            {
                relations.append(
                    Relation(kind: "actedOnBehalfOf", first: delegate, second: responsible, attributes: []))
            }
        }
    }

    /// The type of a derivation the text states: a repeat, or a primary source.
    static func derivationType(_ role: Role, target kind: String) -> String? {
        switch role {
        case .syndication, .photo: "prov:Quotation"
        case .quote: kind == OutletKind.document.rawValue ? "prov:PrimarySource" : "prov:Quotation"
        case .relay, .citation: nil
        }
    }

    /// Identifiers from names: ASCII letters and digits, `_` between words, numbered when two
    /// names fold alike; each scope has its own.
    private struct Slugs {
        private var taken: Set<String> = []

        mutating func next(_ name: String, in scope: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            var slug = ""
            var gap = false
            for scalar in folded.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    if gap, !slug.isEmpty { slug += "_" }
                    slug.unicodeScalars.append(scalar)
                    gap = false
                } else {
                    gap = true
                }
            }
            if slug.isEmpty { slug = "x" }
            var candidate = slug
            var number = 1
            while !taken.insert(scope + ":" + candidate).inserted {
                number += 1
                candidate = "\(slug)_\(number)"
            }
            return candidate
        }
    }
}
