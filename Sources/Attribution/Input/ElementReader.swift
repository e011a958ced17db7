/// What an element's tag and attributes say about its text: never article text (scripts,
/// navigation, hidden), page furniture by its class or id, an article or the main region.
struct ElementReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let tables: PageTables

    /// ARIA roles of regions that hold no article text.
    private static let furnitureRoles: [String] = [
        "navigation", "banner", "complementary", "contentinfo", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar",
    ]

    /// The flags `tag` with `attributes` gets of its own, inside an element flagged `inside`.
    func flags(of tag: HTMLTag, _ attributes: TagAttributes, inside: HTMLTree.Flags) -> HTMLTree.Flags {
        var flags: HTMLTree.Flags = []
        let role = attributes[.role].map(lowercased) ?? ""
        if tag.isNeverText || attributes[.hidden] != nil || Self.furnitureRoles.contains(role) || isHidden(attributes) {
            flags.insert(.neverText)
        }
        // A page's header and footer; an article's own keep its byline and credits.
        if (tag == .header || tag == .footer) && !inside.contains(.insideArticle) { flags.insert(.neverText) }
        switch tag {
        case .svg, .math: flags.insert(.foreign)
        case .pre: flags.insert(.preformatted)
        case .a where attributes[.href] != nil: flags.insert(.link)
        case .h1: flags.insert(.heading)
        default: break
        }
        var isArticle = tag == .article || role == "article"
        if let itemprop = attributes[.itemprop], lowercased(itemprop).split(separator: " ").contains("articlebody") {
            isArticle = true
        }
        if let itemtype = attributes[.itemtype] {
            let type = lowercased(itemtype)
            if type.hasSuffix("article") || type.hasSuffix("blogposting") { isArticle = true }
        }
        let names = classify(attributes)
        if isArticle || names.body { flags.formUnion([.article, .insideArticle]) }
        if tag == .main || role == "main" { flags.formUnion([.main, .insideArticle]) }
        if names.furniture { flags.insert(.boilerplate) }
        return flags
    }

    /// `hidden` by ARIA or by an inline style.
    private func isHidden(_ attributes: TagAttributes) -> Bool {
        if let aria = attributes[.ariaHidden], lowercased(aria) == "true" { return true }
        guard let style = attributes[.style] else { return false }
        let compact = bytes[style].filter { !HTMLLexer.isSpace($0) }.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        return compact.contains(subsequence: Array("display:none".utf8))
            || compact.contains(subsequence: Array("visibility:hidden".utf8))
    }

    /// Whether a class name or the id names an article body, and whether one of them, or one of
    /// their parts between `-` and `_`, is a word of page furniture. Each name is folded to
    /// lower case on the stack; names longer than any in the tables are skipped.
    private func classify(_ attributes: TagAttributes) -> (body: Bool, furniture: Bool) {
        var body = false
        var furniture = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            for name in [TagAttributes.Name.className, .id] {
                guard let range = attributes[name] else { continue }
                var i = range.lowerBound
                while i < range.upperBound {
                    while i < range.upperBound, HTMLLexer.isSpace(bytes[i]) { i += 1 }
                    let start = i
                    while i < range.upperBound, !HTMLLexer.isSpace(bytes[i]) { i += 1 }
                    guard i > start, i - start <= buffer.count else { continue }
                    for k in start..<i { buffer[k - start] = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k] }
                    let token = UnsafeBufferPointer(rebasing: buffer[0..<(i - start)])
                    body = body || tables.body.contains(token)
                    furniture = furniture || tables.boilerplate.contains(token) || hasFurniturePart(token)
                }
            }
        }
        return (body, furniture)
    }

    /// Whether a part of `name` between `-` and `_` is a word of page furniture.
    private func hasFurniturePart(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        for k in 0...name.count where k == name.count || name[k] == UInt8(ascii: "-") || name[k] == UInt8(ascii: "_") {
            if k > start {
                // The whole name is looked up apart.
                if k - start < name.count, tables.boilerplate.contains(UnsafeBufferPointer(rebasing: name[start..<k])) {
                    return true
                }
            }
            start = k + 1
        }
        return false
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self).lowercased()
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes hold `needle` somewhere.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
