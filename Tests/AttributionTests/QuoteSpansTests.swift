import Testing

@testable import Attribution

/// Quotations are found in one pass; a paragraph closes one left open.
@Suite struct QuoteSpansTests {
    private func spans(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            QuoteSpans(buffer).spans.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    @Test func quotationsAreTheTextBetweenQuotes() {
        #expect(spans("\"Harga naik,\" kata Budi. \"Stok cukup.\"") == ["Harga naik,", "Stok cukup."])
    }

    @Test func aParagraphClosesAQuotationLeftOpen() {
        #expect(spans("\"We will win.\nThe vote \"was close\".") == ["We will win.", "was close"])
    }

    @Test func aLineBrokenInsideASentenceKeepsTheQuotationOpen() {
        #expect(spans("\"Brazil is\nsuffering,\" the unit said.") == ["Brazil is\nsuffering,"])
    }

    @Test func aQuoteReopenedWithoutItsBreakStartsANewQuotation() {
        #expect(
            spans("He said: \"Your vote was wasted. \"What people need is a party.\" Then Fox said: \"No.\"") == [
                "Your vote was wasted. ", "What people need is a party.", "No.",
            ])
    }

    @Test func tokenizedQuotesTurnTheStateOver() {
        #expect(spans("\" Kami siap . \" kata Budi . \" Ya . \"") == [" Kami siap . ", " Ya . "])
    }

    @Test func aStrayClosingMarkOpensNothing() {
        #expect(spans("A 5\" screen, he said. \"Yes.\"") == ["Yes."])
    }

    @Test func positionsInsideAndClosingAreTold() {
        let text = Marked("\"Ada ⟦korban⟧,⟦\"⟧ kata Budi.")
        let bytes = Array(text.text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let quotes = QuoteSpans(buffer)
            #expect(quotes.contains(text.byteRanges[0].lowerBound))
            #expect(!quotes.contains(text.byteRanges[1].lowerBound))
            #expect(quotes.closes(at: text.byteRanges[1].lowerBound))
            #expect(!quotes.contains(bytes.count - 2))
        }
    }
}
