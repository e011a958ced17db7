/// What a page's markup says about its article, gathered while its tree is built: meta tags,
/// the canonical link, the title, JSON-LD blocks and microdata dates.
struct PageMarkup {
    let bytes: UnsafeBufferPointer<UInt8>
    let tables: PageTables
    /// Meta tags and microdata (`itemprop` with `content` or `datetime`) by lower-case name,
    /// in document order.
    private(set) var metas: [(name: String, value: String)] = []
    /// `<link rel="canonical">`.
    private(set) var canonical: String? = nil
    /// The `<title>`.
    private(set) var title: String? = nil
    /// The raw text of each `application/ld+json` script.
    private(set) var jsonLD: [Range<Int>] = []
    /// What the next raw text is.
    private var rawText: RawText = .ignored

    private enum RawText {
        case ignored, title, jsonLD
    }

    init(bytes: UnsafeBufferPointer<UInt8>, tables: PageTables) {
        self.bytes = bytes
        self.tables = tables
    }

    /// Notes a start tag's metadata; `inSVG` tells an SVG's `<title>` from the page's.
    mutating func noteStart(_ tag: HTMLTag, _ attributes: TagAttributes, inSVG: Bool) {
        if tag.holdsRawText {
            rawText = .ignored
            if tag == .title, !inSVG, title == nil { rawText = .title }
            if tag == .script, let type = attributes[.type], text(type).lowercased().hasSuffix("ld+json") {
                rawText = .jsonLD
            }
        }
        switch tag {
        case .meta:
            if let key = attributes[.property] ?? attributes[.name] ?? attributes[.itemprop],
                let content = attributes[.content]
            {
                metas.append((text(key).lowercased(), text(content)))
            }
        case .link:
            guard canonical == nil, let rel = attributes[.rel], let href = attributes[.href] else { return }
            if text(rel).lowercased().split(separator: " ").contains("canonical") { canonical = text(href) }
        default:
            guard let key = attributes[.itemprop], let value = attributes[.datetime] ?? attributes[.content] else {
                return
            }
            metas.append((text(key).lowercased(), text(value)))
        }
    }

    /// Notes the raw text that follows a raw-text element's start tag.
    mutating func noteRawText(_ range: Range<Int>) {
        switch rawText {
        case .title: title = HTMLText.collapsed(bytes, range)
        case .jsonLD: jsonLD.append(range)
        case .ignored: break
        }
        rawText = .ignored
    }

    /// The first meta value, in the tables' order, for `field`.
    func value(for field: PageTables.Field) -> String? {
        for (name, wanted) in tables.meta where wanted == field {
            if let found = metas.first(where: { $0.name == name && !$0.value.isEmpty }) { return found.value }
        }
        return nil
    }

    /// An attribute value with its entities decoded and its white space collapsed.
    private func text(_ range: Range<Int>) -> String {
        HTMLText.collapsed(bytes, range, inAttribute: true)
    }
}
