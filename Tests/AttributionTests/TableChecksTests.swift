import Foundation
import Testing

@testable import Attribution

/// The built-in tables read without an error, and the checks catch every kind of bad row with
/// its file and line. A failure here prints `file:line: what is wrong; how to fix it`.
@Suite struct TableChecksTests {
    /// Reads a built-in table, recording its error (with file:line and fix) as the test's failure.
    private func expectReads<T>(_ read: () throws(TableError) -> T) {
        do {
            _ = try read()
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func builtInTablesRead() {
        expectReads { () throws(TableError) in
            try CueLexicon(tables: [StandardTables.cues, StandardTables.speechVerbs])
        }
        expectReads { () throws(TableError) in
            try WordLists(path: StandardTables.words.path, text: StandardTables.words.text)
        }
        expectReads { () throws(TableError) in
            var rows: [OutletRow] = []
            for table in StandardTables.outlets {
                rows += try Gazetteer.rows(path: table.path, text: table.text, layer: 0)
            }
            return try Gazetteer(rows: rows)
        }
    }

    @Test func signatureCodesNameOutlets() {
        for (code, name) in WordLists.standard.pairs(.signatureCode) {
            #expect(
                Gazetteer.standard.index(ofCanonical: name) != nil, "signature code '\(code)' names no outlet '\(name)'"
            )
        }
    }

    /// Every file of `Sources/Attribution/Tables` is read by the code, so that no table is
    /// embedded and silently ignored.
    @Test func everyTableFileIsRead() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Attribution/Tables").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(files.sorted() == StandardTables.fileNames.sorted())
    }

    // MARK: Outlet tables

    private static let outletHeader = "name\tkind\tcountry\tlanguage\taliases\tdomains\n"

    private func outletError(_ rows: String) -> TableError? {
        do throws(TableError) {
            _ = try Gazetteer(rows: Gazetteer.rows(path: "t.tsv", text: Self.outletHeader + rows, layer: 0))
            return nil
        } catch {
            return error
        }
    }

    @Test func aKeyOfTwoOutletsNamesBothRows() throws {
        let error = try #require(
            outletError(
                "RTÉ\tbroadcaster\tIE\ten\tRTÉ News\trte.ie\nRT\tbroadcaster\tRU\ten\tRT News; RTE News\trt.com\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("'RTE News' of RT"))
        #expect(error.message.contains("'RTÉ News' of RTÉ at t.tsv:2"))
        #expect(error.message.contains("'rtenews'"))
    }

    @Test func accentsFoldInKeysSoRTIsNotRTE() {
        #expect(
            outletError("RTÉ\tbroadcaster\tIE\ten\tRTÉ News\trte.ie\nRT\tbroadcaster\tRU\ten\tRT News\trt.com\n") == nil
        )
        #expect(Gazetteer.key("RTÉ News") == "rtenews")
        #expect(Gazetteer.key("Télam") == Gazetteer.key("Telam"))
        let rt = Fixture.tracer.trace(Article(id: "a", text: "Harga minyak naik.", outlet: "RT News"))
        #expect(rt.publisher?.name == "RT")
    }

    @Test(arguments: [
        ("X\tpaper\tID\tid\tX\t\n", "unknown kind 'paper'"),
        ("X\tonline\tIndonesia\tid\tX\t\n", "unknown country 'Indonesia'"),
        ("X\tonline\tID\tind\tX\t\n", "unknown language 'ind'"),
        ("X\tonline\tID\tid\tX\tExample Com\n", "'Example Com' is no web domain"),
        ("X\tonline\tID\tid\t“Quoted” News\t\n", "can never match"),
        ("X\tonline\tID\tid\tX News \t\n", ""),
        ("X\tonline\tID\tid\tX\tx.com\textra\n", "the row has 7 cells"),
        ("\tonline\tID\tid\tX\t\n", "the row has no name"),
    ])
    func badOutletRowsAreErrors(row: String, message: String) throws {
        let error = outletError(row)
        if message.isEmpty {
            #expect(error == nil, "trailing spaces of a cell are trimmed")
        } else {
            let found = try #require(error)
            #expect(found.line == 2)
            #expect(found.message.contains(message), "\(found)")
            #expect(found.description.hasPrefix("t.tsv:2: "))
        }
    }

    @Test func aRowUnderASectionOfAnotherKindIsAnError() throws {
        let error = try #require(outletError("## Agencies (agency)\nX\tonline\tID\tid\tX\t\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("under the section 'Agencies' (line 2), which holds agency"))
    }

    // MARK: Cue tables

    private func cueError(_ rows: String) -> TableError? {
        do throws(TableError) {
            _ = try CueLexicon(path: "c.tsv", text: "phrase\tfamily\tlanguage\tflags\n" + rows)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("dilansir\trelayy\tid\t\n", "unknown family 'relayy'"),
        ("dilansir\trelay\tid\tgluey\n", "unknown flag 'gluey'"),
        ("kata\tspeech\tid\toutlet=newspaper\n", "unknown flag 'outlet=newspaper'"),
        ("koran\tdescriptor\tid\toutlet=paper\n", "unknown outlet kind"),
        ("Dilansir\trelay\tid\t\n", "capital letters"),
        ("menurut  laporan\tcitation\tid\t\n", "can never match"),
        ("kata ’nya\tspeech\tid\t\n", "can never match"),
        ("dari\tconnector\tid\t\n", "can never match without glue"),
        ("kata\tspeech\tid\t\nkata\tspeech\tid\t\n", "is a speech cue twice"),
    ])
    func badCueRowsAreErrors(rows: String, message: String) throws {
        let error = try #require(cueError(rows))
        #expect(error.message.contains(message), "\(error)")
        #expect(error.path == "c.tsv")
        #expect(error.line >= 2)
    }

    @Test func theSamePhraseMayServeTwoFamilies() {
        #expect(cueError("said\tspeech\ten\tafterQuote\nsaid\tspeechAfter\ten\t\n") == nil)
    }

    @Test func aCueTwiceAcrossTablesIsAnErrorOfTheSecond() throws {
        let header = "phrase\tfamily\tlanguage\tflags\n"
        var failure: TableError? = nil
        do throws(TableError) {
            _ = try CueLexicon(tables: [
                ("a.tsv", header + "kata\tspeech\tid\t\n"), ("b.tsv", header + "kata\tspeech\tid\t\n"),
            ])
        } catch {
            failure = error
        }
        let found = try #require(failure)
        #expect(found.path == "b.tsv")
        #expect(found.message.contains("is a speech cue twice"))
    }

    // MARK: Word lists

    private func wordsError(_ rows: String, header: String = "list\tword\tvalue\n") -> TableError? {
        do throws(TableError) {
            _ = try WordLists(path: "w.tsv", text: header + rows)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("titles\tpresiden\t\n", "unknown list 'titles'"),
        ("title\tPresiden\t\n", "capital letters"),
        ("month\tmaret\tthree\n", "needs a value"),
        ("zone\twib\t7\n", "needs a value"),
        ("title\tpresiden\tx\n", "takes no value"),
        ("title\tpresiden\t\ntitle\tpresiden\t\n", "twice"),
    ])
    func badWordRowsAreErrors(rows: String, message: String) throws {
        let error = try #require(wordsError(rows))
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func aHeaderWithAnUnknownColumnIsAnError() throws {
        let error = try #require(wordsError("title\tpresiden\t\n", header: "list\tword\tcolour\n"))
        #expect(error.line == 1)
        #expect(error.message.contains("unknown column 'colour'"))
    }
}
