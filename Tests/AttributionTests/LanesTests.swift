import Testing

@testable import Attribution

/// Each sixteen-byte test agrees with the same test made one byte at a time.
@Suite struct LanesTests {
    /// The lanes a byte-by-byte test picks, as ``Lanes/first(_:)`` and ``Lanes/any(_:)`` see them.
    static func expected(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> (first: Int, any: Bool) {
        let first = bytes.firstIndex(where: test) ?? 16
        return (first, first < 16)
    }

    static func seen(_ mask: Lanes.Vector) -> (first: Int, any: Bool) {
        (Lanes.first(mask), Lanes.any(mask))
    }

    @Test func masksMatchByteByByteTests() {
        var generator = SplitMix(state: 5)
        let interesting: [UInt8] = [
            0, 0x09, 0x0A, 0x20, 0x22, 0x26, 0x28, 0x2F, 0x30, 0x39, 0x3A, 0x3C, 0x40, 0x41,
            0x5A, 0x5B, 0x5C, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x7F, 0x80, 0xA8, 0xBF, 0xC3, 0xDC, 0xE2, 0xFF,
        ]
        for _ in 0..<20_000 {
            // Mostly one kind of byte, so that the first match falls anywhere in the sixteen.
            let common = interesting.randomElement(using: &generator)!
            let bytes = (0..<16).map { _ in
                switch UInt8.random(in: 0..<8, using: &generator) {
                case 0: interesting.randomElement(using: &generator)!
                case 1: UInt8.random(in: 0...255, using: &generator)
                default: common
                }
            }
            let v = bytes.withUnsafeBufferPointer { Lanes.load($0.baseAddress!) }
            #expect(Self.seen(Lanes.equal(v, 0x5C)) == Self.expected(bytes) { $0 == 0x5C })
            #expect(Self.seen(Lanes.equal(v, 0x28)) == Self.expected(bytes) { $0 == 0x28 })
            #expect(Self.seen(Lanes.inRange(v, 0x21, 0x7E)) == Self.expected(bytes) { (0x21...0x7E).contains($0) })
            #expect(Self.seen(~Lanes.inRange(v, 0x21, 0x7E)) == Self.expected(bytes) { !(0x21...0x7E).contains($0) })
            #expect(Self.seen(Lanes.inRange(v, 0, 0x1F)) == Self.expected(bytes) { $0 < 0x20 })
            #expect(Self.seen(Lanes.letterOrDigit(v)) == Self.expected(bytes, CueScanner.isLetterOrDigit))
            #expect(Self.seen(v) == Self.expected(bytes) { $0 >= 0x80 })
        }
    }

    @Test func storeWritesWhatLoadRead() {
        let source = (0..<16).map { UInt8($0 * 17) }
        var target = [UInt8](repeating: 0, count: 16)
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { Lanes.store(Lanes.load(s.baseAddress!), at: $0.baseAddress!) }
        }
        #expect(target == source)
    }
}
