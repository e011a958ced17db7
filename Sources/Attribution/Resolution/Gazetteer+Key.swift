extension Gazetteer {
    /// A comparison key: lower-case ASCII letters and digits (and `+`, `&`), Latin letters with
    /// accents folded to their base letter (`RTÉ` is `rte`, not `rt`), everything else dropped.
    static func key(_ s: some StringProtocol) -> String {
        let utf8 = s.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            // A native string's bytes are read as one buffer, not through the view byte by byte.
            utf8.withContiguousStorageIfAvailable { key($0, into: out) } ?? key(utf8, into: out)
        }
    }

    /// Whether the bytes have a comparison key at all (`الجزيرة` has none: its letters are not Latin).
    static func hasKey(_ utf8: some Collection<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, utf8.count)) { key(utf8, into: $0) > 0 }
    }

    /// Writes the comparison key of the bytes `utf8` into `out` (room for as many); returns its length.
    static func key(_ utf8: some Sequence<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var lead: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"),
                UInt8(ascii: "&"):
                out[count] = byte
                count += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out[count] = byte + 32
                count += 1
            case 0x80...0xBF where lead != 0:
                // U+00C0 to U+017F: two bytes, C3 to C5 then a continuation byte.
                let scalar = (Int(lead & 0x1F) << 6 | Int(byte & 0x3F)) - 0xC0
                if scalar >= 0, scalar < latinFolds.count, latinFolds[scalar] != UInt8(ascii: ".") {
                    out[count] = latinFolds[scalar]
                    count += 1
                }
            default: break
            }
            lead = byte >= 0xC3 && byte <= 0xC5 ? byte : 0
        }
        return count
    }

    /// The base letters of U+00C0 to U+017F by their compatibility decomposition; `.` for none.
    private static let latinFolds: [UInt8] = Array(
        ("aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeee"
            + "gggggggghh..iiiiiiiii.iijjkk.llllllll..nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs")
            .utf8)
}
