@testable import Attribution

/// Graphs for the writers' tests: a chain with every relation, and names that try to break out.
enum GraphFixture {
    static let hostile = [
        "Say \"hi\"", "back\\slash", "line\nbreak", "brace } {", "<script>alert(1)</script>", "a -> b & c",
        "semi; colon [x=1]", "tab\tand\rreturn", "bell\u{7}", "=HYPERLINK(\"x\")", "#quot; `tick`", "Zürich “quoted”",
        "-- not a comment", "@mention, with comma", "\u{202E}reversed",
    ]

    static func mention(_ text: String, _ cue: String, at start: Int) -> Mention {
        Mention(text: text, cue: cue, start: start, end: start + text.unicodeScalars.count)
    }

    static func source(_ name: String, _ kind: OutletKind, _ roles: [Role], mentions: [Mention] = []) -> Source {
        Source(name: name, kind: kind, roles: roles, confidence: 0.9, mentions: mentions, cueFamilies: [])
    }

    /// Suara syndicates Antara (with a photo), which relays AFP, which cites Le Monde and quotes
    /// a minister and a memo.
    static func chain(id: String = "a1") -> Trace {
        Trace(
            id: id, publisher: Publisher(name: "Suara", kind: .online, place: nil, mentions: []),
            published: "2024-05-14T09:15:00+07:00",
            sources: [
                source("Antara", .agency, [.syndication, .photo], mentions: [mention("(Antara)", "sign-off", at: 90)]),
                source("AFP", .agency, [.relay], mentions: [mention("dilansir dari AFP", "dilansir dari", at: 40)]),
                source("Le Monde", .newspaper, [.citation]), source("Claire Duval", .person, [.quote]),
                source("nota internal", .document, [.quote]),
            ],
            edges: [
                Edge(from: "Suara", to: "Antara", relation: .syndication, confidence: 0.99),
                Edge(from: "Suara", to: "Antara", relation: .photo, confidence: 0.9),
                Edge(from: "Antara", to: "AFP", relation: .relay, confidence: 0.9),
                Edge(from: "AFP", to: "Le Monde", relation: .citation, confidence: 0.5),
                Edge(from: "AFP", to: "Claire Duval", relation: .quote, confidence: 0.36),
                Edge(from: "AFP", to: "nota internal", relation: .quote, confidence: 0.3),
            ], warnings: [])
    }

    /// A publisher with a hostile name that cites every hostile name.
    static func hostileTrace(id: String = "id \"<x>\"\n&") -> Trace {
        let publisher = "Pub \"lisher\" <b>"
        return Trace(
            id: id, publisher: Publisher(name: publisher, kind: .online, place: nil, mentions: []), published: nil,
            sources: hostile.map { source($0, .newspaper, [.citation], mentions: [mention($0, "menurut", at: 0)]) },
            edges: hostile.map { Edge(from: publisher, to: $0, relation: .citation, confidence: 0.5) }, warnings: [])
    }
}
