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
    var aliases: [(form: String, outlet: Int, rule: AliasCase, prefixFamily: Bool, weak: Bool)] { storage.aliases }
    /// The rows read, kept so that a user's table can be added.
    var rows: [OutletRow] { storage.rows }
    /// Everything but the outlets, in one box: every article's readers hold a copy of the
    /// gazetteer, and a copy then costs one reference, not one for each of its tables.
    private let storage: Storage

    private final class Storage: Sendable {
        let aliases: [(form: String, outlet: Int, rule: AliasCase, prefixFamily: Bool, weak: Bool)]
        let rows: [OutletRow]
        /// Strong keys (names, aliases, domains that name the outlet anywhere), by key.
        let byKey: [String: Int]
        let table: KeyTable
        /// Weak keys (ordinary words: `metro`, `record`), that name an outlet only where the
        /// text speaks of media.
        let weakTable: KeyTable

        init(
            aliases: [(form: String, outlet: Int, rule: AliasCase, prefixFamily: Bool, weak: Bool)],
            rows: [OutletRow], byKey: [String: Int], table: KeyTable, weakTable: KeyTable
        ) {
            self.aliases = aliases
            self.rows = rows
            self.byKey = byKey
            self.table = table
            self.weakTable = weakTable
        }
    }

    /// The built-in gazetteer.
    public static let standard = StandardTables.load { () throws(TableError) in
        // The built-in files are read on every core at once (start-up is most of a short run's
        // time), then joined in their order, so that the table is the same in every process.
        let tables = StandardTables.outlets
        var parsed = [Result<[OutletRow], TableError>?](repeating: nil, count: tables.count)
        parsed.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: tables.count) { i in
                out[i] = Result { () throws(TableError) in
                    try Gazetteer.rows(path: tables[i].path, text: tables[i].text, layer: 0)
                }
            }
        }
        var rows: [OutletRow] = []
        for result in parsed { rows += try result!.get() }
        return try Gazetteer(rows: rows)
    }

    /// Builds the gazetteer over `rows`. A comparison key that two rows of one layer claim is an
    /// error naming both; between layers, the higher (a user's table over the built-in one) wins.
    init(rows: [OutletRow]) throws(TableError) {
        var owner: [String: Int] = [:]
        // The keys in the order claimed, so that the lookup table is the same in every process.
        var claims: [(String, Int)] = []
        // Keys a row lost to a row of a higher layer, by row.
        var overridden: [Int: Set<String>] = [:]
        // Higher layers claim their keys first; a lower row then loses only those. Keys derived
        // from a name are claimed after every key given outright.
        let order = rows.indices.sorted { (-rows[$0].layer, $0) < (-rows[$1].layer, $1) }
        for index in order {
            let row = rows[index]
            for (key, form, derived, _) in row.keys where !derived {
                guard let other = owner[key] else {
                    owner[key] = index
                    claims.append((key, index))
                    continue
                }
                if other == index { continue }
                if rows[other].layer > row.layer {
                    overridden[index, default: []].insert(key)
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
        for index in order {
            for (key, _, derived, _) in rows[index].keys where derived && owner[key] == nil {
                owner[key] = index
                claims.append((key, index))
            }
        }
        var aliases: [(String, Int, AliasCase, Bool, Bool)] = []
        for (index, row) in rows.enumerated() {
            let lost = overridden[index] ?? []
            for alias in row.aliases where lost.isEmpty || !lost.contains(Self.key(alias.form)) {
                aliases.append((alias.form, index, alias.rule, alias.prefixFamily, alias.weak))
            }
            for domain in row.outlet.domains where lost.isEmpty || !lost.contains(Self.key(domain)) {
                aliases.append((domain, index, .any, false, false))
            }
        }
        // A key is weak when the row that owns it claims it by a weak alias.
        var strong: [(String, Int)] = []
        var weak: [(String, Int)] = []
        for (key, index) in claims {
            if rows[index].keys.contains(where: { $0.key == key && $0.weak }) {
                weak.append((key, index))
            } else {
                strong.append((key, index))
            }
        }
        outlets = rows.map(\.outlet)
        storage = Storage(
            aliases: aliases.map { (form: $0.0, outlet: $0.1, rule: $0.2, prefixFamily: $0.3, weak: $0.4) },
            rows: rows, byKey: Dictionary(strong, uniquingKeysWith: { first, _ in first }),
            table: KeyTable(pairs: strong), weakTable: KeyTable(pairs: weak))
    }

    /// The outlet a name or alias denotes exactly (case, spaces and punctuation aside). An
    /// ordinary word that is also an outlet's name (`Metro`, `Record`) names it only when
    /// `mediaContext` says the text speaks of media there (a descriptor, `dilansir`, a footer).
    public func outlet(named name: some StringProtocol, mediaContext: Bool = false) -> Int? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ outlet(named: $0, mediaContext: mediaContext) }) {
            return found
        }
        return Array(name.utf8).withUnsafeBufferPointer { outlet(named: $0, mediaContext: mediaContext) }
    }

    /// The outlet the UTF-8 bytes of a name denote exactly; the key is built on the stack.
    func outlet(named name: UnsafeBufferPointer<UInt8>, mediaContext: Bool = false) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, name.count)) { key in
            let count = Self.key(name, into: key)
            let bytes = UnsafeBufferPointer(rebasing: key[..<count])
            return storage.table.value(for: bytes) ?? (mediaContext ? storage.weakTable.value(for: bytes) : nil)
        }
    }

    /// The index of the outlet whose canonical name is `name`.
    func index(ofCanonical name: String) -> Int? {
        outlets.firstIndex { $0.name == name }
    }

    /// The strong keys, for tolerant matching (ordinary words are not misspelt outlets).
    var keys: [String: Int] { storage.byKey }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        let bytes = utf8
        var first: UTF8View.Index? = nil
        var end = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            let byte = bytes[index]
            if byte != 0x20, byte != 0x09, byte != 0x0D {
                if first == nil { first = index }
                end = next
            }
            index = next
        }
        guard let first else { return "" }
        return String(decoding: bytes[first..<end], as: UTF8.self)
    }

    /// The `;`-separated items of a table cell, trimmed, empty ones left out.
    var listItems: [String] {
        var items: [String] = []
        var text = String(self)
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: ";") {
                var lower = start
                var upper = i
                while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper {
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
                }
                start = i + 1
            }
        }
        return items
    }
}
