extension JSONCursor {
    /// Decodes the string whose opening quote is at `start`, leaving the cursor after it.
    /// Invalid UTF-8 and lone surrogates become U+FFFD, noted in `repairs`.
    ///
    /// For the short fields: a first scan finds the string's end, and the decoding goes to a
    /// buffer of that size on the stack, not to an array sized by the rest of the line.
    mutating func decodeString(from start: Int, repairs: inout TextRepairs) throws(JSONRecordParser.Failure) -> String {
        var sawEscape = false
        index = start
        try skipString(sawEscape: &sawEscape)
        let end = index
        if !sawEscape {
            return Self.string(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]), repairs: &repairs)
        }
        let input = bytes
        // The decoder stores sixteen bytes at a time: room for one store past the string.
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 16) {
            buffer throws(JSONRecordParser.Failure) in
            let decoded = try Self.decode(input, from: start, into: buffer.baseAddress!)
            if let unit = decoded.loneSurrogate { repairs.note(surrogate: UInt32(unit)) }
            return Self.string(
                UnsafeBufferPointer(start: buffer.baseAddress!, count: decoded.count), repairs: &repairs)
        }
    }

    /// A String of UTF-8 bytes: invalid sequences become U+FFFD, noted in `repairs`. The
    /// sixteen-byte check and `String(decoding:)` cost less than `String(validating:)`.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, repairs: inout TextRepairs) -> String {
        if !UTF8Check.isValid(bytes) { repairs.invalidUTF8 = true }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the string whose opening quote is at `start` into valid UTF-8 bytes, leaving the
    /// cursor after it. Invalid UTF-8 and lone surrogates become U+FFFD, noted in `repairs`.
    ///
    /// One pass, for the long text: runs without escapes are copied sixteen bytes at a time up
    /// to the next quote, backslash or control character, straight into the output (never
    /// longer than the rest of the input: every escape is at least as long as what it stands
    /// for), and the output is validated as UTF-8 only when the input had bytes outside ASCII.
    mutating func decodeBytes(from start: Int, repairs: inout TextRepairs) throws(JSONRecordParser.Failure) -> [UInt8] {
        var failure: JSONRecordParser.Failure? = nil
        var sawNonASCII = false
        var end = start
        let input = bytes
        let out = [UInt8](unsafeUninitializedCapacity: input.count - start - 1) { buffer, count in
            do throws(JSONRecordParser.Failure) {
                let decoded = try Self.decode(input, from: start, into: buffer.baseAddress!)
                count = decoded.count
                end = decoded.end
                sawNonASCII = decoded.sawNonASCII
                if let unit = decoded.loneSurrogate { repairs.note(surrogate: UInt32(unit)) }
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
        index = end
        return sawNonASCII ? UTF8Check.repaired(out, repaired: &repairs.invalidUTF8) : out
    }

    /// Decodes the string whose opening quote is at `start` into `out`, which has room for the
    /// rest of the input: the offset after the closing quote, the bytes written, whether any
    /// input byte was outside ASCII and the first lone surrogate replaced.
    private static func decode(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutablePointer<UInt8>
    )
        throws(JSONRecordParser.Failure) -> (end: Int, count: Int, sawNonASCII: Bool, loneSurrogate: UInt16?)
    {
        var decoder = Decoder(input: input, out: out, start: start)
        let end = try decoder.run(from: start + 1)
        return (end, decoder.count, decoder.sawNonASCII, decoder.loneSurrogate)
    }

    /// The state of one string's decoding: the output written so far and what was seen.
    private struct Decoder {
        let input: UnsafeBufferPointer<UInt8>
        let out: UnsafeMutablePointer<UInt8>
        /// The opening quote, for error columns.
        let start: Int
        var count = 0
        var sawNonASCII = false
        /// The first lone surrogate, which became U+FFFD.
        var loneSurrogate: UInt16? = nil
        var pendingHigh: UInt32? = nil

        init(input: UnsafeBufferPointer<UInt8>, out: UnsafeMutablePointer<UInt8>, start: Int) {
            self.input = input
            self.out = out
            self.start = start
        }

        /// Decodes from `i`, just after the opening quote; returns the offset after the closing one.
        mutating func run(from i: Int) throws(JSONRecordParser.Failure) -> Int {
            var i = i
            let n = input.count
            let base = input.baseAddress!
            while true {
                // A lone high surrogate before plain bytes is written before they are copied.
                if pendingHigh != nil, i < n, input[i] != 0x5C, input[i] != UInt8(ascii: "\"") { flushPending() }
                // Sixteen bytes at a time up to the next quote, backslash or control character,
                // copied whole (the output has room: it trails the input by at least one byte).
                // The bytes of whole chunks, or-ed, for their top bits: whether any was not ASCII.
                var copied = Lanes.Vector(repeating: 0)
                while i &+ 16 <= n {
                    let v = Lanes.load(base + i)
                    let stop = JSONCursor.stringStops(v)
                    Lanes.store(v, at: out + count)
                    if !Lanes.any(stop) {
                        copied |= v
                        count &+= 16
                        i &+= 16
                        continue
                    }
                    let length = Lanes.first(stop)
                    if length > 0, Lanes.anyInPrefix(v, length) { sawNonASCII = true }
                    count &+= length
                    i &+= length
                    break
                }
                if Lanes.any(copied) { sawNonASCII = true }
                guard i < n else { throw .malformed(column: i + 1, expected: "closing '\"'") }
                let byte = input[i]
                if byte == UInt8(ascii: "\"") {
                    flushPending()
                    return i + 1
                }
                if byte == 0x5C {
                    i = try escape(at: i)
                    continue
                }
                if byte < 0x20 {
                    throw .malformed(column: i + 1, expected: "no control character inside a string")
                }
                flushPending()
                if byte >= 0x80 { sawNonASCII = true }
                out[count] = byte
                count &+= 1
                i &+= 1
            }
        }

        /// A high surrogate not followed by a low one becomes U+FFFD.
        @inline(__always) mutating func flushPending() {
            if let high = pendingHigh {
                append(0xFFFD)
                pendingHigh = nil
                if loneSurrogate == nil { loneSurrogate = UInt16(high) }
            }
        }

        /// Decodes the escape at `i`; returns the offset after it.
        mutating func escape(at i: Int) throws(JSONRecordParser.Failure) -> Int {
            guard i + 1 < input.count else { throw .malformed(column: i + 1, expected: "an escape") }
            let escape = input[i + 1]
            if escape != UInt8(ascii: "u") { flushPending() }
            switch escape {
            case UInt8(ascii: "n"): out[count] = 0x0A
            case UInt8(ascii: "t"): out[count] = 0x09
            case UInt8(ascii: "r"): out[count] = 0x0D
            case UInt8(ascii: "b"): out[count] = 0x08
            case UInt8(ascii: "f"): out[count] = 0x0C
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out[count] = escape
            case UInt8(ascii: "u"):
                guard i + 5 < input.count, let unit = JSONCursor.hex4(input, at: i + 2) else {
                    throw .malformed(column: i + 1, expected: "four hex digits after \\u")
                }
                if (0xD800...0xDBFF).contains(unit) {
                    flushPending()
                    pendingHigh = unit
                } else if (0xDC00...0xDFFF).contains(unit) {
                    if let high = pendingHigh {
                        append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                        pendingHigh = nil
                    } else {
                        append(0xFFFD)
                        if loneSurrogate == nil { loneSurrogate = UInt16(unit) }
                    }
                } else {
                    flushPending()
                    append(unit)
                }
                return i + 6
            default:
                throw .malformed(column: i + 1, expected: "a valid escape")
            }
            count &+= 1
            return i + 2
        }

        /// Appends a scalar's UTF-8 bytes.
        mutating func append(_ value: UInt32) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            for byte in UTF8.encode(scalar)! {
                out[count] = byte
                count &+= 1
            }
        }
    }

    private static func hex4(_ body: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in offset..<(offset + 4) {
            let c = body[k]
            let digit: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
