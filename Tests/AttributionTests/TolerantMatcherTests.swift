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
}
