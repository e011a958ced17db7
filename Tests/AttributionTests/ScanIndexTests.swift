import Testing

@testable import Attribution

/// The scan index answers what a walk along a hit's line would, by a short look or binary
/// searches: the line's start and end, its slashes, the outlets on it.
@Suite struct ScanIndexTests {
    /// Random texts of letters, blanks, line breaks and slashes, some starting or ending with a
    /// line break, and the empty text.
    static func texts() -> [[UInt8]] {
        var generator = SplitMix(state: 12)
        let alphabet: [UInt8] = Array("ab /\n\n".utf8)
        return [[], Array("\n".utf8), Array("/".utf8)]
            + (0..<60).map { _ in
                (0..<Int.random(in: 1...80, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            }
    }

    @Test func lineStartsEndsAndSlashesAreWhatAWalkFinds() {
        for text in Self.texts() {
            text.withUnsafeBufferPointer { bytes in
                let index = ScanIndex(bytes: bytes, hits: [], gazetteer: Fixture.gazetteer)
                for offset in 0...bytes.count {
                    #expect(index.lineStart(offset) == DatelineReader.lineStart(bytes, offset), "\(text) \(offset)")
                    var end = offset
                    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                    #expect(index.lineEnd(from: offset) == end, "\(text) \(offset)")
                    for upper in offset...bytes.count {
                        let slashes = bytes[offset..<upper].filter { $0 == UInt8(ascii: "/") }.count
                        #expect(index.slashCount(in: offset..<upper) == slashes)
                    }
                }
            }
        }
    }

    /// Lines longer than ``ScanIndex/nearby``, where the answers come from the index: a few
    /// breaks and slashes in long runs of letters, looked at from offsets near and far from them.
    @Test func longLinesAreAnsweredByTheIndexAsAWalkWould() {
        var generator = SplitMix(state: 7)
        for _ in 0..<6 {
            let count = Int.random(in: 2_000...5_000, using: &generator)
            var text = [UInt8](repeating: UInt8(ascii: "a"), count: count)
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                text[Int.random(in: 0..<count, using: &generator)] = 0x0A
            }
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text[Int.random(in: 0..<count, using: &generator)] = UInt8(ascii: "/")
            }
            text.withUnsafeBufferPointer { bytes in
                let index = ScanIndex(bytes: bytes, hits: [], gazetteer: Fixture.gazetteer)
                for offset in Swift.stride(from: 0, through: count, by: 37) {
                    #expect(index.lineStart(offset) == DatelineReader.lineStart(bytes, offset))
                    #expect(index.lineEnd(from: offset) == (bytes[offset...].firstIndex(of: 0x0A) ?? count))
                    for length in [0, 500, 1_024, 1_025, 3_000] where offset + length <= count {
                        let slashes = bytes[offset..<(offset + length)].filter { $0 == UInt8(ascii: "/") }.count
                        #expect(index.slashCount(in: offset..<(offset + length)) == slashes)
                    }
                }
            }
        }
    }

    @Test func aLineStartLooksNoFurtherThanItsLimit() {
        Array("ab\ncdefg".utf8).withUnsafeBufferPointer { bytes in
            #expect(DatelineReader.lineStart(bytes, 8, within: 5) == 3)
            #expect(DatelineReader.lineStart(bytes, 8, within: 4) == nil)
            #expect(DatelineReader.lineStart(bytes, 2, within: 2) == 0)
            #expect(DatelineReader.lineStart(bytes, 2, within: 1) == nil)
        }
    }

    /// The hits that name an outlet other than a picture library, in order; a cue is none.
    @Test func outletHitsLeaveOutCuesAndPictureLibraries() {
        let text = Fixture.normalize("Foto: Getty Images/Budi. Dilansir Reuters, menurut Antara.")
        let hits = Fixture.scanner.hits(in: text)
        text.bytes.withUnsafeBufferPointer { bytes in
            let index = ScanIndex(bytes: bytes, hits: hits, gazetteer: Fixture.gazetteer)
            let names = index.outletHits.map { text.string(hits[$0].start..<hits[$0].end) }
            #expect(names == ["Reuters", "Antara"])
        }
    }

    @Test(arguments: [[3, 5, 5, 9], [], [1]])
    func firstIndexIsTheFirstAtOrPast(values: [Int]) {
        for target in -1...10 {
            #expect(
                ScanIndex.firstIndex(in: values) { $0 >= target } == values.firstIndex { $0 >= target } ?? values.count)
        }
    }
}
