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
    public var text: String
    /// The publishing outlet as the input record names it.
    public var outlet: String?
    /// The article's address.
    public var url: String?
    /// The publication date as the input gives it, unparsed.
    public var date: String?

    /// Creates an article from its text and optional record fields.
    public init(
        id: String, text: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        date: String? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.outlet = outlet
        self.url = url
        self.date = date
    }
}
