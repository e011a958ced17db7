/// What kind of thing a source is; the raw values are the trace contract's `kind` strings.
public enum OutletKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case agency, newspaper, magazine, broadcaster, online, social, government, organization, person, document
    case unknown

    /// Whether the kind is a media outlet (its credits count as media sources).
    public var isMedia: Bool {
        switch self {
        case .agency, .newspaper, .magazine, .broadcaster, .online: true
        default: false
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Of two readings of one name, the one to report: media before bodies, bodies before
    /// people, anything before unknown (declaration order). Being a minimum, the choice does not
    /// depend on which article came first, so counts merge the same in any order.
    public static func preferred(_ a: Self, _ b: Self) -> Self {
        Self.allCases.firstIndex(of: a)! <= Self.allCases.firstIndex(of: b)! ? a : b
    }
}
