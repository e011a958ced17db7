import Testing

@testable import Attribution

@Suite struct JSONRecordParserTests {
    private struct Parsed {
        var result: Result<Article, JSONRecordParser.Failure>
        var repairs: TextRepairs
        var invalidUTF8: Bool { repairs.invalidUTF8 }

        var article: Article? { try? result.get() }
        var failure: JSONRecordParser.Failure? {
            if case .failure(let failure) = result { failure } else { nil }
        }
    }

    private func parse(_ line: [UInt8]) -> Parsed {
        var repairs = TextRepairs()
        let result = line.withUnsafeBufferPointer { bytes -> Result<Article, JSONRecordParser.Failure> in
            do throws(JSONRecordParser.Failure) {
                return .success(try JSONRecordParser().parse(bytes, fallbackID: "file:3", repairs: &repairs))
            } catch {
                return .failure(error)
            }
        }
        return Parsed(result: result, repairs: repairs)
    }

    private func parse(_ line: String) -> Parsed { parse(Array(line.utf8)) }

    @Test func validRecordReadsEveryField() throws {
        let parsed = parse(
            #"{"id": "a1", "text": "Halo dunia", "title": "Judul", "outlet": "Kompas", "url": "https://kompas.com/x", "date": "2020-04-09"}"#
        )
        let article = try #require(parsed.article)
        #expect(
            article
                == Article(
                    id: "a1", text: "Halo dunia", title: "Judul", outlet: "Kompas", url: "https://kompas.com/x",
                    date: "2020-04-09"))
        #expect(!parsed.invalidUTF8)
    }

    @Test(arguments: [
        (#"{"text": "a\"b\\c\/d"}"#, "a\"b\\c/d"),
        (#"{"text": "1\n2\t3\r4\b5\f6"}"#, "1\n2\t3\r4\u{8}5\u{C}6"),
        (#"{"text": "\u00e9\u20AC\u0041"}"#, "é€A"),
        (#"{"text": "\ud83d\ude00 ok"}"#, "😀 ok"),
        (#"{"text": "“curly” é 😀"}"#, "“curly” é 😀"),
        (#"  { "text" : "spaced" }  "#, "spaced"),
    ])
    func escapesDecode(line: String, text: String) throws {
        let parsed = parse(line)
        #expect(parsed.article?.text == text)
        #expect(!parsed.invalidUTF8)
    }

    @Test(
        arguments: [
            (#"{"text": "a\ud800b"}"#, "a\u{FFFD}b", 0xD800),
            (#"{"text": "\udc00"}"#, "\u{FFFD}", 0xDC00),
            (#"{"text": "end\ud83d"}"#, "end\u{FFFD}", 0xD83D),
            (#"{"text": "\ud800\udbff"}"#, "\u{FFFD}\u{FFFD}", 0xD800),
            (#"{"text": "\ud800\n"}"#, "\u{FFFD}\n", 0xD800),
            (#"{"text": "\ud800\u0041"}"#, "\u{FFFD}A", 0xD800),
            (
                #"{"text": "x\uDFFF and then more than sixteen plain bytes", "id": "a"}"#,
                "x\u{FFFD} and then more than sixteen plain bytes", 0xDFFF
            ),
        ] as [(String, String, UInt16)])
    func loneSurrogateBecomesReplacementAndIsNamed(line: String, text: String, unit: UInt16) {
        let parsed = parse(line)
        #expect(parsed.article?.text == text)
        #expect(parsed.repairs == TextRepairs(invalidUTF8: false, loneSurrogate: unit))
    }

    /// A lone surrogate before a long run of plain bytes, in the text and in a short field.
    @Test func loneSurrogateBeforeALongRunKeepsTheRun() {
        let run = " and then more than sixteen plain bytes"
        let parsed = parse(#"{"id": "x\ud800"# + run + #"", "text": "y\udc00"# + run + #""}"#)
        #expect(parsed.article?.id == "x\u{FFFD}" + run)
        #expect(parsed.article?.text == "y\u{FFFD}" + run)
        #expect(parsed.repairs.loneSurrogate == 0xD800 && !parsed.invalidUTF8)
    }

    /// Long strings are decoded sixteen bytes at a time: escapes, quotes and non-ASCII bytes at
    /// every offset of a block decode as they do alone.
    @Test(arguments: 0..<20)
    func escapesAnywhereInLongStringsDecode(offset: Int) throws {
        let pad = String(repeating: "x", count: offset)
        let line = #"{"text": ""# + pad + #"a\"b\nc é \u00e9 d"# + pad + #"", "title": "é"}"#
        let parsed = parse(line)
        #expect(parsed.article?.text == pad + "a\"b\nc é é d" + pad)
        #expect(parsed.article?.title == "é")
        #expect(!parsed.invalidUTF8)
    }

    @Test func invalidUTF8BytesAreReplacedAndFlagged() {
        let parsed = parse(Array(#"{"text": "a"#.utf8) + [0xFF, 0xC3] + Array(#"b"}"#.utf8))
        #expect(parsed.article?.text.hasPrefix("a\u{FFFD}") == true)
        #expect(parsed.article?.text.hasSuffix("b") == true)
        #expect(parsed.repairs == TextRepairs(invalidUTF8: true, loneSurrogate: nil))
    }

    @Test(arguments: [
        (#"{"id": 42, "text": "x"}"#, "42"), (#"{"id": -1.5e3, "text": "x"}"#, "-1.5e3"),
        (#"{"id": null, "text": "x"}"#, "file:3"), (#"{"text": "x"}"#, "file:3"),
    ])
    func idIsKeptAsWrittenOrFallsBack(line: String, id: String) {
        #expect(parse(line).article?.id == id)
    }

    @Test func unknownFieldsOfAnyShapeAreSkipped() throws {
        let line =
            #"{"meta": {"a": [1, {"b": "}\"]"}], "c": true, "d": {}}, "text": "x", "tags": ["a", []], "n": null, "f": false, "e": 1.5E-3}"#
        let article = try #require(parse(line).article)
        #expect(article.text == "x")
        #expect(article.title == nil)
    }

    @Test func escapedKeyStillNamesItsField() {
        #expect(parse(#"{"te\u0078t": "escaped key"}"#).article?.text == "escaped key")
    }

    @Test(arguments: [#"{}"#, #"{"id": "a"}"#, #"{"text": null}"#, #"{"text": ["a"]}"#, #"{"text": {"t": "a"}}"#])
    func missingText(line: String) {
        #expect(parse(line).failure == .missingText)
    }

    /// Columns are 1-based bytes, where parsing stopped.
    @Test(arguments: [
        (#"{"text": "a""#, 13, "',' or '}'"),
        (#"{"text" "a"}"#, 9, "':'"),
        (#"[1]"#, 1, "'{'"),
        ("", 1, "'{'"),
        (#"{"text": "a"} x"#, 15, "end of line"),
        (#"{"text": "a\x"}"#, 12, "a valid escape"),
        (#"{"text": "\u12"}"#, 11, "four hex digits after \\u"),
        (#"{"text": tru}"#, 10, "'true'"),
        (#"{"text": "a", }"#, 15, "a string key"),
        ("{\"text\": \"a\tb\"}", 12, "no control character inside a string"),
        (#"{"text": "abc"#, 14, "closing '\"'"),
        (#"{"text": -}"#, 11, "a digit"),
        (#"{"x": [1 2], "text": "a"}"#, 10, "',' or ']'"),
        (#"{"x": @, "text": "a"}"#, 7, "a value"),
    ])
    func malformedLineGivesTheColumn(line: String, column: Int, expected: String) {
        #expect(parse(line).failure == .malformed(column: column, expected: expected))
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let line =
            #"{"x": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + #", "text": "a"}"#
        guard case .malformed(_, let expected) = parse(line).failure else {
            Issue.record("deep nesting was accepted")
            return
        }
        #expect(expected == "nesting under 512 levels")
    }
}
