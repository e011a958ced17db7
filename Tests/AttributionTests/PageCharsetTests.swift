import Testing

@testable import Attribution

/// Pages are read in the charset they declare, by meta tag, content type or byte order mark.
@Suite struct PageCharsetTests {
    /// A page with `head` markup, then `body` bytes as given.
    private func page(head: String, body: [UInt8]) -> HTMLPage {
        HTMLPage(bytes: Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8))
    }

    /// “Café” – naïve, in windows-1252.
    private let windows1252: [UInt8] = [
        0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65,
    ]

    @Test(arguments: [
        "<meta charset=\"windows-1252\">", "<meta charset=ISO-8859-1>", "<meta charset='latin1'>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        "<META HTTP-EQUIV=content-type CONTENT=\"text/html;charset=Windows-1252\">",
    ])
    func singleByteDeclarationsReadAsWindows1252(head: String) {
        let read = page(head: head, body: windows1252)
        #expect(read.text == "“Café” – naïve")
        #expect(read.encoding == .windows1252)
        #expect(read.encodingNote == nil && !read.repairedEncoding)
    }

    @Test func utf8DeclaredIsReadAsUTF8AndInvalidBytesAreReplaced() {
        let read = page(head: "<meta charset=utf-8>", body: Array("Café ".utf8) + [0xFF])
        #expect(read.text == "Café \u{FFFD}")
        #expect(read.encoding == .utf8 && read.repairedEncoding)
    }

    @Test func undeclaredValidUTF8IsUTF8AndUndeclaredOtherBytesAreWindows1252() {
        let utf8 = page(head: "", body: Array("Café".utf8))
        #expect(utf8.text == "Café" && utf8.encoding == .utf8 && utf8.encodingNote == nil)
        let other = page(head: "", body: windows1252)
        #expect(other.text == "“Café” – naïve" && other.encoding == .windows1252)
        #expect(other.encodingNote?.contains("declares no charset") == true)
    }

    @Test func aLatin1DeclarationOverUTF8BytesIsReadAsUTF8WithANote() {
        let read = page(head: "<meta charset=iso-8859-1>", body: Array("“Café”".utf8))
        #expect(read.text == "“Café”")
        #expect(read.encoding == .utf8)
        #expect(read.encodingNote?.contains("iso-8859-1") == true)
    }

    @Test func byteOrderMarksDecideBeforeAnyDeclaration() {
        let bom = HTMLPage(bytes: [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1252><p>Café</p>".utf8))
        #expect(bom.text == "Café" && bom.encoding == .utf8)
        let utf16 = Array("<p>Café ☕</p>".utf16)
        let little = HTMLPage(bytes: [0xFF, 0xFE] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(little.text == "Café ☕" && little.encoding == .utf16LE)
        let big = HTMLPage(bytes: [0xFE, 0xFF] + utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(big.text == "Café ☕" && big.encoding == .utf16BE)
    }

    @Test func anUnsupportedCharsetIsNamedInTheNote() {
        let read = page(head: "<meta charset=\"shift_jis\">", body: Array("abc".utf8))
        #expect(read.text == "abc")
        #expect(read.encodingNote == "the page's charset shift_jis is not supported; read as UTF-8")
    }
}
