/// Who a piece of evidence speaks of: a gazetteer outlet, or a name read from the text.
enum Subject: Sendable, Hashable {
    /// An outlet of the gazetteer, by index.
    case outlet(Int)
    /// A name the gazetteer does not know, with the kind its context suggests.
    case named(String, OutletKind)

    /// Whether the subject is a name the gazetteer does not know.
    var isNamed: Bool {
        if case .named = self { true } else { false }
    }

    /// Whether the subject is a media outlet: a gazetteer outlet, or a name read as one.
    var isMedia: Bool {
        switch self {
        case .outlet: true
        case .named(_, let kind): kind.isMedia
        }
    }

    /// A comparison key: outlets by identity, names case- and punctuation-blind.
    enum Key: Hashable {
        case outlet(Int)
        case named(String)
    }

    /// The subject's comparison key.
    var comparisonKey: Key {
        switch self {
        case .outlet(let index): .outlet(index)
        case .named(let name, _): .named(Gazetteer.key(name))
        }
    }
}

/// How a piece of evidence came to be.
enum Signal: Sendable, Hashable {
    /// A cue phrase of the lexicon.
    case cue(CueFamily)
    /// A dateline at the head of the body (`REPUBLIKA.CO.ID, BERLIN --`, `Jakarta (ANTARA) -`).
    case dateline
    /// An agency tag in the title (`... (AP)`).
    case titleTag
    /// A sign-off closing the body (`(Antara)`, `(ant/sya)`, `Reuter`).
    case signOff
    /// The publisher's own code in a signature line (`jpnn` of `(ant/dil/jpnn)`).
    case signature
    /// A name printed in page furniture (`Ikuti ... Republika.co.id`).
    case furniture
    /// A self-styled name with its own address (`kumparan (kumparan.com)`).
    case selfAddress
    /// The input record's `outlet` or `url`.
    case record
}

/// One thing the text says about a source, located in the normalized text.
struct Evidence: Sendable, Hashable {
    var subject: Subject
    var signal: Signal
    /// The normalized byte range of the mention (cue and name).
    var range: Range<Int>
    /// The label of the pattern that fired, as the trace reports it.
    var cueLabel: String
    /// How likely this evidence is right, before combination.
    var confidence: Double
    /// The name was resolved tolerantly (a misspelling).
    var fuzzy: Bool = false
    /// For dateline evidence: the place the dateline names.
    var place: String? = nil
    /// For cue evidence: the flags of the cue's table row.
    var flags: CueFlags = []
}
