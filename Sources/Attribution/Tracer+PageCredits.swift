/// The sources a page's JSON-LD credits: an organization as `author` or `sourceOrganization` is
/// the copy's owner (syndication), the publisher of the work the article `isBasedOn` the one it
/// passes on (relay). Only outlets the gazetteer knows count, by the credit's address or name;
/// the publisher itself and people are left out. They carry no mention (the text does not name
/// them) and the cue family `page`.
extension Tracer {
    func adding(_ credits: [PageCredit], to trace: Trace, minConfidence: Double) -> Trace {
        var trace = trace
        for credit in credits {
            guard let index = outlet(of: credit) else { continue }
            let outlet = gazetteer.outlets[index]
            guard outlet.name != trace.publisher?.name else { continue }
            let role: Role = credit.property == .isBasedOn ? .relay : .syndication
            if let at = trace.sources.firstIndex(where: { $0.name == outlet.name }) {
                var source = trace.sources[at]
                let combined = 1 - (1 - source.confidence) * (1 - Confidence.pageCredit)
                source.confidence = min(Confidence.maximum, combined).rounded(toPlaces: 2)
                if !source.roles.contains(role) { source.roles = (source.roles + [role]).sorted() }
                if !source.cueFamilies.contains("page") {
                    source.cueFamilies = (source.cueFamilies + ["page"]).sorted()
                }
                trace.sources[at] = source
            } else {
                guard Confidence.pageCredit >= minConfidence else { continue }
                trace.sources.append(
                    Source(
                        name: outlet.name, kind: outlet.kind, roles: [role], confidence: Confidence.pageCredit,
                        mentions: [], cueFamilies: ["page"]))
            }
            guard let publisher = trace.publisher?.name,
                !trace.edges.contains(where: { $0.from == publisher && $0.to == outlet.name && $0.relation == role })
            else { continue }
            let after = trace.edges.lastIndex { $0.from == publisher }.map { $0 + 1 } ?? 0
            trace.edges.insert(
                Edge(from: publisher, to: outlet.name, relation: role, confidence: Confidence.pageCredit), at: after)
        }
        trace.sources.sort { ($0.confidence, $1.name) > ($1.confidence, $0.name) }
        return trace
    }

    /// The outlet a credit names: by its address, else by its name (a person's only exactly).
    private func outlet(of credit: PageCredit) -> Int? {
        if let url = credit.url, let index = outlet(atAddress: url) { return index }
        guard let name = credit.name else { return nil }
        return credit.isPerson ? gazetteer.outlet(named: name) : resolveRecordOutlet(name)
    }
}
