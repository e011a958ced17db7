/// The word lists of `words.tsv` that the rules read; the raw value is the list's name there.
enum WordList: String, Sendable, CaseIterable {
    case organization, document, title, place, joiner
    case leadingNoise = "leading-noise"
    case adverb
    case timeWord = "time-word"
    case pronoun
    case titleAbbreviation = "title-abbreviation"
    case abbreviation
    case partyLetter = "party-letter"
    case personPronoun = "person-pronoun"
    case bodyPronoun = "body-pronoun"
    case pronounSuffix = "pronoun-suffix"
    case demonstrative, relative, adjunct
    case bodyNoun = "body-noun"
    case namedBodyNoun = "named-body-noun"
    case determiner
    case placeWord = "place-word"
    case contentOpener = "content-opener"
    case aliasJoiner = "alias-joiner"
    case officeWord = "office-word"
    case spokesTitle = "spokes-title"
    case mannerOpener = "manner-opener"
    case anonymousCredit = "anonymous-credit"
    case signatureCode = "signature-code"
    case gluedConnector = "glued-connector"
    case via, article
    case listJoiner = "list-joiner"
    case verbCoordinator = "verb-coordinator"
    case surnameTitle = "surname-title"
    case negation = "negation"
    case negationLift = "negation-lift"
    case photoWord = "photo-word"
    case ownInterviewLanguage = "own-interview-language"
    case functionWord = "function-word"
    case month, zone
    case mediaWord = "media-word"
    case outletHead = "outlet-head"
    case outletHeadFirst = "outlet-head-first"
    case affiliationJoiner = "affiliation-joiner"
    case webSuffix = "web-suffix"
    case governmentSuffix = "government-suffix"
    case countWord = "count-word"
    case definiteCount = "definite-count"
    case headlineWord = "headline-word"
    case demonym
    case mediaTail = "media-tail"
    case creditPreposition = "credit-preposition"
    case personAffiliation = "person-affiliation"
    case pronounWord = "pronoun-word"
    case mediaNoun = "media-noun"

    /// What the value cell of the list's rows holds, or nil when it must be empty.
    var value: Value? {
        switch self {
        case .signatureCode: .outletName
        case .functionWord: .language
        case .month: .month
        case .zone: .offset
        case .outletHead, .outletHeadFirst, .mediaNoun: .mediaKind
        default: nil
        }
    }

    /// The shapes a value may take.
    enum Value: Sendable {
        case outletName, language, month, offset, mediaKind

        /// Whether `text` has this shape.
        func accepts(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            switch self {
            case .outletName: return !text.isEmpty
            case .mediaKind: return OutletKind(rawValue: text)?.isMedia ?? false
            case .language: return bytes.count == 2 && bytes.allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
            case .month: return Int(text).map { (1...12).contains($0) } ?? false
            case .offset:
                return bytes.count == 6 && (bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"))
                    && bytes[3] == UInt8(ascii: ":")
                    && [1, 2, 4, 5].allSatisfy { bytes[$0] &- UInt8(ascii: "0") < 10 }
            }
        }

        var shape: String {
            switch self {
            case .outletName: "an outlet's canonical name"
            case .language: "an ISO 639-1 language code such as id"
            case .month: "a month number from 1 to 12"
            case .offset: "a UTC offset such as +07:00"
            case .mediaKind: "a kind of media outlet: agency, newspaper, magazine, broadcaster or online"
            }
        }
    }
}
