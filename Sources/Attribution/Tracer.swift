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
        scanner = CueScanner(lexicon: lexicon, gazetteer: gazetteer)
        matcher = TolerantMatcher(gazetteer: gazetteer)
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
        reading.evidence += recordEvidence(article)
        let decision = PublisherRule(gazetteer: gazetteer).decide(reading.evidence) { LanguageGuess.of(text.bytes) }
        let builder = ChainBuilder(gazetteer: gazetteer)
        let assembly = builder.assemble(reading.evidence, decision: decision, nested: reading.nested)
        var warnings: [String] = []
        if furniture.bodyEnd == 0 || text.count == 0 { warnings.append("no article body found") }
        let published = article.date.flatMap { DateReader.read($0.utf8) } ?? DateReader.read(article.utf8)
        return TraceAssembler(builder: builder, text: text, withMentions: mentions).trace(
            id: article.id, assembly: assembly, decision: decision, published: published, warnings: warnings,
            minConfidence: minConfidence)
    }

    /// Evidence from the record's `outlet` and `url` fields.
    private func recordEvidence(_ article: Article) -> [Evidence] {
        var found: [Evidence] = []
        if let outlet = article.outlet, let index = resolveRecordOutlet(outlet) {
            found.append(
                Evidence(
                    subject: .outlet(index), signal: .record, range: 0..<0, cueLabel: "record outlet", confidence: 0.99)
            )
        }
        if let url = article.url, let host = Self.host(of: url) {
            // The host, then the host without its first label, down to two labels.
            var rest = Substring(host).drop { $0 == "." }
            while let last = rest.last, last == "." { rest = rest.dropLast() }
            while rest.utf8.contains(UInt8(ascii: ".")) {
                if let index = gazetteer.outlet(named: rest) {
                    found.append(
                        Evidence(
                            subject: .outlet(index), signal: .record, range: 0..<0, cueLabel: "record url",
                            confidence: 0.99))
                    break
                }
                guard let dot = rest.firstIndex(of: ".") else { break }
                rest = rest[rest.index(after: dot)...].drop { $0 == "." }
            }
        }
        return found
    }

    /// A record's outlet field: its name, then its name as a web address (`dailysocial.id`), then
    /// a tolerant match.
    private func resolveRecordOutlet(_ name: String) -> Int? {
        if let exact = gazetteer.outlet(named: name) { return exact }
        var bytes = Array(name.utf8)
        while let dot = bytes.lastIndex(of: UInt8(ascii: ".")) {
            bytes.removeSubrange(dot...)
            if let index = gazetteer.outlet(named: String(decoding: bytes, as: UTF8.self)) { return index }
        }
        return matcher.resolve(name)?.outlet
    }

    /// The lower-cased host of a URL (`https://www.kompas.com/read/...` gives `www.kompas.com`).
    static func host(of url: String) -> String? {
        var url = url
        return url.withUTF8 { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole.prefix(300))
            var start = 0
            if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 2 < bytes.count,
                bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
            {
                start = colon + 3
            }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
                bytes[end] != UInt8(ascii: "#"), bytes[end] != UInt8(ascii: ":")
            {
                end += 1
            }
            guard end > start else { return nil }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { out[k - start] = PhraseTrie.fold(bytes[k]) }
                return end - start
            }
        }
    }
}
