import Testing

@testable import Attribution

/// The HTML reader's tables read, and a bad row fails with its file and line.
@Suite struct PageTablesTests {
    @Test func builtInTablesRead() throws {
        _ = try PageTables(path: StandardTables.page.path, text: StandardTables.page.text)
        let entities = try EntityTable(path: StandardTables.entities.path, text: StandardTables.entities.text)
        func named(_ name: String) -> [UInt8]? {
            Array(name.utf8).withUnsafeBufferPointer { entities.bytes(named: $0) }
        }
        #expect(named("amp;") == Array("&".utf8))
        #expect(named("amp") == Array("&".utf8))
        #expect(named("hellip;") == Array("…".utf8))
        #expect(named("hellip") == nil)
    }

    private func pageError(_ rows: String) -> TableError? {
        do throws(TableError) {
            _ = try PageTables(path: "p.tsv", text: "list\tword\tvalue\n" + rows)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("furniture\tnav\t\n", "unknown list 'furniture'"), ("boilerplate\tNav\t\n", "capital letters"),
        ("meta\tog:site_name\tpublisher\n", "unknown field 'publisher'"), ("body\tx\ty\n", "takes no value"),
        ("boilerplate\tnav\t\nboilerplate\tnav\t\n", "twice"),
    ])
    func badRowsNameTheirLine(rows: String, message: String) throws {
        let error = try #require(pageError(rows))
        #expect(error.path == "p.tsv" && error.line == rows.split(separator: "\n").count + 1)
        #expect(error.description.contains(message))
    }

    @Test func badEntityRowsNameTheirLine() {
        #expect(throws: TableError.self) {
            try EntityTable(path: "e.tsv", text: "list\tword\tvalue\nentity\tamp;\tZZ\n")
        }
        #expect(throws: TableError.self) {
            try EntityTable(path: "e.tsv", text: "list\tword\tvalue\nentity\ta b\t26\n")
        }
    }
}
