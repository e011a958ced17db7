/// Reads input files one after another and hands out their records in batches of whole lines,
/// so that memory stays flat however large the corpus.
///
/// A file is JSON Lines when its name ends in `.jsonl`, `.ndjson` or `.json`, an HTML page when
/// it ends in `.html`, `.htm` or `.xhtml`, and plain text when it ends in `.txt` or `.text`.
/// Other names and standard input are told by their first non-blank byte: `{` is JSON Lines,
/// `<` a page, anything else one plain-text article (a UTF-8 byte order mark before that byte
/// is skipped, and is no part of a text or of JSON Lines). Blank lines of JSON Lines are skipped.
/// A shard of a file (``ByteSource/shardLine``) is JSON Lines, its lines numbered from where it
/// starts in the file.
public struct RecordStream {
    private var sources: [any ByteSource]
    private var current: (any ByteSource)?
    private var pending: [UInt8] = []
    private var format = InputFormat.jsonLines
    private var line = 0
    private var exhausted = false
    /// Input bytes read so far.
    public private(set) var bytesRead = 0

    /// UTF-8's byte order mark, skipped at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// How many bytes a batch holds, about.
    public static let batchBytes = 4 << 20

    /// The most bytes of an article's text that are traced; a longer text is cut there, on a
    /// character boundary, and its ``Article/cutFromBytes`` says so. A plain-text file beyond it
    /// is read to its end but not kept. Clamped to 1 byte to ``maxArticleBytesLimit``.
    public var maxArticleBytes: Int {
        get { articleCap }
        set { articleCap = min(max(1, newValue), Self.maxArticleBytesLimit) }
    }
    private var articleCap = RecordStream.defaultMaxArticleBytes

    /// The default of ``maxArticleBytes``: 1 MiB, thirty times the longest article of the
    /// project's 9,700-article sample corpus (34 KB), and small enough that no pattern, however
    /// slow per byte, stalls a run on one article.
    public static let defaultMaxArticleBytes = 1 << 20

    /// The largest ``maxArticleBytes`` may be: offsets into a text are 32-bit inside.
    public static let maxArticleBytesLimit = 1 << 30

    /// A stream over already opened sources, read in order; texts are cut at `maxArticleBytes`
    /// (clamped to 1 byte to ``maxArticleBytesLimit``).
    public init(sources: [any ByteSource], maxArticleBytes: Int = RecordStream.defaultMaxArticleBytes) {
        self.sources = sources.reversed()
        self.maxArticleBytes = maxArticleBytes
    }

    /// The next batch, or nil when every source is read. A source that fails to read is reported
    /// once and dropped; the next call goes on with the following one.
    public mutating func next() throws(InputError) -> RecordBatch? {
        do {
            return try nextBatch()
        } catch {
            current = nil
            pending = []
            throw error
        }
    }

    private mutating func nextBatch() throws(InputError) -> RecordBatch? {
        while true {
            if current == nil {
                guard let source = sources.popLast() else { return nil }
                current = source
                pending = []
                line = (source.shardLine ?? 1) - 1
                exhausted = false
                let named = source.shardLine != nil ? .jsonLines : InputPaths.format(of: source.path)
                format = named ?? .jsonLines
                if named == nil {
                    // Decide by the first byte that is not blank, reading on until there is one.
                    var first: UInt8? = nil
                    repeat {
                        // At least three bytes, to see a byte order mark however the source reads.
                        try fill(until: max(Self.byteOrderMark.count, pending.count + 1))
                        let start = pending.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
                        first = pending.dropFirst(start).first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
                    } while first == nil && !exhausted
                    format = first.map(InputPaths.sniff) ?? .text
                }
                // A UTF-8 byte order mark (editors on Windows write one) is no part of a text or of
                // JSON Lines; a page keeps it, to tell its encoding by.
                if format != .html {
                    try fill(until: 3)
                    if pending.starts(with: Self.byteOrderMark) { pending.removeFirst(3) }
                }
                if format != .jsonLines { return try wholeFileBatch() }
            }
            if let batch = try jsonLinesBatch() { return batch }
            current = nil
        }
    }

    /// How many bytes the first read of a file asks for.
    static let firstRead = 1 << 16

    /// How many times the article size cap a page's markup may take: past it, the rest of the
    /// page is read but not kept.
    static let pageBytesPerTextByte = 8

    /// The whole current source as one plain-text article or page, reading on to its end but
    /// keeping only what the size cap lets through: the cap and three bytes more (to find a
    /// character boundary) of a text, ``pageBytesPerTextByte`` times the cap of a page. Whole
    /// files grow by doubling from a small first read: a folder of small pages must not cost a
    /// batch-sized buffer each.
    private mutating func wholeFileBatch() throws(InputError) -> RecordBatch {
        let keep = format == .text ? maxArticleBytes + 3 : maxArticleBytes * Self.pageBytesPerTextByte
        var dropped = 0
        while true {
            if pending.count > keep {
                dropped += pending.count - keep
                pending.removeLast(pending.count - keep)
            }
            if exhausted { break }
            try fill(until: pending.count + max(Self.firstRead, pending.count))
        }
        let path = current!.path
        let buffer = pending
        current = nil
        pending = []
        return RecordBatch(
            path: path, format: format, buffer: buffer, lines: [(1, 0..<buffer.count)],
            maxArticleBytes: maxArticleBytes, fileBytes: buffer.count + dropped)
    }

    private mutating func fill(until size: Int) throws(InputError) {
        while !exhausted && pending.count < size {
            let chunk = pending.isEmpty ? Self.firstRead : Self.batchBytes
            let n = try current!.read(into: &pending, count: max(chunk, size - pending.count))
            bytesRead += n
            if n == 0 { exhausted = true }
        }
    }

    /// Up to a batch of whole lines from the current source; nil when it is used up.
    private mutating func jsonLinesBatch() throws(InputError) -> RecordBatch? {
        try fill(until: Self.batchBytes)
        guard !pending.isEmpty else { return nil }
        var cut = pending.count
        if !exhausted {
            // Keep the partial last line for the next batch; read on if one line is longer than a batch.
            guard let last = pending.lastIndex(of: 0x0A) else {
                try fill(until: pending.count * 2)
                return try jsonLinesBatch()
            }
            cut = last + 1
        }
        var lines: [(Int, Range<Int>)] = []
        var start = 0
        var i = 0
        let buffer = pending
        buffer.withUnsafeBufferPointer { b in
            while start < cut {
                i = LineBreaks.next(b, from: start, to: cut)
                line += 1
                var end = i
                if end > start, b[end - 1] == 0x0D { end -= 1 }
                var blank = true
                for k in start..<end where b[k] != 0x20 && b[k] != 0x09 {
                    blank = false
                    break
                }
                if !blank { lines.append((line, start..<end)) }
                start = i + 1
            }
        }
        pending = Array(pending[min(cut, pending.count)...])
        return RecordBatch(
            path: current!.path, format: .jsonLines, buffer: buffer, lines: lines, maxArticleBytes: maxArticleBytes)
    }
}
