import Testing

@testable import Attribution

@Suite struct DatelineReaderTests {
    private func read(_ text: String, title: String? = nil) -> [Evidence] {
        let normalized = Fixture.normalize(text)
        let hits = Fixture.scanner.hits(in: normalized)
        let furniture = FurnitureMap(text: normalized, hits: hits, lexicon: Fixture.lexicon)
        return DatelineReader(gazetteer: Fixture.gazetteer).read(
            normalized, hits: hits, furniture: furniture, title: title)
    }

    private func summary(_ evidence: [Evidence]) -> [String] {
        evidence.map { item in
            let name = if case .outlet(let index) = item.subject { Fixture.gazetteer.outlets[index].name } else { "?" }
            return "\(item.signal):\(name)"
        }
    }

    @Test(arguments: [
        ("REPUBLIKA.CO.ID, BERLIN -- Kementerian melarang aplikasi itu.", "Republika", "BERLIN"),
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "Kompas", "JAKARTA"),
        ("KONTAN.CO.ID - JAKARTA. Harga beras naik.", "Kontan", "JAKARTA"),
        ("Jakarta (ANTARA) - Harga beras naik.", "Antara", "Jakarta"),
        ("WASHINGTON (Reuters) - Prices rose.", "Reuters", "WASHINGTON"),
        ("Jakarta , CNN Indonesia - - Harga beras naik .", "CNN Indonesia", "Jakarta"),
        ("Kamis 09 Apr 2020\n\nJudul Berita\n\nREPUBLIKA.CO.ID, BERLIN -- Isi.", "Republika", "BERLIN"),
    ])
    func datelineNamesOutletAndPlace(text: String, outlet: String, place: String) throws {
        let evidence = read(text)
        let dateline = try #require(evidence.first { $0.signal == .dateline })
        #expect(summary([dateline]) == ["dateline:\(outlet)"])
        #expect(dateline.place == place)
    }

    @Test(arguments: [
        "Merdeka.com - Harga beras naik.", "AP - Police said the suspects fled.", "Suara.com – Harga naik.",
    ])
    func datelineWithoutPlace(text: String) throws {
        let dateline = try #require(read(text).first { $0.signal == .dateline })
        #expect(dateline.place == nil)
    }

    @Test(arguments: [
        "Harga naik di Kompas hari ini - kata dia.", "Seperti diberitakan Kompas.com - harga naik.",
        String(repeating: "Kalimat panjang tanpa nama. ", count: 100) + "\nJAKARTA, KOMPAS.com - Isi.",
    ])
    func noDatelineOutsideTheHeadShape(text: String) {
        #expect(!read(text).contains { $0.signal == .dateline })
    }

    @Test(arguments: [
        ("Harga beras naik pekan ini. (Antara)", "Antara"), ("Harga beras naik pekan ini. [ Antara ]", "Antara"),
        ("Harga beras naik pekan ini.\n-- AFP", "AFP"), ("Harga minyak turun pada Senin.\nReuter", "Reuters"),
        ("Harga beras naik pekan ini. (ant/sya)", "Antara"),
        ("Harga minyak turun pada Senin. (rtr)", "Reuters"),
        ("Harga beras naik.\n(Antara)\nBaca juga: Harga Turun", "Antara"),
    ])
    func signOffCreditsTheAgency(text: String, outlet: String) {
        #expect(summary(read(text).filter { $0.signal == .signOff }) == ["signOff:\(outlet)"])
    }

    // BUG: `onlyStaffCodes` counts the outlet's own closing `)` as depth -1, so the staff codes
    // after it read as text at depth 0 and the sign-off is lost (the doc's own `) (uu/sys)` example).
    @Test func signOffBeforeStaffCodes() {
        let text = "Harga beras naik pekan ini. (Antara) (uu/sys)"
        #expect(summary(read(text).filter { $0.signal == .signOff }) == ["signOff:Antara"])
    }

    @Test(arguments: [
        "Harga beras naik pekan ini. (uu/sys)", "Harga beras naik, kata pejabat Antara kepada warga.",
        "Harga beras naik. (Antara) " + String(repeating: "Kalimat lain menyusul di sini. ", count: 10),
    ])
    func noSignOff(text: String) {
        #expect(!read(text).contains { $0.signal == .signOff })
    }

    @Test(arguments: [
        ("Chicago Police Arrest Two Men (AP)", ["titleTag:AP"]),
        ("Harga Minyak Turun (Reuters) ", ["titleTag:Reuters"]),
        ("Film Baru Rilis (2024)", []), ("(AP) Police Arrest Two Men", []),
    ])
    func titleTagIsTheLastBracket(title: String, expected: [String]) {
        #expect(
            summary(read("Police arrested two men on Tuesday.", title: title).filter { $0.signal == .titleTag })
                == expected)
    }

    @Test func outletWithItsOwnAddressIsASelfAddress() {
        #expect(
            summary(
                read("Hal itu dikatakan kepada kumparan (kumparan.com), Senin.").filter { $0.signal == .selfAddress })
                == ["selfAddress:Kumparan"])
    }
}
