import Testing

@testable import Attribution

/// Each eight-byte test agrees with the same test made one byte at a time.
@Suite struct SWARTests {
    static func mask(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | (test($1.element) ? UInt64(0x80) << UInt64(8 * $1.offset) : 0) }
    }

    @Test func masksMatchByteByByteTests() {
        var generator = SplitMix(state: 3)
        let interesting: [UInt8] = [
            0, 0x09, 0x0A, 0x20, 0x22, 0x26, 0x28, 0x2F, 0x30, 0x39, 0x3A, 0x3C, 0x40, 0x41,
            0x5A, 0x5B, 0x5C, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xFF,
        ]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let v = bytes.withUnsafeBufferPointer { SWAR.load($0.baseAddress!) }
            #expect(SWAR.equal(v, 0x5C) == Self.mask(bytes) { $0 == 0x5C })
            #expect(SWAR.equal(v, 0x20) == Self.mask(bytes) { $0 == 0x20 })
            #expect(SWAR.inRange(v, 0x20, 0x7E) == Self.mask(bytes) { (0x20...0x7E).contains($0) })
            #expect(SWAR.inRange(v, 0, 0x1F) == Self.mask(bytes) { $0 < 0x20 })
            #expect(SWAR.letterOrDigit(v) == Self.mask(bytes, CueScanner.isLetterOrDigit))
            #expect(SWAR.wordBytes(v) == Self.mask(bytes, CueScanner.isWordByte))
        }
    }

    @Test func firstFindsTheLowestAddress() {
        #expect(SWAR.first(0) == 8)
        #expect(SWAR.first(0x80) == 0)
        #expect(SWAR.first(0x8000_0000_0080_0000) == 2)
    }
}
