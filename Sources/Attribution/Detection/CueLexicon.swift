/// The cue phrases the tracer knows, read from the table `cues.tsv`.
struct CueLexicon: Sendable {
    /// Every cue, in table order; a cue's index is its identity.
    let cues: [Cue]

    /// The built-in lexicon: the cue table, then the speech verbs.
    static let standard = StandardTables.load { () throws(TableError) in
        try CueLexicon(tables: [StandardTables.cues, StandardTables.speechVerbs])
    }

    /// Reads a `phrase`, `family`, `language`, `flags` table; every row is checked.
    init(path: String, text: String) throws(TableError) {
        try self.init(tables: [(path, text)])
    }

    /// Reads several such tables as one lexicon, in order; a phrase may be a cue of one family
    /// once across them all.
    init(tables: [(path: String, text: String)]) throws(TableError) {
        var cues: [Cue] = []
        var seen: Set<String> = []
        for (path, text) in tables {
            let table = try Table(
                path: path, text: text, required: ["phrase", "family", "language"], optional: ["flags"],
                filled: ["phrase", "family", "language"], sectionColumn: "family")
            for row in table.rows {
                let cue = try Self.cue(table, row)
                guard seen.insert(cue.phrase + "\t" + cue.family.rawValue).inserted else {
                    throw TableError(
                        path: path, line: row.line,
                        message: "'\(cue.phrase)' is a \(cue.family.rawValue) cue twice", fix: "delete this row")
                }
                cues.append(cue)
            }
        }
        self.cues = cues
    }

    private static func cue(_ table: Table, _ row: Table.Row) throws(TableError) -> Cue {
        func failure(_ message: String, _ fix: String) -> TableError {
            TableError(path: table.path, line: row.line, message: message, fix: fix)
        }
        let phrase = table.cell(row, "phrase")
        let familyName = table.cell(row, "family")
        guard let family = CueFamily(rawValue: familyName) else {
            throw failure(
                "unknown family '\(familyName)'",
                "the families are \(CueFamily.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let language = table.cell(row, "language")
        guard WordList.Value.language.accepts(language) else {
            throw failure("unknown language '\(language)'", "write an ISO 639-1 code such as id or en")
        }
        if let reason = PhraseShape.neverMatches(phrase, caseSensitive: false) {
            throw failure("the phrase '\(phrase)' can never match: \(reason.message)", reason.fix)
        }
        var cue = Cue(phrase: phrase, family: family, language: language)
        for flag in table.cell(row, "flags").split(separator: " ").map(String.init) {
            if let known = CueFlags.names.first(where: { $0.name == flag }) {
                cue.flags.insert(known.flag)
            } else if flag.hasPrefix("outlet="), family == .descriptor {
                guard let kind = OutletKind(rawValue: String(flag.dropFirst(7))), kind.isMedia else {
                    throw failure(
                        "unknown outlet kind in '\(flag)'",
                        "write outlet=agency, newspaper, magazine, broadcaster or online")
                }
                cue.outletKind = kind
            } else if flag.hasPrefix("medium="), family == .relay {
                guard let words = Int(flag.dropFirst(7)), words > 0 else {
                    throw failure("'\(flag)' needs a number of words", "write medium=1, medium=3, ...")
                }
                cue.mediumWords = words
            } else {
                throw failure(
                    "unknown flag '\(flag)' for a \(familyName) cue",
                    "the flags are glue, line, weak, report, own, maker, direct, official, afterQuote, says, stance, "
                        + "mediaOnly, pollster, "
                        + "outlet=KIND (descriptors), "
                        + "medium=N (relays)")
            }
        }
        if family == .connector, !cue.glues {
            throw failure(
                "a connector is a hit only where it is glued, so it can never match without glue", "add the flag glue")
        }
        return cue
    }
}
