/// Traces where an article's content came from: the facade over the whole pipeline.
///
/// ```swift
/// let tracer = Tracer()
/// let trace = tracer.trace(Article(id: "a1", text: "JAKARTA, KOMPAS.com - ... (Antara)"))
/// print(trace.publisher?.name ?? "-", trace.sources.map(\.name))
/// ```
///
/// Stages: ``Normalizer`` (quotes, spaces, tokenized spacing), ``CueScanner`` (every cue and
/// outlet name in one pass), ``FurnitureMap`` (page furniture), ``EvidenceReader`` and
/// ``DatelineReader`` (what each cue and the layout say), ``PublisherRule`` (who published),
/// ``ChainBuilder`` (sources, roles and edges). A `Tracer` is immutable and safe to share across threads.
public struct Tracer: Sendable {
    /// The outlets known to the tracer.
    public let gazetteer: Gazetteer
    let lexicon: CueLexicon
    let scanner: CueScanner
    let reader: EvidenceReader
    let datelines: DatelineReader
    let matcher: TolerantMatcher

    /// Creates a tracer over the built-in gazetteer and cue lexicon.
    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
        lexicon = .standard
        let lexicon = lexicon
        (scanner, matcher) = concurrently(
            { CueScanner(lexicon: lexicon, gazetteer: gazetteer) }, { TolerantMatcher(gazetteer: gazetteer) })
        reader = EvidenceReader(lexicon: lexicon, gazetteer: gazetteer, matcher: matcher)
        datelines = DatelineReader(gazetteer: gazetteer)
    }

    /// Traces one article. Sources below `minConfidence` are left out, with their edges.
    ///
    /// - Parameters:
    ///   - minConfidence: sources below this confidence are left out, with their edges.
    ///   - mentions: whether to locate each mention in the text (off for statistics).
    ///   - quotes: whether to read the people, bodies and documents quoted (off for statistics).
    public func trace(_ article: Article, minConfidence: Double = 0, mentions: Bool = true, quotes: Bool = true)
        -> Trace
    {
        let text = Normalizer().normalize(article.utf8)
        let hits = scanner.hits(in: text)
        let furniture = FurnitureMap(text: text, hits: hits, lexicon: lexicon)
        var reading = reader.read(text, hits: hits, furniture: furniture, quotes: quotes)
        reading.evidence += datelines.read(text, hits: hits, furniture: furniture, title: article.title)
        recordEvidence(article, into: &reading.evidence)
        NameUnifier.unify(&reading.evidence, nested: &reading.nested, gazetteer: gazetteer)
        ShortOutletNames.resolve(&reading.evidence, nested: &reading.nested, gazetteer: gazetteer, bytes: text.bytes)
        let decision = PublisherRule(gazetteer: gazetteer).decide(reading.evidence) { LanguageGuess.of(text.bytes) }
        let builder = ChainBuilder(gazetteer: gazetteer)
        let assembly = builder.assemble(reading.evidence, decision: decision, nested: reading.nested)
        var warnings: [String] = []
        if furniture.bodyEnd == 0 || text.count == 0 { warnings.append("no article body found") }
        if article.repairedUTF8 { warnings.append("input decoded with U+FFFD replacing invalid UTF-8") }
        warnings += article.notes
        if let length = article.cutFromBytes {
            warnings.append("text cut to its first \(article.utf8.count) bytes of \(length) (the article size cap)")
        }
        if let unit = article.loneSurrogate {
            warnings.append("input decoded with U+FFFD replacing a lone surrogate (\(TextRepairs.escape(unit)))")
        }
        let published = article.date.flatMap { DateReader.read($0.utf8) } ?? DateReader.read(article.utf8)
        let trace = TraceAssembler(builder: builder, text: text, withMentions: mentions).trace(
            id: article.id, assembly: assembly, decision: decision, published: published, warnings: warnings,
            minConfidence: minConfidence)
        return article.credits.isEmpty ? trace : adding(article.credits, to: trace, minConfidence: minConfidence)
    }

    /// Evidence from the record's `outlet` and `url` fields.
    private func recordEvidence(_ article: Article, into evidence: inout [Evidence]) {
        if let outlet = article.outlet, let index = resolveRecordOutlet(outlet) {
            evidence.append(
                Evidence(
                    subject: .outlet(index), signal: .record, range: 0..<0, cueLabel: "record outlet",
                    confidence: Confidence.record)
            )
        }
        if let url = article.url, let found = outlet(atAddress: url) {
            evidence.append(
                Evidence(
                    subject: .outlet(found), signal: .record, range: 0..<0, cueLabel: "record url",
                    confidence: Confidence.record))
        }
    }

    /// The outlet whose domain an address's host is: the host, then the host without its first
    /// label, down to two labels.
    func outlet(atAddress url: String) -> Int? {
        var url = url
        return url.withUTF8 { bytes -> Int? in
            guard var host = Self.host(in: bytes) else { return nil }
            let dot = UInt8(ascii: ".")
            while host.first == dot { host = host.dropFirst() }
            while host.last == dot { host = host.dropLast() }
            while let first = host.firstIndex(of: dot) {
                if let index = gazetteer.outlet(named: UnsafeBufferPointer(rebasing: host), mediaContext: true) {
                    return index
                }
                host = host[(first + 1)...]
                while host.first == dot { host = host.dropFirst() }
            }
            return nil
        }
    }

    /// A record's outlet field: its name, then its name as a web address (`dailysocial.id`), then
    /// a tolerant match.
    func resolveRecordOutlet(_ name: String) -> Int? {
        if let exact = gazetteer.outlet(named: name, mediaContext: true) { return exact }
        var name = name
        let stripped = name.withUTF8 { bytes -> Int? in
            var rest = bytes[...]
            while let dot = rest.lastIndex(of: UInt8(ascii: ".")) {
                rest = rest[..<dot]
                if let index = gazetteer.outlet(named: UnsafeBufferPointer(rebasing: rest), mediaContext: true) {
                    return index
                }
            }
            return nil
        }
        if let stripped { return stripped }
        return matcher.resolve(name, mediaContext: true)?.outlet
    }

    /// The host of a URL's first 300 bytes (`https://www.kompas.com/read/...` gives
    /// `www.kompas.com`), or nil when it is empty.
    static func host(in url: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let bytes = url.prefix(300)
        var start = bytes.startIndex
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 2 < bytes.endIndex,
            bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        {
            start = colon + 3
        }
        var end = start
        while end < bytes.endIndex, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
            bytes[end] != UInt8(ascii: "#"), bytes[end] != UInt8(ascii: ":")
        {
            end += 1
        }
        return end > start ? bytes[start..<end] : nil
    }
}
