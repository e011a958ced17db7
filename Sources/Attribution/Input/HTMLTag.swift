/// The HTML elements the page reader treats in a particular way; every other name is `other`.
///
/// Names come from the HTML standard, not from knowledge about news: which elements hold no
/// text (void), which hold raw text up to their end tag (scripts, styles), which are never part
/// of an article (navigation, forms, media), and which start a new line or paragraph.
enum HTMLTag: UInt8, CaseIterable, Sendable {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, textarea, xmp, iframe, noembed, noframes
    case nav, aside, footer, header, button, select, option, input, svg, math, canvas, video, audio, object,
        embed, map, dialog, form, menu
    case p, div, section, article, main, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, figure,
        figcaption, pre, table, caption, thead, tbody, tfoot, tr, td, th, hr, br, address, center, details,
        summary, fieldset, legend, hgroup
    case a, img, area, col, source, track, wbr, param, keygen

    /// The tag named by `name` (any case), or `other`.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard (1...10).contains(name.count) else { return .other }
        var key: UInt64 = 0
        for byte in name {
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            key = key &* 131 &+ UInt64(lower)
        }
        return byKey[key] ?? .other
    }

    /// The tag's name in lower case, as bytes.
    var nameBytes: [UInt8] { Self.names[Int(rawValue)] }

    private static let names: [[UInt8]] = allCases.map { Array(String(describing: $0).utf8) }

    /// Each tag by the hash ``named(_:)`` computes of its name.
    private static let byKey: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for tag in allCases where tag != .other {
            var key: UInt64 = 0
            for byte in tag.nameBytes { key = key &* 131 &+ UInt64(byte) }
            table[key] = tag
        }
        return table
    }()

    /// Elements that never have content or an end tag.
    var isVoid: Bool {
        switch self {
        case .area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .source, .track, .wbr, .param,
            .keygen:
            true
        default: false
        }
    }

    /// Elements whose content is raw text up to their own end tag: markup inside is not markup.
    var holdsRawText: Bool {
        switch self {
        case .script, .style, .textarea, .xmp, .iframe, .noembed, .noframes, .noscript, .title, .template: true
        default: false
        }
    }

    /// Elements that never hold article text: scripts, forms, media, navigation.
    var isNeverText: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .textarea, .xmp, .iframe, .noembed, .noframes, .nav,
            .aside, .button, .select, .option, .input, .svg, .math, .canvas, .video, .audio, .object, .embed, .map,
            .dialog, .title, .menu:
            true
        default: false
        }
    }

    /// The break a start or end of the element puts into the text.
    var textBreak: TextBreak {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .blockquote, .figure, .pre, .table, .hr, .section,
            .article, .main, .header, .footer, .address, .details, .fieldset, .hgroup, .center, .aside, .nav, .form,
            .menu:
            .paragraph
        case .div, .li, .dt, .dd, .figcaption, .caption, .tr, .thead, .tbody, .tfoot, .br, .summary, .legend, .body:
            .line
        case .td, .th: .cell
        default: .none
        }
    }

    /// Start tags that close an open `p` (the standard's implied end tag).
    var closesParagraph: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .blockquote,
            .figure, .figcaption, .pre, .table, .hr, .address, .center, .details, .fieldset, .hgroup, .nav, .aside,
            .footer, .header, .form, .menu:
            true
        default: false
        }
    }

    /// Elements that an inline end tag does not close through (`</span>` stops at a `div`).
    var isBlock: Bool { textBreak != .none || self == .body || self == .html }

    /// What may stand in `head`; anything else ends it.
    var belongsInHead: Bool {
        switch self {
        case .title, .meta, .link, .base, .script, .style, .noscript, .template: true
        default: false
        }
    }
}

/// The separation an element puts between the texts around it.
enum TextBreak: UInt8, Comparable, Sendable {
    case none, space, cell, line, paragraph

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
