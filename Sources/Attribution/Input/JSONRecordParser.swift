/// Parses one JSON Lines record into an ``Article``, straight from its UTF-8 bytes.
///
/// Only the top-level string fields the tracer reads (`id`, `text`, `title`, `outlet`, `url`,
/// `date`, and `html` for a record that carries a page instead of a text) are decoded; every
/// other value is skipped without building anything. A numeric `id` is kept as written. A
/// record with `html` and no `text` is the page's article (``HTMLPage``); its own `title`,
/// `outlet`, `url` and `date` override what the page's markup says. The parser is strict about JSON syntax so that a broken line is reported
/// with the column where it broke, never half-read.
struct JSONRecordParser: Sendable {
    /// The outcome of reading one line.
    enum Failure: Error, Equatable {
        case malformed(column: Int, expected: String)
        case missingText
    }

    /// Parses `line` (without its newline); `fallbackID` names records that carry no `id`.
    /// `repairs` notes what was replaced with U+FFFD: bytes that are not UTF-8, lone surrogates.
    func parse(
        _ line: UnsafeBufferPointer<UInt8>, fallbackID: @autoclosure () -> String, repairs: inout TextRepairs
    ) throws(Failure) -> Article {
        var cursor = JSONCursor(bytes: line)
        var fields = [String?](repeating: nil, count: JSONCursor.Field.allCases.count)
        var text: [UInt8]? = nil
        var html: [UInt8]? = nil
        // A byte order mark before a record: files with one each, concatenated.
        if line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { cursor.index = 3 }
        try cursor.skipSpace()
        try cursor.expect(UInt8(ascii: "{"), "'{'")
        try cursor.skipSpace()
        if cursor.peek == UInt8(ascii: "}") {
            cursor.advance()
        } else {
            while true {
                try cursor.skipSpace()
                let field = try cursor.readKey()
                try cursor.skipSpace()
                try cursor.expect(UInt8(ascii: ":"), "':'")
                try cursor.skipSpace()
                if field == .text || field == .html {
                    var body: [UInt8]? = nil
                    if cursor.peek == UInt8(ascii: "\"") {
                        body = try cursor.decodeBytes(from: cursor.index, repairs: &repairs)
                    } else {
                        // A text that is not a string is no text: the record is skipped as missing it.
                        try cursor.skipValue(depth: 0)
                    }
                    if field == .text { text = body } else { html = body }
                } else if let field {
                    fields[field.rawValue] = try cursor.readScalarValue(repairs: &repairs)
                } else {
                    try cursor.skipValue(depth: 0)
                }
                try cursor.skipSpace()
                if cursor.peek == UInt8(ascii: ",") {
                    cursor.advance()
                    continue
                }
                try cursor.expect(UInt8(ascii: "}"), "',' or '}'")
                break
            }
        }
        try cursor.skipSpace()
        guard cursor.atEnd else { throw .malformed(column: cursor.column, expected: "end of line") }
        let id = fields[JSONCursor.Field.id.rawValue] ?? fallbackID()
        let title = fields[JSONCursor.Field.title.rawValue]
        let outlet = fields[JSONCursor.Field.outlet.rawValue]
        let url = fields[JSONCursor.Field.url.rawValue]
        let date = fields[JSONCursor.Field.date.rawValue]
        guard let text else {
            guard let html else { throw .missingText }
            var article = Article(id: id, page: HTMLPage(utf8: html, encoding: .utf8))
            article.title = title ?? article.title
            article.outlet = outlet ?? article.outlet
            article.url = url ?? article.url
            article.date = date ?? article.date
            return article
        }
        return Article(id: id, utf8: text, title: title, outlet: outlet, url: url, date: date)
    }
}
