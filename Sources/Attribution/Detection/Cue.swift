/// One phrase of the cue lexicon.
struct Cue: Sendable, Hashable {
    /// The phrase in lower case, words separated by single spaces.
    var phrase: String
    /// What the phrase says about the name next to it.
    var family: CueFamily
    /// `id` or `en`: the language the phrase belongs to.
    var language: String
    /// Scrapers glue this word to the next (`DilansirdetikNews`, `kepadadetikcom`): it may end
    /// inside a word when an outlet's name follows at once.
    var glues: Bool
    /// The phrase must start a line (`sumber:` footers, furniture headings).
    var lineStart: Bool
    /// For descriptors: the kind of outlet the descriptor introduces, if it introduces one.
    var outletKind: OutletKind?
}
