import Testing

@testable import Attribution

/// Who speaks, seen through the `quoted` sources of short articles written for these tests.
@Suite struct SpeakerReaderTests {
    private func quoted(_ text: String) -> [String] {
        Fixture.trace(text).sources.filter { $0.roles.contains(.quote) && !$0.kind.isMedia }.map(\.name).sorted()
    }

    @Test(arguments: [
        // The lexicon: verbs beyond `kata` and `said`, in both orders.
        ("\"Stoknya cukup sampai Lebaran,\" imbuh Budi Santoso.", ["Budi Santoso"]),
        ("Menurut data itu, Rina Wulandari membenarkan bahwa stok beras menipis.", ["Rina Wulandari"]),
        ("\"The stock will last,\" added Jane Porter.", ["Jane Porter"]),
        ("Jane Porter lamented that the stock was thin.", ["Jane Porter"]),
        ("Jane Porter tweeted: \"The stock is thin.\"", ["Jane Porter"]),
        // Only verbs: `jelas` as "clearly", `added` with an object.
        ("Hasil lomba itu jelas Budi Santoso yang menang.", []),
        ("The club added Jane Porter to the squad on Monday.", []),
    ])
    func speechVerbsOfBothLanguages(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("\"Prices will rise,\" said GM chief executive Mary Barra.", ["Mary Barra"]),
        ("\"It is a scandal,\" said Sen. Richard Blumenthal (D-Conn.).", ["Richard Blumenthal"]),
        ("Sen. Rand Paul, R-Ky., said the bill would fail.", ["Rand Paul"]),
        ("Prices will rise this year, said Jay Gelb, an analyst at Fortis.", ["Jay Gelb"]),
        ("\"Prices will rise,\" said a US-based insurance expert.", []),
        ("Harga naik, kata salah seorang pedagang asal Kudus, Agus Salim.", ["Agus Salim"]),
        ("\"Sudah sampai,\" kata Kepala Dinas Pendidikan (Disdik) Mataram, Yusuf Rahman.", ["Yusuf Rahman"]),
        ("\"Harga naik,\" tutur vice president Garmin Dan Bartel.", ["Garmin Dan Bartel"]),
        // A comma between the role and the person.
        ("\"We can win,\" said Hertz chief economist, Steve Radley.", ["Steve Radley"]),
        ("\"Kolase itu dipamerkan,\" kata pemilik Museum Mahanandi, Johan Yan, di Denpasar.", ["Johan Yan"]),
        // The person after an owner's possessive.
        ("\"We are ready,\" said Microsoft's Mike Coleman.", ["Mike Coleman"]),
    ])
    func speakersAfterTheVerb(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        // A citation cue, then a role and the person.
        ("Prices will rise, according to federal prosecutor John Smith.", ["John Smith"]),
        ("Harga naik, menurut pengamat Faisal Basri.", ["Faisal Basri"]),
        ("Menurut juru bicara KPK, Febri Diansyah, penyidik sudah bekerja.", ["Febri Diansyah"]),
        // A group's noun as a role before a person's name.
        ("\"Harga naik,\" kata pengamat Faisal Basri.", ["Faisal Basri"]),
        // A body's noun before the body's name.
        ("Prices will rise, according to investment bank JP Morgan.", ["JP Morgan"]),
        ("\"Spam is rising,\" said security firm Sentrix.", ["Sentrix"]),
        // No role: the name after the comma is the subject of the clause.
        ("Menurut rencana, Stasiun Sudirman akan dibuka tahun depan.", []),
        ("According to the company, Acme Widgets sold more phones.", []),
        ("Menurut pelatih asal Argentina tersebut, Misbakus Solikin bermain baik.", []),
        // A pronoun or a brand after a group's noun names no one.
        ("\"Harga naik,\" ujar pengemudi Pajero.", []),
        ("Harga naik, menurut saya Huawei Nova lebih baik.", []),
        ("Prices will rise, according to police in Jakarta.", []),
    ])
    func aRoleBeforeTheNameAfterACitation(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test func aBodyNamedAfterItsNounIsABody() {
        let sources = Fixture.trace("Prices will rise, according to research firm Sentrix.").sources
        #expect(sources.map(\.kind) == [.organization])
    }

    @Test(arguments: [
        ("Andrew Beh, of brokers Fortis, said Acme and Widget Co were the likely bidders.", ["Andrew Beh"]),
        ("Munir al-Bursh, director general of the health ministry, said the road was closed.", ["Munir al-Bursh"]),
        ("Paul Connor, who chairs the panel, said the vote would go ahead.", ["Paul Connor"]),
        ("Budi Santoso yang juga Ketua RT mengatakan jalan itu rusak.", ["Budi Santoso"]),
        ("Jane Porter said on Monday that prices would rise.", ["Jane Porter"]),
        ("Ursula Lindqvist pada Februari mengatakan harga akan naik.", ["Ursula Lindqvist"]),
        ("The bank's spokesman, Arif Hidayat, said the plan was ready.", ["Arif Hidayat"]),
        ("Kepala Biro Humas, Nufransa Wirasakti, mengatakan rencana itu siap.", ["Nufransa Wirasakti"]),
        (
            "Rakun Mulyo dalam keterangan tertulis yang diterima di Jakarta, Rabu, mengatakan atlet siap.",
            [
                "Rakun Mulyo"
            ]
        ),
        ("Carlo De Casa, chief analyst Trademark menyatakan harga emas naik.", ["Carlo De Casa"]),
        // An appositive opening with a lower-case word, with dates and places in it.
        ("John Smith, speaking in Jakarta on Monday, said the bill would fail.", ["John Smith"]),
        ("Budi Santoso, saat ditemui di Jakarta, Senin, mengatakan harga naik.", ["Budi Santoso"]),
        ("Kolonel Bagus Amarullah, di Tanjungbalai, hari ini, mengatakan kapal itu tenggelam.", ["Bagus Amarullah"]),
        ("Speaking in Leeds Mr Kennedy said the party was ready.", ["Kennedy"]),
        ("Vanuatu's government has said it will continue the campaign.", ["Vanuatu's government"]),
        // A name right before a noun of one body names the body; a noun of many bodies, or
        // one after `a`, names no one.
        ("He spoke on Monday. The Labour party said the plan was wrong.", ["Labour party"]),
        ("The plan was late, the Spanish government said on Monday.", ["Spanish government"]),
        ("The plan was late, the German company said on Monday.", []),
        ("The plan was late, a US regulator said on Monday.", []),
        // A role between commas, capitalised or not, keeps the person before it.
        ("Ann Tolley, Liberal Democrat home affairs spokesman, said the plan was wrong.", ["Ann Tolley"]),
        ("Paul Brant, Labour's Chief Secretary to the Treasury, said the figures were clear.", ["Paul Brant"]),
        ("A spokeswoman for Hanover Re, Europe's largest reinsurance firm, estimated the cost.", ["Hanover Re"]),
        (
            "John Kelly, Acme senior vice president, Technology and Intellectual Property, said the chip was late.",
            ["John Kelly"]
        ),
        // A name with something else between it and the verb is the speaker, not the role.
        ("Kepala Desa Sukamaju, Sofyan kepada wartawan di Singkil, Sabtu menyatakan jalan rusak.", ["Sofyan"]),
        // The person after an owner's possessive; a body's own name keeps it.
        ("\"We are ready,\" Microsoft's Mike Coleman told reporters.", ["Mike Coleman"]),
        ("The Women's Institute said the plan was wrong.", ["Women's Institute"]),
        // A number's comma is no clause's.
        ("Paul Connor, who gave £15,000 to the panel, said the vote would go ahead.", ["Paul Connor"]),
    ])
    func speakersBeforeTheVerb(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("Analysts said the market would fall.", []),
        ("Pemerintah menegaskan bahwa harga tetap.", []),
        ("Medics said three people were hurt.", []),
        ("Forecasters said snow would fall overnight.", []),
        // A verb inside someone else's quotation starts no speaker.
        ("\"Joko Susilo mengatakan semuanya aman,\" kata Budi Santoso.", ["Budi Santoso"]),
        ("\"Mary Barra told us the plant would close,\" said Jane Porter.", ["Jane Porter"]),
        // A stance with a plain object reports no words; with a clause it does.
        ("Budi Santoso menolak usulan itu.", []),
        ("Budi Santoso menolak tuduhan bahwa ia korupsi.", ["Budi Santoso"]),
        ("Jane Porter rejected the offer.", []),
        // An infinitive has no speaker before it.
        ("Dana itu dipakai Budi Santoso untuk mendukung program sekolah.", []),
        // A denied verb reports no words; `secara tidak langsung` (indirectly) is no denial.
        ("Facebook sendiri belum membeberkan kapan fitur itu hadir.", []),
        ("Prime Minister Tony Blair has not confirmed the date of the election.", []),
        ("Bambang Pamungkas secara tidak langsung mengatakan bahwa tim siap.", ["Bambang Pamungkas"]),
        // A preposition opening the sentence is no part of a name.
        ("Despite this liking for search sites half of those questioned said they used portals.", []),
        ("Like Kazaa, the network grew fast. \"It works,\" he said.", []),
        ("Tentang Payfazz, Ery berpendapat bahwa layanan itu penting.", ["Ery"]),
    ])
    func noSpeakerWhereNoOneSpeaks(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        (
            "Joshua Harper, pendiri Kopi Kita, memulai usaha pada 2010.\nDia mengatakan usaha itu tumbuh cepat.",
            [
                "Joshua Harper"
            ]
        ),
        ("Karen Lowe runs a bakery in Leeds. She said sales had doubled.", ["Karen Lowe"]),
        ("\"We are ready,\" Acme's Karen Lowe told reporters. \"Sales doubled,\" she added.", ["Karen Lowe"]),
        (
            "Kepala Dinas Andi Rahman membuka acara.\nKepala Dinas itu mengatakan acara berjalan lancar.",
            [
                "Andi Rahman"
            ]
        ),
        // A surname whose full name came before is a person's name, nearer than another person.
        (
            "Imelda Staunton won the prize. Mike Leigh praised the cast. Staunton was surprised. \"It's lovely,\" she told reporters.",
            ["Staunton"]
        ),
        // No person before the pronoun: nobody is credited.
        ("Pasokan Listrik\n\"Listrik aman,\" kata dia.", []),
    ])
    func pronounsAndRolesPointBack(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("Kiechle said farmers would gain. \"We reject the deal,\" he said.", "Kiechle", 2),
        ("Budi mengatakan harga naik. \"Stok cukup,\" ujarnya. \"Tidak perlu panik,\" tambahnya.", "Budi", 3),
    ])
    func aPronounWithNoNameNearerStandsForTheLastSpeaker(text: String, speaker: String, mentions: Int) {
        let sources = Fixture.trace(text).sources.filter { $0.roles.contains(.quote) }
        #expect(sources.map(\.name) == [speaker])
        #expect(sources.first?.mentions.count == mentions)
    }

    /// A speech verb joined to an earlier verb of the same subject: the sentence's head speaks.
    @Test(arguments: [
        (
            "International Judo Federation officials considered action against him but concluded that no rule was broken.",
            ["International Judo Federation"]
        ),
        (
            "Presiden Joko Widodo meninjau lokasi banjir di Bekasi dan mengatakan bantuan segera datang.",
            ["Joko Widodo"]
        ),
        (
            "Mark Oaten visited the prison on Monday. He toured the cells and argued that the change would work.",
            ["Mark Oaten"]
        ),
        // One capitalised word may open any sentence; a modifier names someone else.
        ("Hodgson converted and added a penalty.", []),
        ("Sebagai informasi, perusahaan itu merevisi perkiraan dan memperingatkan risiko.", []),
        ("Internet monitoring firm WebSideStory has charted the growing use of the browser and says it will grow.", []),
    ])
    func aSpeechVerbAfterACoordinatorTakesTheSentencesSubject(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    /// Hard-wrapped wire copy breaks lines inside sentences, between a name and its verb.
    @Test func aSpeakerOnTheLineBeforeTheVerb() {
        let text = """
            NEW YORK, March 18 - American International Petroleum Corp
            said a law suit alleging breach of contract and
            misrepresentation has been filed against its subsidiary.
            """
        #expect(quoted(text) == ["American International Petroleum Corp"])
    }

    @Test(arguments: [
        ("\"Harga naik,\" kata Presiden Joko Widodo di Istana.", ["Joko Widodo"]),
        ("\"Harga naik,\" ujar Peneliti LSI Rully Akbar, Rabu.", ["Rully Akbar"]),
        ("Kabid Humas Polda Sumut Kombes Ferry Walintukan mengatakan tim sudah bergerak.", ["Ferry Walintukan"]),
        ("Menteri Luar Negeri Bahrain menegaskan bahwa negaranya netral.", ["Menteri Luar Negeri Bahrain"]),
        ("Presiden Joko Widodo atau Jokowi menuliskan bahwa perang harus berhenti.", ["Joko Widodo atau Jokowi"]),
        (
            "Health Minister Ong Ye Kung and Transport Minister Chee Hong Tat stated that it was impractical.",
            [
                "Chee Hong Tat", "Ong Ye Kung",
            ]
        ),
        (
            "Badan Meteorologi Klimatologi dan Geofisika memperkirakan hujan turun.",
            [
                "Badan Meteorologi Klimatologi dan Geofisika"
            ]
        ),
        // What a person belongs to is no part of their name; a body named with `of` stays whole.
        ("\"Rates will rise,\" said Mark Jones of Barclays Capital.", ["Mark Jones"]),
        ("Paul Martin of France said the dollar fell. \"We are worried,\" he said.", ["Paul Martin"]),
        ("The Bank of England said rates would rise.", ["Bank of England"]),
        ("The Duke of Edinburgh said he was pleased.", ["Duke of Edinburgh"]),
        ("The Syrian Observatory for Human Rights said ten people died.", ["Syrian Observatory for Human Rights"]),
        // A title that is a family name too, after `Mr` or a given name.
        ("The project takes three months, says Mr Dean.", ["Dean"]),
        ("Rick Dean is a director. \"There was a time,\" he said.", ["Rick Dean"]),
        ("The dean said the plan failed.", []),
        // Adverbs and an adjunct's object between the name and the verb.
        ("Budi Santoso kepada wartawan mengatakan bahwa harga naik.", ["Budi Santoso"]),
        ("Presiden Prabowo mulanya menjelaskan bahwa inflasi rendah.", ["Prabowo"]),
        ("Google sendiri mengaku bahwa fitur itu siap.", ["Google"]),
        // A middle initial stays inside the own name after a role.
        ("Telegraph Co chairman James E. Olson said the talks ended.", ["James E. Olson"]),
        ("Wakil Ketua KPK Laode M Syarif mengatakan kasus itu berlanjut.", ["Laode M Syarif"]),
    ])
    func peopleAreQuotedByTheirOwnNames(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("A study from Stanford University found that sleep improves memory.", ["Stanford University"]),
        ("University College London research suggests the limit saves lives.", ["University College London"]),
        ("Laporan dari Human Rights Watch menunjukkan bahwa represi meningkat.", ["Human Rights Watch"]),
        ("Hasil penelitian menunjukkan bahwa tidur penting.", []),
        ("The report said prices would rise.", []),
        ("Police found a body near the river.", []),
    ])
    func studiesAndReportsSpeakForTheirOwners(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        (
            "The post went viral.\nThe vote is rigged! - Jane Porter (@janeporter) May 5, 2024\nIt was shared.",
            [
                "Jane Porter"
            ]
        ),
        ("\"Kami siap.\" Budi Santoso (@budisantoso) menulis di akunnya.", ["Budi Santoso"]),
        ("Follow us at (@dailyplanet) for more.", []),
    ])
    func signaturesUnderPostsNameTheirAuthors(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("\"Kami periksa,\" kata juru bicara KPK Febri Diansyah di Jakarta.", ["Febri Diansyah"]),
        (
            "\"We will win,\" said Republicans for Ukraine spokesperson Gunner Ramer.",
            [
                "Gunner Ramer", "Republicans for Ukraine",
            ]
        ),
        ("Hanover Re spokeswoman Anna Schmidt said the losses were small.", ["Anna Schmidt", "Hanover Re"]),
        ("A Nippon Steel spokesman said the plant would close.", ["Nippon Steel"]),
        (
            "\"Serangan berlanjut,\" kata juru bicara Kementerian Pertahanan Rusia Mayor Jenderal Igor Konashenkov.",
            ["Igor Konashenkov"]
        ),
        // A title that is no spokesman names the person only.
        ("\"Harga naik,\" said Prudential Equity Group insurance analyst Jay Gelb.", ["Jay Gelb"]),
    ])
    func spokespeopleSpeakForTheirBodies(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("Anggota DPRD Andi Muhammad Salam awalnya menyampaikan bahwa PAD harus naik.", ["Andi Muhammad Salam"]),
        (
            "Haendel Rodriguez bahkan secara terang-terangan menuduh bahwa negara produsen minyak menghambat.",
            ["Haendel Rodriguez"]
        ),
        (
            "NEW YORK, March 2 - <Churchill Communications Corp> said it signed an agreement.",
            [
                "Churchill Communications Corp"
            ]
        ),
    ])
    func wordsBetweenTheSpeakerAndTheVerb(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        // `The court said`: the body named before, whatever the determiner's case.
        (
            "The Court of Appeals in Denver ruled on Monday. The court said the contract was void.",
            ["Court of Appeals"]
        ),
        ("The Court of Appeals in Denver ruled on Monday. the court said the contract was void.", ["Court of Appeals"]),
    ])
    func aBodyNamedBeforeItsNoun(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        // A plural noun points back to each body of the list heading a clause before.
        (
            "Tessar Labs and Quill Biotech halted the trial. The two firms said the data was safe.",
            [
                "Quill Biotech", "Tessar Labs",
            ]
        ),
        (
            "Tessar Labs and Quill Biotech halted the trial. Both companies said the data was safe.",
            [
                "Quill Biotech", "Tessar Labs",
            ]
        ),
        // No determiner, no reference: these may be other firms.
        ("Tessar Labs and Quill Biotech halted the trial. Two firms said the data was safe.", []),
        // A list inside a clause is mostly of things.
        ("Profits rose on strong sales of Avonex and Tysabri. The companies said the data was safe.", []),
        // Inside an adjunct, the speaker stands before it.
        ("Jane Porter and other donors in both parties said the rules were unfair.", ["Jane Porter"]),
    ])
    func aPluralBodyNounPointsBackToAList(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("Recent research by Jupiter Analytics suggested that sales would grow.", ["Jupiter Analytics"]),
        ("A study by Harvard University found that sleep matters.", ["Harvard University"]),
    ])
    func aDocumentsAuthorSpeaks(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test func aSpeakerTellingAnOutletIsQuotedAndTheOutletCited() {
        let trace = Fixture.trace("Budi Santoso told Reuters the deal was done.")
        #expect(trace.sourceRoles == ["Budi Santoso:quote", "Reuters:citation"])
    }

    @Test(arguments: [
        ("Singer George Michael has said he will tour again.", ["George Michael"]),
        ("\"We deserved it,\" said Arsenal striker Thierry Henry.", ["Thierry Henry"]),
        ("\"It was fun,\" said keyboard player Nick Rhodes.", ["Nick Rhodes"]),
    ])
    func aRoleOfSportOrTheArtsIsNoPartOfTheName(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("Early estimates from the World Bank put the aid needed at $5bn.", ["World Bank"]),
        ("Figures from the Commerce Department for November showed a rise.", ["Commerce Department"]),
        ("Sales grew 20%, according to figures released by the UK games trade body.", []),
    ])
    func figuresAndEstimatesCreditTheBodyThatMadeThem(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        (
            "Harga naik. Baca juga: Lagi, PT Kereta Api Kirim 250 Gerbong ke Malaysia \"Pembiayaan ini termasuk "
                + "kredit pembeli dan asuransi ekspor,\" ujar Direktur Utama LPEI Rina Wulandari kemarin.",
            ["Rina Wulandari"]
        ),
        (
            "Harga naik. Baca juga: Kemenhub Baru Serap 70 Persen Anggaran Tahun Ini Budi menambahkan, proyek "
                + "itu akan selesai tahun depan dan anggaran tambahan sudah disiapkan oleh pemerintah pusat.",
            ["Budi"]
        ),
    ])
    func aSpeakerAfterALinksHeadlineInAParagraphIsRead(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test(arguments: [
        ("An Investment Ministry official said the bank would be sold.", ["Investment Ministry"]),
        ("A Kremlin official has said the talks will go on.", ["Kremlin"]),
        ("A Saudi official said the talks had failed.", []),
        ("A Dutch spokesman added that the talks had failed.", []),
        ("One official said the talks had failed.", []),
    ])
    func aBodysOfficialSpeaksForIt(text: String, expected: [String]) {
        #expect(quoted(text) == expected)
    }

    @Test func aPassiveQuoteCreditsTheSpeakerAndTheOutlet() {
        let trace = Fixture.trace("Nicolas Anelka was quoted by the Daily Mail as saying he would leave.")
        #expect(trace.sourceRoles == ["Daily Mail:relay", "Nicolas Anelka:quote"])
        #expect(quoted("Jane Smith was quoted in a French newspaper as saying she would stay.") == ["Jane Smith"])
    }

    @Test func statisticsReadNoSpeakers() {
        let trace = Fixture.tracer.trace(
            Article(id: "s", text: "\"Stoknya cukup,\" imbuh Budi Santoso."), mentions: false, quotes: false)
        #expect(trace.sources.isEmpty)
    }
}
