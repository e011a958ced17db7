/// A page's elements and text in document order, built from the lexer's tokens as tolerantly
/// as browsers build theirs: implied end tags (`<p>` closes at the next block, `<li>` at the
/// next item), stray end tags ignored, `head` ended by the first thing that cannot be in it.
///
/// Elements live in one array, each naming its parent by index, parents before children. The
/// text is a list of runs (byte ranges of the page, entities still in them) and breaks, in
/// order; each run names the element it stands in. Nesting is capped at ``maximumDepth``:
/// deeper start tags are read as if they opened nothing, so no input can make the work grow
/// faster than its length.
struct HTMLTree {
    /// One element.
    struct Element {
        var tag: HTMLTag
        var name: UInt32
        var parent: Int32
        var flags: Flags
    }

    /// What the reader noted about an element when it opened.
    struct Flags: OptionSet {
        let rawValue: UInt16
        /// Never article text: scripts, forms, media, navigation, hidden, page header or footer.
        static let neverText = Flags(rawValue: 1 << 0)
        /// A class or id word of page furniture (`related`, `share`, `komentar`).
        static let boilerplate = Flags(rawValue: 1 << 1)
        /// An article: `<article>`, `itemprop="articleBody"`, an article type or body class.
        static let article = Flags(rawValue: 1 << 2)
        /// The page's main region: `<main>` or `role="main"`.
        static let main = Flags(rawValue: 1 << 3)
        /// Inside an article or the main region.
        static let insideArticle = Flags(rawValue: 1 << 4)
        /// Inside `<pre>`: white space is kept.
        static let preformatted = Flags(rawValue: 1 << 5)
        /// Inside a link.
        static let link = Flags(rawValue: 1 << 6)
        /// Inside `<svg>` or `<math>`, where `/>` closes an element.
        static let foreign = Flags(rawValue: 1 << 7)
        /// A first-level heading.
        static let heading = Flags(rawValue: 1 << 8)
    }

    /// A run of text in an element, or a break between blocks.
    enum Item {
        case text(element: Int32, range: Range<Int>)
        case gap(TextBreak)
    }

    /// How deep elements nest at most.
    static let maximumDepth = 512
    /// How far down the open elements an end tag looks for its start.
    static let endTagReach = 64

    let bytes: UnsafeBufferPointer<UInt8>
    /// Element 0 is the document itself.
    private(set) var elements = [Element(tag: .html, name: 0, parent: -1, flags: [])]
    private(set) var items: [Item] = []
    /// What the head and the markup say about the article.
    private(set) var metadata: PageMarkup
    private var open: [Int32] = [0]
    private var headIndex: Int? = nil
    private var headDone = false
    private var bodySeen = false

    /// Builds the tree of `bytes`, noting page furniture by `tables`.
    init(bytes: UnsafeBufferPointer<UInt8>, tables: PageTables = .standard) {
        self.bytes = bytes
        metadata = PageMarkup(bytes: bytes, tables: tables)
        var lexer = HTMLLexer(bytes: bytes)
        while let token = lexer.next() {
            switch token {
            case .text(let range):
                if headIndex != nil, !headDone, bytes[range].contains(where: { !HTMLLexer.isSpace($0) }) { endHead() }
                items.append(.text(element: open.last!, range: range))
            case .rawText(let range):
                metadata.noteRawText(range)
            case .start(let tag, let name, let attributes, let selfClosing):
                start(tag, name: name, attributes: attributes, selfClosing: selfClosing, tables: tables)
            case .end(let tag, let name):
                end(tag, name: name)
            }
        }
    }

    /// Opens an element.
    private mutating func start(
        _ tag: HTMLTag, name: UInt32, attributes: TagAttributes, selfClosing: Bool, tables: PageTables
    ) {
        let parent = elements[Int(open.last!)]
        metadata.noteStart(tag, attributes, inSVG: parent.flags.contains(.foreign))
        switch tag {
        case .html: return
        case .head where headIndex != nil || bodySeen: return
        case .body:
            endHead()
            if bodySeen { return }
            bodySeen = true
        default:
            if headIndex != nil, !headDone, !tag.belongsInHead { endHead() }
        }
        closeImplied(by: tag)
        let inside = elements[Int(open.last!)].flags
        var flags = inside.intersection([.insideArticle, .preformatted, .link, .foreign])
        flags.formUnion(ElementReader(bytes: bytes, tables: tables).flags(of: tag, attributes, inside: inside))
        if tag.isVoid || (selfClosing && flags.contains(.foreign)) || open.count >= Self.maximumDepth {
            if tag.textBreak != .none { items.append(.gap(tag.textBreak)) }
            return
        }
        let index = Int32(elements.count)
        elements.append(Element(tag: tag, name: name, parent: open.last!, flags: flags))
        open.append(index)
        if tag == .head { headIndex = open.count - 1 }
        if tag.textBreak != .none { items.append(.gap(tag.textBreak)) }
    }

    /// Closes the element a start or end tag names, with every element opened inside it.
    private mutating func end(_ tag: HTMLTag, name: UInt32) {
        switch tag {
        case .html, .body: return
        case .head:
            endHead()
            return
        case .br:
            items.append(.gap(.line))
            return
        default: break
        }
        var k = open.count - 1
        while k > 0, open.count - k <= Self.endTagReach {
            let element = elements[Int(open[k])]
            if element.tag == tag, tag != .other || element.name == name {
                open.removeSubrange(k...)
                if tag.textBreak != .none { items.append(.gap(tag.textBreak)) }
                return
            }
            // An inline end tag does not close through a block; nor anything through a cell.
            if (!tag.isBlock && element.tag.isBlock) || element.tag == .td || element.tag == .th { break }
            k -= 1
        }
        // A stray `</p>` still ends a paragraph, as browsers read it.
        if tag == .p { items.append(.gap(.paragraph)) }
    }

    /// Ends `head` when something that cannot stand in it comes.
    private mutating func endHead() {
        guard let at = headIndex, !headDone else { return }
        headDone = true
        if at < open.count, elements[Int(open[at])].tag == .head { open.removeSubrange(at...) }
    }

    /// The end tags a start tag implies: a block ends an open paragraph, an item the item
    /// before it, a cell the cell before it, a heading an open heading.
    private mutating func closeImplied(by tag: HTMLTag) {
        if tag.closesParagraph { close(.p, stoppingAt: [.table, .td, .th, .caption, .button, .template, .object]) }
        switch tag {
        case .li: close(.li, stoppingAt: [.ul, .ol, .menu, .table])
        case .dt, .dd:
            close(.dt, stoppingAt: [.dl, .table])
            close(.dd, stoppingAt: [.dl, .table])
        case .tr: close(.tr, stoppingAt: [.table])
        case .td, .th:
            close(.td, stoppingAt: [.tr, .table])
            close(.th, stoppingAt: [.tr, .table])
        case .option: close(.option, stoppingAt: [.select])
        case .h1, .h2, .h3, .h4, .h5, .h6:
            if let top = open.last, [.h1, .h2, .h3, .h4, .h5, .h6].contains(elements[Int(top)].tag) {
                open.removeLast()
                items.append(.gap(.paragraph))
            }
        default: break
        }
    }

    /// Closes the nearest open `tag`, unless one of `barriers` stands above it.
    private mutating func close(_ tag: HTMLTag, stoppingAt barriers: [HTMLTag]) {
        var k = open.count - 1
        while k > 0, open.count - k <= Self.endTagReach {
            let current = elements[Int(open[k])].tag
            if current == tag {
                open.removeSubrange(k...)
                items.append(.gap(tag.textBreak))
                return
            }
            if barriers.contains(current) { return }
            k -= 1
        }
    }
}
