/// Agency-citation statistics over a corpus: plain counts, so that partial results from shards
/// or threads merge by addition into exactly what one run over all the input gives.
public struct CorpusStats: Sendable, Hashable {
    /// How a source is credited across the corpus.
    public struct SourceCount: Sendable, Hashable {
        public var kind: OutletKind
        /// Articles crediting the source in any role.
        public var articles = 0
        /// Articles crediting it in each role.
        public var roles: [Role: Int] = [:]

        mutating func count(_ credited: [Role], kind: OutletKind) {
            if kind != self.kind { self.kind = OutletKind.preferred(self.kind, kind) }
            articles += 1
            for role in credited { roles[role, default: 0] += 1 }
        }

        mutating func add(_ other: SourceCount, _ sum: inout CountSum, name: String) {
            kind = OutletKind.preferred(kind, other.kind)
            sum.add(&articles, other.articles, "sources.\(name).articles")
            for (role, n) in other.roles {
                sum.add(&roles[role, default: 0], n, "sources.\(name).roles.\(role.rawValue)")
            }
        }
    }

    /// What one publisher's articles credit.
    public struct PublisherCount: Sendable, Hashable {
        public var kind: OutletKind
        /// Articles the publisher published.
        public var articles = 0
        /// Of those, how many credit any news agency.
        public var withAgency = 0
        /// Of those, how many credit each media source (the dependence matrix row).
        public var sources: [String: Int] = [:]

        mutating func count(_ media: [String], kind: OutletKind, withAgency: Bool) {
            if kind != self.kind { self.kind = OutletKind.preferred(self.kind, kind) }
            articles += 1
            if withAgency { self.withAgency += 1 }
            for name in media { sources[name, default: 0] += 1 }
        }

        mutating func add(_ other: PublisherCount, _ sum: inout CountSum, name: String) {
            kind = OutletKind.preferred(kind, other.kind)
            sum.add(&articles, other.articles, "publishers.\(name).articles")
            sum.add(&withAgency, other.withAgency, "publishers.\(name).with_agency")
            for (source, n) in other.sources {
                sum.add(&sources[source, default: 0], n, "publishers.\(name).sources.\(source)")
            }
        }
    }

    /// Articles of one month.
    public struct MonthCount: Sendable, Hashable {
        public var articles = 0
        public var withAgency = 0
    }

    /// Input records read.
    public var read = 0
    /// Records traced.
    public var traced = 0
    /// Records skipped, by reason (`malformed_json`, `missing_text`, ...).
    public var skipped: [String: Int] = [:]
    /// Traced articles with a publisher.
    public var withPublisher = 0
    /// Traced articles crediting any news agency as a content source.
    public var withAgency = 0
    /// Sources by canonical name.
    public var sources: [String: SourceCount] = [:]
    /// Publishers by canonical name; articles without one are under ``unknownPublisher``.
    public var publishers: [String: PublisherCount] = [:]
    /// Articles using each cue family.
    public var cueFamilies: [String: Int] = [:]
    /// Articles by chain depth.
    public var depths: [Int: Int] = [:]
    /// Articles by `YYYY-MM`, where the date is known.
    public var months: [String: MonthCount] = [:]

    /// The publisher row of articles whose publisher the text does not show.
    public static let unknownPublisher = "(unknown)"

    /// Empty statistics.
    public init() {}

    /// Records skipped in all (at most `Int.max`: the sum saturates rather than traps).
    public var skippedTotal: Int {
        var total = 0
        var sum = CountSum()
        for n in skipped.values { sum.add(&total, n, "records.skipped") }
        return total
    }

    /// Counts one traced article.
    public mutating func add(_ trace: Trace) {
        read += 1
        traced += 1
        let publisherName = trace.publisher?.name ?? Self.unknownPublisher
        if trace.publisher != nil { withPublisher += 1 }
        var creditsAgency = false
        // Distinct names and families, in arrays: an article has a few, and sets cost more; but
        // a text naming thousands of sources has its names hashed, not searched each time. The
        // publisher's cue is `publisher:`-prefixed, distinct from every family.
        var mediaNames: [String] = []
        let hashed = trace.sources.count > 16
        var seenNames: Set<String> = []
        var families: [String] = []
        for source in trace.sources {
            // Mutated in place: a copy taken out and put back would copy its dictionary each time.
            sources[source.name, default: SourceCount(kind: source.kind)].count(source.roles, kind: source.kind)
            let content = source.roles.contains { $0 == .syndication || $0 == .relay || $0 == .citation }
            if content && source.kind.isMedia
                && (hashed ? seenNames.insert(source.name).inserted : !mediaNames.contains(source.name))
            {
                mediaNames.append(source.name)
            }
            if content && source.kind == .agency { creditsAgency = true }
            for family in source.cueFamilies where !families.contains(family) { families.append(family) }
        }
        if let cue = trace.publisher?.mentions.first?.cue { families.append("publisher:" + cue) }
        if creditsAgency { withAgency += 1 }
        let publisherKind = trace.publisher?.kind ?? .unknown
        publishers[publisherName, default: PublisherCount(kind: publisherKind)].count(
            mediaNames, kind: publisherKind, withAgency: creditsAgency)
        for family in families { cueFamilies[family, default: 0] += 1 }
        depths[trace.depth, default: 0] += 1
        if let published = trace.published, published.utf8.count >= 7 {
            let month = String(published.prefix(7))
            months[month, default: MonthCount()].articles += 1
            if creditsAgency { months[month, default: MonthCount()].withAgency += 1 }
        }
    }

    /// Counts one record that could not be traced.
    public mutating func skip(reason: String, count: Int = 1) {
        var sum = CountSum()
        sum.add(&read, count, "records.read")
        sum.add(&skipped[reason, default: 0], count, "records.skipped_reasons.\(reason)")
    }

    /// Adds another partial result, as if its records had been read here. A count whose sum
    /// would pass `Int.max` stops there instead of trapping; ``mergeWithoutOverflow(_:)``
    /// refuses such a merge instead.
    public mutating func merge(_ other: CorpusStats) {
        var sum = CountSum()
        merge(other, &sum)
    }

    /// Adds another partial result as ``merge(_:)`` does, unless a count would pass `Int.max`:
    /// then nothing changes and the error names the first such count (`records.read`,
    /// `sources.Antara.articles`).
    public mutating func mergeWithoutOverflow(_ other: CorpusStats) throws(CountOverflow) {
        var merged = self
        var sum = CountSum()
        merged.merge(other, &sum)
        if let count = sum.overflow { throw CountOverflow(count: count) }
        self = merged
    }

    private mutating func merge(_ other: CorpusStats, _ sum: inout CountSum) {
        sum.add(&read, other.read, "records.read")
        sum.add(&traced, other.traced, "records.traced")
        sum.add(&withPublisher, other.withPublisher, "articles.with_publisher")
        sum.add(&withAgency, other.withAgency, "articles.with_agency")
        for (k, v) in other.skipped { sum.add(&skipped[k, default: 0], v, "records.skipped_reasons.\(k)") }
        for (name, count) in other.sources {
            sources[name, default: SourceCount(kind: count.kind)].add(count, &sum, name: name)
        }
        for (name, count) in other.publishers {
            publishers[name, default: PublisherCount(kind: count.kind)].add(count, &sum, name: name)
        }
        for (k, v) in other.cueFamilies { sum.add(&cueFamilies[k, default: 0], v, "cue_families.\(k)") }
        for (k, v) in other.depths { sum.add(&depths[k, default: 0], v, "chain_depth.\(k)") }
        for (k, v) in other.months {
            sum.add(&months[k, default: MonthCount()].articles, v.articles, "months.\(k).articles")
            sum.add(&months[k, default: MonthCount()].withAgency, v.withAgency, "months.\(k).with_agency")
        }
    }

    /// Sources ranked by articles crediting them, then by name.
    public var rankedSources: [(name: String, count: SourceCount)] {
        sources.map { (name: $0.key, count: $0.value) }.sorted {
            ($0.count.articles, $1.name) > ($1.count.articles, $0.name)
        }
    }

    /// Publishers ranked by articles, then by name.
    public var rankedPublishers: [(name: String, count: PublisherCount)] {
        publishers.map { (name: $0.key, count: $0.value) }.sorted {
            ($0.count.articles, $1.name) > ($1.count.articles, $0.name)
        }
    }
}
