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
        /// The sources, in the order they were first credited; an article has a few, so they
        /// are found by a linear search, not hashed.
        var drafts: [SourceDraft]
        var nested: [(from: Subject, to: Subject)]
        var copyOwner: Subject?

        /// The draft of `subject`, if it is a source.
        func draft(_ subject: Subject) -> SourceDraft? {
            drafts.first { $0.subject == subject }
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
        let dataCredited = evidence.filter { $0.signal == .cue(.data) }.map(\.subject)
        func credit(_ item: Evidence, _ role: Role) {
            guard item.subject != publisher || role == .photo else { return }
            let index = drafts.firstIndex { $0.subject == item.subject } ?? drafts.count
            if index == drafts.count { drafts.append(SourceDraft(subject: item.subject, kind: kind(item.subject))) }
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

    /// The chain's edges, deduplicated, in a stable order.
    func edges(_ assembly: Assembly) -> [Edge] {
        var edges: [Edge] = []
        // Each link once: by its ends' comparison keys, and for quotes and photos by relation too.
        var seen: [(from: Subject.Key, to: Subject.Key, relation: Role?)] = []
        func link(_ from: Subject, _ to: Subject, _ relation: Role, _ confidence: Double) {
            guard from != to else { return }
            let key = (
                from: from.comparisonKey, to: to.comparisonKey,
                relation: relation == .quote || relation == .photo ? relation : nil
            )
            guard !seen.contains(where: { $0.from == key.from && $0.to == key.to && $0.relation == key.relation })
            else {
                return
            }
            seen.append(key)
            edges.append(Edge(from: name(from), to: name(to), relation: relation, confidence: confidence))
        }
        func confidence(_ subject: Subject) -> Double {
            guard let draft = assembly.draft(subject) else { return Confidence.edgeWithoutSource }
            return 1 - draft.missProbability
        }
        let contentRoles = RoleSet([.syndication, .relay, .citation])
        let content = assembly.drafts.filter { $0.subject.isMedia && !$0.roles.isDisjoint(with: contentRoles) }
        if let publisher = assembly.publisher {
            for draft in content where draft.roles.contains(.syndication) {
                link(publisher, draft.subject, .syndication, confidence(draft.subject))
            }
        }
        let nestedTargets = assembly.nested.map(\.to)
        for pair in assembly.nested where content.contains(where: { $0.subject == pair.to }) {
            link(pair.from, pair.to, role(of: pair.to, in: assembly), Confidence.nestedEdgeFactor * confidence(pair.to))
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
                link(
                    umbrella, subject, role(of: subject, in: assembly),
                    Confidence.umbrellaEdgeFactor * confidence(subject))
            } else if let owner = assembly.copyOwner {
                link(owner, subject, role(of: subject, in: assembly), confidence(subject))
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
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [String] = []
            for node in frontier {
                for (index, edge) in edges.enumerated() where !used[index] && edge.from == node {
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

    private func role(of subject: Subject, in assembly: Assembly) -> Role {
        let roles = assembly.draft(subject)?.roles ?? RoleSet()
        if roles.contains(.relay) { return .relay }
        if roles.contains(.citation) { return .citation }
        return .syndication
    }
}
