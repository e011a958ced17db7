/// One outlet as a table row gives it: the outlet, its aliases with their match rules, and
/// where the row stands, so that a conflict names both rows.
struct OutletRow: Sendable {
    /// One surface form and how it must match.
    struct Alias: Sendable {
        var form: String
        var rule: AliasCase
        /// A trailing `*`: the form followed by one or more letters (`detik*`).
        var prefixFamily: Bool
    }

    var outlet: Outlet
    var aliases: [Alias]
    var path: String
    var line: Int
    /// 0 for a built-in row; each table a user adds is one layer more. A row overrides the
    /// rows of lower layers that share its name or a key.
    var layer: Int

    /// The comparison keys the row claims: its name (also without a leading `The`), its
    /// aliases and its domains.
    var keys: [(key: String, form: String)] {
        var forms = [outlet.name]
        if outlet.name.hasPrefix("The ") { forms.append(String(outlet.name.dropFirst(4))) }
        forms += aliases.map(\.form) + outlet.domains
        return forms.map { (Gazetteer.key($0), $0) }
    }

    /// `file:line`.
    var location: String { "\(path):\(line)" }
}
