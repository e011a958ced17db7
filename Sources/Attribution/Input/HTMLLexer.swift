/// Splits HTML into text runs, start tags and end tags, straight from its UTF-8 bytes.
///
/// Tolerant as browsers are: a `<` that starts no tag is text, a tag cut off by the end of the
/// input is dropped, comments and doctypes are skipped, and the content of scripts, styles and
/// titles is raw text up to their own end tag (`</div>` inside a script string is not markup).
/// Every call consumes at least one byte, so the lexer ends on any input.
struct HTMLLexer {
    /// One piece of markup or text; ranges are byte offsets into the input.
    enum Token {
        case text(Range<Int>)
        /// The content of a raw-text element (script, style, title, textarea), before its end tag.
        case rawText(Range<Int>)
        case start(HTMLTag, name: UInt32, attributes: TagAttributes, selfClosing: Bool)
        case end(HTMLTag, name: UInt32)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0
    /// The raw-text element whose content comes next.
    private var rawTextOf: (tag: HTMLTag, name: UInt32)? = nil

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token, or nil at the end of the input.
    mutating func next() -> Token? {
        if let raw = rawTextOf {
            rawTextOf = nil
            let start = index
            index = endOfRawText(raw.tag)
            return .rawText(start..<index)
        }
        let n = bytes.count
        var textStart = index
        while index < n {
            guard bytes[index] == UInt8(ascii: "<") else {
                index = nextOpenBracket(from: index + 1)
                continue
            }
            guard index + 1 < n, Self.startsMarkup(bytes[index + 1]) else {
                index += 1
                continue
            }
            if index > textStart { return .text(textStart..<index) }
            if let token = markup() { return token }
            textStart = index
        }
        return index > textStart ? .text(textStart..<index) : nil
    }

    /// Whether `<` followed by `byte` opens markup: a tag, an end tag, a comment, a doctype.
    private static func startsMarkup(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
            || byte == UInt8(ascii: "?")
    }

    /// Reads the markup at `index` (a `<` that opens markup); nil when it yields no token.
    private mutating func markup() -> Token? {
        let n = bytes.count
        let second = bytes[index + 1]
        if second == UInt8(ascii: "!") {
            if index + 3 < n, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                index = endOfComment(from: index + 2)
            } else {
                index = after(UInt8(ascii: ">"), from: index + 2)
            }
            return nil
        }
        if second == UInt8(ascii: "?") {
            index = after(UInt8(ascii: ">"), from: index + 2)
            return nil
        }
        if second == UInt8(ascii: "/") {
            guard index + 2 < n else {
                index = n
                return nil
            }
            let third = bytes[index + 2]
            if third == UInt8(ascii: ">") {
                index += 3
                return nil
            }
            guard (third | 0x20) &- UInt8(ascii: "a") < 26 else {
                index = after(UInt8(ascii: ">"), from: index + 2)
                return nil
            }
            index += 2
            let (tag, name) = readName()
            var ignored = TagAttributes()
            guard readAttributes(into: &ignored) != nil else { return nil }
            return .end(tag, name: name)
        }
        index += 1
        let (tag, name) = readName()
        var attributes = TagAttributes()
        guard let selfClosing = readAttributes(into: &attributes) else { return nil }
        if tag.holdsRawText { rawTextOf = (tag, name) }
        return .start(tag, name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Reads a tag name at `index`: the tag and a hash of its lower-case name, which tells
    /// apart the elements HTMLTag calls `other`.
    private mutating func readName() -> (HTMLTag, UInt32) {
        let start = index
        var hash: UInt32 = 2_166_136_261
        while index < bytes.count, !Self.endsName(bytes[index]) {
            let byte = bytes[index]
            hash = (hash ^ UInt32(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)) &* 16_777_619
            index += 1
        }
        return (HTMLTag.named(UnsafeBufferPointer(rebasing: bytes[start..<index])), hash)
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// HTML's ASCII white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Reads attributes up to and including the tag's `>`; returns whether the tag closed with
    /// `/>`, or nil when the input ended inside the tag (which is then dropped).
    private mutating func readAttributes(into attributes: inout TagAttributes) -> Bool? {
        let n = bytes.count
        while true {
            while index < n, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                if bytes[index] == UInt8(ascii: "/"), index + 1 < n, bytes[index + 1] == UInt8(ascii: ">") {
                    index += 2
                    return true
                }
                index += 1
            }
            guard index < n else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return false
            }
            let nameStart = index
            index += 1
            while index < n, !Self.endsName(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            let name = nameStart..<index
            while index < n, Self.isSpace(bytes[index]) { index += 1 }
            guard index < n, bytes[index] == UInt8(ascii: "=") else {
                attributes.note(name, value: index..<index, in: bytes)
                continue
            }
            index += 1
            while index < n, Self.isSpace(bytes[index]) { index += 1 }
            guard index < n else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                var end = valueStart
                while end < n, bytes[end] != quote { end += 1 }
                guard end < n else {
                    index = n
                    return nil
                }
                attributes.note(name, value: valueStart..<end, in: bytes)
                index = end + 1
            } else {
                let valueStart = index
                while index < n, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                attributes.note(name, value: valueStart..<index, in: bytes)
            }
        }
    }

    /// The offset after the first `byte` at or after `from`, or the end.
    private func after(_ byte: UInt8, from: Int) -> Int {
        var i = from
        while i < bytes.count, bytes[i] != byte { i += 1 }
        return min(i + 1, bytes.count)
    }

    /// The offset after the `-->` (or `--!>`) closing a comment whose `--` is at `from`; `<!-->`
    /// is a whole comment. An unclosed comment runs to the end.
    private func endOfComment(from: Int) -> Int {
        let n = bytes.count
        var i = from
        while i + 2 < n {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-") {
                if bytes[i + 2] == UInt8(ascii: ">") { return i + 3 }
                if bytes[i + 2] == UInt8(ascii: "!"), i + 3 < n, bytes[i + 3] == UInt8(ascii: ">") { return i + 4 }
            }
            i += 1
        }
        return n
    }

    /// The offset of the end tag closing raw text of `tag` (`</script` then a space, `/` or
    /// `>`, in any case) at or after `index`, or the end of the input.
    private func endOfRawText(_ tag: HTMLTag) -> Int {
        let name = tag.nameBytes
        let n = bytes.count
        var i = index
        while true {
            i = nextOpenBracket(from: i)
            guard i + 2 + name.count < n else { return n }
            if bytes[i + 1] == UInt8(ascii: "/") {
                var same = true
                for k in 0..<name.count where bytes[i + 2 + k] | 0x20 != name[k] {
                    same = false
                    break
                }
                if same, Self.endsName(bytes[i + 2 + name.count]) { return i }
            }
            i += 1
        }
    }

    /// The offset of the first `<` at or after `from`, or the end: sixteen bytes at a time.
    private func nextOpenBracket(from: Int) -> Int {
        let n = bytes.count
        var i = from
        guard let base = bytes.baseAddress else { return n }
        while i + 16 <= n {
            let found = Lanes.equal(Lanes.load(base + i), UInt8(ascii: "<"))
            if Lanes.any(found) { return i + Lanes.first(found) }
            i += 16
        }
        while i < n, base[i] != UInt8(ascii: "<") { i += 1 }
        return i
    }
}
