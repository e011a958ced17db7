import Foundation

/// The outlets the tracer knows, read from the outlet tables (`Tables/outlets.tsv`), and
/// extended by a user's own tables without a rebuild.
///
/// ```swift
/// let gazetteer = try Gazetteer.standard.adding(contentsOf: URL(fileURLWithPath: "local.tsv"))
/// let tracer = Tracer(gazetteer: gazetteer)
/// ```
public struct Gazetteer: Sendable {
    /// Every outlet, in table order; an outlet's index is its identity.
    public let outlets: [Outlet]
    /// The surface forms to match, each with its outlet and case rule.
    let aliases: [(form: String, outlet: Int, rule: AliasCase, prefixFamily: Bool)]
    /// The rows read, kept so that a user's table can be added.
    let rows: [OutletRow]
    private let byKey: [String: Int]
    private let table: KeyTable

    /// The built-in gazetteer.
    public static let standard = StandardTables.load { () throws(TableError) in
        var rows: [OutletRow] = []
        for table in StandardTables.outlets {
            rows += try Gazetteer.rows(path: table.path, text: table.text, layer: 0)
        }
        return try Gazetteer(rows: rows)
    }

    /// Builds the gazetteer over `rows`. A comparison key that two rows of one layer claim is an
    /// error naming both; between layers, the higher (a user's table over the built-in one) wins.
    init(rows: [OutletRow]) throws(TableError) {
        var owner: [String: Int] = [:]
        var overridden: Set<String> = []
        // Higher layers claim their keys first; a lower row then loses only those.
        for index in rows.indices.sorted(by: { (-rows[$0].layer, $0) < (-rows[$1].layer, $1) }) {
            let row = rows[index]
            for (key, form) in row.keys {
                guard let other = owner[key] else {
                    owner[key] = index
                    continue
                }
                if other == index { continue }
                if rows[other].layer > row.layer {
                    overridden.insert("\(index) \(key)")
                    continue
                }
                let them = rows[other]
                let theirForm = them.keys.first { $0.key == key }?.form ?? them.outlet.name
                throw TableError(
                    path: row.path, line: row.line,
                    message:
                        "'\(form)' of \(row.outlet.name) and '\(theirForm)' of \(them.outlet.name) at "
                        + "\(them.location) share the comparison key '\(key)'",
                    fix: "an alias, domain or name may belong to one outlet only: drop or change one of them")
            }
        }
        var aliases: [(String, Int, AliasCase, Bool)] = []
        for (index, row) in rows.enumerated() {
            for alias in row.aliases where !overridden.contains("\(index) \(Self.key(alias.form))") {
                aliases.append((alias.form, index, alias.rule, alias.prefixFamily))
            }
            for domain in row.outlet.domains where !overridden.contains("\(index) \(Self.key(domain))") {
                aliases.append((domain, index, .any, false))
            }
        }
        self.rows = rows
        outlets = rows.map(\.outlet)
        self.aliases = aliases.map { (form: $0.0, outlet: $0.1, rule: $0.2, prefixFamily: $0.3) }
        byKey = owner
        table = KeyTable(owner)
    }

    /// The outlet a name or alias denotes exactly (case, spaces and punctuation aside).
    public func outlet(named name: some StringProtocol) -> Int? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ outlet(named: $0) }) { return found }
        return Array(name.utf8).withUnsafeBufferPointer { outlet(named: $0) }
    }

    /// The outlet the UTF-8 bytes of a name denote exactly; the key is built on the stack.
    func outlet(named name: UnsafeBufferPointer<UInt8>) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, name.count)) { key in
            let count = Self.key(name, into: key)
            return table.value(for: UnsafeBufferPointer(rebasing: key[..<count]))
        }
    }

    /// The index of the outlet whose canonical name is `name`.
    func index(ofCanonical name: String) -> Int? {
        outlets.firstIndex { $0.name == name }
    }

    /// All keys, for tolerant matching.
    var keys: [String: Int] { byKey }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return "" }
        let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D })!
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
