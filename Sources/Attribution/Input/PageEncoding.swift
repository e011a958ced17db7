/// The character encoding a page was read in.
public enum PageEncoding: String, Sendable, Hashable {
    /// UTF-8, declared or found valid.
    case utf8 = "UTF-8"
    /// windows-1252, which is also what browsers read for a declared ISO-8859-1, latin1 or ASCII.
    case windows1252 = "windows-1252"
    /// UTF-16 with a byte order mark, little-endian.
    case utf16LE = "UTF-16LE"
    /// UTF-16 with a byte order mark, big-endian.
    case utf16BE = "UTF-16BE"

    /// The code points of windows-1252's bytes 0x80 to 0x9F; its other bytes are those of
    /// ISO-8859-1. The five undefined bytes keep their C1 control code points, as browsers do.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The encoding a charset label names, as the encoding standard maps labels; nil for the
    /// labels of other encodings.
    static func labelled(_ label: String) -> PageEncoding? {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "csisolatin1", "ibm819", "cp819", "us-ascii", "ascii",
            "ansi_x3.4-1968", "iso-8859-1:1987":
            .windows1252
        case "utf-16le", "utf-16": .utf16LE
        case "utf-16be": .utf16BE
        default: nil
        }
    }

    /// `bytes` as windows-1252, in UTF-8.
    static func windows1252ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            switch byte {
            case 0..<0x80: out.append(byte)
            case 0x80..<0xA0: out += HTMLEntities.utf8(of: Unicode.Scalar(windows1252High[Int(byte - 0x80)])!)
            default:
                out.append(0xC0 | byte >> 6)
                out.append(0x80 | byte & 0x3F)
            }
        }
        return out
    }

    /// UTF-16 code units after a byte order mark, in UTF-8; unpaired surrogates become U+FFFD.
    static func utf16ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, repaired: inout Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): out += HTMLEntities.utf8(of: scalar)
            case .emptyInput: break loop
            case .error:
                repaired = true
                out += HTMLEntities.utf8(of: "\u{FFFD}")
            }
        }
        if bytes.count % 2 == 1 { repaired = true }
        return out
    }
}
