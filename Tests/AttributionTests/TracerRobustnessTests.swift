import Testing

@testable import Attribution

/// A small deterministic generator (SplitMix64), so every run sees the same inputs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random articles stitched from the pieces real ones are made of: every scanning loop must
/// advance, every mention must slice the text, every edge must name a source.
@Suite(.timeLimit(.minutes(2))) struct TracerRobustnessTests {
    static let pieces = [
        "dilansir", "dari", "Dilansir", "detikNews", "dariAntara", "kepada", "detikcom", "seperti dikutip dari",
        "Reuters", "Reuter", "ANTARA", "(", ")", "[", "]", " ", "  ", "\n", "\\n", "-", "--", " - ", ",", ".", ":",
        "sumber", "Sumber :", "Foto:", "/", "Baca juga", "Berita Lainnya", "menurut laporan", "surat kabar",
        "Handelblatt", "The Strait Times", "kata", "Budi", "mengatakan", "“", "”", "—", "\u{00A0}", "\u{200B}", "😀",
        "é", "REPUBLIKA.CO.ID", "JAKARTA", "KOMPAS.com", "(ant/sya)", "AP", "according to", "the", "newspaper",
        "+1,25%", "6.543,21", "Suara.com", "kumparan", "(kumparan.com)", "demikian laporan", "AFP", "x", "{", "\"",
        "\\", "Advertisement", "siaran persnya", "told", "said", "Kemenlu", "@akun", "boldsky.com", "Zürich",
    ]

    static func article(_ generator: inout SplitMix) -> String {
        let count = Int.random(in: 0...60, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func randomArticlesKeepTheInvariants() {
        var generator = SplitMix(state: 20_240_514)
        for round in 0..<400 {
            let text = Self.article(&generator)
            let trace = Fixture.trace(text, id: "r\(round)")
            let scalars = Array(text.unicodeScalars)
            for mention in trace.sources.flatMap(\.mentions) + (trace.publisher?.mentions ?? []) {
                guard mention.start <= mention.end, mention.end <= scalars.count else {
                    Issue.record("mention \(mention) outside \(text.debugDescription)")
                    continue
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[mention.start..<mention.end])
                #expect(String(slice) == mention.text, "\(text.debugDescription)")
            }
            let names = Set(trace.sources.map(\.name) + [trace.publisher?.name].compactMap { $0 })
            #expect(
                trace.edges.allSatisfy { names.contains($0.from) && names.contains($0.to) }, "\(text.debugDescription)")
            #expect(trace.edges.allSatisfy { $0.from != $0.to })
        }
    }

    @Test func arbitraryBytesNormalizeAndScan() {
        var generator = SplitMix(state: 7)
        for _ in 0..<400 {
            let count = Int.random(in: 0...200, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator)
                    ? UInt8.random(in: 0...255, using: &generator)
                    : Array("dari Antara (\\n".utf8).randomElement(using: &generator)!
            }
            let text = Normalizer().normalize(bytes)
            #expect(text.bytes.indices.allSatisfy { text.origin(at: $0) < bytes.count })
            let hits = Fixture.scanner.hits(in: text)
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.end <= $1.start })
            #expect(hits.allSatisfy { $0.start < $0.end && $0.end <= text.count })
        }
    }

    @Test func longArticleIsTracedQuickly() {
        let paragraph = "Harga beras naik, kata Budi kepada detikcom, seperti dilansir dari Reuters. "
        let text = "Suara.com - " + String(repeating: paragraph, count: 3_000) + "(Antara)"
        let trace = Fixture.trace(text)
        #expect(trace.publisher?.name == "Suara")
        #expect(trace.syndicated == ["Antara"])
    }
}
