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
    /// Where texts are cut (``RecordStream/maxArticleBytes``).
    var maxArticleBytes = RecordStream.defaultMaxArticleBytes
    /// The length of the file a plain-text article or page is, of which `buffer` may hold only
    /// the start.
    var fileBytes = 0

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
            var bytes = Array(buffer[range])
            let length = max(fileBytes, bytes.count)
            // Cut before the repair, so that no character is cut in two and called invalid, and
            // after it, since each invalid byte becomes three.
            Self.cut(&bytes, to: maxArticleBytes)
            var text = UTF8Check.repaired(bytes, repaired: &repairs.invalidUTF8)
            let repairedCount = text.count
            Self.cut(&text, to: maxArticleBytes)
            var article = Article(
                id: InputPaths.articleID(path), utf8: text, title: nil, outlet: nil, url: nil, date: nil)
            article.repairedUTF8 = repairs.invalidUTF8
            if bytes.count < length {
                article.cutFromBytes = length
            } else if text.count < repairedCount {
                article.cutFromBytes = repairedCount
            }
            return .success(article)
        case .html:
            var article = Article(id: InputPaths.articleID(path), page: HTMLPage(bytes: Array(buffer[range])))
            if buffer.count < fileBytes {
                article.notes.append(
                    "page cut to its first \(buffer.count) bytes of \(fileBytes) "
                        + "(\(RecordStream.pageBytesPerTextByte) times the article size cap)")
            }
            Self.cut(&article, to: maxArticleBytes)
            return .success(article)
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
            Self.cut(&article, to: maxArticleBytes)
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

    /// Cuts `bytes` to at most `limit`, backing up to the start of the character the limit
    /// falls in, so that valid UTF-8 stays valid.
    static func cut(_ bytes: inout [UInt8], to limit: Int) {
        guard bytes.count > limit else { return }
        var end = max(0, limit)
        var back = 0
        while end > 0, back < 3, bytes[end] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        bytes.removeSubrange(end...)
    }

    /// Cuts an article's text to at most `limit` bytes, noting its length before.
    static func cut(_ article: inout Article, to limit: Int) {
        let length = article.utf8.count
        cut(&article.utf8, to: limit)
        if article.utf8.count < length { article.cutFromBytes = length }
    }
}
