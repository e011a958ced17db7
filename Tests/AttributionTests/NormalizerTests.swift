import Testing

@testable import Attribution

@Suite struct NormalizerTests {
    private func normalized(_ text: String) -> String {
        let n = Fixture.normalize(text)
        return n.string(0..<n.count)
    }

    @Test(arguments: [
        ("Jakarta , CNN Indonesia - -", "Jakarta, CNN Indonesia --"),
        ("( ANTARA News )", "(ANTARA News)"),
        ("[ Antara ]", "[Antara]"),
        ("sumber : Antara", "sumber: Antara"),
        ("Foto : ANTARA / Seno", "Foto: ANTARA/Seno"),
        ("Harga naik . Benar ? Ya ! Lalu ; akhir", "Harga naik. Benar? Ya! Lalu; akhir"),
        ("REPUBLIKA.CO.ID, BERLIN -- Kemenlu", "REPUBLIKA.CO.ID, BERLIN -- Kemenlu"),
    ])
    func tokenizedSpacingIsUndone(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(arguments: [
        ("<Churchill Communications Corp> said it", "<Churchill Communications Corp> said it"),
        ("<p>Harga naik</p> <A HREF=\"x\">Reuters</A>", "Harga naik Reuters"),
        ("<B>Reuters</B> <br /> sold", "Reuters sold"),
    ])
    func wireCopyNamesInAngleBracketsAreNoTags(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(arguments: [
        ("“Kata” dia ‘ya’", "\"Kata\" dia 'ya'"),
        ("«Bonjour» „Hallo“", "\"Bonjour\" \"Hallo\""),
        ("2019–2020 — kata", "2019-2020 - kata"),
        ("minus −5", "minus -5"),
        ("CNN\u{00A0}Indonesia", "CNN Indonesia"),
        ("a\u{2009}b\u{3000}c", "a b c"),
        ("zero\u{200B}width\u{00AD}soft\u{FEFF}", "zerowidthsoft"),
    ])
    func unicodePunctuationBecomesASCII(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(arguments: [
        ("baris satu\\nbaris dua", "baris satu\nbaris dua"),
        ("a\\n\\n\\nb", "a\nb"),
        ("a \n \n b", "a\nb"),
        ("a\r\nb", "a\nb"),
        ("a\u{2028}b", "a\nb"),
        ("a \t  b", "a b"),
        ("\n\n  awal", "awal"),
        ("akhir  \n ", "akhir"),
        ("C:\\\\path", "C:\\\\path"),
    ])
    func whiteSpaceAndLineBreaks(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    /// Hard-wrapped copy: a single break inside a sentence, before a lower-case word, after a
    /// line of 40 bytes or more, is a space; a paragraph, a short line, a line that ends a
    /// sentence and a capitalised line keep their breaks.
    @Test(arguments: [
        (
            "NEW YORK, March 18 - American Petroleum Corp\nsaid a suit was filed.",
            "NEW YORK, March 18 - American Petroleum Corp said a suit was filed."
        ),
        (
            "The company, which makes valves and pumps,\nsaid it would grow.",
            "The company, which makes valves and pumps, said it would grow."
        ),
        (
            "NEW YORK, March 18 - American Petroleum Corp\n\nsaid a suit was filed.",
            "NEW YORK, March 18 - American Petroleum Corp\nsaid a suit was filed."
        ),
        ("Harga naik\nkata dia.", "Harga naik\nkata dia."),
        (
            "The company makes valves and pumps in Ohio.\nsaid it would grow.",
            "The company makes valves and pumps in Ohio.\nsaid it would grow."
        ),
        (
            "Jokowi Resmikan Jalan Tol Baru di Jawa Tengah\nKementerian PUPR menyatakan",
            "Jokowi Resmikan Jalan Tol Baru di Jawa Tengah\nKementerian PUPR menyatakan"
        ),
    ])
    func wrappedLinesJoin(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test(arguments: [
        ("Jakarta , ⟦CNN Indonesia⟧ - - harga", "CNN Indonesia"),
        ("( ⟦ANTARA News⟧ )", "ANTARA News"),
        ("dia ⟦“Kata”⟧ lagi", "\"Kata\""),
        ("tahun ⟦2019–2020⟧ lalu", "2019-2020"),
        ("😀 🎉 ⟦Reuters⟧", "Reuters"),
        ("⟦CNN\u{00A0}\u{00A0}Indonesia⟧", "CNN Indonesia"),
        ("teks\n\n⟦sumber : Antara⟧\n", "sumber: Antara"),
        ("⟦Jakarta , CNN Indonesia - -⟧ Harga", "Jakarta, CNN Indonesia --"),
        ("é ⟦Zürich — Genève⟧ ü", "Zürich - Genève"),
    ])
    func sourceRangeMapsBackExactly(fixture: String, needle: String) throws {
        let marked = Marked(fixture)
        let text = Fixture.normalize(marked.text)
        let bytes = Array(needle.utf8)
        let start = try #require(
            (0...(text.count - bytes.count)).first { Array(text.bytes[$0..<($0 + bytes.count)]) == bytes })
        let range = start..<(start + bytes.count)
        #expect(text.sourceRange(range) == marked.byteRanges[0])
        #expect(text.sourceString(range) == marked.spans[0])
    }

    @Test func originIsOneOffsetPerByteAndNeverGoesBack() throws {
        let source = "“Kutipan” —  dia  ( kata )\\nBaris 😀 baru\u{00A0}lagi"
        let text = Fixture.normalize(source)
        let origin = text.bytes.indices.map(text.origin(at:))
        #expect(text.source == Array(source.utf8))
        #expect(zip(origin, origin.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(origin.allSatisfy { $0 >= 0 && $0 < source.utf8.count })
        // Every byte of a character copied as it is maps to the character's start.
        let emoji = try #require(text.bytes.firstIndex(of: 0xF0))
        #expect((emoji..<(emoji + 4)).allSatisfy { origin[$0] == origin[emoji] })
    }

    @Test func emptyRangeMapsToAPoint() {
        let text = Fixture.normalize("“a” b")
        #expect(text.sourceRange(1..<1) == 3..<3)
        #expect(text.sourceRange(text.count..<text.count) == text.source.count..<text.source.count)
    }

    @Test func scalarOffsetsCountScalarsNotBytes() {
        let text = Fixture.normalize("é😀a")
        #expect(text.scalarOffset(ofByte: 0) == 0)
        #expect(text.scalarOffset(ofByte: 2) == 1)
        #expect(text.scalarOffset(ofByte: 6) == 2)
        #expect(text.scalarOffset(ofByte: 7) == 3)
    }

    @Test(
        arguments: [[0x61, 0xE2, 0x80], [0xF0, 0x9F], [0x80, 0x80, 0x61], [0x5C], [0x61, 0x5C, 0x6E]] as [[UInt8]])
    func truncatedOrStrayBytesEndTheScan(bytes: [UInt8]) {
        let text = Normalizer().normalize(bytes)
        #expect(text.bytes.indices.allSatisfy { text.origin(at: $0) < bytes.count })
        #expect(text.count <= bytes.count)
    }
}
