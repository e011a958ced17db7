import Testing

@testable import Attribution

/// Datelines, signatures, footers and picture credits in the forms outlets print them, on
/// articles written for these tests.
@Suite struct CreditFormsTests {
    private func trace(_ text: String) -> Trace {
        Fixture.tracer.trace(Article(id: "a", text: text))
    }

    @Test(
        arguments: [
            ("KANSAS CITY, Mo., Feb. 21 (UPI) — A storm moved across the plains.", "UPI", "KANSAS CITY"),
            ("Gaza, July 22 (IANS) Two shots were fired at the office.", "IANS", "Gaza"),
            ("LONDON, May 3. /TASS/. The agency published the interview again.", "TASS", "LONDON"),
            ("VOInews, Jakarta: Presiden itu datang ke Den Haag.", "VOInews", "Jakarta"),
            ("Kabar6-Pemerintah kabupaten menargetkan layanan baru.", "Kabar6", nil),
            ("BorneoTribun Jakarta -- Pertahanan udara menjatuhkan jet.", "BorneoTribun", "Jakarta"),
            ("NEW YORK (CBS.MW) -- The chief financial officer is resigning.", "CBS.MW", "NEW YORK"),
            ("salsabilafm.com – Ketua lembaga itu mengancam menggugat.", "salsabilafm.com", nil),
            ("KATADATA ? Pemerintah menaikkan harga BBM.", "Katadata", nil),
            ("WARTAHARIAN.CO -Hanya dua partai yang menolak.", "WARTAHARIAN.CO", nil),
            (
                "SALT LAKE CITY, Utah, Oct. 16, 2021 (Gephardt Daily) — Police are at the scene.", "Gephardt Daily",
                "SALT LAKE CITY"
            ),
        ] as [(String, String, String?)])
    func datelinesOfKnownAndUnknownOutlets(text: String, publisher: String, place: String?) {
        let found = trace(text).publisher
        #expect(found?.name == publisher)
        #expect(found?.place == place)
    }

    @Test func anAcronymAfterTheBodyItNamesIsNoDateline() {
        #expect(trace("International Atomic Energy Agency (IAEA) Inspectors arrived on Monday.").publisher == nil)
    }

    @Test func anAggregatorCarryingAnotherOutletsCopy() {
        let result = trace("DOHA, Dec 15 (MENAFN- Gulf Times) The agency said 22 people were killed.")
        #expect(result.publisher?.name == "MENAFN")
        #expect(result.sources.first { $0.name == "Gulf Times" }?.roles == [.syndication])
    }

    @Test func aCarriersBracketsAfterAnyWordsOfTheLine() {
        let result = trace("date 2024-12-15 (MENAFN- Gulf Times) The agency said 22 people were killed.")
        #expect(result.publisher?.name == "MENAFN")
        #expect(result.sources.first { $0.name == "Gulf Times" }?.roles == [.syndication])
    }

    @Test func aDashAndAnOutletClosingALineSignTheArticle() {
        let text =
            "Her mother cannot stop the wedding.\n\nThe story of the brides, told. – Rappler.com\n\n*Names changed"
        #expect(trace(text).publisher?.name == "Rappler")
        #expect(trace("The measures were approved by the party-Reuters group.\nMore text.").publisher == nil)
    }

    @Test func codesClosingAParagraphSignThePageThatGoesOn() {
        let text = "Harga beras naik pekan ini, kata dia. (ant/dil/jpnn)\nBaca juga: Harga cabai turun\nBerita lain"
        let result = trace(text)
        #expect(result.publisher?.name == "JPNN")
        #expect(result.sources.first { $0.name == "Antara" }?.roles == [.syndication])
    }

    @Test func theDeskThatSignsPublishesTheReportersCopy() {
        let text =
            "Penerbangan itu tiba Jumat.\nJawaPos.com mencoba mengonfirmasi hal ini.\n\"Belum ada,\" jelas dia. (jpg/fajar)"
        let result = trace(text)
        #expect(result.publisher?.name == "Fajar")
        #expect(result.sources.first { $0.name == "Jawa Pos" }?.roles.contains(.syndication) == true)
    }

    @Test func thePublishersOwnPicturesAreCredited() {
        let result = trace("A girl married at 14. Photo by Bobby Lagsa/Rappler\nThe village recovers. – Rappler.com")
        #expect(result.publisher?.name == "Rappler")
        #expect(result.sources.map(\.name) == ["Rappler"])
        #expect(result.sources.first?.roles == [.photo])
        #expect(result.edges.isEmpty)
    }

    @Test func theLastPartOfASignatureIsThePublishersCode() {
        let result = trace("Harga beras naik pekan ini di banyak pasar.\n(ant/dil/jpnn)")
        #expect(result.publisher?.name == "JPNN")
        #expect(result.sources.map(\.name) == ["Antara"])
    }

    @Test(arguments: [
        "Harga beras naik pekan ini.\n\nSumber ; hot.grid.id",
        "Harga beras naik pekan ini.\n\n- Source: Eurosport",
        "Prices rose this week.\n\nRead the full story on Rappler",
        "Prices rose this week.\nClick here to read the complete Wall Street Journal report.",
    ])
    func footersInAnyPunctuation(text: String) {
        let syndicated = trace(text).sources.filter { $0.roles.contains(.syndication) }
        #expect(syndicated.count == 1, "\(trace(text).sources.map(\.name))")
    }

    @Test func aCopyrightLineIsTheMakerWhenNoneOtherIsShown() {
        let result = trace(
            "Police said three people were hurt.\n\nCopyright 2016 The Associated Press. All rights reserved.")
        #expect(result.publisher?.name == "AP")
        #expect(trace("Harga naik.\n(c) advandigital.com").sources.isEmpty)
    }

    @Test(arguments: [
        ("Crowds gathered. (AP Photo/Evan Vucci)", "AP"),
        ("Crowds gathered. REUTERS/Kevin Lamarque", "Reuters"),
        ("A child bride. Photo by Bobby Lagsa/Rappler", "Rappler"),
        ("A crash in the city. (Meghan Thackrey, NBC News)", "NBC News"),
        ("The minister spoke. (Image credit: Oli Scarff/Getty Images)", "Getty Images"),
        ("Harga minyak naik lagi.\n\nFoto/REUTERS", "Reuters"),
        ("Flood waters rose in the city. — Reuters pic", "Reuters"),
    ])
    func pictureCredits(text: String, outlet: String) {
        let photo = trace(text).sources.filter { $0.roles.contains(.photo) }.map(\.name)
        #expect(photo == [outlet])
    }

    @Test(arguments: [
        "NEW YORK (CNN/Money) - Shares rose.", "20:30 / Liga 1 / Persib vs Persija Bandung /TV One",
        "The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)\nNext",
        "( Antara / Sidney Morning Herald / The Guardian )",
        "The picture desk at Reuters photo editors chose it.",
    ])
    func slashesThatAreNoCredit(text: String) {
        #expect(trace(text).sources.filter { $0.roles.contains(.photo) }.isEmpty)
    }

    @Test func anOfficialSiteIsABodyNoMedium() {
        let media = trace("Hal itu disampaikan kepada situs resmi City, Senin.").sources.filter { $0.kind.isMedia }
        #expect(media.isEmpty)
    }

    @Test(arguments: [
        "Two people were hurt in the crash. Sunset Gazette has reached out to the police for details.",
        "Two people were hurt in the crash.\nClick here to follow Sunset Gazette and receive free news updates.",
    ])
    func anOutletDoingItsOwnReportingPublishes(text: String) {
        #expect(trace(text).publisher?.name == "Sunset Gazette")
    }

    @Test(
        arguments: [
            ("Liputan6.com 2021-10-27 18:55:45\nPresiden mengajak negara ASEAN bekerja sama.", "Liputan6"),
            ("Reuters | Washington DC\nThe Senate passed the bill on Monday.", "Reuters"),
            ("Sunset Gazette\n\nThe council met on Monday and voted for the plan.", nil),
        ] as [(String, String?)])
    func mastheadLines(text: String, publisher: String?) {
        #expect(trace(text).publisher?.name == publisher)
    }

    @Test func aMastheadCueNamesAnOutletOfOrdinaryWords() {
        #expect(trace("The minister resigned.\nSubscribe to The Week for more.").publisher?.name == "The Week")
    }

    @Test func anAgencyClosingACaptionLineCreditsThePicture() {
        let text = "The prince during the interview in 2019 (PA)\nThe interview aired on Monday."
        #expect(trace(text).sources.first { $0.name == "PA Media" }?.roles == [.photo])
    }

    @Test func aHatTipClosingTheBodyIsNoCopy() {
        let result = trace("The senator laughed at the question on Monday.\nh/t: Breitbart.")
        #expect(result.sources.first { $0.name == "Breitbart" }?.roles == [.citation])
    }

    @Test func aRelayClosingTheBodyCreditsTheCopy() {
        let result = trace("Pelaku dijerat pasal pembunuhan. Dikutip dari Antara . [ cob ]")
        #expect(result.sources.first { $0.name == "Antara" }?.roles.contains(.syndication) == true)
    }

    @Test(arguments: [
        // A descriptor of several words between the cue and the outlet.
        "\"I will stay,\" the striker told Spanish sports daily Marca on Sunday, and Smith told CNN so.",
        // A statement given to an outlet, after the speech phrase that would swallow `said in`.
        "Jane Porter said in a statement to Marca that she disagreed, and Smith told CNN so.",
    ])
    func anOutletSpokenToIsCited(text: String) {
        let result = trace(text)
        #expect(result.sources.first { $0.name == "Marca" }?.roles.contains(.citation) == true)
    }

    @Test func anOutletNamedAfterAHeadWordKeepsItsName() {
        // `Daily` opens names (`Daily Star`): it is no descriptor alone.
        let result = trace("Smith told the Daily Star that he would stay, and Jones told CNN so.")
        #expect(result.sources.contains { $0.name == "Daily Star" })
    }

    @Test(arguments: [
        ("Two people were killed, according to hospital sources and Al Jazeera teams on the ground.", "Al Jazeera"),
        ("Harga naik, menurut warga setempat dan Kompas.com pekan ini.", "Kompas"),
    ])
    func anOutletCoordinatedWithWhatACitationNamesFirst(text: String, outlet: String) {
        #expect(trace(text).sources.first { $0.name == outlet }?.roles == [.citation])
    }

    @Test func noCoordinationPastPunctuation() {
        // The list ends at the comma: BBC is what the rest of the sentence says, not a source.
        let result = trace("The toll rose, according to local officials, and the BBC showed the ruins.")
        #expect(!result.sources.contains { $0.name == "BBC" })
    }

    @Test(arguments: [
        ("The New York Times published the memo on Monday.", "The New York Times"),
        ("Fox News aired the interview on Monday.", "Fox News"),
        ("As The Atlantic put it, the bill failed.", "The Atlantic"),
        ("Jane Porter said, in remarks broadcast by NPR, that the bill failed. Smith told CNN so.", "NPR"),
    ])
    func anOutletThatPublishesOrAirsIsCited(text: String, outlet: String) {
        #expect(trace(text).sources.first { $0.name == outlet }?.roles == [.citation])
    }

    @Test func aRelayInAnyWording() {
        let result = trace("Ekspresi itu, seperti dinukil dari Recode, viral di media sosial.")
        #expect(result.sources.first { $0.name == "Recode" }?.roles == [.relay])
    }

    @Test func aCompanyThatPublishesIsNoSpeaker() {
        #expect(trace("Apple published its results on Monday.").sources.isEmpty)
    }

    @Test(arguments: [
        // A verb of publishing capitalised is part of a name; `bernama` is "named".
        "The tool was built for the BBC Broadcast unit by its engineers.",
        "Qualcomm juga mengumumkan fitur bernama Broadcast Audio.",
    ])
    func noOutletBeforeAPublishingWordOfAName(text: String) {
        #expect(trace(text).sources.filter { $0.kind.isMedia }.isEmpty)
    }
}
