import Testing

@testable import Attribution

/// Names are found from their bytes exactly as a dictionary of comparison keys finds them.
@Suite struct KeyTableTests {
    @Test func everyKeyFindsItsOutlet() {
        let gazetteer = Gazetteer.standard
        for (key, outlet) in gazetteer.keys {
            #expect(gazetteer.outlet(named: key) == outlet)
            // Case, spaces and punctuation aside.
            #expect(gazetteer.outlet(named: " " + key.uppercased() + ".") == outlet)
        }
    }

    @Test func otherNamesFindNothing() {
        let gazetteer = Gazetteer.standard
        var generator = SplitMix(state: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let name = String(
                decoding: (0..<length).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            #expect(gazetteer.outlet(named: name) == gazetteer.keys[name])
        }
        #expect(gazetteer.outlet(named: "") == nil)
        #expect(gazetteer.outlet(named: "Reuters"[...]) == gazetteer.keys["reuters"])
    }
}
