/// Someone a page's JSON-LD credits for its article besides the publisher: an `author`, a
/// `sourceOrganization`, or the work it `isBasedOn`.
public struct PageCredit: Sendable, Hashable {
    /// The JSON-LD property that gives the credit.
    public enum Property: String, Sendable, Hashable {
        /// `author`: a person, or an organization (an agency's copy is often credited so).
        case author
        /// `sourceOrganization`: the organization the content comes from.
        case sourceOrganization
        /// `isBasedOn`: a work the article derives from, by its address or its publisher.
        case isBasedOn
    }

    /// The property that gives the credit.
    public var property: Property
    /// The name given, if any.
    public var name: String?
    /// The address given, if any.
    public var url: String?
    /// Whether JSON-LD types it as a `Person`.
    public var isPerson: Bool

    /// Creates a credit.
    public init(property: Property, name: String?, url: String?, isPerson: Bool) {
        self.property = property
        self.name = name
        self.url = url
        self.isPerson = isPerson
    }
}
