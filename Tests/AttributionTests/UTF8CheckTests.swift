import Testing

@testable import Attribution

/// The byte-level validator agrees with the standard library, without building Strings.
@Suite struct UTF8CheckTests {
    @Test(
        arguments: [
            [], [0x41], [0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xC3], [0xE2, 0x80],
            [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0xC3, 0xA9],
            [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xFF],
        ] as [[UInt8]])
    func agreesWithTheStandardLibrary(bytes: [UInt8]) {
        let expected = String(validating: bytes, as: UTF8.self) != nil
        #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == expected)
    }

    @Test func randomBytesAreJudgedAndRepairedLikeStrings() {
        var generator = SplitMix(state: 11)
        let pieces: [[UInt8]] = [
            [0x61], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x9D], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xED],
            [0xF4, 0x8F], [0xC2], [0xEF, 0xBF, 0xBD], Array("plain ascii text".utf8),
        ]
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<count).flatMap { _ in pieces.randomElement(using: &generator)! }
            var repaired = false
            let result = UTF8Check.repaired(bytes, repaired: &repaired)
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == valid)
            #expect(repaired == !valid)
            #expect(result == Array(String(decoding: bytes, as: UTF8.self).utf8))
        }
    }
}
