import Testing

@testable import Attribution

/// Line breaks found sixteen and eight bytes at a time are those a byte-by-byte walk finds, at
/// every offset, including around the block edges.
@Suite struct LineBreaksTests {
    static func texts() -> [[UInt8]] {
        var generator = SplitMix(state: 3)
        let alphabet: [UInt8] = Array("abc \n".utf8) + [0xC3, 0xA9]
        return [[], [0x0A], Array(repeating: 0x0A, count: 40), Array(repeating: UInt8(ascii: "x"), count: 40)]
            + (0..<40).map { _ in
                (0..<Int.random(in: 1...70, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            }
    }

    @Test func nextAndLastAreWhatAWalkFinds() {
        for text in Self.texts() {
            text.withUnsafeBufferPointer { bytes in
                for lower in 0...bytes.count {
                    for upper in lower...bytes.count {
                        let walkedNext = bytes[lower..<upper].firstIndex(of: 0x0A) ?? upper
                        #expect(
                            LineBreaks.next(bytes, from: lower, to: upper) == walkedNext, "\(text) \(lower)..<\(upper)")
                        let walkedLast = bytes[lower..<upper].lastIndex(of: 0x0A)
                        #expect(LineBreaks.last(bytes, in: lower..<upper) == walkedLast, "\(text) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }
}
