import Testing

@testable import Attribution

/// A hit located in the text as given.
private struct Located {
    var range: Range<Int>
    var cues: [String]
    var outlet: String?
    var glued: Bool
}

private func located(_ text: String) -> [Located] {
    let normalized = Fixture.normalize(text)
    return Fixture.scanner.hits(in: normalized).map { hit in
        Located(
            range: normalized.sourceRange(hit.start..<hit.end), cues: hit.cues(Fixture.lexicon).map(\.phrase),
            outlet: hit.outlet(Fixture.gazetteer).map { Fixture.gazetteer.outlets[$0].name }, glued: hit.glued)
    }
}

@Suite struct CueScannerTests {
    /// One row per cue family and language: the marked span is exactly one hit with that phrase.
    static let cueRows: [(String, String)] = [
        // relay
        ("kata Smalling ⟦seperti dikutip dari⟧ Reuters, Senin.", "seperti dikutip dari"),
        ("Harga naik, ⟦dilansir dari⟧ Bloomberg.", "dilansir dari"),
        ("⟦Mengutip⟧ Xinhua, korban bertambah.", "mengutip"),
        ("Korban bertambah, ⟦seperti diberitakan⟧ Tempo.", "seperti diberitakan"),
        ("The talks failed, ⟦as reported by⟧ the BBC.", "as reported by"),
        ("The talks failed, ⟦citing⟧ Reuters.", "citing"),
        // citation
        ("⟦Menurut laporan⟧ Kyodo, gempa terjadi.", "menurut laporan"),
        ("Gempa itu ⟦dilaporkan⟧ NHK.", "dilaporkan"),
        ("Gempa itu ⟦dilaporkan oleh⟧ NHK.", "dilaporkan oleh"),
        ("⟦menurut laporan yang diturunkan oleh⟧ Kyodo", "menurut laporan yang diturunkan oleh"),
        ("⟦According to⟧ Reuters, the talks failed.", "according to"),
        ("⟦according to a report by⟧ the BBC", "according to a report by"),
        // report
        ("Kompas ⟦melaporkan⟧, harga naik.", "melaporkan"),
        ("Reuters ⟦reported⟧ on Monday.", "reported"),
        // closing
        ("⟦Demikian laporan⟧ AFP.", "demikian laporan"),
        // interview
        ("kata Budi ⟦kepada⟧ Kompas.", "kepada"),
        ("⟦dalam wawancara dengan⟧ CNN Indonesia", "dalam wawancara dengan"),
        ("the minister ⟦told⟧ Reuters.", "told"),
        ("⟦in an interview with⟧ CNN", "in an interview with"),
        // reporting and self-description
        ("⟦Pantauan⟧ detikcom di lokasi", "pantauan"),
        ("⟦saat dihubungi⟧ Kompas.com", "saat dihubungi"),
        ("DailySocial.id ⟦adalah portal berita⟧ teknologi", "adalah portal berita"),
        // data
        ("⟦berdasarkan data⟧ Bloomberg", "berdasarkan data"),
        ("⟦data from⟧ Bloomberg", "data from"),
        // footer
        ("Harga naik.\n⟦sumber⟧: Antara", "sumber"),
        ("Harga naik.\n⟦sumber⟧ : Antara", "sumber"),
        ("⟦Berita ini telah tayang di⟧ Kontan.co.id", "berita ini telah tayang di"),
        ("Prices rose.\n⟦Source⟧: Reuters", "source"),
        // photo
        ("⟦Foto⟧: ANTARA/Seno", "foto"),
        ("⟦Photo⟧: AFP", "photo"),
        // speech
        ("\"Kami siap,\" ⟦ujar⟧ Budi.", "ujar"),
        ("\"We are ready,\" ⟦said⟧ Smith.", "said"),
        ("Budi ⟦mengatakan⟧ harga naik.", "mengatakan"),
        ("Officials ⟦announced⟧ on Monday.", "announced"),
        // document
        ("dalam ⟦siaran pers⟧ Senin", "siaran pers"),
        ("dalam ⟦siaran persnya⟧ Senin", "siaran persnya"),
        ("⟦in a statement⟧ on Monday", "in a statement"),
        // descriptors and fillers
        ("menurut ⟦surat kabar⟧ Kompas", "surat kabar"),
        ("⟦kantor berita⟧ Xinhua", "kantor berita"),
        ("⟦the news agency⟧ said", "the news agency"),
        ("dalam ⟦laporan⟧ itu", "laporan"),
        // furniture
        ("Harga naik.\n⟦Baca juga⟧: Harga Turun", "baca juga"),
        ("Harga naik.\n⟦Read more⟧: Prices Fall", "read more"),
        ("Harga naik. ⟦Advertisement⟧ Harga turun.", "advertisement"),
        ("Harga naik.\n⟦Berita Lainnya⟧\nHarga turun", "berita lainnya"),
        // glued forms from scrapers
        ("⟦Dilansir⟧detikNewsdariAntara, harga naik.", "dilansir"),
        ("DilansirdetikNews⟦dari⟧Antara, harga naik.", "dari"),
        ("kata Budi ⟦kepada⟧detikcom, Senin.", "kepada"),
        ("harga naik, ⟦seperti dikutip dari⟧CNA, Senin.", "seperti dikutip dari"),
    ]

    @Test(arguments: cueRows)
    func cueIsOneHitOfItsPhrase(fixture: String, phrase: String) throws {
        let marked = Marked(fixture)
        let hits = located(marked.text)
        let span = marked.byteRanges[0]
        let hit = try #require(hits.first { $0.range == span }, "no hit at \(marked.spans[0]): \(hits.map(\.cues))")
        #expect(hit.cues.contains(phrase))
        #expect(hits.filter { $0.range.overlaps(span) }.count == 1)
    }

    @Test(arguments: ["Dilansir", "dari", "kepada", "seperti dikutip dari"])
    func gluedCuesSayTheyAreGlued(phrase: String) {
        let hits = located("DilansirdetikNewsdariAntara. kata Budi kepadadetikcom. seperti dikutip dariCNA.")
        #expect(hits.contains { $0.cues.contains(phrase.lowercased()) && $0.glued })
    }

    /// The marked span is an alias of the named outlet.
    static let outletRows: [(String, String)] = [
        ("Dilansir⟦detikNews⟧dariAntara", "Detik"),
        ("DilansirdetikNewsdari⟦Antara⟧", "Antara"),
        ("kata Budi kepada⟦detikcom⟧", "Detik"),
        ("seperti dikutip dari⟦CNA⟧, Senin", "CNA"),
        ("⟦REPUBLIKA.CO.ID⟧, BERLIN -- Harga", "Republika"),
        ("Jakarta (⟦ANTARA⟧) - Harga", "Antara"),
        ("( ⟦ANTARA News⟧ )", "Antara"),
        ("WASHINGTON (⟦AP⟧) - Prices", "AP"),
        ("seperti dikutip dari ⟦The Straits Times⟧.", "The Straits Times"),
        ("Harga minyak turun.\n⟦Reuter⟧", "Reuters"),
        ("pantauan ⟦detikJabar⟧ di lokasi", "Detik"),
        ("kata Trump kepada ⟦New York Post⟧", "New York Post"),
    ]

    @Test(arguments: outletRows)
    func outletAliasIsFound(fixture: String, outlet: String) throws {
        let marked = Marked(fixture)
        let hits = located(marked.text)
        let hit = try #require(hits.first { $0.range == marked.byteRanges[0] }, "hits: \(hits.map(\.range))")
        #expect(hit.outlet == outlet)
    }

    /// Ordinary words that only look like outlet names.
    @Test(arguments: [
        "jarak antara dua kota itu jauh", "Jepang menggelar rapat", "lihat map itu", "ap itu", "Ap itu",
        "dana APBN naik", "antaranya dua kota", "dalam tempo singkat", "suara rakyat", "merdeka atau mati",
        "kompas di tangan", "bisnis kecil",
    ])
    func wordsThatAreNoOutlet(text: String) {
        #expect(located(text).allSatisfy { $0.outlet == nil })
    }

    @Test func agencyAcronymMatchesOnlyInCapitals() {
        #expect(located("(AP) - Police").compactMap(\.outlet) == ["AP"])
        #expect(located("(ap) - police, Ap said").compactMap(\.outlet).isEmpty)
    }

    @Test func sumberCountsAsFooterOnlyAtALineStart() {
        #expect(located("Selasa lalu, sumber: Antara").allSatisfy { !$0.cues.contains("sumber") })
        #expect(located("Harga naik.\nsumber: Antara").contains { $0.cues.contains("sumber") })
    }

    @Test func hitsAreOrderedAndNeverOverlap() {
        let hits = located("Menurut laporan Kyodo, seperti dilansir dari Reuters, kata Budi kepada detikcom.")
        #expect(hits.count >= 6)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
    }

    /// Every phrase of the lexicon can be found at a line start, on its own or glued to an outlet.
    @Test(arguments: CueLexicon.standard.cues)
    func everyLexiconPhraseIsReachable(cue: Cue) {
        let text = cue.family == .connector ? "x \(cue.phrase)Antara" : "\(cue.phrase) Zyx"
        let hits = Fixture.scan(text)
        #expect(hits.contains { $0.cues.contains(cue.phrase) }, "\(cue.phrase) -> \(hits)")
    }
}
