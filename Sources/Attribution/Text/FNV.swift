/// FNV-1a, the hash of the word filter (eight bytes a step) and of the key tables (a byte a step).
enum FNV {
    /// The offset basis, where every hash starts.
    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `hash` with `chunk` mixed in.
    @inline(__always) static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x0000_0100_0000_01B3
    }
}
