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
}
