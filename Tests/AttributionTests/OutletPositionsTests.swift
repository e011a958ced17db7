import Testing

@testable import Attribution

/// Outlets credited as sources in every syntactic position, on sentences written for these tests.
@Suite struct OutletPositionsTests {
    private func media(_ text: String) -> [String] {
        let content: Set<Role> = [.syndication, .relay, .citation]
        return Fixture.tracer.trace(Article(id: "a", text: text)).sources
            .filter { source in source.kind.isMedia && source.roles.contains { content.contains($0) } }
            .map(\.name).sorted()
    }

    @Test(arguments: [
        ("The plan was leaked, NME editor Jane Doe said on Monday.", ["NME"]),
        ("The Times' music critic Jane Doe said the band was promising.", ["The Times"]),
        ("Jane Doe, Royal Editor of the Daily Star, shared the details.", ["Daily Star"]),
        ("Jane Doe, a writer for The Atlantic, said the plan was flawed.", ["The Atlantic"]),
        ("Hal itu disampaikan wartawan dari Kompas kepada para peserta.", ["Kompas"]),
        ("Koresponden AFP di kedua kota mendengar ledakan yang keras.", ["AFP"]),
        ("Dalam video itu, jurnalis CNN Matthew Chance mendengar ledakan.", ["CNN"]),
        ("Ledakan itu, menurut wartawan senior Budi Santoso, terdengar jauh.", []),
    ])
    func journalistsAffiliations(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    /// A paper named in full, then by its last word: one source. `The Times` of London stays
    /// itself alone, and beside a London paper of the same tail.
    @Test(arguments: [
        (
            "The Los Angeles Times reported that the bill stalled. The bill would pass, the Times said.",
            ["Los Angeles Times"]
        ),
        ("The bill would pass, the Times reported.", ["The Times"]),
        (
            "The Financial Times reported that the bill stalled. The bill would pass, the Times said.",
            ["Financial Times", "The Times"]
        ),
    ])
    func aPaperCalledByItsLastWord(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    /// `di` between a statement's speaker and a known outlet at the clause's end: the words
    /// stood in that outlet. A place, a platform, or a sentence running on is no source.
    @Test(arguments: [
        ("\"Saya membeli dua pasang,\" tutur Pogba di Esquire. \"Saya senang.\"", ["Esquire"]),
        ("\"Kami punya gaya bermain,\" kata Bartomeu di Bloomberg, Jumat.", ["Bloomberg"]),
        ("\"Kami siap,\" ujarnya di Bloomberg.", ["Bloomberg"]),
        ("\"Kami punya gaya bermain,\" kata Bartomeu di Jakarta.", []),
        ("\"Kami menang,\" kata Trump di Truth Social.", []),
        ("\"Kami siap,\" kata Bartomeu di Bloomberg Tower yang baru.", []),
    ])
    func theOutletAStatementStoodIn(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    @Test(arguments: [
        (
            "The firm will split in four, the Wall Street Journal and the Washington Post reported.",
            ["The Washington Post", "Wall Street Journal"]
        ),
        ("Republicans face pressure to pass aid, reports Axios.", ["Axios"]),
        ("The Sunset Post newspaper reports that the mayor resigned.", ["Sunset Post"]),
        ("Dilansir AFP, BBC, dan CNN, gempa itu menewaskan dua orang.", ["AFP", "BBC", "CNN"]),
        ("Menyadur laman VOA Indonesia, ledakan itu muncul setelah pengumuman.", ["Voice of America"]),
        ("The statement, as reported by state media CNA, was brief.", ["CNA"]),
        ("He told Portuguese newspaper Record that he would stay.", ["Record"]),
        ("Pictures published in the Daily Star revealed the notes.", ["Daily Star"]),
        ("Israeli Army Radio, citing a security source, said the strike hit a house.", ["Israeli Army Radio"]),
        ("He will step down in 2006, the Wall Street Journal said on Friday.", ["Wall Street Journal"]),
        ("He surrendered at a base near Tokyo, the Kyodo news service reported.", ["Kyodo"]),
        ("The captives would be freed, Al Arabiya television said.", ["Al Arabiya"]),
        ("Jakarta, Kompas -- Diberitakan oleh VOA Indonesia , kapal itu ditenggelamkan .", ["Voice of America"]),
        ("Jakarta, Kompas -- Kapal itu tenggelam, menurut laporan dari The Independent.", ["The Independent"]),
        ("Jakarta, Kompas -- \" Kami siap , \" ujar pelatih itu , pada Marca .", ["Marca"]),
        ("Jakarta, Kompas -- Demokrasi bertumpu pada kedaulatan rakyat dan konstitusi.", []),
        ("Jakarta, Kompas -- Diskon besar diberikan pada  Hari Belanja Online .", []),
    ])
    func outletsInEveryPosition(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    @Test(arguments: [
        ("Clinton leads by four points in a CBS News poll released Monday.", ["CBS News"]),
        ("An NBC/WSJ poll found a tighter race.", ["NBC News", "Wall Street Journal"]),
        ("She leads in a Washington Post-ABC News poll.", ["ABC News", "The Washington Post"]),
        ("She leads in a new CBS News/YouGov poll.", ["CBS News"]),
        ("Her lead in the RealClearPolitics average shrank.", ["RealClearPolitics"]),
        ("He has 1,100 delegates, according to the AP's tally.", ["AP"]),
        ("The senator laughed at the question.\n\n(h/t The Hill.)", ["The Hill"]),
        ("She leads, a Quinnipiac University poll found.", []),
        ("His average rose in the polls.", []),
        ("A Financial Times report said the bank was a target.", ["Financial Times"]),
        ("Officials denied a Washington Post story that the plan was approved.", ["The Washington Post"]),
        ("In the Cosmopolitan interview he spoke of his plans.", ["Cosmopolitan"]),
        ("The bank's annual report said profits rose.", []),
    ])
    func pollTallyReportAndInterviewSponsors(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    @Test(arguments: [
        ("She leads, a Quinnipiac University poll found.", ["Quinnipiac University"]),
        ("A new YouGov poll shows a tighter race.", ["YouGov"]),
        ("Gallup's survey found a tighter race.", ["Gallup"]),
        // A survey's own name, a sentence's first word before plural polls: no pollster.
        ("The Sloan Digital Sky Survey mapped the galaxies.", []),
        ("Opinion polls show a tighter race.", []),
    ])
    func aPollstersFiguresAreQuoted(text: String, expected: [String]) {
        let sources = Fixture.tracer.trace(Article(id: "a", text: text)).sources
        #expect(sources.map(\.name) == expected)
        #expect(sources.allSatisfy { $0.kind == .organization && $0.roles == [.quote] })
    }

    @Test(arguments: [
        ("The Guardian obtained the memo. The newspaper said the plan would fail.", ["The Guardian"]),
        ("Harian Kompas memuat dokumen itu. Surat kabar itu menyebutkan rencana gagal.", ["Kompas"]),
        // A paper is no broadcaster; a newspaper unnamed is no one.
        ("LONDON (Reuters) - Jane Porter spoke to CNN. The paper said the plan would fail.", ["CNN"]),
        ("A newspaper said the plan would fail.", []),
    ])
    func aMediaNounPointsBackToTheOutletNamedBefore(text: String, expected: [String]) {
        #expect(media(text) == expected)
    }

    @Test func anOutletsJournalistIsAPersonAndTheOutletASource() {
        let trace = Fixture.tracer.trace(Article(id: "a", text: "The mood was grim, MSNBC's Chris Matthews reported."))
        #expect(trace.sources.map(\.name).sorted() == ["Chris Matthews", "MSNBC"])
        #expect(trace.sources.first { $0.name == "MSNBC" }?.roles == [.citation])
        let after = Fixture.tracer.trace(Article(id: "c", text: "Costs rose, Jane Doe of the New York Times reported."))
        #expect(after.sources.map(\.name).sorted() == ["Jane Doe", "The New York Times"])
        #expect(after.sources.first { $0.name == "Jane Doe" }?.roles == [.quote])
        let body = Fixture.tracer.trace(
            Article(id: "b", text: "The outlook is stable, Moody's Investors Service said."))
        #expect(body.sources.map(\.name) == ["Moody's Investors Service"])
    }

    @Test(arguments: [
        "Independent power producer Jane Doe said prices would rise.",
        "Pemerintah bertemu pemimpin redaksi Merdeka saat itu.",
        "UPS and Deutsche Post said the deal was off.",
        "Hal itu disampaikan kata Pelaksana Harian dinas itu.",
    ])
    func noOutletWhereNoneIsCredited(text: String) {
        #expect(!media(text).contains { ["The Independent", "Deutsche Post", "Pelaksana Harian"].contains($0) })
    }
}
