/// A knowledge table read from a tab-separated file.
///
/// Lines starting with `#` are comments and blank lines are skipped. The first other line names
/// the columns; each further line is a row of cells separated by tabs. A `## Title (a, b)` line
/// opens a section: each row after it must hold one of the values in parentheses in the table's
/// section column (a kind, a family, a list), so that rows never stray under a heading that
/// says otherwise.
struct Table: Sendable {
    /// One row: its line in the file and its cells, one per column of ``columns``.
    struct Row: Sendable {
        var line: Int
        var cells: [String]
    }

    let path: String
    let columns: [String]
    let rows: [Row]

    /// Reads `text`. `required` columns must be named by the header, `optional` ones may be,
    /// others are an error; the cells of `filled` columns may not be empty. With
    /// `sectionColumn`, each row must fit its section's values.
    init(
        path: String, text: String, required: [String], optional: [String] = [], filled: [String] = [],
        sectionColumn: String? = nil
    ) throws(TableError) {
        self.path = path
        var columns: [String]? = nil
        var rows: [Row] = []
        var section: (title: String, values: [String], line: Int)? = nil
        var sectionIndex: Int? = nil
        var text = text
        // Bytes, not Characters: the built-in tables hold thousands of rows, read at every start.
        var failure: TableError? = nil
        text.withUTF8 { bytes in
            do throws(TableError) {
                try read(bytes)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(TableError) {
            var number = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                let full = start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)
                let line = Self.trimmed(bytes, full)
                start = end + 1
                if line.isEmpty { continue }
                if bytes[line.lowerBound] == UInt8(ascii: "#") {
                    if line.count > 3, bytes[line.lowerBound + 1] == UInt8(ascii: "#"),
                        bytes[line.lowerBound + 2] == 0x20
                    {
                        section = Self.section(
                            String(decoding: bytes[(line.lowerBound + 3)..<line.upperBound], as: UTF8.self),
                            line: number)
                    }
                    continue
                }
                var cells: [String] = []
                var cellStart = full.lowerBound
                for i in full.lowerBound...full.upperBound where i == full.upperBound || bytes[i] == 0x09 {
                    cells.append(String(decoding: bytes[Self.trimmed(bytes, cellStart..<i)], as: UTF8.self))
                    cellStart = i + 1
                }
                guard let header = columns else {
                    let parsed = try Self.header(
                        cells, path: path, line: number, required: required, optional: optional)
                    columns = parsed
                    sectionIndex = sectionColumn.flatMap { parsed.firstIndex(of: $0) }
                    continue
                }
                guard cells.count <= header.count else {
                    throw TableError(
                        path: path, line: number,
                        message: "the row has \(cells.count) cells but the header names \(header.count) columns",
                        fix: "separate the cells \(header.joined(separator: ", ")) by one tab each")
                }
                if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
                for (index, column) in header.enumerated() where cells[index].isEmpty && filled.contains(column) {
                    throw TableError(
                        path: path, line: number, message: "the row has no \(column)", fix: "fill the cell")
                }
                if let sectionIndex, let section, !section.values.isEmpty, !section.values.contains(cells[sectionIndex])
                {
                    let name = header[sectionIndex]
                    throw TableError(
                        path: path, line: number,
                        message:
                            "a row of \(name) '\(cells[sectionIndex])' under the section '\(section.title)' "
                            + "(line \(section.line)), which holds \(section.values.joined(separator: ", "))",
                        fix: "move the row under a section of its \(name), or add it to the section's list")
                }
                rows.append(Row(line: number, cells: cells))
            }
        }
        guard let columns else {
            throw TableError(path: path, line: 0, message: "the table has no header line", fix: "name the columns")
        }
        self.columns = columns
        self.rows = rows
    }

    /// `range` without spaces, tabs and carriage returns at its ends.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D {
            upper -= 1
        }
        return lower..<upper
    }

    /// The cell of `column` in `row`, or "" when the table has no such column.
    func cell(_ row: Row, _ column: String) -> String {
        guard let index = columns.firstIndex(of: column) else { return "" }
        return row.cells[index]
    }

    /// Reads a section line: its title and the values in its closing parentheses.
    private static func section(_ text: String, line: Int) -> (title: String, values: [String], line: Int) {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, [], line) }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let values = inner.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return (trimmed[..<open].trimmingSpaces, values, line)
    }

    private static func header(
        _ cells: [String], path: String, line: Int, required: [String], optional: [String]
    ) throws(TableError) -> [String] {
        for cell in cells where !required.contains(cell) && !optional.contains(cell) {
            throw TableError(
                path: path, line: line, message: "unknown column '\(cell)' in the header",
                fix: "the columns are \((required + optional).joined(separator: ", "))")
        }
        for column in required where !cells.contains(column) {
            throw TableError(
                path: path, line: line, message: "the header names no '\(column)' column",
                fix: "the header line names the columns \(required.joined(separator: ", ")), separated by tabs")
        }
        var seen: [String] = []
        for cell in cells {
            if seen.contains(cell) {
                throw TableError(path: path, line: line, message: "the header names '\(cell)' twice")
            }
            seen.append(cell)
        }
        return cells
    }
}
