import Testing

@testable import Attribution

/// An outlet named by an ordinary word counts only where the text speaks of media.
@Suite struct WeakAliasTests {
    private static let tracer = Tracer(
        gazetteer: try! Gazetteer.standard.adding(
            table: "name\tkind\taliases\nRecordo\tnewspaper\t?^Recordo\nKBBX-TV\tbroadcaster\t=KBBX\n"
                + "LembahHijau\tonline\t\nPress Gazetto\tonline\t?Press Gazetto\n", path: "t"))

    private func publisher(_ text: String) -> String? {
        Self.tracer.trace(Article(id: "a", text: text)).publisher?.name
    }

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

    @Test func aCamelCaseNameIsSpacedAsOrdinaryWords() {
        #expect(Gazetteer.spacedCamelCase("WalesOnline") == "Wales Online")
        #expect(Gazetteer.spacedCamelCase("RealClearPolitics") == "Real Clear Politics")
        #expect(Gazetteer.spacedCamelCase("McClatchy") == nil)
        #expect(Gazetteer.spacedCamelCase("LinkedIn") == nil)
        #expect(Gazetteer.spacedCamelCase("openDemocracy") == nil)
        // Spaced, the name counts next to a cue and as a masthead, not as two ordinary words.
        #expect(media("Harga beras naik, seperti dilansir Lembah Hijau.") == ["LembahHijau"])
        #expect(media("Warga Lembah Hijau menanam padi pekan ini.").isEmpty)
        #expect(publisher("Lembah Hijau\n\nHarga beras naik pekan ini, kata Budi.") == "LembahHijau")
    }

    @Test func aHyphenatedNameMatchesSpacedAsTokenizedTextWritesIt() {
        #expect(Gazetteer.spacedHyphens("Al-Jazeera") == "Al - Jazeera")
        #expect(Gazetteer.spacedHyphens("WJZ-TV") == "WJZ - TV")
        #expect(Gazetteer.spacedHyphens("i-D") == nil)
        #expect(Gazetteer.spacedHyphens("Hi-tech") == nil)
        #expect(Gazetteer.spacedHyphens("Reuters") == nil)
        #expect(media("Satwa mati , kata Satyendra seperti dilansir dari Al - Jazeera .") == ["Al Jazeera"])
        // Only in the name's own case: `anti - debu` is no `i-D`.
        #expect(media("Ponsel itu anti - debu , seperti dilansir dari al - jazeera .").isEmpty)
    }

    @Test func aWeakNameOpeningALineBeforeADashIsADateline() {
        #expect(publisher("Presiden di Istana (Foto: Antara)\nRecordo - Harga beras naik pekan ini.") == "Recordo")
        #expect(publisher("Recordo itu naik pekan ini, kata Budi.") == nil)
    }

    @Test func aWeakNameOfTwoWordsAloneOnALineOfTheHeadIsTheMasthead() {
        #expect(
            publisher("Press Gazetto\nMedia news\n\nThe editor told staff the paper would close.") == "Press Gazetto")
        #expect(publisher("The editor of Press Gazetto told staff the paper would close.") == nil)
    }

    @Test func aTitleOfOneHeadWordIsGeneric() {
        #expect(OutletRow.isGenericTitle("The Herald"))
        #expect(OutletRow.isGenericTitle("Metro"))
        #expect(!OutletRow.isGenericTitle("Daily Mail"))
        #expect(!OutletRow.isGenericTitle("The Guardian"))
    }
}
