import Testing

@testable import Attribution

/// ``OutletShape/mayName(_:)`` passes every word that ends in a glued head word, whatever its
/// case, and the bit set it looks at first turns none of them away.
@Suite struct OutletShapeTests {
    /// What `mayName` says without its bit set: a dot, digit or capital after the first letter,
    /// or a head word of three letters or more after at least two letters.
    static func walked(_ word: [UInt8]) -> Bool {
        if word.dropFirst().contains(where: {
            $0 == UInt8(ascii: ".") || $0 &- UInt8(ascii: "0") < 10 || $0 &- UInt8(ascii: "A") < 26
        }) {
            return true
        }
        return OutletShape.lastWords.contains { head, _ in
            head.count >= 3 && word.count > head.count + 1
                && zip(word.suffix(head.count), head).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    static func mayName(_ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { OutletShape.mayName($0[...]) }
    }

    @Test func everyGluedHeadWordPasses() {
        for (head, _) in OutletShape.lastWords where head.count >= 3 {
            for prefix in ["ja", "borneo", "x"] {
                let word = Array(prefix.utf8) + head
                #expect(Self.mayName(word) == Self.walked(word), "\(String(decoding: word, as: UTF8.self))")
                let upper = word.map { $0 &- UInt8(ascii: "a") < 26 ? $0 - 32 : $0 }
                #expect(Self.mayName(upper) == Self.walked(upper))
            }
        }
    }

    @Test(arguments: [
        ("jatimnews", true), ("borneotribun", true), ("tribun", false), ("news", false), ("sekolah", false),
        ("hello", false), ("Kabar6", true), ("detik.com", true),
    ])
    func wordsOfEveryShape(word: String, expected: Bool) {
        #expect(Self.mayName(Array(word.utf8)) == expected)
        #expect(Self.walked(Array(word.utf8)) == expected)
    }
}
