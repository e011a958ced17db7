/// One name, one source: a name the gazetteer does not know, read in one place as an outlet and
/// in another as a person or body (`dilansir Budi … kata Budi`, `Toyota said` and `kata Toyota`),
/// is one subject, with the most specific kind any reading gave it (media before bodies, bodies
/// before people) and the spelling it was first read in; a name that is an outlet the article
/// credits elsewhere (`Antara` read as a speaker beside `dilansir Antara`) is that outlet, unless
/// a person's name ends in it (`Don Guardian`).
enum NameUnifier {
    /// `evidence` and `nested` with each such name replaced by its one subject.
    static func unify(
        _ evidence: inout [Evidence], nested: inout [(from: Subject, to: Subject)], gazetteer: Gazetteer
    ) {
        // Most articles name no unknown source, or one and nothing else: nothing to compare.
        guard let firstNamed = evidence.first(where: { $0.subject.isNamed })?.subject,
            evidence.contains(where: { $0.subject != firstNamed })
        else { return }
        var outlets: Set<Int> = []
        for item in evidence { if case .outlet(let index) = item.subject { outlets.insert(index) } }
        var replacement: [Subject: Subject] = [:]
        var groups: [String: (subject: Subject, members: [Subject])] = [:]
        for item in evidence {
            guard case .named(let name, let kind) = item.subject, replacement[item.subject] == nil else { continue }
            if let outlet = gazetteer.outlet(named: name, mediaContext: true), outlets.contains(outlet),
                !isSurname(name, in: evidence)
            {
                replacement[item.subject] = .outlet(outlet)
                continue
            }
            replacement[item.subject] = item.subject
            let key = Gazetteer.key(name)
            if let group = groups[key], case .named(let first, let earlier) = group.subject {
                groups[key] = (.named(first, OutletKind.preferred(earlier, kind)), group.members + [item.subject])
            } else {
                groups[key] = (item.subject, [item.subject])
            }
        }
        for group in groups.values where group.members.count > 1 {
            for member in group.members { replacement[member] = group.subject }
        }
        guard replacement.contains(where: { $0.key != $0.value }) else { return }
        func unified(_ subject: Subject) -> Subject { replacement[subject] ?? subject }
        for k in evidence.indices { evidence[k].subject = unified(evidence[k].subject) }
        for k in nested.indices { nested[k] = (unified(nested[k].from), unified(nested[k].to)) }
    }

    /// Whether `name` ends the name of a person the evidence names (`Guardian` of Mayor `Don
    /// Guardian`): then it is that person, not the outlet it also names.
    private static func isSurname(_ name: String, in evidence: [Evidence]) -> Bool {
        let suffix = " " + name
        return evidence.contains { item in
            if case .named(let other, .person) = item.subject { other.hasSuffix(suffix) } else { false }
        }
    }
}
