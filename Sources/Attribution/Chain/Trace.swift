/// What a source did for the article.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The article reproduces the source's copy (`sumber: Antara`, an agency dateline or sign-off).
    case syndication
    /// The article passes on the source's report (`dilansir dari`, `as reported by`).
    case relay
    /// The article cites the source (`menurut laporan`, `according to`, `told X`).
    case citation
    /// The article reports the words or data of a person, body or document.
    case quote
    /// The source is credited for a picture.
    case photo

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where in the article's text a source is named.
public struct Mention: Sendable, Hashable, Codable {
    /// The text exactly as given between `start` and `end`.
    public var text: String
    /// The pattern that fired (`dateline`, `sumber`, `menurut laporan`, ...).
    public var cue: String
    /// Offset in Unicode scalars into the article text, inclusive.
    public var start: Int
    /// Offset in Unicode scalars into the article text, exclusive.
    public var end: Int
}

/// The outlet that published the article.
public struct Publisher: Sendable, Hashable {
    /// The canonical name.
    public var name: String
    /// The outlet's kind.
    public var kind: OutletKind
    /// The place its dateline names, if any.
    public var place: String?
    /// Where the text shows it.
    public var mentions: [Mention]
}

/// One source the article takes content from, or credits.
public struct Source: Sendable, Hashable {
    /// The canonical name (the gazetteer's, or the text's without its descriptor).
    public var name: String
    /// What kind of thing it is.
    public var kind: OutletKind
    /// What it did for the article, in ``Role`` order.
    public var roles: [Role]
    /// How likely this source and its roles are right, 0 to 1.
    public var confidence: Double
    /// Where the text names it.
    public var mentions: [Mention]
    /// The cue families that named it, for statistics.
    public var cueFamilies: [String]
}

/// One link of the provenance chain: `from` took content from `to`.
public struct Edge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var relation: Role
    public var confidence: Double
}

/// The provenance of one article: its publisher, its sources and the chain between them.
public struct Trace: Sendable, Hashable {
    /// The input's identifier.
    public var id: String
    /// The publisher, when the text or record shows one.
    public var publisher: Publisher?
    /// ISO 8601 publication time, when the text or record gives one.
    public var published: String?
    /// Every source, most confident first, then by name.
    public var sources: [Source]
    /// The chain, in order from the publisher outwards.
    public var edges: [Edge]
    /// What the reader should know about the input.
    public var warnings: [String]

    /// The length of the longest path of content edges from the publisher.
    public var depth: Int {
        guard let start = publisher?.name ?? edges.first?.from, !edges.isEmpty else { return 0 }
        // Depth first, each node once; an article has a few edges, so no hashing.
        var best = 0
        var frontier: [(String, Int)] = [(start, 0)]
        var seen: [String] = [start]
        while let (node, d) = frontier.popLast() {
            best = max(best, d)
            for edge in edges where edge.from == node && edge.relation != .photo && !seen.contains(edge.to) {
                seen.append(edge.to)
                frontier.append((edge.to, d + 1))
            }
        }
        return best
    }
}
