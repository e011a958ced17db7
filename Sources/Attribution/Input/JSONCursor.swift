/// A cursor over the bytes of one JSON text; every method either advances or throws.
struct JSONCursor {
    /// The record fields the tracer reads.
    enum Field: Int, CaseIterable {
        case id, text, title, outlet, url, date, html
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    var column: Int { index + 1 }

    mutating func advance() {
        index += 1
    }

    mutating func skipSpace() throws(JSONRecordParser.Failure) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONRecordParser.Failure) {
        guard index < bytes.count, bytes[index] == byte else { throw fail(what) }
        index += 1
    }

    func fail(_ expected: String) -> JSONRecordParser.Failure {
        .malformed(column: column, expected: expected)
    }

    /// Reads an object key; returns the field it names, or nil for a key the tracer ignores.
    mutating func readKey() throws(JSONRecordParser.Failure) -> Field? {
        guard peek == UInt8(ascii: "\"") else { throw fail("a string key") }
        let start = index + 1
        var sawEscape = false
        try skipString(sawEscape: &sawEscape)
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
        if sawEscape {
            var ignored = TextRepairs()
            return Self.field(named: try decodeString(from: start - 1, repairs: &ignored))
        }
        return Self.field(named: raw)
    }

    private static func field(named raw: UnsafeBufferPointer<UInt8>) -> Field? {
        guard (2...6).contains(raw.count) else { return nil }
        // The name's bytes packed into one integer, the first in the lowest byte: one compare
        // a field, where generic sequence comparison cost more than the rest of reading a key.
        var packed: UInt64 = 0
        for k in raw.indices { packed |= UInt64(raw[k]) << UInt64(8 * k) }
        switch packed {
        case 0x6469: return .id  // "id"
        case 0x6C_7275: return .url  // "url"
        case 0x7478_6574: return .text  // "text"
        case 0x6574_6164: return .date  // "date"
        case 0x6C6D_7468: return .html  // "html"
        case 0x65_6C74_6974: return .title  // "title"
        case 0x7465_6C74_756F: return .outlet  // "outlet"
        default: return nil
        }
    }

    private static func field(named string: String) -> Field? {
        var copy = string
        return copy.withUTF8 { field(named: $0) }
    }

    /// Reads a string (decoded), a number (as written) or null (nil); skips other values.
    mutating func readScalarValue(repairs: inout TextRepairs) throws(JSONRecordParser.Failure) -> String? {
        guard let byte = peek else { throw fail("a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return try decodeString(from: index, repairs: &repairs)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try skipValue(depth: 0)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        default:
            try skipValue(depth: 0)
            return nil
        }
    }

    /// The bytes where a run inside a string stops: a quote, a backslash or a control character.
    @inline(__always) static func stringStops(_ v: Lanes.Vector) -> Lanes.Vector {
        Lanes.equal(v, UInt8(ascii: "\"")) | Lanes.equal(v, 0x5C) | Lanes.inRange(v, 0, 0x1F)
    }

    /// Moves past a string whose opening quote is at the cursor.
    mutating func skipString(sawEscape: inout Bool) throws(JSONRecordParser.Failure) {
        index += 1
        while index < bytes.count {
            // Sixteen bytes at a time up to the next quote, backslash or control character.
            while index + 16 <= bytes.count {
                let v = Lanes.load(bytes.baseAddress! + index)
                let stop = Self.stringStops(v)
                if Lanes.any(stop) {
                    index += Lanes.first(stop)
                    break
                }
                index += 16
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                sawEscape = true
                index += 2
                continue
            }
            if byte < 0x20 { throw fail("no control character inside a string") }
            index += 1
        }
        throw fail("closing '\"'")
    }

    /// Skips one value of any type, checking its syntax.
    mutating func skipValue(depth: Int) throws(JSONRecordParser.Failure) {
        guard depth < 512 else { throw fail("nesting under 512 levels") }
        guard let byte = peek else { throw fail("a value") }
        switch byte {
        case UInt8(ascii: "\""):
            var ignored = false
            try skipString(sawEscape: &ignored)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            try skipSpace()
            if peek == close {
                index += 1
                return
            }
            while true {
                try skipSpace()
                if close == UInt8(ascii: "}") {
                    guard peek == UInt8(ascii: "\"") else { throw fail("a string key") }
                    var ignored = false
                    try skipString(sawEscape: &ignored)
                    try skipSpace()
                    try expect(UInt8(ascii: ":"), "':'")
                    try skipSpace()
                }
                try skipValue(depth: depth + 1)
                try skipSpace()
                if peek == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(close, close == UInt8(ascii: "}") ? "',' or '}'" : "',' or ']'")
                return
            }
        case UInt8(ascii: "t"): try skipWord("true")
        case UInt8(ascii: "f"): try skipWord("false")
        case UInt8(ascii: "n"): try skipWord("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                    UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    if index == start + 1 && bytes[start] == UInt8(ascii: "-") { throw fail("a digit") }
                    return
                }
            }
        default:
            throw fail("a value")
        }
    }

    private mutating func skipWord(_ word: StaticString) throws(JSONRecordParser.Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("'\(word)'") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]).elementsEqual(expected) else {
            throw fail("'\(word)'")
        }
        index += count
    }
}
