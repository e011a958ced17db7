/// Rewrites an article's text into ``NormalizedText`` in one pass over its UTF-8 bytes.
///
/// Plain ASCII (letters, digits, punctuation, single spaces) is copied as it is in a tight
/// loop; only white space, markup, escapes and non-ASCII characters take the slow path. The
/// map back to the source is kept sparse: one entry wherever the offset between output and
/// source changes.
struct Normalizer: Sendable {
    /// The shortest line hard-wrapped copy breaks inside a sentence; shorter lines are headings,
    /// mastheads and the like, whose breaks stand.
    static let wrappedLineLength = 40

    /// The output being built, with the white space still waiting to be written.
    private struct Builder {
        enum Pending {
            case none, space, newline
        }

        let out: UnsafeMutablePointer<UInt8>
        var count = 0
        var pending = Pending.none
        var pendingAt = 0
        /// Whether the pending white space holds more than one line break: a paragraph's end.
        var pendingParagraph = false
        /// Output offset where the current line starts.
        var lineStart = 0
        /// Source offset minus output offset of the last byte written.
        var shift = 0
        var breaks: [NormalizedText.Break] = []

        /// Output never outgrows the input: every rewrite is no longer than what it replaces.
        init(out: UnsafeMutablePointer<UInt8>) {
            self.out = out
            // Room for a typical article's offset changes, so that the array seldom grows.
            breaks.reserveCapacity(32)
        }

        @inline(__always) mutating func append(_ byte: UInt8, _ at: Int) {
            if at &- count != shift {
                shift = at &- count
                breaks.append(
                    NormalizedText.Break(
                        output: Int32(truncatingIfNeeded: count), shift: Int32(truncatingIfNeeded: shift)))
            }
            out[count] = byte
            count &+= 1
        }

        /// The first `length` of sixteen bytes copied as they are, in a run where the shift
        /// already holds; all sixteen are stored (there is room: output never outgrows input, and
        /// more input follows), the rest to be overwritten.
        @inline(__always) mutating func appendChunk(_ v: Lanes.Vector, length: Int) {
            Lanes.store(v, at: out + count)
            count &+= length
        }

        @inline(__always) mutating func emit(_ byte: UInt8, _ at: Int) {
            if pending != .none { flushWhite(before: byte) }
            append(byte, at)
        }

        mutating func flushWhite(before byte: UInt8) {
            if pending == .newline {
                if count > 0 {
                    if !pendingParagraph && continuesLine(before: byte) {
                        append(0x20, pendingAt)
                    } else {
                        append(0x0A, pendingAt)
                        lineStart = count
                    }
                }
                pendingParagraph = false
            } else {
                let last = count > 0 ? out[count - 1] : 0x0A
                let dropSpace =
                    last == 0x0A || last == UInt8(ascii: "(") || last == UInt8(ascii: "[")
                    || last == UInt8(ascii: "/") || Normalizer.closesTight(byte)
                    || (byte == UInt8(ascii: "-") && last == UInt8(ascii: "-"))
                if !dropSpace { append(0x20, pendingAt) }
            }
            pending = .none
        }

        /// Whether a single line break before `byte` only wraps a sentence, as hard-wrapped copy
        /// does (`Petroleum Corp⏎said a law suit`): the line runs on for 40 bytes or more and
        /// ends in a letter, a digit or a comma, and the next starts with a lower-case letter.
        /// Read as a space, the break no longer splits a name from its verb or a cue from its
        /// name.
        @inline(__always) func continuesLine(before byte: UInt8) -> Bool {
            guard byte &- UInt8(ascii: "a") < 26, count &- lineStart >= Normalizer.wrappedLineLength else {
                return false
            }
            let last = out[count &- 1]
            return CueScanner.isLetterOrDigit(last) || last == UInt8(ascii: ",")
        }

        @inline(__always) mutating func white(_ newline: Bool, _ at: Int) {
            if newline {
                if pending == .newline {
                    pendingParagraph = true
                } else {
                    pendingAt = at
                }
                pending = .newline
            } else if pending == .none {
                pending = .space
                pendingAt = at
            }
        }
    }

    /// Normalizes UTF-8 `source` bytes (invalid bytes pass through as they are).
    func normalize(_ source: [UInt8]) -> NormalizedText {
        var breaks: [NormalizedText.Break] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: source.count) { outBuffer, outCount in
            var builder = Builder(out: outBuffer.baseAddress!)
            source.withUnsafeBufferPointer { fill($0, into: &builder) }
            outCount = builder.count
            breaks = builder.breaks
        }
        return NormalizedText(bytes: bytes, breaks: breaks, source: source)
    }

    /// Whether the space at `i`, inside a run of plain bytes, is one the slow path would write
    /// as it is: a single space between a word and the next.
    @inline(__always) private static func isWordSpace(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        s[i] == 0x20 && i + 1 < s.count && CueScanner.isLetterOrDigit(s[i + 1]) && s[i - 1] != UInt8(ascii: "(")
            && s[i - 1] != UInt8(ascii: "[") && s[i - 1] != UInt8(ascii: "/")
    }

    /// The sixteen bytes at `i` and how many of them, from the first, can be copied as they are
    /// inside a run of plain bytes (so `i > 0`): printable ASCII but `&`, `<` and `\\`, and
    /// word spaces (a letter or digit follows, and no opening bracket or slash comes before).
    /// Nil near the end of the text.
    @inline(__always) private static func plainPrefix(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (
        Lanes.Vector, Int
    )? {
        guard i + 17 <= s.count else { return nil }
        let p = s.baseAddress! + i
        let v = Lanes.load(p)
        let special = Lanes.equal(v, UInt8(ascii: "&")) | Lanes.equal(v, UInt8(ascii: "<")) | Lanes.equal(v, 0x5C)
        let next = Lanes.load(p + 1)
        let previous = Lanes.load(p - 1)
        let opener =
            Lanes.equal(previous, UInt8(ascii: "(")) | Lanes.equal(previous, UInt8(ascii: "["))
            | Lanes.equal(previous, UInt8(ascii: "/"))
        let wordSpaces = Lanes.equal(v, 0x20) & Lanes.letterOrDigit(next) & ~opener
        let stop = (~Lanes.inRange(v, 0x21, 0x7E) | special) & ~wordSpaces
        return (v, Lanes.first(stop))
    }

    /// Whether a byte is copied as it is: printable ASCII other than space, `&`, `<` and `\\`.
    @inline(__always) private static func isPlain(_ byte: UInt8) -> Bool {
        byte &- 0x21 < 0x5E && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "\\")
    }

    private func fill(_ s: UnsafeBufferPointer<UInt8>, into b: inout Builder) {
        var i = 0
        let n = s.count
        while i < n {
            let byte = s[i]
            if Self.isPlain(byte) {
                if b.pending != .none { b.flushWhite(before: byte) }
                b.append(byte, i)
                i &+= 1
                // The common case: a run of plain bytes and single spaces between words, sixteen
                // bytes at a time where it can.
                while let (v, length) = Self.plainPrefix(s, at: i) {
                    b.appendChunk(v, length: length)
                    i &+= length
                    if length < 16 {
                        // The commonest stop, one space or line break before a plain byte (`kata ,`
                        // in tokenized text), is taken here, by the builder's rules as below.
                        let stop = s[i]
                        guard stop == 0x20 || stop == 0x0A, Self.isPlain(s[i &+ 1]) else { break }
                        b.white(stop == 0x0A, i)
                        b.emit(s[i &+ 1], i &+ 1)
                        i &+= 2
                    }
                }
                // The last few bytes, one at a time.
                while i < n, i + 17 > n {
                    let next = s[i]
                    guard Self.isPlain(next) || Self.isWordSpace(s, at: i) else { break }
                    b.append(next, i)
                    i &+= 1
                }
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 0x20, 0x09, 0x0B, 0x0C, 0x0D: b.white(false, i)
                case 0x0A: b.white(true, i)
                case UInt8(ascii: "\\") where i + 1 < n && s[i + 1] == UInt8(ascii: "n"):
                    // Corpora that escaped their line breaks as a literal backslash-n.
                    b.white(true, i)
                    i += 2
                    continue
                case 0..<0x20, 0x7F: b.white(false, i)
                case UInt8(ascii: "&"):
                    // Escaped markup in scraped text: `&lt;p&gt;`, `&amp;`, `&quot;`.
                    if let length = Self.escapedTagLength(s, at: i) {
                        b.white(false, i)
                        i += length
                        continue
                    }
                    if let (replacement, length) = Self.entity(s, at: i) {
                        if replacement == 0x20 { b.white(false, i) } else { b.emit(replacement, i) }
                        i += length
                        continue
                    }
                    b.emit(byte, i)
                case UInt8(ascii: "<"):
                    if let length = Self.tagLength(s, at: i) {
                        b.white(false, i)
                        i += length
                        continue
                    }
                    b.emit(byte, i)
                default: b.emit(byte, i)
                }
                i += 1
                continue
            }
            let length = NormalizedText.scalarLength(leading: byte)
            guard i + length <= n else {
                b.emit(byte, i)
                i += 1
                continue
            }
            switch Self.decode(s, at: i, length: length) {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: b.white(false, i)
            case 0x2028, 0x2029, 0x0085: b.white(true, i)
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: break
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: b.emit(UInt8(ascii: "'"), i)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: b.emit(UInt8(ascii: "\""), i)
            case 0x2010...0x2015, 0x2212: b.emit(UInt8(ascii: "-"), i)
            default:
                // Copied as it is: each byte keeps its own offset, and the map rounds a
                // continuation byte back to its character's start.
                for k in 0..<length { b.emit(s[i + k], i + k) }
            }
            i += length
        }
    }

    private static let entities: [(name: [UInt8], byte: UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
        (Array("&#39;".utf8), UInt8(ascii: "'")), (Array("&apos;".utf8), UInt8(ascii: "'")),
        (Array("&nbsp;".utf8), 0x20),
    ]

    /// A character entity at `i`: the byte it stands for and its length.
    static func entity(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        for (name, byte) in entities where i + name.count <= s.count {
            var same = true
            for k in 0..<name.count where PhraseTrie.fold(s[i + k]) != name[k] {
                same = false
                break
            }
            if same { return (byte, name.count) }
        }
        return nil
    }

    /// The length of an HTML tag at `i` (`<p>`, `</a>`, `<A HREF="...">`), escaped or not.
    static func tagLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 2 < s.count else { return nil }
        let first = s[i + 1] == UInt8(ascii: "/") ? s[i + 2] : s[i + 1]
        guard (first | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        var j = i + 1
        while j < s.count, j - i < 400, s[j] != UInt8(ascii: ">"), s[j] != UInt8(ascii: "<"), s[j] != 0x0A { j += 1 }
        guard j < s.count, s[j] == UInt8(ascii: ">"), !isBracketedName(s, (i + 1)..<j) else { return nil }
        return j - i + 1
    }

    /// Whether the bytes between angle brackets are a name, as wire copy marks a company
    /// (`<Churchill Communications Corp>`), not a tag: two words or more, each capitalised,
    /// and no `=`, `/` or quote.
    static func isBracketedName(_ s: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>) -> Bool {
        var words = 0
        var atStart = true
        for k in inner {
            let byte = s[k]
            if byte == 0x20 {
                atStart = true
                continue
            }
            if byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\"") { return false }
            if atStart {
                guard byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "&")
                else { return false }
                words += 1
                atStart = false
            }
        }
        return words >= 2
    }

    /// The length of an escaped tag at `i` (`&lt;p&gt;`, `&lt;A HREF="..."&gt;`).
    static func escapedTagLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let open = Array("&lt;".utf8)
        guard i + 5 < s.count else { return nil }
        for k in 0..<4 where PhraseTrie.fold(s[i + k]) != open[k] { return nil }
        let first = s[i + 4] == UInt8(ascii: "/") ? s[i + 5] : s[i + 4]
        guard (first | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        var j = i + 4
        while j + 3 < s.count, j - i < 400, s[j] != 0x0A {
            if s[j] == UInt8(ascii: "&"), PhraseTrie.fold(s[j + 1]) == UInt8(ascii: "g"),
                PhraseTrie.fold(s[j + 2]) == UInt8(ascii: "t"), s[j + 3] == UInt8(ascii: ";")
            {
                return j + 4 - i
            }
            j += 1
        }
        return nil
    }

    /// Punctuation that tokenized corpora separate from the word before it.
    @inline(__always) static func closesTight(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    @inline(__always) static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        switch length {
        case 2: return UInt32(s[i] & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
        case 3: return UInt32(s[i] & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
        case 4:
            return UInt32(s[i] & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6
                | UInt32(s[i + 3] & 0x3F)
        default: return UInt32(s[i])
        }
    }
}
