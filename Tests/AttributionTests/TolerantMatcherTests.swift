import Testing

@testable import Attribution

@Suite struct TolerantMatcherTests {
    let matcher = TolerantMatcher(gazetteer: .standard)

    private func resolved(_ name: String) -> (name: String, fuzzy: Bool)? {
        matcher.resolve(name).map { (Gazetteer.standard.outlets[$0.outlet].name, $0.fuzzy) }
    }

    @Test(arguments: [
        ("Handelblatt", "Handelsblatt"), ("The Strait Times", "The Straits Times"),
        ("Straits Time", "The Straits Times"),
        ("Reutres", "Reuters"), ("Bloombreg", "Bloomberg"), ("New York Psot", "New York Post"),
        ("Jakarta Pots", "The Jakarta Post"),
    ])
    func misspellingResolvesToTheOutletMeant(name: String, outlet: String) throws {
        let found = try #require(resolved(name))
        #expect(found.name == outlet)
        #expect(found.fuzzy)
    }

    @Test(arguments: [
        ("Handelsblatt", "Handelsblatt"), ("handelsblatt", "Handelsblatt"), ("REPUBLIKA.CO.ID", "Republika"),
        ("Straits Times", "The Straits Times"), ("NY Post", "New York Post"), ("Reuter", "Reuters"),
    ])
    func exactNamesAreNotFuzzy(name: String, outlet: String) throws {
        let found = try #require(resolved(name))
        #expect(found.name == outlet)
        #expect(!found.fuzzy)
    }

    /// Short words sit too close to ordinary words; `Kompsa` is a swap of `Kompas` but too short.
    @Test(arguments: ["Mereka", "Analis", "Kompsa", "Budi", "Jakarta", "Presiden", "Kementerian", ""])
    func ordinaryWordsResolveToNothing(name: String) {
        #expect(resolved(name) == nil)
    }

    /// `Notimes` is one letter from both `Notimex` and `NYTimes`: no outlet is clearly meant.
    @Test func ambiguousMisspellingResolvesToNothing() {
        #expect(resolved("Notimes") == nil)
        #expect(resolved("Notimex")?.name == "Notimex")
    }

    @Test(arguments: [
        ("handelblatt", "handelsblatt", 2, 1), ("reutres", "reuters", 1, 1), ("kitten", "sitting", 3, 3),
        ("abc", "abc", 1, 0), ("abcdefgh", "zzzzzzzz", 1, 2), ("ab", "ba", 1, 1),
    ])
    func distanceCountsEditsAndSwapsUpToTheLimit(a: String, b: String, limit: Int, expected: Int) {
        #expect(TolerantMatcher.distance(Array(a.utf8), Array(b.utf8), limit: limit) == expected)
    }

    /// The byte-set bound that lets the matcher skip a key never exceeds the edit distance.
    @Test func byteSetDistanceIsALowerBound() {
        var generator = SplitMix(state: 11)
        let alphabet = Array("abcdeklmnorst".utf8)
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            var b = a
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let k = Int.random(in: 0..<max(1, b.count), using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: b.insert(alphabet.randomElement(using: &generator)!, at: k)
                case 1 where b.count > 1: b.remove(at: k)
                case 2 where !b.isEmpty: b[k] = alphabet.randomElement(using: &generator)!
                default: if k + 1 < b.count { b.swapAt(k, k + 1) }
                }
            }
            let bound = TolerantMatcher.setDistance(TolerantMatcher.letters(a), TolerantMatcher.letters(b))
            #expect(bound <= TolerantMatcher.distance(a, b, limit: 20), "\(a) \(b)")
        }
    }
}
