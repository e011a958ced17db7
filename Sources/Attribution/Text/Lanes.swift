/// The tests of ``SWAR`` on sixteen bytes at once, in a vector register, for the loops that
/// copy or skip long runs of plain text. A test gives lanes with the top bit set where the byte
/// matches (other bits are noise); ``first(_:)`` finds the first such lane.
///
/// Lane comparisons of the concrete vector type compile to single SSE2 or NEON instructions
/// (`pcmpeqb`; `pminub` and `pcmpeqb` for an unsigned range), their mask reinterpreted as bytes
/// of all ones or zeros. The reductions (`any`, `first`) go through two 64-bit halves: the
/// generic `any(_:)` of a mask is a call.
enum Lanes {
    typealias Vector = SIMD16<UInt8>

    /// The sixteen bytes at `p`, which need no alignment.
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    /// Stores `v` at `p`, which needs no alignment.
    @inline(__always) static func store(_ v: Vector, at p: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// Bytes equal to `byte` (an ASCII byte).
    @inline(__always) static func equal(_ v: Vector, _ byte: UInt8) -> Vector {
        unsafeBitCast(v .== Vector(repeating: byte), to: Vector.self)
    }

    /// ASCII bytes in `lo...hi` (both below 0x80).
    @inline(__always) static func inRange(_ v: Vector, _ lo: UInt8, _ hi: UInt8) -> Vector {
        unsafeBitCast(v &- Vector(repeating: lo) .<= Vector(repeating: hi &- lo), to: Vector.self)
    }

    /// ASCII letters and digits.
    @inline(__always) static func letterOrDigit(_ v: Vector) -> Vector {
        inRange(v | Vector(repeating: 0x20), UInt8(ascii: "a"), UInt8(ascii: "z"))
            | inRange(v, UInt8(ascii: "0"), UInt8(ascii: "9"))
    }

    /// Whether any lane has its top bit set.
    @inline(__always) static func any(_ mask: Vector) -> Bool {
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return (low | high) & SWAR.high != 0
    }

    /// Whether any of the first `count` lanes (0 to 16) has its top bit set.
    @inline(__always) static func anyInPrefix(_ mask: Vector, _ count: Int) -> Bool {
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        if count >= 8 { return low & SWAR.high != 0 || high & SWAR.high & prefix(count &- 8) != 0 }
        return low & SWAR.high & prefix(count) != 0
    }

    /// The first `count` (0 to 8) bytes of a word.
    @inline(__always) private static func prefix(_ count: Int) -> UInt64 {
        count == 0 ? 0 : UInt64.max >> UInt64(64 &- 8 &* count)
    }

    /// The index (0 to 15) of the first lane with its top bit set, or 16 when none is.
    @inline(__always) static func first(_ mask: Vector) -> Int {
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        let l = low & SWAR.high
        if l != 0 { return SWAR.first(l) }
        return 8 &+ SWAR.first(high & SWAR.high)
    }
}
