import Foundation
import Testing

@testable import Attribution

/// Pages come in as files (by ending or by their first byte), inside folders, on standard
/// input, and as JSON Lines records carrying `html` instead of `text`.
@Suite struct HTMLInputTests {
    private struct Bytes: ByteSource {
        var path: String
        var data: [UInt8]
        mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
            let n = min(count, data.count)
            buffer += data.prefix(n)
            data.removeFirst(n)
            return n
        }
    }

    private func articles(_ path: String, _ text: String) throws -> [Article] {
        try Drained([Bytes(path: path, data: Array(text.utf8))]).articles.map(\.article)
    }

    private let page =
        "<html><head><meta property=og:site_name content=Kompas.com></head><body><p>Isi &amp; berita.</p></body></html>"

    @Test(arguments: ["artikel.html", "artikel.HTM", "artikel", "-"])
    func aPageIsReadByItsEndingOrItsFirstByte(path: String) throws {
        let read = try articles(path, "\n  " + page)
        #expect(read.count == 1)
        #expect(read.first?.text == "Isi & berita.")
        #expect(read.first?.outlet == "Kompas.com")
        #expect(read.first?.isPage == true)
        #expect(read.first?.id == (path == "-" ? "stdin" : "artikel"))
    }

    @Test func aTextFileIsTextEvenIfItStartsWithABracket() throws {
        let read = try articles("a.txt", "<b>JAKARTA</b> - Isi.")
        #expect(read.first?.text == "<b>JAKARTA</b> - Isi." && read.first?.isPage == false)
    }

    @Test func aByteOrderMarkDoesNotHideTheFirstByte() throws {
        let jsonLines = try Drained([Bytes(path: "x", data: Array("\u{FEFF}{\"id\": \"a\"}\n".utf8))])
        #expect(jsonLines.batches.first?.format == .jsonLines)
        let html = try Drained([Bytes(path: "x", data: Array("\u{FEFF}<p>a</p>".utf8))])
        #expect(html.articles.first?.article.text == "a")
    }

    @Test func jsonLinesRecordsMayCarryHTMLAndTheirOwnFieldsWin() throws {
        let html = page.replacingOccurrences(of: "\"", with: "\\\"")
        let corpus = """
            {"id": "a", "html": "\(html)"}
            {"id": "b", "html": "\(html)", "outlet": "Tempo", "title": "Judul"}
            {"id": "c", "html": "<p>halaman</p>", "text": "teks menang"}
            {"id": "d", "html": 5}
            """
        let drained = try Drained([Bytes(path: "c.jsonl", data: Array(corpus.utf8))])
        let read = drained.articles.map(\.article)
        #expect(read.map(\.id) == ["a", "b", "c"])
        #expect(read[0].text == "Isi & berita." && read[0].outlet == "Kompas.com" && read[0].isPage)
        #expect(read[1].outlet == "Tempo" && read[1].title == "Judul")
        #expect(read[2].text == "teks menang" && !read[2].isPage)
        #expect(drained.errors.map(\.description) == ["c.jsonl:4: record has no \"text\" or \"html\" string"])
    }

    @Test func foldersIncludePages() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attribution-html-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(page.utf8).write(to: root.appendingPathComponent("b.htm"))
        try Data("Jakarta (ANTARA) - Isi.".utf8).write(to: root.appendingPathComponent("a.txt"))
        var read: [Article] = []
        CorpusRunner(paths: [root.path], jobs: 1).map({ $0 }, each: { read.append($0) })
        #expect(read.map(\.id) == ["a", "b"])
        #expect(read.map(\.isPage) == [false, true])
    }

    @Test func aPagesCharsetNoteIsAWarningOfTheTraceAndADiagnostic() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attribution-cs-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data([0x3C, 0x70, 0x3E, 0x43, 0x61, 0x66, 0xE9]).write(to: root)
        var runner = CorpusRunner(paths: [root.path], jobs: 1)
        var diagnostics: [String] = []
        runner.onDiagnostic = { diagnostics.append($0.description) }
        var traces: [Trace] = []
        runner.map({ Fixture.tracer.trace($0) }, each: { traces.append($0) })
        #expect(diagnostics.count == 1 && diagnostics[0].contains("read as windows-1252"))
        #expect(traces.first?.warnings.contains { $0.contains("read as windows-1252") } == true)
    }
}
