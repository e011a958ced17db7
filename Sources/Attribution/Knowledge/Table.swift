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
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if line.hasPrefix("## ") {
                section = Self.section(String(line.dropFirst(3)), line: number)
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard let header = columns else {
                columns = try Self.header(cells, path: path, line: number, required: required, optional: optional)
                continue
            }
            guard cells.count <= header.count else {
                throw TableError(
                    path: path, line: number,
                    message: "the row has \(cells.count) cells but the header names \(header.count) columns",
                    fix: "separate the cells \(header.joined(separator: ", ")) by one tab each")
            }
            let padded = cells + Array(repeating: "", count: header.count - cells.count)
            for (index, column) in header.enumerated() where filled.contains(column) && padded[index].isEmpty {
                throw TableError(path: path, line: number, message: "the row has no \(column)", fix: "fill the cell")
            }
            if let sectionColumn, let section, !section.values.isEmpty,
                let index = header.firstIndex(of: sectionColumn), !section.values.contains(padded[index])
            {
                throw TableError(
                    path: path, line: number,
                    message:
                        "a row of \(sectionColumn) '\(padded[index])' under the section '\(section.title)' "
                        + "(line \(section.line)), which holds \(section.values.joined(separator: ", "))",
                    fix: "move the row under a section of its \(sectionColumn), or add it to the section's list")
            }
            rows.append(Row(line: number, cells: padded))
        }
        guard let columns else {
            throw TableError(path: path, line: 0, message: "the table has no header line", fix: "name the columns")
        }
        self.columns = columns
        self.rows = rows
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
