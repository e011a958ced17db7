import Foundation
import Testing

@testable import Attribution

/// Broken markup never crashes or stalls the page reader: every input gives a page whose text
/// is valid UTF-8 and traces.
@Suite struct HTMLRobustnessTests {
    /// A deterministic generator, so that a failing case is the same on every run.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let pieces: [[UInt8]] =
        [
            "<", ">", "&", "\"", "'", "/", "!", "-", "</", "<!--", "-->", "<script>", "</script>", "<p>", "</div>",
            "&#x", "&amp", ";", "<![CDATA[", "<svg>", "<title>", "\u{0}", "<a href=", "=",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x93], [0xEF, 0xBB, 0xBF]]

    @Test func mutatedPagesAlwaysRead() throws {
        let url = Fixture.packageRoot.appendingPathComponent("Graphs/example.html")
        let original = Array(try Data(contentsOf: url))
        var random = Generator(state: 13)
        for round in 0..<200 {
            var bytes = original
            for _ in 0..<(1 + random.next(6)) {
                let at = random.next(bytes.count + 1)
                switch random.next(4) {
                case 0: bytes.removeSubrange(at..<min(bytes.count, at + random.next(200)))
                case 1: bytes.insert(contentsOf: Self.pieces[random.next(Self.pieces.count)], at: at)
                case 2: bytes = Array(bytes.prefix(at))
                default:
                    let end = min(bytes.count, at + random.next(300))
                    bytes.insert(contentsOf: bytes[at..<end], at: end)
                }
            }
            let page = HTMLPage(bytes: bytes)
            #expect(page.text.utf8.elementsEqual(page.utf8))
            if round % 4 == 0 { _ = Fixture.tracer.trace(Article(id: "m", page: page)) }
        }
    }

    @Test(arguments: [
        (
            "deep nesting",
            String(repeating: "<div>", count: 200_000) + "x" + String(repeating: "</div>", count: 200_000)
        ),
        ("stray end tags", "<p>a</p>" + String(repeating: "</span></div>", count: 100_000) + "<p>b</p>"),
        ("brackets", "<p>a" + String(repeating: "<", count: 500_000)),
        ("ampersands", "<p>" + String(repeating: "&", count: 500_000)),
        ("long reference", "<p>&" + String(repeating: "a", count: 500_000) + ";"),
        ("unclosed comment", "<p>a</p><!--" + String(repeating: "- -> ", count: 100_000)),
        ("unclosed script", "<p>a</p><script>" + String(repeating: "</scrip <scrip", count: 50_000)),
        ("unclosed quote", "<p>a</p><div class=\"" + String(repeating: "x>", count: 200_000)),
        ("open tags", String(repeating: "<a", count: 200_000)),
        ("unclosed paragraphs", String(repeating: "<p><li><td><b><i>x", count: 50_000)),
        ("empty", ""), ("only a bracket", "<"), ("only an ampersand", "&#"),
    ])
    func pathologicalMarkupReads(name: String, html: String) {
        let page = HTMLPage(html: html)
        #expect(page.text.utf8.elementsEqual(page.utf8), "\(name)")
        if name == "deep nesting" { #expect(page.text == "x") }
        if name == "stray end tags" { #expect(page.text == "a\n\nb") }
    }
}
