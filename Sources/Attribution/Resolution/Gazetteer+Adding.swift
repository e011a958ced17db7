import Foundation

extension Gazetteer {
    /// This gazetteer with the outlets of a user's table added.
    ///
    /// The table is tab-separated: a header line naming the columns `name`, `kind`, `aliases`
    /// and optionally `country`, `language`, `domains`, then one outlet a line (`#` lines are
    /// comments). Aliases are `;`-separated and take the markers of the built-in table (`=AP`
    /// exact case, `^Antara` capitalised, `detik*` a prefix family). A row whose name is a
    /// known outlet's replaces it; an alias or domain a known outlet has moves to the row's
    /// outlet. A later table overrides an earlier one so too. A row that cannot be read is an error naming its file and line, and nothing is
    /// added.
    public func adding(table text: String, path: String) throws(TableError) -> Gazetteer {
        let added = try Self.rows(path: path, text: text, layer: (rows.map(\.layer).max() ?? 0) + 1)
        let replaced = Set(added.map { Self.key($0.outlet.name) })
        let kept = rows.filter { !replaced.contains(Self.key($0.outlet.name)) }
        return try Gazetteer(rows: kept + added)
    }

    /// This gazetteer with the outlets of the table file at `url` added (see ``adding(table:path:)``).
    public func adding(contentsOf url: URL) throws(TableError) -> Gazetteer {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TableError(
                path: path, line: 0, message: "cannot read the file", fix: "check its path and permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TableError(path: path, line: 0, message: "the file is not UTF-8 text", fix: "save it as UTF-8")
        }
        return try adding(table: text, path: path)
    }
}
