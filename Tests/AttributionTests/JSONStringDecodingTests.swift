import Testing

@testable import Attribution

/// The parser's string decoding, sixteen bytes at a time, agrees with a plain byte-by-byte
/// decoder on random strings of runs, escapes, surrogates and non-ASCII bytes.
@Suite struct JSONStringDecodingTests {
    /// Pieces of a JSON string body, as written in a record.
    static let pieces: [[UInt8]] = [
        Array(#"\n"#.utf8), Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\/"#.utf8), Array(#"\u00e9"#.utf8),
        Array(#"\ud83d\ude00"#.utf8), Array(#"\ud800"#.utf8), Array(#"\udc00"#.utf8), Array("é".utf8), [0xFF],
        [0xE2, 0x80], Array("“".utf8),
    ]

    /// The text a body stands for, one byte at a time, and whether anything was replaced.
    static func reference(_ body: [UInt8]) -> (text: String, replaced: Bool) {
        var out: [UInt8] = []
        var replaced = false
        var pendingHigh: UInt32? = nil
        func append(_ value: UInt32) {
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}")!)
        }
        func flush() {
            if pendingHigh != nil {
                append(0xFFFD)
                replaced = true
                pendingHigh = nil
            }
        }
        var i = 0
        while i < body.count {
            guard body[i] == UInt8(ascii: "\\") else {
                flush()
                out.append(body[i])
                i += 1
                continue
            }
            let escape = body[i + 1]
            guard escape == UInt8(ascii: "u") else {
                flush()
                let decoded: [UInt8: UInt8] = [UInt8(ascii: "n"): 0x0A, UInt8(ascii: "/"): UInt8(ascii: "/")]
                out.append(decoded[escape] ?? escape)
                i += 2
                continue
            }
            let unit = UInt32(String(decoding: body[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16)!
            i += 6
            switch unit {
            case 0xD800...0xDBFF:
                flush()
                pendingHigh = unit
            case 0xDC00...0xDFFF:
                if let high = pendingHigh {
                    append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                    pendingHigh = nil
                } else {
                    append(0xFFFD)
                    replaced = true
                }
            default:
                flush()
                append(unit)
            }
        }
        flush()
        let text = String(decoding: out, as: UTF8.self)
        return (text, replaced || Array(text.utf8) != out)
    }

    static func randomBody(_ generator: inout SplitMix) -> [UInt8] {
        var body: [UInt8] = []
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            if Bool.random(using: &generator) {
                body += (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &generator)
                }
            } else {
                body += pieces.randomElement(using: &generator)!
            }
        }
        return body
    }

    @Test func randomStringsDecodeAsOneByteAtATime() throws {
        var generator = SplitMix(state: 17)
        for _ in 0..<3_000 {
            let text = Self.randomBody(&generator)
            let id = Self.randomBody(&generator)
            let line = Array(#"{"id": ""#.utf8) + id + Array(#"", "text": ""#.utf8) + text + Array(#""}"#.utf8)
            var repairs = TextRepairs()
            let article = try line.withUnsafeBufferPointer { bytes in
                try JSONRecordParser().parse(bytes, fallbackID: "file:1", repairs: &repairs)
            }
            let expectedText = Self.reference(text)
            let expectedID = Self.reference(id)
            #expect(article.text == expectedText.text)
            #expect(article.id == expectedID.text)
            #expect(repairs.any == (expectedText.replaced || expectedID.replaced))
        }
    }
}
