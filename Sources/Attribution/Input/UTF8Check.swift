/// Validates UTF-8 without building a String: sixteen ASCII bytes at a time, and the rules of
/// well-formed sequences (Unicode table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF) for the rest.
enum UTF8Check {
    /// Whether `bytes` are well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i < n {
            if i + 16 <= n, !Lanes.any(Lanes.load(base + i)) {
                i += 16
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard i + length <= n, base[i + 1] >= low, base[i + 1] <= high else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// `bytes` as valid UTF-8: themselves (not a copy) when they are, else with every invalid
    /// sequence replaced by U+FFFD (as `String(decoding:as:)` does), setting `repaired`.
    static func repaired(_ bytes: [UInt8], repaired: inout Bool) -> [UInt8] {
        if bytes.withUnsafeBufferPointer(isValid) { return bytes }
        repaired = true
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
