/// The word lists of `words.tsv`: which words each rule treats alike (titles, pronouns, month
/// names, signature codes), read from data so that they are extended without touching code.
struct WordLists: Sendable {
    /// Each list's entries, in table order.
    private let entries: [WordList: [(word: String, value: String)]]

    /// The built-in lists.
    static let standard = StandardTables.load { () throws(TableError) in
        try WordLists(path: StandardTables.words.path, text: StandardTables.words.text)
    }

    /// Reads a `list`, `word`, `value` table; each row is checked against its list.
    init(path: String, text: String) throws(TableError) {
        let table = try Table(
            path: path, text: text, required: ["list", "word"], optional: ["value"], filled: ["list", "word"],
            sectionColumn: "list")
        var entries: [WordList: [(word: String, value: String)]] = [:]
        for row in table.rows {
            let name = table.cell(row, "list")
            let word = table.cell(row, "word")
            let value = table.cell(row, "value")
            guard let list = WordList(rawValue: name) else {
                throw TableError(
                    path: path, line: row.line, message: "unknown list '\(name)'",
                    fix: "the lists are \(WordList.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if word.utf8.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) {
                throw TableError(
                    path: path, line: row.line, message: "'\(word)' has capital letters and can never match",
                    fix: "write it in lower case: words are compared after folding")
            }
            switch list.value {
            case .some(let shape) where !shape.accepts(value):
                throw TableError(
                    path: path, line: row.line, message: "the \(name) list needs a value: \(shape.shape)",
                    fix: "put it in the value cell")
            case .none where !value.isEmpty:
                throw TableError(
                    path: path, line: row.line, message: "the \(name) list takes no value", fix: "empty the value cell")
            default: break
            }
            if entries[list, default: []].contains(where: { $0.word == word }) {
                throw TableError(
                    path: path, line: row.line, message: "'\(word)' is in the \(name) list twice",
                    fix: "delete this row")
            }
            entries[list, default: []].append((word, value))
        }
        self.entries = entries
    }

    /// The words of `list`, in table order.
    func words(_ list: WordList) -> [String] {
        entries[list, default: []].map(\.word)
    }

    /// The words of `list` with their values, in table order.
    func pairs(_ list: WordList) -> [(word: String, value: String)] {
        entries[list, default: []]
    }

    /// The words of `list` as a set.
    func set(_ list: WordList) -> Set<String> {
        Set(words(list))
    }

    /// The words of `list` as a byte table, for lookups without a String per word.
    func table(_ list: WordList) -> KeyTable {
        KeyTable(words: words(list))
    }
}
