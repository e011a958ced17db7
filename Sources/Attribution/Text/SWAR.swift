/// Byte tests on eight bytes at once ("SIMD within a register"), in a general-purpose register:
/// for words (a word's end and hash come from one load), and for the last bytes of a run that
/// ``Lanes`` tests sixteen at a time. Each test returns a mask with the top bit of every matching
/// byte set, lowest address in the lowest byte (the platforms Swift runs on are little-endian).
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `p`, which need no alignment.
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// The eight bytes at offset `i` of `bytes`, zero past its end (zero is no word byte, so
    /// scans over words stop there without a separate loop for the last bytes).
    @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        i &+ 8 <= bytes.count ? load(bytes.baseAddress! + i) : loadTail(bytes, at: i)
    }

    /// ``load(_:at:)`` within eight bytes of the end, out of line: it is seldom taken.
    @inline(never) private static func loadTail(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        var v: UInt64 = 0
        var k = 0
        while i &+ k < bytes.count {
            v |= UInt64(bytes[i &+ k]) << UInt64(8 &* k)
            k &+= 1
        }
        return v
    }

    /// Bytes equal to `byte` (an ASCII byte).
    @inline(__always) static func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
        let t = v ^ (ones &* UInt64(byte))
        return ~(((t & low7) &+ low7) | t) & high
    }

    /// ASCII bytes in `lo...hi` (both below 0x80).
    @inline(__always) static func inRange(_ v: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let x = v & low7
        let atLeast = x &+ ones &* UInt64(0x80 - lo)
        let above = x &+ ones &* UInt64(0x7F - hi)
        return atLeast & ~above & ~v & high
    }

    /// ASCII letters and digits.
    @inline(__always) static func letterOrDigit(_ v: UInt64) -> UInt64 {
        inRange(v | (ones &* 0x20), UInt8(ascii: "a"), UInt8(ascii: "z"))
            | inRange(v, UInt8(ascii: "0"), UInt8(ascii: "9"))
    }

    /// Bytes of words as the scanner reads them: ASCII letters and digits, and every byte of a
    /// non-ASCII character.
    @inline(__always) static func wordBytes(_ v: UInt64) -> UInt64 {
        (v & high) | letterOrDigit(v)
    }

    /// The index (0 to 7) of the first byte set in a mask, or 8 when none is.
    @inline(__always) static func first(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}
