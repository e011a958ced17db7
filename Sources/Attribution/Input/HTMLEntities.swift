/// Decodes HTML character references as browsers do: `&#233;`, `&#xE9;`, `&eacute;`, the old
/// names that stand without `;` (`&amp`, `&copy`), and the windows-1252 meaning that pages give
/// to `&#150;` and its neighbours. Anything else after `&` is text.
enum HTMLEntities {
    /// The reference at `i` (a `&`) in `bytes`: the UTF-8 bytes it stands for and its length.
    /// In an attribute value an old name followed by a letter, digit or `=` is not a reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, inAttribute: Bool = false)
        -> (bytes: [UInt8], length: Int)?
    {
        let n = bytes.count
        guard i + 1 < n else { return nil }
        if bytes[i + 1] == UInt8(ascii: "#") { return numeric(bytes, at: i) }
        var end = i + 1
        while end < n, end - i <= EntityTable.maximumLength, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > i + 1 else { return nil }
        let table = EntityTable.standard
        if end < n, bytes[end] == UInt8(ascii: ";"),
            let found = table.bytes(named: UnsafeBufferPointer(rebasing: bytes[(i + 1)...end]))
        {
            return (found, end + 1 - i)
        }
        // The old names without `;`: the longest that begins the run (`&copy2024` is `©2024`).
        var cut = min(end, i + 1 + 8)
        while cut > i + 1 {
            if let found = table.bytes(named: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<cut])) {
                if inAttribute, cut < n, isAlphanumeric(bytes[cut]) || bytes[cut] == UInt8(ascii: "=") { return nil }
                return (found, cut - i)
            }
            cut -= 1
        }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// `&#NNN;` or `&#xHHH;`, the `;` optional; nil without a digit.
    private static func numeric(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (bytes: [UInt8], length: Int)? {
        let n = bytes.count
        var j = i + 2
        let hex = j < n && bytes[j] | 0x20 == UInt8(ascii: "x")
        if hex { j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        while j < n {
            let byte = bytes[j]
            let digit: UInt32
            if byte &- UInt8(ascii: "0") < 10 {
                digit = UInt32(byte &- UInt8(ascii: "0"))
            } else if hex, (byte | 0x20) &- UInt8(ascii: "a") < 6 {
                digit = UInt32((byte | 0x20) &- UInt8(ascii: "a")) + 10
            } else {
                break
            }
            value = min(0x11_0000, value &* (hex ? 16 : 10) &+ digit)
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < n, bytes[j] == UInt8(ascii: ";") { j += 1 }
        return (utf8(of: scalar(value)), j - i)
    }

    /// The character a numeric reference stands for: U+FFFD for zero, surrogates and values
    /// past U+10FFFF; 0x80 to 0x9F as windows-1252 reads them.
    static func scalar(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value) { return Unicode.Scalar(PageEncoding.windows1252High[Int(value - 0x80)])! }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    /// The UTF-8 bytes of `scalar`.
    static func utf8(of scalar: Unicode.Scalar) -> [UInt8] {
        Array(UTF8.encode(scalar)!)
    }
}
