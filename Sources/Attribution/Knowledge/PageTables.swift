/// What the HTML reader knows about news pages, read from `page.tsv`: the class and id words of
/// page furniture, the names of article bodies, and the meta tags that give the article's
/// fields.
struct PageTables: Sendable {
    /// The lists of `page.tsv`.
    enum List: String, CaseIterable {
        case boilerplate, body, meta
    }

    /// The article fields a meta tag can give.
    enum Field: String, CaseIterable, Sendable {
        case outlet, url, date, title
    }

    /// Class and id words (lower case) that mark page furniture.
    let boilerplate: KeyTable
    /// Class and id names (lower case) of an article's body.
    let body: KeyTable
    /// Meta tag names (lower case) and the field each gives, best first.
    let meta: [(name: String, field: Field)]

    /// The built-in tables.
    static let standard = StandardTables.load { () throws(TableError) in
        try PageTables(path: StandardTables.page.path, text: StandardTables.page.text)
    }

    /// Reads a `list`, `word`, `value` table; each row is checked against its list.
    init(path: String, text: String) throws(TableError) {
        let table = try Table(
            path: path, text: text, required: ["list", "word"], optional: ["value"], filled: ["list", "word"],
            sectionColumn: "list")
        var boilerplate: Set<String> = []
        var body: Set<String> = []
        var meta: [(name: String, field: Field)] = []
        for row in table.rows {
            let name = table.cell(row, "list")
            let word = table.cell(row, "word")
            let value = table.cell(row, "value")
            guard let list = List(rawValue: name) else {
                throw TableError(
                    path: path, line: row.line, message: "unknown list '\(name)'",
                    fix: "the lists are \(List.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if word != word.lowercased() {
                throw TableError(
                    path: path, line: row.line, message: "'\(word)' has capital letters and can never match",
                    fix: "write it in lower case: names are compared after folding")
            }
            let fresh: Bool
            switch list {
            case .boilerplate, .body:
                guard value.isEmpty else {
                    throw TableError(
                        path: path, line: row.line, message: "the \(name) list takes no value",
                        fix: "empty the value cell")
                }
                fresh = list == .body ? body.insert(word).inserted : boilerplate.insert(word).inserted
            case .meta:
                guard let field = Field(rawValue: value) else {
                    throw TableError(
                        path: path, line: row.line, message: "unknown field '\(value)'",
                        fix: "the fields are \(Field.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                fresh = !meta.contains { $0.name == word }
                meta.append((word, field))
            }
            if !fresh {
                throw TableError(
                    path: path, line: row.line, message: "'\(word)' is in the \(name) list twice",
                    fix: "delete this row")
            }
        }
        self.boilerplate = KeyTable(words: boilerplate)
        self.body = KeyTable(words: body)
        self.meta = meta
    }
}
