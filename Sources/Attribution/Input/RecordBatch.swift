/// A run of whole input records held in one buffer: JSON Lines records, one plain-text article,
/// or one HTML page.
public struct RecordBatch: Sendable {
    /// The file the records come from.
    public let path: String
    /// How the buffer holds its records.
    public let format: InputFormat
    let buffer: [UInt8]
    /// Each record's 1-based line number and byte range in `buffer` (newline excluded).
    let lines: [(line: Int, range: Range<Int>)]

    /// Whether the records are JSON Lines (else the buffer is one article or page).
    public var isJSONLines: Bool { format == .jsonLines }

    /// How many records the batch holds.
    public var count: Int { lines.count }

    /// How many input bytes the batch covers.
    public var byteCount: Int { buffer.count }

    /// The 1-based line number of record `index`.
    public func line(of index: Int) -> Int { lines[index].line }

    /// The article of record `index`, or why it could not be read; the article's
    /// ``Article/repairedUTF8`` and ``Article/loneSurrogate`` note a repair.
    public func article(at index: Int) -> Result<Article, InputError> {
        let (line, range) = lines[index]
        var repairs = TextRepairs()
        switch format {
        case .text:
            let text = UTF8Check.repaired(Array(buffer[range]), repaired: &repairs.invalidUTF8)
            var article = Article(
                id: InputPaths.articleID(path), utf8: text, title: nil, outlet: nil, url: nil, date: nil)
            article.repairedUTF8 = repairs.invalidUTF8
            return .success(article)
        case .html:
            return .success(Article(id: InputPaths.articleID(path), page: HTMLPage(bytes: Array(buffer[range]))))
        case .jsonLines:
            break
        }
        do throws(JSONRecordParser.Failure) {
            var article = try buffer[range].withUnsafeBufferPointer {
                (bytes) throws(JSONRecordParser.Failure) -> Article in
                try JSONRecordParser().parse(
                    bytes, fallbackID: "\(InputPaths.articleID(path)):\(line)", repairs: &repairs)
            }
            article.repairedUTF8 = article.repairedUTF8 || repairs.invalidUTF8
            article.loneSurrogate = repairs.loneSurrogate
            return .success(article)
        } catch {
            switch error {
            case .malformed(let column, let expected):
                return .failure(
                    InputError(path: path, line: line, reason: .malformedJSON(column: column, expected: expected)))
            case .missingText:
                return .failure(InputError(path: path, line: line, reason: .missingText))
            }
        }
    }
}
