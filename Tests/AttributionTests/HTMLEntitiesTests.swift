import Testing

@testable import Attribution

/// Character references decode as browsers decode them, and anything else after `&` stays text.
@Suite struct HTMLEntitiesTests {
    private func text(_ html: String) -> String {
        HTMLPage(html: "<p>\(html)</p>").text
    }

    @Test(
        arguments: [
            ("Tom &amp; Jerry", "Tom & Jerry"), ("&lt;b&gt;", "<b>"), ("caf&eacute;", "café"), ("caf&#233;", "café"),
            ("caf&#xE9;", "café"), ("caf&#XE9", "café"), ("1&ndash;2", "1–2"), ("&#150;", "–"),
            ("&#x93;a&#x94;", "“a”"),
            ("&copy2024", "©2024"), ("&hellip;", "…"), ("&Aacute;&aacute;", "Áá"), ("&NotEqualTilde;", "≂̸"),
            ("AT&T", "AT&T"), ("a & b", "a & b"), ("&nosuchname;", "&nosuchname;"), ("&#;", "&#;"), ("&#x;", "&#x;"),
            ("&#0;", "\u{FFFD}"), ("&#x110000;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"),
            ("&#99999999999999999999;", "\u{FFFD}"), ("&amp", "&"), ("&", "&"),
        ])
    func referencesDecode(html: String, expected: String) {
        #expect(text(html) == expected)
    }

    @Test func oldNamesInAttributesStayWhenALetterOrEqualsFollows() {
        let page = HTMLPage(html: "<link rel=canonical href=\"https://x.id/a?b=1&copy=2&amp;c=3&lang\">")
        #expect(page.url == "https://x.id/a?b=1&copy=2&c=3&lang")
    }

    @Test func aNonBreakingSpaceIsACharacterNotASpaceToCollapse() {
        #expect(text("a&nbsp;&nbsp;b") == "a\u{A0}\u{A0}b")
        #expect(text("a &#32; b") == "a b")
    }
}
