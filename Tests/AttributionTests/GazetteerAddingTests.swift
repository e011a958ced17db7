import Testing

@testable import Attribution

/// A user's outlet table extends the built-in gazetteer without a rebuild.
@Suite struct GazetteerAddingTests {
    private let header = "name\tkind\taliases\tcountry\tlanguage\tdomains\n"

    @Test func aNewOutletIsTracedByItsAlias() throws {
        let gazetteer = try Gazetteer.standard.adding(
            table: header + "Warta Kampung\tnewspaper\tWarta Kampung Sebelah; =WKS\tID\tid\twartakampung.id\n",
            path: "local.tsv")
        let trace = Tracer(gazetteer: gazetteer).trace(
            Article(id: "a", text: "Harga beras naik, seperti dilansir WKS dan wartakampung.id."))
        #expect(trace.sources.map(\.name) == ["Warta Kampung"])
        #expect(trace.sources.first?.kind == .newspaper)
        #expect(gazetteer.outlets.count == Gazetteer.standard.outlets.count + 1)
    }

    @Test func aRowNamedLikeABuiltInOutletReplacesIt() throws {
        let gazetteer = try Gazetteer.standard.adding(
            table: "name\tkind\taliases\nAntara\tnewspaper\tAntara\n", path: "t")
        let antara = try #require(gazetteer.outlet(named: "Antara"))
        #expect(gazetteer.outlets[antara].kind == .newspaper)
        #expect(gazetteer.outlets.filter { $0.name == "Antara" }.count == 1)
        #expect(gazetteer.outlet(named: "LKBN Antara") == nil, "the replaced row's aliases go with it")
    }

    @Test func anAliasMovesFromABuiltInOutletToTheUsersOne() throws {
        let gazetteer = try Gazetteer.standard.adding(
            table: "name\tkind\taliases\nAP Photo Desk\tagency\tAP Photo\n", path: "t")
        let desk = try #require(gazetteer.outlet(named: "AP Photo"))
        #expect(gazetteer.outlets[desk].name == "AP Photo Desk")
        #expect(gazetteer.outlets[try #require(gazetteer.outlet(named: "Associated Press"))].name == "AP")
    }

    @Test func aLaterTableOverridesAnEarlierOne() throws {
        let first = try Gazetteer.standard.adding(
            table: "name\tkind\taliases\nKabar Desa\tonline\tKabar Desa\n", path: "a")
        let second = try first.adding(table: "name\tkind\taliases\nKabar Desa\tnewspaper\tKabar Desa\n", path: "b")
        #expect(second.outlets[try #require(second.outlet(named: "Kabar Desa"))].kind == .newspaper)
    }

    @Test func twoRowsOfOneTableClaimingAKeyAreAnError() {
        #expect(throws: TableError.self) {
            try Gazetteer.standard.adding(
                table: "name\tkind\taliases\nKabar Desa\tonline\tKabar\nKabar Kota\tonline\tKABAR\n", path: "t")
        }
    }

    @Test func aMissingColumnIsAnErrorAtTheHeader() throws {
        do {
            _ = try Gazetteer.standard.adding(table: "name\taliases\nX\tX\n", path: "t.tsv")
            Issue.record("a table without kind was read")
        } catch {
            #expect(
                error.description
                    == "t.tsv:1: the header names no 'kind' column; the header line names the columns name, kind, aliases, separated by tabs"
            )
        }
    }
}
