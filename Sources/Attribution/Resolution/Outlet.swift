/// One outlet of the gazetteer.
public struct Outlet: Sendable, Hashable {
    /// The canonical name, used in every output.
    public var name: String
    /// What kind of outlet it is.
    public var kind: OutletKind
    /// ISO 3166 country code, or `--` for international outlets.
    public var country: String
    /// ISO 639-1 code of its main language.
    public var language: String
    /// Other spellings seen in text, with their matching markers stripped.
    public var aliases: [String]
    /// Web domains.
    public var domains: [String]
    /// Whether this is a stock-image library, credited for pictures only.
    public var isStockImagery: Bool
}

/// How an alias must match the text's letter case.
enum AliasCase: Sendable, Hashable {
    /// Any case.
    case any
    /// First letter upper case (`^Antara` is not the word `antara`).
    case capitalized
    /// Byte for byte (`=AP`).
    case exact
}
