import Testing

@testable import Attribution

/// The text report goes to terminals: nothing from the input may reach them as a control or
/// bidirectional formatting character.
@Suite struct TextReportTests {
    static let hostile = "a\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\u{2066}\u{200F}\u{7F}\u{0}\nX"

    /// No scalar a terminal would act on: C0 but the report's own line breaks, DEL, C1, bidi.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && TerminalText.needsEscape($0) }
    }

    @Test func controlAndBidiCharactersAreShownNotSent() {
        let mention = Mention(text: Self.hostile, cue: "dilansir dari", start: 0, end: 3)
        let trace = Trace(
            id: Self.hostile,
            publisher: Publisher(name: Self.hostile, kind: .online, place: Self.hostile, mentions: []),
            published: nil,
            sources: [
                Source(
                    name: Self.hostile, kind: .agency, roles: [.relay], confidence: 0.9, mentions: [mention],
                    cueFamilies: ["relay"])
            ],
            edges: [Edge(from: Self.hostile, to: "Reuters", relation: .relay, confidence: 0.9)],
            warnings: [Self.hostile])
        let report = TextReport().render(trace)
        #expect(Self.isInert(report))
        #expect(
            report.hasPrefix(
                "a\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{9B}31m\\u{202E}evil\\u{2066}\\u{200F}\\u{7F}\\u{0} X\n"))
        // One line per item: the name's line break did not start a line of its own.
        #expect(report.split(separator: "\n").count == 8)
    }

    @Test func aRecordIDFromTheInputIsEscaped() throws {
        var article = Article(id: "x\u{1B}[31m\u{202E}", text: "Suara.com - Harga naik, dilansir dari Reuters.")
        article.title = "\u{7}"
        let report = TextReport().render(Fixture.tracer.trace(article))
        #expect(report.hasPrefix("x\\u{1B}[31m\\u{202E}\n"))
        #expect(Self.isInert(report))
    }

    @Test(arguments: [
        ("plain", "plain"), ("Zürich “kutip” 😀 عربي", "Zürich “kutip” 😀 عربي"), ("a\tb\r\nc", "a b  c"),
        ("\u{85}", "\\u{85}"), ("\u{2028}", "\\u{2028}"), ("\u{61C}", "\\u{61C}"), ("a\\u{1B}", "a\\u{1B}"),
    ])
    func terminalTextKeepsTextAndEscapesControls(text: String, expected: String) {
        #expect(TerminalText.escaped(text) == expected)
        #expect(TerminalText.escaped(TerminalText.escaped(text)) == expected)
    }

    @Test func diagnosticsAreInertToo() {
        let diagnostic = Diagnostic(.warning, path: "a\u{1B}.jsonl", line: 2, message: "duplicate id '\u{202E}x'")
        #expect(diagnostic.description == "a\\u{1B}.jsonl:2: warning: duplicate id '\\u{202E}x'")
    }
}
