/// One phrase of the cue lexicon.
struct Cue: Sendable, Hashable {
    /// The phrase in lower case, words separated by single spaces.
    var phrase: String
    /// What the phrase says about the name next to it.
    var family: CueFamily
    /// `id` or `en`: the language the phrase belongs to.
    var language: String
    /// What the table's flags say of the phrase.
    var flags: CueFlags = []
    /// For descriptors: the kind of outlet the descriptor introduces, if it introduces one.
    var outletKind: OutletKind? = nil
    /// For cues that only ever name a medium: the most words an unknown name after it may have
    /// to be taken for an outlet; 0 for other cues.
    var mediumWords = 0

    /// Scrapers glue this word to the next (`DilansirdetikNews`, `kepadadetikcom`): it may end
    /// inside a word when an outlet's name follows at once.
    var glues: Bool { flags.contains(.glue) }
    /// The phrase must start a line (`sumber:` footers, furniture headings).
    var lineStart: Bool { flags.contains(.line) }
}

/// The flags of a cue table row.
struct CueFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// `glue`: may run into the next word when an outlet's name follows.
    static let glue = CueFlags(rawValue: 1 << 0)
    /// `line`: must start a line.
    static let line = CueFlags(rawValue: 1 << 1)
    /// `weak`: introduces people as often as outlets (`menurut`).
    static let weak = CueFlags(rawValue: 1 << 2)
    /// `report`: the words speak of a report, so a name after them is a medium (`laporan`).
    static let report = CueFlags(rawValue: 1 << 3)
    /// `own`: an outlet of the article's language after it did its own reporting (`dikutip detikFinance`).
    static let own = CueFlags(rawValue: 1 << 4)
    /// `maker`: names the maker of the copy (`Copyright 2016 The Associated Press`): a source
    /// under another publisher, the publisher when the text shows none other.
    static let maker = CueFlags(rawValue: 1 << 5)
    /// `direct`: a credit that reads on without a colon (`Photo by`, `Read the full story on`).
    static let direct = CueFlags(rawValue: 1 << 6)

    /// `official`: an institution's own channel follows (`situs resmi FIFA`): a body, no medium.
    static let official = CueFlags(rawValue: 1 << 7)
    /// `afterQuote`: a speech verb that is also a noun, an adjective or a transitive verb
    /// (`tambah`, `added`): it names the speaker after it only right after a quotation or a comma.
    static let afterQuote = CueFlags(rawValue: 1 << 8)
    /// `says`: the phrase also reports the words of the name before it (`X told Reuters`,
    /// `X said on Monday`).
    static let says = CueFlags(rawValue: 1 << 9)
    /// `stance`: a verb of stance, judgement or manner (`mendukung`, `rejected`): its speaker
    /// counts only where words are reported with it.
    static let stance = CueFlags(rawValue: 1 << 10)
    /// `mediaOnly`: a report verb that credits only an outlet before it, no speaker
    /// (`Fox News aired`, but `Apple published its results` quotes no one).
    static let mediaOnly = CueFlags(rawValue: 1 << 11)
    /// `pollster`: for sponsor words, a body that is no outlet may stand before it and be
    /// quoted for its figures (`a Gallup poll`, `a Quinnipiac University survey`).
    static let pollster = CueFlags(rawValue: 1 << 12)

    /// The flags by their names in the table.
    static let names: [(name: String, flag: CueFlags)] = [
        ("glue", .glue), ("line", .line), ("weak", .weak), ("report", .report), ("own", .own), ("maker", .maker),
        ("direct", .direct), ("official", .official), ("afterQuote", .afterQuote), ("says", .says),
        ("stance", .stance), ("mediaOnly", .mediaOnly), ("pollster", .pollster),
    ]
}
