/// A saved news page, read into its article's text and what its markup says about it.
///
/// ```swift
/// let page = HTMLPage(bytes: Array(try Data(contentsOf: url)))
/// let trace = Tracer().trace(Article(id: "page", page: page))
/// ```
///
/// The reader is hand-written, works on the page's bytes and never fails: broken markup is read
/// the way browsers read it, and any input ends in time proportional to its length. The text
/// is the article's main text (see ``MainText`` for what is left out); the fields come from
/// JSON-LD `NewsArticle` first, then from meta tags (`og:site_name`,
/// `article:published_time`, `og:title`) and `<link rel="canonical">`, then from the page
/// (its first heading, its `<title>`).
public struct HTMLPage: Sendable, Hashable {
    /// The article's main text, as the tracer reads it: mention offsets count into it.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    /// The text's UTF-8 bytes.
    var utf8: [UInt8]
    /// The headline: JSON-LD `headline`, `og:title`, the first `<h1>`, or the `<title>`.
    public var title: String?
    /// The publisher: JSON-LD `publisher`, or `og:site_name`.
    public var outlet: String?
    /// The page's address: `<link rel="canonical">`, `og:url`, or JSON-LD `url`.
    public var url: String?
    /// The publication time as the page gives it: JSON-LD `datePublished` or
    /// `article:published_time`.
    public var date: String?
    /// Others the JSON-LD credits: authors, source organizations, works it is based on.
    public var credits: [PageCredit]
    /// The encoding the page was read in.
    public var encoding: PageEncoding
    /// Whether bytes that are not valid in that encoding were replaced with U+FFFD.
    public var repairedEncoding: Bool
    /// What a reader should know about how the page was decoded, if anything.
    public var encodingNote: String?

    /// Reads a page from its bytes, in the encoding its byte order mark or charset declares.
    public init(bytes: [UInt8]) {
        let decoded = PageCharset.decode(bytes)
        self.init(utf8: decoded.utf8, encoding: decoded.encoding)
        repairedEncoding = decoded.repaired
        encodingNote = decoded.note
    }

    /// Reads a page that is already text (a JSON Lines record's `html`): its charset
    /// declaration, if any, no longer applies.
    public init(html: String) {
        self.init(utf8: Array(html.utf8), encoding: .utf8)
    }

    /// Reads a page from well-formed UTF-8.
    init(utf8 page: [UInt8], encoding: PageEncoding) {
        self.encoding = encoding
        repairedEncoding = false
        encodingNote = nil
        (utf8, title, outlet, url, date, credits) = page.withUnsafeBufferPointer { bytes in
            let tree = HTMLTree(bytes: bytes)
            let main = MainText(tree: tree)
            let markup = tree.metadata
            let ld = ArticleLD.read(markup.jsonLD.map { page[$0] })
            let title = ld?.headline ?? markup.value(for: .title) ?? main.headline() ?? markup.title.nonEmpty
            let url = markup.canonical.nonEmpty ?? markup.value(for: .url) ?? ld?.url
            return (
                main.text(), title, ld?.publisher ?? markup.value(for: .outlet), url,
                ld?.datePublished ?? markup.value(for: .date), ld?.credits ?? []
            )
        }
    }
}

extension Optional where Wrapped == String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { self?.isEmpty == false ? self : nil }
}
