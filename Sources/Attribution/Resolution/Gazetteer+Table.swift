extension Gazetteer {
    /// The kinds an outlet table row may name.
    static let tableKinds: [String: OutletKind] = [
        "agency": .agency, "newspaper": .newspaper, "magazine": .magazine, "broadcaster": .broadcaster,
        "online": .online, "social": .social, "stock": .organization, "government": .government,
        "organization": .organization,
    ]

    /// Reads the rows of an outlet table: `name`, `kind`, `aliases`, and optionally `country`,
    /// `language`, `domains` (a built-in table, of layer 0, has all six).
    static func rows(path: String, text: String, layer: Int) throws(TableError) -> [OutletRow] {
        let isUser = layer > 0
        let optional = ["country", "language", "domains"]
        let table = try Table(
            path: path, text: text, required: ["name", "kind", "aliases"] + (isUser ? [] : optional),
            optional: isUser ? optional : [], filled: ["name", "kind"] + (isUser ? [] : ["country", "language"]),
            sectionColumn: "kind")
        var rows: [OutletRow] = []
        for row in table.rows {
            rows.append(try outletRow(table, row, layer: layer))
        }
        return rows
    }

    private static func outletRow(_ table: Table, _ row: Table.Row, layer: Int) throws(TableError) -> OutletRow {
        let isUser = layer > 0
        func failure(_ message: String, _ fix: String) -> TableError {
            TableError(path: table.path, line: row.line, message: message, fix: fix)
        }
        let name = table.cell(row, "name")
        let kindName = table.cell(row, "kind")
        guard let kind = tableKinds[kindName] else {
            throw failure(
                "unknown kind '\(kindName)'", "the kinds are \(tableKinds.keys.sorted().joined(separator: ", "))")
        }
        var country = table.cell(row, "country")
        if country.isEmpty, isUser { country = "--" }
        guard country == "--" || (country.utf8.count == 2 && country.utf8.allSatisfy { $0 &- UInt8(ascii: "A") < 26 })
        else {
            throw failure("unknown country '\(country)'", "write an ISO 3166-1 alpha-2 code such as ID, or --")
        }
        let language = table.cell(row, "language")
        guard language.isEmpty && isUser || WordList.Value.language.accepts(language) else {
            throw failure("unknown language '\(language)'", "write an ISO 639-1 code such as id or en")
        }
        var aliases: [OutletRow.Alias] = []
        for raw in table.cell(row, "aliases").listItems {
            aliases.append(try alias(raw, failure))
        }
        let domains = table.cell(row, "domains").listItems
        for domain in domains
        where !domain.utf8.contains(UInt8(ascii: ".")) || domain.utf8.contains(where: { $0 == 0x20 || $0 &- 65 < 26 }) {
            throw failure("'\(domain)' is no web domain", "write it in lower case, without spaces: example.com")
        }
        guard !Gazetteer.key(name).isEmpty else {
            throw failure("the name '\(name)' has no letters or digits", "write the outlet's name")
        }
        let outlet = Outlet(
            name: name, kind: kind, country: country, language: language, aliases: aliases.map(\.form),
            domains: domains, isStockImagery: kindName == "stock")
        // `WalesOnline` is also written `Wales Online`: each one-word name in camel case matches
        // spaced and capitalised, but as ordinary words do (`Kabinet Merah Putih` is no
        // `MerahPutih`): next to a cue, a descriptor, or as a masthead.
        var matched = aliases
        for form in [name] + aliases.filter({ !$0.weak && !$0.prefixFamily && $0.rule != .exact }).map(\.form) {
            guard let spaced = spacedCamelCase(form), !matched.contains(where: { $0.form == spaced }) else { continue }
            matched.append(
                OutletRow.Alias(form: spaced, rule: .capitalized, prefixFamily: false, weak: true, derived: true))
        }
        // Tokenized corpora space out hyphens (`Al - Jazeera`, `WJZ - TV`): a hyphenated name of
        // capitalised parts matches so too, in its own case.
        for form in [OutletRow.Alias(form: name, rule: .any, prefixFamily: false, weak: false, derived: false)]
            + aliases
        where !form.prefixFamily {
            guard let spaced = spacedHyphens(form.form), !matched.contains(where: { $0.form == spaced }) else {
                continue
            }
            matched.append(
                OutletRow.Alias(form: spaced, rule: .exact, prefixFamily: false, weak: form.weak, derived: true))
        }
        return OutletRow(outlet: outlet, aliases: matched, path: table.path, line: row.line, layer: layer)
    }

    /// `Al-Jazeera` as `Al - Jazeera`: a form whose hyphens each join two parts that start with
    /// a capital letter (`i-D` and `Hi-tech` stay as they are); nil for any other form.
    static func spacedHyphens(_ form: String) -> String? {
        let bytes = Array(form.utf8)
        guard bytes.contains(UInt8(ascii: "-")) else { return nil }
        var out: [UInt8] = []
        for (i, byte) in bytes.enumerated() {
            guard byte == UInt8(ascii: "-") else {
                out.append(byte)
                continue
            }
            guard i > 0, i + 1 < bytes.count, CueScanner.isWordByte(bytes[i - 1]),
                bytes[i + 1] &- UInt8(ascii: "A") < 26
            else { return nil }
            var start = i - 1
            while start > 0, CueScanner.isWordByte(bytes[start - 1]) { start -= 1 }
            guard bytes[start] &- UInt8(ascii: "A") < 26 else { return nil }
            out.append(contentsOf: [0x20, byte, 0x20])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `WalesOnline` as `Wales Online`: a word of letters that starts with a capital and has a
    /// capital after a lower-case letter, split there, each part at least three letters long
    /// (`McClatchy` and `LinkedIn` stay whole); nil for any other form.
    static func spacedCamelCase(_ form: String) -> String? {
        let bytes = Array(form.utf8)
        guard let first = bytes.first, first &- UInt8(ascii: "A") < 26,
            bytes.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 })
        else { return nil }
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        for i in 1..<bytes.count where bytes[i] &- UInt8(ascii: "A") < 26 && bytes[i - 1] &- UInt8(ascii: "a") < 26 {
            parts.append(bytes[start..<i])
            start = i
        }
        parts.append(bytes[start...])
        guard parts.count > 1, parts.allSatisfy({ $0.count >= 3 }) else { return nil }
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// An alias with its markers: `?` weak (only next to a cue or descriptor), then `=` exact case
    /// or `^` capitalised, and a trailing `*` for a prefix family.
    private static func alias(_ raw: String, _ failure: (String, String) -> TableError) throws(TableError)
        -> OutletRow.Alias
    {
        // Markers are ASCII: read them on the bytes.
        var bytes = Array(raw.utf8)[...]
        var rule = AliasCase.any
        let weak = bytes.first == UInt8(ascii: "?")
        if weak { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "=") {
            rule = .exact
            bytes = bytes.dropFirst()
        } else if bytes.first == UInt8(ascii: "^") {
            rule = .capitalized
            bytes = bytes.dropFirst()
        }
        let family = bytes.last == UInt8(ascii: "*")
        if family { bytes = bytes.dropLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        if let reason = PhraseShape.neverMatches(text, caseSensitive: true) {
            throw failure("the alias '\(raw)' can never match: \(reason.message)", reason.fix)
        }
        guard Gazetteer.hasKey(bytes) else {
            throw failure(
                "the alias '\(raw)' has no letters or digits a key is made of",
                "write the outlet's name as the text has it")
        }
        return OutletRow.Alias(form: text, rule: rule, prefixFamily: family, weak: weak)
    }
}
