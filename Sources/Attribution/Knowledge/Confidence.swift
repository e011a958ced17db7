/// Every confidence the tracer gives, in one place: how often a piece of evidence of each kind
/// was right on the gold sets, before the evidence for one source is combined
/// (`1 - Π(1 - c)`). They rank: a relay or a footer above a bare `menurut`, a dateline above a
/// name in page furniture.
enum Confidence {
    // Layout and record evidence.
    /// The input record's `outlet` or `url`.
    static let record = 0.99
    /// A dateline at the head of the body (`REPUBLIKA.CO.ID, BERLIN --`).
    static let dateline = 0.95
    /// A masthead line: the outlet alone on a line of the head, or with a date or a place.
    static let masthead = 0.8
    /// An agency tag closing the title (`(AP)`).
    static let titleTag = 0.9
    /// An agency sign-off closing the body (`(Antara)`, `Reuter`).
    static let signOff = 0.9
    /// An agency code of a signature line (`(ant/sya)`).
    static let signatureCode = 0.85
    /// An outlet followed by its own address (`kumparan (kumparan.com)`).
    static let selfAddress = 0.8
    /// An outlet's name in page furniture.
    static let furniture = 0.5
    /// An outlet a page's JSON-LD credits (`sourceOrganization`, an organization as `author`,
    /// the publisher of the work it `isBasedOn`): the publisher's own statement.
    static let pageCredit = 0.95

    // Cues naming an outlet.
    /// `dilansir X`, `via X`.
    static let relay = 0.9
    /// `dilansir detikNews dari AFP`: the outlet the relayed one took from.
    static let relayedVia = 0.85
    /// `menurut laporan X`, `according to X`.
    static let citation = 0.85
    /// A bare cue that introduces people as often as outlets (`menurut X`).
    static let weakCitation = 0.75
    /// `demikian laporan X`.
    static let closing = 0.85
    /// `berdasarkan data X`.
    static let data = 0.8
    /// A name no table or descriptor vouches for, after a cue that may name a medium.
    static let unvouchedName = 0.5
    /// `kepada X`, `told X`.
    static let interview = 0.8
    /// `pantauan X`, `saat dihubungi X`.
    static let reporting = 0.7
    /// `X melaporkan`, `X reported`.
    static let reportBefore = 0.8
    /// `X adalah portal berita`.
    static let selfDescription = 0.7
    /// `NME editor X`, `Royal Editor of the Daily Mirror`: the outlet's journalist is a source.
    static let affiliation = 0.7
    /// `MSNBC's Chris Matthews`: an outlet owning a person's name.
    static let possessive = 0.65
    /// `a CBS News poll`, `the AP's tally`: the outlet sponsors the figures.
    static let sponsor = 0.75
    /// `X mengatakan` where X is an outlet: the outlet reports.
    static let outletSpeaking = 0.55
    /// `kata detikcom`: a speech verb with an outlet after it, read as a statement to it.
    static let outletAfterSpeech = 0.7
    /// `sumber: X`, `Berita ini telah tayang di X`.
    static let footer = 0.95
    /// A footer's name resolved as a misspelling.
    static let misspeltFooter = 0.8
    /// A web address no table knows, in a footer, relay or photo credit.
    static let webAddress = 0.7
    /// A company or body listed in a footer: quoted.
    static let footerBody = 0.5
    /// `Foto: ANTARA/Seno`, `ANTARA FOTO/Seno`.
    static let photo = 0.9

    // People, bodies and documents quoted.
    /// `kata X`, `X mengatakan`, `menurut X` of a person or body.
    static let quote = 0.6
    /// `X melaporkan` where X is no outlet: X's words.
    static let quoteBeforeReport = 0.5
    /// `he said`, `ujarnya`, `the ministry said`: the person or body named before.
    static let quoteByReference = 0.45
    /// `— Jane Porter (@janeporter)`: the signature under an embedded post.
    static let signature = 0.7

    // Factors.
    /// The body a spokesperson speaks for (`EU spokesman Jonathan Todd`), against the person.
    static let spokesBodyFactor = 0.9
    /// A name resolved as a misspelling.
    static let misspeltFactor = 0.85
    /// A cue glued to the next word by a scraper.
    static let gluedFactor = 0.9
    /// An edge the text states inside one sentence (`X seperti dilansir R`).
    static let nestedEdgeFactor = 0.8
    /// An edge through the one intermediary the copy credits.
    static let umbrellaEdgeFactor = 0.7
    /// An edge to a person, body or document quoted.
    static let quoteEdgeFactor = 0.6
    /// An edge whose far end is not among the sources.
    static let edgeWithoutSource = 0.9
    /// The most a source's combined confidence is reported as.
    static let maximum = 0.99
}
