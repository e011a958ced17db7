/// Builds text from a page's runs as a browser shows it: character references decoded, white
/// space collapsed to one space (kept as is inside `<pre>`), and blocks apart by a line break,
/// a blank line or a tab between table cells. Nothing leads or trails.
struct HTMLText {
    private(set) var utf8: [UInt8] = []
    private var pending = TextBreak.none

    /// Asks for at least `gap` before the next text.
    mutating func gap(_ gap: TextBreak) {
        pending = max(pending, gap)
    }

    /// Appends the run `range` of `bytes`.
    mutating func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, preformatted: Bool = false, inAttribute: Bool = false
    ) {
        let run = UnsafeBufferPointer(rebasing: bytes[range])
        var i = 0
        while i < run.count {
            let byte = run[i]
            if byte == UInt8(ascii: "&"),
                let (decoded, length) = HTMLEntities.decode(run, at: i, inAttribute: inAttribute)
            {
                for b in decoded { emit(b, preformatted) }
                i += length
                continue
            }
            // Plain bytes up to the next one that needs a look, copied at once.
            var end = i
            while end < run.count, Self.isPlain(run[end]) { end += 1 }
            if end > i {
                lastWasCR = false
                flush()
                utf8.append(contentsOf: run[i..<end])
                i = end
                continue
            }
            emit(byte, preformatted)
            i += 1
        }
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "&")
    }

    private mutating func emit(_ byte: UInt8, _ preformatted: Bool) {
        let afterCR = lastWasCR
        lastWasCR = false
        if byte == 0 { return }
        if !preformatted {
            if HTMLLexer.isSpace(byte) {
                pending = max(pending, .space)
                return
            }
        } else if byte == 0x0A && afterCR {
            return
        } else if byte == 0x0D {
            // Inside `<pre>`, a CR LF or a lone CR is one line break.
            lastWasCR = true
            flush()
            utf8.append(0x0A)
            return
        }
        flush()
        utf8.append(byte)
    }

    private var lastWasCR = false

    /// Writes the pending separation, unless nothing has been written yet.
    private mutating func flush() {
        defer { pending = .none }
        guard !utf8.isEmpty else { return }
        switch pending {
        case .none: break
        case .space: utf8.append(0x20)
        case .cell: utf8.append(0x09)
        case .line: utf8.append(0x0A)
        case .paragraph: utf8 += [0x0A, 0x0A]
        }
    }

    /// The text of one run, collapsed and trimmed: for titles and attribute values.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inAttribute: Bool = false)
        -> String
    {
        var text = HTMLText()
        text.append(bytes, range, inAttribute: inAttribute)
        return String(decoding: text.utf8, as: UTF8.self)
    }
}
