/// One news article: its text and whatever the input record says about it.
///
/// Only `text` is required. `outlet` and `url`, when a corpus record or a page's markup gives
/// them, are the strongest evidence of the publisher; `title` is read for agency tags such as
/// `(AP)`. An article read from an HTML page (``init(id:page:)``) has the page's main text as
/// its `text`: mention offsets count into that text, not into the page's markup.
public struct Article: Sendable, Hashable {
    /// The input's identifier: a record's `id`, a file's name, or `stdin`.
    public var id: String
    /// The headline, when the input has one.
    public var title: String?
    /// The article body exactly as given; mention offsets count Unicode scalars into it.
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = Array(newValue.utf8) }
    }
    /// The body's UTF-8 bytes, always well-formed: what the tracer reads.
    var utf8: [UInt8]
    /// The publishing outlet as the input record names it.
    public var outlet: String?
    /// The article's address.
    public var url: String?
    /// The publication date as the input gives it, unparsed.
    public var date: String?
    /// Others a page's JSON-LD credits for the article (authors, source organizations, works it
    /// is based on); the tracer adds those it knows as sources.
    public var credits: [PageCredit] = []
    /// Invalid UTF-8 in the input was replaced with U+FFFD; the trace says so.
    public internal(set) var repairedUTF8 = false
    /// The text was read out of an HTML page, so it is not the input's bytes.
    public internal(set) var isPage = false
    /// What the trace should warn about the input, besides a repair.
    var notes: [String] = []
    /// The first lone surrogate a JSON `\u` escape of the record named (`\ud800` without its
    /// pair: no Unicode scalar), replaced with U+FFFD; the trace says so.
    public internal(set) var loneSurrogate: UInt16? = nil
    /// The text's length in bytes before it was cut to the size cap
    /// (``RecordStream/maxArticleBytes``), when it was; the trace says so.
    public internal(set) var cutFromBytes: Int? = nil

    /// Creates an article from its text and optional record fields.
    public init(
        id: String, text: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        date: String? = nil
    ) {
        self.init(id: id, utf8: Array(text.utf8), title: title, outlet: outlet, url: url, date: date)
    }

    /// Creates an article from a page: its main text, and the outlet, address, date, title and
    /// credits its markup gives.
    public init(id: String, page: HTMLPage) {
        self.init(id: id, utf8: page.utf8, title: page.title, outlet: page.outlet, url: page.url, date: page.date)
        credits = page.credits
        repairedUTF8 = page.repairedEncoding
        isPage = true
        if let note = page.encodingNote { notes.append(note) }
    }

    /// Creates an article from its body's well-formed UTF-8 bytes.
    init(id: String, utf8: [UInt8], title: String?, outlet: String?, url: String?, date: String?) {
        self.id = id
        self.title = title
        self.utf8 = utf8
        self.outlet = outlet
        self.url = url
        self.date = date
    }
}
