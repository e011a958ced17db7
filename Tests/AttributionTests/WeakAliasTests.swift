import Testing

@testable import Attribution

/// An outlet named by an ordinary word counts only where the text speaks of media.
@Suite struct WeakAliasTests {
    private static let tracer = Tracer(
        gazetteer: try! Gazetteer.standard.adding(
            table: "name\tkind\taliases\nRecordo\tnewspaper\t?^Recordo\nKBBX-TV\tbroadcaster\t=KBBX\n", path: "t"))

    private func media(_ text: String) -> [String] {
        Self.tracer.trace(Article(id: "a", text: text)).sources.filter { $0.kind.isMedia }.map(\.name)
    }

    @Test(arguments: [
        ("Harga beras naik, seperti dilansir Recordo.", ["Recordo"]),
        ("He told Portuguese newspaper Recordo that he was leaving.", ["Recordo"]),
        ("Sumber: Recordo", ["Recordo"]),
    ])
    func aWeakAliasCountsNextToAMediaCue(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    @Test(arguments: [
        "Menurut Recordo, harga beras naik.",
        "Recordo - Harga beras naik pekan ini.",
        "Harga beras naik pekan ini, kata Budi kepada Recordo.",
    ])
    func aWeakAliasAloneOrAfterACueOfPeopleIsNoOutlet(text: String) {
        #expect(!media(text).contains("Recordo"))
    }

    @Test func anExactAcronymIsNoOutletInAnotherCase() {
        #expect(!media("Menurut Kbbx, harga beras naik.").contains("KBBX-TV"))
        #expect(media("Harga beras naik, seperti dilansir KBBX.").contains("KBBX-TV"))
    }

    @Test func aTitleOfOneHeadWordIsGeneric() {
        #expect(OutletRow.isGenericTitle("The Herald"))
        #expect(OutletRow.isGenericTitle("Metro"))
        #expect(!OutletRow.isGenericTitle("Daily Mail"))
        #expect(!OutletRow.isGenericTitle("The Guardian"))
    }
}
