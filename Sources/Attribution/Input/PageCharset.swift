/// Reads a page's bytes as UTF-8, in the encoding its byte order mark or its `<meta charset>`
/// (or `http-equiv` content type) declares.
///
/// A page that declares no encoding is read as UTF-8 when its bytes are valid UTF-8, else as
/// windows-1252 (what browsers assume for Western pages). A page that declares windows-1252 or
/// ISO-8859-1 but whose bytes are valid UTF-8 with non-ASCII characters in them is read as
/// UTF-8: such a page was saved as UTF-8 with its old declaration left in, and reading it as
/// declared would turn every accent into two wrong characters.
enum PageCharset {
    /// How far into the page a declaration is looked for.
    static let prescanBytes = 8192

    /// The page as UTF-8, the encoding read, whether invalid bytes were replaced with U+FFFD,
    /// and what a reader should know about the choice.
    static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], encoding: PageEncoding, repaired: Bool, note: String?) {
        bytes.withUnsafeBufferPointer { b in
            var repaired = false
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
                let rest = UTF8Check.repaired(Array(b[3...]), repaired: &repaired)
                return (rest, .utf8, repaired, nil)
            }
            if b.count >= 2, (b[0], b[1]) == (0xFF, 0xFE) || (b[0], b[1]) == (0xFE, 0xFF) {
                let big = b[0] == 0xFE
                let text = PageEncoding.utf16ToUTF8(
                    UnsafeBufferPointer(rebasing: b[2...]), bigEndian: big, repaired: &repaired)
                return (text, big ? .utf16BE : .utf16LE, repaired, nil)
            }
            let label = declaredLabel(UnsafeBufferPointer(rebasing: b.prefix(prescanBytes)))
            let declared = label.flatMap(PageEncoding.labelled)
            let valid = UTF8Check.isValid(b)
            switch declared {
            case .windows1252 where valid && b.contains(where: { $0 >= 0x80 }):
                return (
                    bytes, .utf8, false, "the page declares charset \(label!) but its bytes are UTF-8; read as UTF-8"
                )
            case .windows1252:
                return (PageEncoding.windows1252ToUTF8(b), .windows1252, false, nil)
            case .utf8, .utf16LE, .utf16BE:
                // A UTF-16 declaration on a page without a byte order mark is wrong: the
                // declaration itself was readable as ASCII.
                return (UTF8Check.repaired(bytes, repaired: &repaired), .utf8, repaired, nil)
            case nil:
                let unknown = label.map { "the page's charset \($0) is not supported; " }
                if valid { return (bytes, .utf8, false, unknown.map { $0 + "read as UTF-8" }) }
                let why = unknown ?? "the page declares no charset and is not UTF-8; "
                return (PageEncoding.windows1252ToUTF8(b), .windows1252, false, why + "read as windows-1252")
            }
        }
    }

    /// The charset label of the first `<meta charset>` or `<meta http-equiv="Content-Type">`.
    static func declaredLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var lexer = HTMLLexer(bytes: bytes)
        while let token = lexer.next() {
            guard case .start(.meta, _, let attributes, _) = token else { continue }
            if let range = attributes[.charset] {
                let label = trimmed(bytes[range])
                if !label.isEmpty { return label }
            }
            if let kind = attributes[.httpEquiv], trimmed(bytes[kind]).lowercased() == "content-type",
                let content = attributes[.content]
            {
                let text = Array(String(decoding: bytes[content], as: UTF8.self).lowercased().utf8)
                let key = Array("charset=".utf8)
                guard let at = (0..<max(0, text.count - key.count + 1)).first(where: { text[$0...].starts(with: key) })
                else { continue }
                let label = text[(at + key.count)...].prefix {
                    $0 != UInt8(ascii: ";") && !HTMLLexer.isSpace($0) && $0 != UInt8(ascii: "\"")
                        && $0 != UInt8(ascii: "'")
                }
                if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            }
        }
        return nil
    }

    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.unicodeScalars.filter { $0 != " " && $0 != "\"" && $0 != "'" && $0 != "\t" })
    }
}
