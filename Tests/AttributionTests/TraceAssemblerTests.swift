import Testing

@testable import Attribution

@Suite struct TraceAssemblerTests {
    /// Fixtures with curly quotes, emoji, NBSP and tokenized spacing before the mentions.
    static let texts = [
        "“Kutipan” 🎉 — harga naik, seperti dikutip dari Reuters, Senin.\n\nsumber : Antara",
        "Suara.com - 😀 “Harga” naik\u{00A0}lagi, kata Budi kepada CNN Indonesia. (Antara)",
        "REPUBLIKA.CO.ID, BERLIN -- «Ça va» — Zürich, menurut laporan surat kabar Handelblatt, Rabu.",
        "Jakarta , CNN Indonesia - - 👩‍👩‍👧 Harga beras naik . ( ANTARA News )",
        "Foto: ANTARA/Seno\n\n“Ya,” kata Menteri Luar Negeri Retno kepada detikcom.\\nDilansirdetikNewsdariAntara.",
    ]

    private func allMentions(_ trace: Trace) -> [Mention] {
        trace.sources.flatMap(\.mentions) + (trace.publisher?.mentions ?? [])
    }

    @Test(arguments: texts)
    func mentionOffsetsSliceTheTextAsGiven(text: String) {
        let trace = Fixture.trace(text)
        let scalars = Array(text.unicodeScalars)
        let mentions = allMentions(trace)
        #expect(!mentions.isEmpty)
        for mention in mentions {
            #expect(mention.start < mention.end && mention.end <= scalars.count)
            guard mention.start < mention.end, mention.end <= scalars.count else { continue }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(slice) == mention.text, "cue \(mention.cue)")
        }
    }

    @Test func mentionsCoverTheMarkedSpans() throws {
        let marked = Marked("⟦Suara.com -⟧ 😀 “Harga” naik, ⟦seperti dikutip dari Reuters⟧, Senin. “Ya.” ⟦(Antara)⟧")
        let trace = Fixture.trace(marked.text)
        let publisher = try #require(trace.publisher)
        #expect(publisher.mentions.map { $0.start..<$0.end } == [marked.scalarRanges[0]])
        let reuters = try #require(trace.sources.first { $0.name == "Reuters" })
        #expect(reuters.mentions.map { $0.start..<$0.end } == [marked.scalarRanges[1]])
        // The sign-off mention is the name, with or without its brackets.
        let antara = try #require(trace.sources.first { $0.name == "Antara" })
        #expect(antara.mentions.count == 1)
        #expect(
            antara.mentions.allSatisfy { marked.scalarRanges[2].clamped(to: $0.start..<$0.end) == $0.start..<$0.end })
        #expect(antara.mentions.allSatisfy { $0.text.contains("Antara") })
    }

    @Test func tokenizedMentionKeepsTheOriginalSpacing() throws {
        let trace = Fixture.trace("Harga beras naik pekan ini.\n\nsumber : Antara")
        let antara = try #require(trace.sources.first { $0.name == "Antara" })
        #expect(antara.mentions.map(\.text) == ["sumber : Antara"])
        #expect(antara.mentions.map(\.cue) == ["sumber"])
    }

    @Test func withoutMentionsNoneAreMade() {
        let trace = Tracer().trace(Article(id: "a", text: Self.texts[0]), mentions: false)
        #expect(!trace.sources.isEmpty)
        #expect(allMentions(trace).isEmpty)
    }

    @Test func sourcesRankMostConfidentFirstThenByName() {
        for text in Self.texts {
            let trace = Fixture.trace(text)
            let ranked = zip(trace.sources, trace.sources.dropFirst()).allSatisfy {
                $0.confidence > $1.confidence || ($0.confidence == $1.confidence && $0.name <= $1.name)
            }
            #expect(ranked)
            #expect(trace.sources.allSatisfy { (0...1).contains($0.confidence) && $0.roles == $0.roles.sorted() })
        }
    }

    @Test func confidencesHaveTwoDecimals() {
        for text in Self.texts {
            let trace = Fixture.trace(text)
            let values = trace.sources.map(\.confidence) + trace.edges.map(\.confidence)
            #expect(values.allSatisfy { ($0 * 100).rounded() / 100 == $0 })
        }
    }

    @Test func minimumConfidenceDropsSourcesAndTheirEdges() {
        let text = Self.texts[0]
        let all = Fixture.trace(text)
        guard let threshold = all.sources.map(\.confidence).max() else {
            Issue.record("no sources to drop")
            return
        }
        let strict = Tracer().trace(Article(id: "t", text: text), minConfidence: threshold)
        #expect(strict.sources.count < all.sources.count || all.sources.allSatisfy { $0.confidence == threshold })
        #expect(strict.sources.allSatisfy { $0.confidence >= threshold })
        let kept = Set(strict.sources.map(\.name) + [strict.publisher?.name].compactMap { $0 })
        #expect(strict.edges.allSatisfy { kept.contains($0.from) && kept.contains($0.to) })
        #expect(Tracer().trace(Article(id: "t", text: text), minConfidence: 1.01).sources.isEmpty)
    }

    @Test func quotedNamesMergeUnderTheFullest() {
        let trace = Fixture.trace(
            "Merdeka.com - Harga naik, kata Kementerian Luar Negeri Jerman. Larangan itu tegas, kata Kementerian Luar Negeri."
        )
        let quoted = trace.sources.filter { $0.roles == [.quote] }.map(\.name)
        #expect(quoted == ["Kementerian Luar Negeri Jerman"])
    }
}
