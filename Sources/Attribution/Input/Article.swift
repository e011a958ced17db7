/// One news article: its text and whatever the input record says about it.
///
/// Only `text` is required. `outlet` and `url`, when a corpus record gives them, are the
/// strongest evidence of the publisher; `title` is read for agency tags such as `(AP)`.
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
    /// Invalid UTF-8 in the input was replaced with U+FFFD; the trace says so.
    public internal(set) var repairedUTF8 = false

    /// Creates an article from its text and optional record fields.
    public init(
        id: String, text: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        date: String? = nil
    ) {
        self.init(id: id, utf8: Array(text.utf8), title: title, outlet: outlet, url: url, date: date)
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
