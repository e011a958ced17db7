extension JSONCursor {
    /// Decodes the string whose opening quote is at `start`, leaving the cursor after it.
    /// Invalid UTF-8 and lone surrogates become U+FFFD and set `invalidUTF8`.
    mutating func decodeString(from start: Int, invalidUTF8: inout Bool) throws(JSONRecordParser.Failure) -> String {
        var sawEscape = false
        index = start
        try skipString(sawEscape: &sawEscape)
        let end = index - 1
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
        if !sawEscape {
            return Self.string(from: body, invalidUTF8: &invalidUTF8)
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
                var runEnd = i + 1
                while runEnd < body.count, body[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
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
        return out.withUnsafeBufferPointer { Self.string(from: $0, invalidUTF8: &invalidUTF8) }
    }

    private func failAt(_ position: Int, _ expected: String) -> JSONRecordParser.Failure {
        .malformed(column: position + 1, expected: expected)
    }

    /// Makes a String from UTF-8 bytes, replacing invalid sequences and reporting that it did.
    static func string(from bytes: UnsafeBufferPointer<UInt8>, invalidUTF8: inout Bool) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        invalidUTF8 = true
        return String(decoding: bytes, as: UTF8.self)
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
