import Testing

@testable import Attribution

@Suite struct FurnitureMapTests {
    private func map(_ text: String) -> (NormalizedText, FurnitureMap) {
        let normalized = Fixture.normalize(text)
        let hits = Fixture.scanner.hits(in: normalized)
        return (normalized, FurnitureMap(text: normalized, hits: hits, lexicon: Fixture.lexicon))
    }

    private func offset(of needle: String, in text: NormalizedText) -> Int {
        let bytes = Array(needle.utf8)
        return (0...(text.count - bytes.count)).first { Array(text.bytes[$0..<($0 + bytes.count)]) == bytes } ?? -1
    }

    @Test(arguments: [
        "Harga naik.\nBaca juga: Harga Turun Menurut Reuters\nPara pedagang mengeluh.",
        "Harga naik.\nSimak juga: Harga Turun Menurut Reuters\nPara pedagang mengeluh.",
        "Harga naik.\nREAD MORE: Harga Turun Menurut Reuters\nPara pedagang mengeluh.",
        "Harga naik. Advertisement Harga Turun Menurut Reuters\nPara pedagang mengeluh.",
    ])
    func lineHeadingCoversTheRestOfItsLine(text: String) {
        let (normalized, furniture) = map(text)
        #expect(furniture.contains(offset(of: "Menurut Reuters", in: normalized)))
        #expect(!furniture.contains(offset(of: "Harga naik", in: normalized)))
        #expect(!furniture.contains(offset(of: "Para pedagang", in: normalized)))
        #expect(furniture.bodyEnd == normalized.count)
    }

    @Test func lineFurnitureStopsAfterAHeadlineLength() {
        // A line of capitalised words only shows no sentence's start: it is cut at a headline's length.
        let text = "Awal.\nBaca juga: " + String(repeating: "Kata ", count: 80) + "Akhir"
        let (normalized, furniture) = map(text)
        let start = offset(of: "Baca juga", in: normalized)
        #expect(furniture.contains(start + 100))
        #expect(!furniture.contains(start + FurnitureMap.maxLineFurniture + 10))
        #expect(!furniture.contains(offset(of: "Akhir", in: normalized)))
    }

    @Test func aLinkRunningIntoItsParagraphEndsWithItsHeadline() {
        let text =
            "Awal.\nBaca juga: Garuda Klaim Turunkan Harga Tiket Hampir di Seluruh Rute Apalagi perusahaan "
            + "tersebut berada dalam pasar yang sama, dan harga tiket di semua rute domestik sudah turun sejak pekan lalu."
        let (normalized, furniture) = map(text)
        #expect(furniture.contains(offset(of: "Seluruh Rute", in: normalized)))
        #expect(!furniture.contains(offset(of: "Apalagi", in: normalized)))
        #expect(!furniture.contains(offset(of: "pasar yang sama", in: normalized)))
    }

    @Test func blockHeadingEndsTheBody() {
        let (normalized, furniture) = map("Isi berita.\nBerita Lainnya\nJudul satu kata Reuters\nJudul dua")
        let block = offset(of: "Berita Lainnya", in: normalized)
        #expect(furniture.bodyEnd == block)
        #expect(furniture.contains(block) && furniture.contains(normalized.count - 1))
        #expect(!furniture.contains(block - 1))
    }

    @Test func bacaInsideASentenceIsProse() {
        // `baca` alone is furniture only at a line start; `mari baca buku` is prose.
        let (normalized, furniture) = map("Anak-anak mari baca buku setiap hari.")
        #expect(furniture.ranges.isEmpty)
        #expect(furniture.bodyEnd == normalized.count)
    }

    @Test func rangesAreSortedAndDisjoint() {
        let (_, furniture) = map("A.\nBaca juga: X\nB.\nLihat juga: Y\nC. Advertisement Z\nBerita Lainnya\nD")
        #expect(furniture.ranges.count >= 3)
        #expect(zip(furniture.ranges, furniture.ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    }
}
