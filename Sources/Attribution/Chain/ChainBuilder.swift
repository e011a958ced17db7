/// Builds the provenance chain of one article from its evidence.
///
/// - The publisher takes each syndication source's copy (`Republika -> Antara`).
/// - The outlet whose copy the article is (the one syndication source, else the publisher) relays
///   or cites every other outlet it names.
/// - A relay stated inside one sentence links its own outlets (`X seperti dilansir R`: `R -> X`).
/// - When the copy credits its whole content to one intermediary (one relay source, or a closing
///   `demikian laporan R`), the outlets the text cites through interviews and reports reached it
///   through that intermediary: `R -> X`.
struct ChainBuilder: Sendable {
    let gazetteer: Gazetteer

    struct Assembly {
        var publisher: Subject?
        /// The sources, in the order they were first credited, one a subject.
        var drafts: [SourceDraft]
        var nested: [(from: Subject, to: Subject)]
        var copyOwner: Subject?

        /// Where each subject's draft stands in ``drafts``: hashed, since a hostile text may name
        /// thousands of sources, and a search along the drafts for each would cost their square.
        func positions() -> [Subject: Int] {
            Dictionary(drafts.indices.map { (drafts[$0].subject, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    struct SourceDraft {
        var subject: Subject
        var kind: OutletKind
        var roles = RoleSet()
        var evidence: [Evidence] = []
        var missProbability = 1.0
    }

    func name(_ subject: Subject) -> String {
        switch subject {
        case .outlet(let index): gazetteer.outlets[index].name
        case .named(let name, _): name
        }
    }

    func kind(_ subject: Subject) -> OutletKind {
        switch subject {
        case .outlet(let index): gazetteer.outlets[index].kind
        case .named(_, let kind): kind
        }
    }

    /// Gathers sources and roles; the publisher's own mentions are dropped as self-citations,
    /// save its credits for pictures (`Photo by Bobby Lagsa/Rappler` on Rappler's page).
    func assemble(_ evidence: [Evidence], decision: PublisherRule.Decision, nested: [(from: Subject, to: Subject)])
        -> Assembly
    {
        let publisher = decision.publisher
        var drafts: [SourceDraft] = []
        var positions: [Subject: Int] = [:]
        let dataCredited = Set(evidence.lazy.filter { $0.signal == .cue(.data) }.map(\.subject))
        func credit(_ item: Evidence, _ role: Role) {
            guard item.subject != publisher || role == .photo else { return }
            let index = positions[item.subject] ?? drafts.count
            if index == drafts.count {
                positions[item.subject] = index
                drafts.append(SourceDraft(subject: item.subject, kind: kind(item.subject)))
            }
            drafts[index].roles.insert(role)
            drafts[index].evidence.append(item)
            drafts[index].missProbability *= 1 - item.confidence
        }
        for item in decision.syndication { credit(item, .syndication) }
        for item in evidence {
            switch item.signal {
            case .cue(.relay): credit(item, .relay)
            case .cue(.citation), .cue(.report), .cue(.closing), .cue(.data): credit(item, .citation)
            case .cue(.affiliation):
                // A journalist's outlet: its journalism seen at first hand, under the copy's owner
                // rather than through a relay.
                credit(item, .citation)
            case .cue(.interview):
                credit(item, .citation)
            case .cue(.footer):
                let isData = dataCredited.contains(item.subject)
                credit(
                    item, item.subject.isMedia && !isData ? .syndication : (item.subject.isMedia ? .citation : .quote))
            case .cue(.photo): credit(item, .photo)
            case .cue(.speech): credit(item, .quote)
            case .cue(.reporting), .cue(.selfDescription), .selfAddress:
                // Reporting by an outlet other than the publisher: it was that outlet's interview.
                if publisher != nil, item.subject.isMedia { credit(item, .citation) }
            default: break
            }
        }
        let syndicated = drafts.filter { $0.roles.contains(.syndication) }
        let copyOwner = syndicated.count == 1 ? syndicated[0].subject : publisher
        return Assembly(publisher: publisher, drafts: drafts, nested: nested, copyOwner: copyOwner)
    }

    /// The chain's edges, deduplicated, in a stable order. Sources, links and targets are
    /// looked up hashed: the work is in proportion to the evidence however many sources a text
    /// names.
    func edges(_ assembly: Assembly) -> [Edge] {
        var edges: [Edge] = []
        let positions = assembly.positions()
        // Each link once: by its ends' comparison keys, and for quotes and photos by relation too.
        var seen: Set<LinkKey> = []
        func link(_ from: Subject, _ to: Subject, _ relation: Role, _ confidence: Double) {
            // No link from a name to itself, though read once as an outlet and once as a person
            // (`dilansir Budi kata Budi`): the ends are compared by key.
            let key = LinkKey(
                from: from.comparisonKey, to: to.comparisonKey,
                relation: relation == .quote || relation == .photo ? relation : nil)
            guard key.from != key.to, seen.insert(key).inserted else { return }
            edges.append(Edge(from: name(from), to: name(to), relation: relation, confidence: confidence))
        }
        func confidence(_ subject: Subject) -> Double {
            guard let index = positions[subject] else { return Confidence.edgeWithoutSource }
            return 1 - assembly.drafts[index].missProbability
        }
        func role(of subject: Subject) -> Role {
            let roles = positions[subject].map { assembly.drafts[$0].roles } ?? RoleSet()
            if roles.contains(.relay) { return .relay }
            if roles.contains(.citation) { return .citation }
            return .syndication
        }
        let contentRoles = RoleSet([.syndication, .relay, .citation])
        let content = assembly.drafts.filter { $0.subject.isMedia && !$0.roles.isDisjoint(with: contentRoles) }
        if let publisher = assembly.publisher {
            for draft in content where draft.roles.contains(.syndication) {
                link(publisher, draft.subject, .syndication, confidence(draft.subject))
            }
        }
        let nestedTargets = Set(assembly.nested.map(\.to))
        let contentSubjects = Set(content.map(\.subject))
        for pair in assembly.nested where contentSubjects.contains(pair.to) {
            link(pair.from, pair.to, role(of: pair.to), Confidence.nestedEdgeFactor * confidence(pair.to))
        }
        let intermediaries = content.filter { draft in
            draft.evidence.contains { $0.signal == .cue(.relay) || $0.signal == .cue(.closing) }
                && draft.subject != assembly.copyOwner
        }
        let umbrella = intermediaries.count == 1 ? intermediaries[0].subject : nil
        for draft in content where draft.subject != assembly.copyOwner && !nestedTargets.contains(draft.subject) {
            let subject = draft.subject
            if draft.roles.contains(.syndication), assembly.publisher != nil { continue }
            let throughUmbrella =
                umbrella != nil && subject != umbrella
                && draft.evidence.allSatisfy { $0.signal == .cue(.interview) || $0.signal == .cue(.citation) }
            if throughUmbrella, let umbrella {
                link(umbrella, subject, role(of: subject), Confidence.umbrellaEdgeFactor * confidence(subject))
            } else if let owner = assembly.copyOwner {
                link(owner, subject, role(of: subject), confidence(subject))
            }
        }
        edges = Self.outwardOrder(edges, from: assembly.publisher.map(name))
        let reporter = umbrella ?? assembly.copyOwner
        for draft in assembly.drafts {
            let subject = draft.subject
            if draft.roles.contains(.quote), !subject.isMedia, let reporter {
                link(reporter, subject, .quote, Confidence.quoteEdgeFactor * confidence(subject))
            }
            if draft.roles.contains(.photo), let publisher = assembly.publisher {
                link(publisher, subject, .photo, confidence(subject))
            }
        }
        return edges
    }

    /// Edges ordered as a reader follows the chain: breadth first from the publisher, the rest
    /// (chains that start elsewhere) after, each group in the order found.
    static func outwardOrder(_ edges: [Edge], from start: String?) -> [Edge] {
        guard let start, !edges.isEmpty else { return edges }
        var ordered: [Edge] = []
        ordered.reserveCapacity(edges.count)
        var used = [Bool](repeating: false, count: edges.count)
        // Each node's edges out, in order: a node's turn looks at its own edges only.
        var out: [String: [Int]] = [:]
        for (index, edge) in edges.enumerated() { out[edge.from, default: []].append(index) }
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [String] = []
            for node in frontier {
                for index in out[node] ?? [] where !used[index] {
                    let edge = edges[index]
                    used[index] = true
                    ordered.append(edge)
                    next.append(edge.to)
                }
            }
            frontier = next
        }
        for (index, edge) in edges.enumerated() where !used[index] { ordered.append(edge) }
        return ordered
    }

    /// A link's ends by their comparison keys, and its relation for quotes and photos.
    private struct LinkKey: Hashable {
        var from: Subject.Key
        var to: Subject.Key
        var relation: Role?
    }
}
