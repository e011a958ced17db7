/// The named character references of HTML (`&amp;`, `&eacute;`, `&hellip;`), read from
/// `entities.tsv`: each name, with its `;` when it has one, and the UTF-8 bytes it stands for.
struct EntityTable: Sendable {
    /// The longest name, `;` included.
    static let maximumLength = 33

    /// Each name's index into ``values``.
    private let names: KeyTable
    private let values: [[UInt8]]

    /// The built-in table.
    static let standard = StandardTables.load { () throws(TableError) in
        try EntityTable(path: StandardTables.entities.path, text: StandardTables.entities.text)
    }

    /// Reads an `entity <tab> name <tab> code points` table, the code points in hexadecimal.
    init(path: String, text: String) throws(TableError) {
        let table = try Table(
            path: path, text: text, required: ["list", "word", "value"], filled: ["list", "word", "value"],
            sectionColumn: "list")
        var entities: [String: Int] = [:]
        var values: [[UInt8]] = []
        for row in table.rows {
            let name = table.cell(row, "word")
            guard table.cell(row, "list") == "entity" else {
                throw TableError(path: path, line: row.line, message: "unknown list", fix: "the only list is entity")
            }
            guard name.utf8.count <= Self.maximumLength,
                name.utf8.allSatisfy({
                    ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ";")
                })
            else {
                throw TableError(
                    path: path, line: row.line, message: "'\(name)' is not a name of letters and digits",
                    fix: "write the name as it follows `&`, with its `;`")
            }
            var bytes: [UInt8] = []
            for hex in table.cell(row, "value").split(separator: " ") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw TableError(
                        path: path, line: row.line, message: "'\(hex)' is not a code point in hexadecimal",
                        fix: "write code points such as 26 or 1D504, separated by spaces")
                }
                bytes += Array(String(Character(scalar)).utf8)
            }
            guard entities.updateValue(values.count, forKey: name) == nil else {
                throw TableError(
                    path: path, line: row.line, message: "'\(name)' is named twice", fix: "delete this row")
            }
            values.append(bytes)
        }
        names = KeyTable(entities)
        self.values = values
    }

    /// The UTF-8 bytes a name (as it follows `&`, with its `;` if any) stands for.
    func bytes(named name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        names.value(for: name).map { values[$0] }
    }
}
