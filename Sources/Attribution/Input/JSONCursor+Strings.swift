extension JSONCursor {
    /// Decodes the string whose opening quote is at `start`, leaving the cursor after it.
    /// Invalid UTF-8 and lone surrogates become U+FFFD and set `invalidUTF8`.
    mutating func decodeString(from start: Int, invalidUTF8: inout Bool) throws(JSONRecordParser.Failure) -> String {
        let utf8 = try decodeBytes(from: start, invalidUTF8: &invalidUTF8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Decodes the string whose opening quote is at `start` into valid UTF-8 bytes, leaving the
    /// cursor after it. Invalid UTF-8 and lone surrogates become U+FFFD and set `invalidUTF8`.
    mutating func decodeBytes(from start: Int, invalidUTF8: inout Bool) throws(JSONRecordParser.Failure) -> [UInt8] {
        var sawEscape = false
        index = start
        try skipString(sawEscape: &sawEscape)
        let end = index - 1
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
        if !sawEscape {
            return UTF8Check.repaired(body, repaired: &invalidUTF8)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0
        var pendingHigh: UInt32? = nil
        while i < body.count {
            let byte = body[i]
            guard byte == UInt8(ascii: "\\") else {
                if pendingHigh != nil {
                    Self.appendScalar(0xFFFD, to: &out)
                    pendingHigh = nil
                    invalidUTF8 = true
                }
                let runEnd = Self.nextBackslash(body, from: i + 1)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: body[i..<runEnd]))
                i = runEnd
                continue
            }
            guard i + 1 < body.count else { throw failAt(start + 1 + i, "an escape") }
            let escape = body[i + 1]
            if escape != UInt8(ascii: "u"), pendingHigh != nil {
                Self.appendScalar(0xFFFD, to: &out)
                pendingHigh = nil
                invalidUTF8 = true
            }
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "u"):
                guard i + 5 < body.count, let unit = Self.hex4(body, at: i + 2) else {
                    throw failAt(start + 1 + i, "four hex digits after \\u")
                }
                i += 6
                if (0xD800...0xDBFF).contains(unit) {
                    if pendingHigh != nil {
                        Self.appendScalar(0xFFFD, to: &out)
                        invalidUTF8 = true
                    }
                    pendingHigh = unit
                } else if (0xDC00...0xDFFF).contains(unit) {
                    if let high = pendingHigh {
                        Self.appendScalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
                        pendingHigh = nil
                    } else {
                        Self.appendScalar(0xFFFD, to: &out)
                        invalidUTF8 = true
                    }
                } else {
                    Self.appendScalar(unit, to: &out)
                }
                continue
            default:
                throw failAt(start + 1 + i, "a valid escape")
            }
            i += 2
        }
        if pendingHigh != nil {
            Self.appendScalar(0xFFFD, to: &out)
            invalidUTF8 = true
        }
        return out.withUnsafeBufferPointer { UTF8Check.repaired($0, repaired: &invalidUTF8) }
    }

    private func failAt(_ position: Int, _ expected: String) -> JSONRecordParser.Failure {
        .malformed(column: position + 1, expected: expected)
    }

    /// The offset of the first backslash at or after `start`, or the end of `body`.
    private static func nextBackslash(_ body: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 16 <= body.count {
            let found = Lanes.equal(Lanes.load(body.baseAddress! + i), 0x5C)
            if Lanes.any(found) { return i + Lanes.first(found) }
            i += 16
        }
        while i < body.count, body[i] != 0x5C { i += 1 }
        return i
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

    static func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}
