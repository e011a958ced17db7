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

/// Byte searches and word counts that replaced Foundation's on names and phrases.
@Suite struct NameTextTests {
    @Test func holdsFindsASCIINeedles() {
        #expect("seperti dilansir".holds("lansir"))
        #expect(!"dilansi".holds("lansir"))
        #expect("Jawa Barat dan Jawa Timur".holds(" dan "))
        #expect(!"".holds(" dan "))
        #expect("Kantor Berita Élysée/ant".holds("/"))
    }

    @Test func wordCountCountsRunsBetweenSpaces() {
        #expect(EvidenceReader.wordCount("") == 0)
        #expect(EvidenceReader.wordCount("Reuters") == 1)
        #expect(EvidenceReader.wordCount("  The  Daily Planet ") == 3)
    }

    @Test func nameKindsFromWordLists() {
        #expect(NameKind.of("Laporan Tahunan") == .document)
        #expect(NameKind.of("Kementerian Luar Negeri") == .organization)
        #expect(NameKind.of("Menteri Kesehatan") == .person)
        #expect(NameKind.of("KPU") == .organization)
        #expect(NameKind.of("Budi Santoso") == .person)
        #expect(NameKind.looksInstitutional("Bank Indonesia"))
        #expect(!NameKind.looksInstitutional("Reuters"))
        #expect(NameKind.isPlace("jawa barat dan jawa timur"))
        #expect(!NameKind.isPlace("jawa barat dan budi"))
    }
}
